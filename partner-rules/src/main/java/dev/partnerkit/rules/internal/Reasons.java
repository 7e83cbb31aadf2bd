package dev.partnerkit.rules.internal;

import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Reason;
import dev.partnerkit.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the reasons of one decision; allocates nothing until the first reason, so an allowed
 * decision costs no garbage. Not thread-safe; one per decision.
 */
public final class Reasons {
  private List<Reason> reasons;

  /**
   * Adds a reason about the given parties.
   *
   * @param rule the rule broken
   * @param message what was wrong and what to do
   * @param about what it is about
   */
  public void add(Rule rule, String message, About about) {
    add(about.reason(rule, message));
  }

  /**
   * Adds a reason made elsewhere, such as a message shared by several rules.
   *
   * @param reason the reason
   */
  public void add(Reason reason) {
    if (reasons == null) {
      reasons = new ArrayList<>(4);
    }
    reasons.add(reason);
  }

  /**
   * Returns whether any reason was added.
   *
   * @return true when the decision will be a denial
   */
  public boolean any() {
    return reasons != null;
  }

  /**
   * Returns the decision: allowed when no reason was added.
   *
   * @return the decision
   */
  public Decision decision() {
    return reasons == null ? Decision.allowed() : Decision.denied(reasons);
  }
}
