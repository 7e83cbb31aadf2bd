package dev.partnerkit.examples.spring;

import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Reason;
import java.util.List;

/**
 * What the decision endpoint answers: whether the rules allow the action, and if not, the id of
 * every rule it breaks with the reasons in words.
 *
 * @param allowed whether the action is allowed
 * @param ruleIds the ids of the rules broken, such as {@code ELIG-3}; empty when allowed
 * @param reasons why it is denied, one sentence per reason; empty when allowed
 */
public record DecisionResponse(boolean allowed, List<String> ruleIds, List<String> reasons) {
  /** Copies the lists. */
  public DecisionResponse {
    ruleIds = List.copyOf(ruleIds);
    reasons = List.copyOf(reasons);
  }

  /**
   * Returns the answer for a decision.
   *
   * @param decision the rules' decision
   * @return the answer
   */
  public static DecisionResponse of(Decision decision) {
    return new DecisionResponse(
        decision.isAllowed(),
        List.copyOf(decision.getRuleIds()),
        decision.getReasons().stream().map(Reason::message).toList());
  }
}
