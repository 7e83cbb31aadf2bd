package dev.partnerkit.client.report;

import java.util.Optional;

/**
 * The kinds of finding the delegated-access report makes, each with its severity and the rule it
 * comes from, where one applies (RULES.md's GDAP section).
 */
public enum FindingKind {
  /** A relationship in force holds Global Administrator, the role GDAP-5 singles out. */
  GLOBAL_ADMINISTRATOR(Severity.HIGH, "GDAP-5"),

  /** An active relationship ends within the window and does not auto-extend (GDAP-10). */
  EXPIRING(Severity.MEDIUM, "GDAP-10"),

  /** An active relationship ends within the window but auto-extends (GDAP-10). */
  EXPIRING_AUTO_EXTENDS(Severity.LOW, "GDAP-10"),

  /** A relationship waits for approval and lapses within the window, or has lapsed (GDAP-8). */
  PENDING_APPROVAL_LAPSING(Severity.MEDIUM, "GDAP-8"),

  /** An active relationship has no access assignment, so its roles reach nobody (GDAP-7). */
  NO_ACCESS_ASSIGNMENT(Severity.LOW, "GDAP-7"),

  /** An active relationship's approved roles include some no access assignment gives (GDAP-7). */
  ROLES_NEVER_ASSIGNED(Severity.LOW, "GDAP-7"),

  /** A customer has no relationship in force or waiting for approval. */
  CUSTOMER_WITHOUT_RELATIONSHIP(Severity.LOW, "");

  private final Severity severity;
  // Empty when no rule applies; never null.
  private final String ruleId;

  FindingKind(Severity severity, String ruleId) {
    this.severity = severity;
    this.ruleId = ruleId;
  }

  /**
   * Returns how much a finding of this kind matters.
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns the id of the rule behind this kind, such as {@code GDAP-5}.
   *
   * @return the rule id; empty when the finding is advice that no rule states
   */
  public Optional<String> getRuleId() {
    return ruleId.isEmpty() ? Optional.empty() : Optional.of(ruleId);
  }
}
