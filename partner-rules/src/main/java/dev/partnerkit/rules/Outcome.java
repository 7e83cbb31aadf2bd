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
 */
public record Outcome(Decision decision, Optional<Event> event) {
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
   * Returns whether the action was applied.
   *
   * @return true when allowed
   */
  public boolean isAllowed() {
    return decision.isAllowed();
  }
}
