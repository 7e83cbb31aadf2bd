package dev.partnerkit.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * The first outcome recorded under an {@link IdempotencyKey}: the action it was given for, the time
 * it was decided at and what it came to. A storage keeps one for every keyed action, allowed (its
 * event carries the key) or denied, and answers a repeat with it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the key
 * @param action the action first applied under it; a repeat must be equal to it
 * @param at the time the action was decided at
 * @param outcome what it came to; when allowed, its event carries {@code key}
 */
public record KeyedOutcome(IdempotencyKey key, Action action, Instant at, Outcome outcome) {
  /** Checks the parts agree. */
  public KeyedOutcome {
    Objects.requireNonNull(key, "KeyedOutcome.key");
    Objects.requireNonNull(action, "KeyedOutcome.action");
    Objects.requireNonNull(at, "KeyedOutcome.at");
    Objects.requireNonNull(outcome, "KeyedOutcome.outcome");
    outcome
        .event()
        .ifPresent(
            e -> {
              if (!e.key().equals(java.util.Optional.of(key)) || !e.action().equals(action)) {
                throw new IllegalArgumentException(
                    "KeyedOutcome.outcome's event must carry key " + key + " and the same action");
              }
            });
  }

  /**
   * Returns the outcome of an allowed action, read back from its event.
   *
   * @param event an event with a key
   * @return the keyed outcome
   * @throws IllegalArgumentException when the event carries no key
   */
  public static KeyedOutcome of(Event event) {
    IdempotencyKey key =
        event
            .key()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "event " + event.sequence() + " carries no idempotency key"));
    return new KeyedOutcome(
        key,
        event.action(),
        event.at(),
        new Outcome(Decision.allowed(), java.util.Optional.of(event)));
  }

  /**
   * Returns the outcome a repeat is answered with: the first one, marked as a replay.
   *
   * @return the outcome, {@link Outcome#replayed()} true
   */
  public Outcome replay() {
    return new Outcome(outcome.decision(), outcome.event(), true);
  }
}
