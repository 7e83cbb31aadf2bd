package dev.partnerkit.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What one action came to, as a {@link DecisionListener} hears it.
 *
 * <p>Immutable and thread-safe; made by the program.
 *
 * @param action the action
 * @param now the time the caller gave
 * @param outcome the decision and, when allowed, the logged event
 */
public record DecisionEvent(Action action, Instant now, Outcome outcome) {
  /** Checks that every part is present. */
  public DecisionEvent {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Returns the action's verb.
   *
   * @return the verb
   */
  public ActionKind kind() {
    return action.kind();
  }

  /**
   * Returns the decision.
   *
   * @return allowed, or denied with its reasons
   */
  public Decision decision() {
    return outcome.decision();
  }

  /**
   * Returns whether the action was applied.
   *
   * @return true when allowed
   */
  public boolean isAllowed() {
    return outcome.isAllowed();
  }

  /**
   * Returns the ids of the rules a denial cites, such as {@code DA-2}.
   *
   * @return the rule ids; empty when allowed
   */
  public Set<String> ruleIds() {
    return outcome.decision().getRuleIds();
  }
}
