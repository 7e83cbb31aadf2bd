package dev.partnerkit.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What applying an action came to: the rules' decision and, when it was allowed, the event appended
 * to the log.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decision allowed, or denied with its reasons
 * @param event the logged event; present exactly when allowed
 * @param replayed true when this is the first outcome of an action applied earlier under the same
 *     {@link IdempotencyKey}, returned again without applying anything
 */
public record Outcome(Decision decision, Optional<Event> event, boolean replayed) {
  /** Checks that the event is present exactly when the decision allows. */
  public Outcome {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(event, "event");
    if (decision.isAllowed() != event.isPresent()) {
      throw new IllegalArgumentException(
          "Outcome.event must be present exactly when the decision allows");
    }
  }

  /**
   * Creates the outcome of an action just decided (not a replay).
   *
   * @param decision allowed, or denied with its reasons
   * @param event the logged event; present exactly when allowed
   */
  public Outcome(Decision decision, Optional<Event> event) {
    this(decision, event, false);
  }

  /**
   * Returns whether the action was applied.
   *
   * @return true when allowed
   */
  public boolean isAllowed() {
    return decision.isAllowed();
  }
}
