package dev.partnerkit.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the program's ordered log: an action the rules allowed, the time it was applied at
 * and its place in the log.
 *
 * <p>Applying every event in sequence order to a new program with the same catalog and policy
 * rebuilds an equal state ({@link PartnerProgram#replay}). Time-driven changes (expiry, trial end,
 * auto-extension) are not events: they follow from the stored state and the time, so replay needs
 * nothing more. Immutable and thread-safe.
 *
 * @param sequence the event's place in the log, from 1 and increasing; a number is skipped when the
 *     program's {@link EventSink} refused its event, and a durable log may lack the number of an
 *     action that was never acknowledged
 * @param at the time the action was applied
 * @param action the action
 * @param key the caller's idempotency key, recorded with the event in the same write; empty when
 *     the action was applied without one
 */
public record Event(long sequence, Instant at, Action action, Optional<IdempotencyKey> key) {
  /** Checks the parts. */
  public Event {
    if (sequence < 1) {
      throw new IllegalArgumentException("Event.sequence must be 1 or more, but was " + sequence);
    }
    Objects.requireNonNull(at, "Event.at");
    Objects.requireNonNull(action, "Event.action");
    Objects.requireNonNull(key, "Event.key");
  }

  /**
   * Creates an event of an action applied without an idempotency key.
   *
   * @param sequence the event's place in the log, from 1
   * @param at the time the action was applied
   * @param action the action
   */
  public Event(long sequence, Instant at, Action action) {
    this(sequence, at, action, Optional.empty());
  }
}
