package dev.partnerkit.client.report;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the delegated-access report found about a customer or one of its relationships.
 *
 * <p>Immutable and thread-safe; made by {@link AccessFindings}.
 *
 * @param kind what was found; it carries the severity and rule id
 * @param customerId the customer's tenant id
 * @param relationshipId the relationship it is about; empty for a finding about the customer
 * @param message a sentence a reviewer can act on, naming the relationship, dates and roles
 */
public record Finding(
    FindingKind kind, String customerId, Optional<String> relationshipId, String message) {
  /**
   * Creates a finding.
   *
   * @param kind the kind
   * @param customerId the customer's tenant id
   * @param relationshipId the relationship, or empty
   * @param message the message
   */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(relationshipId, "relationshipId");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the severity of this finding's kind.
   *
   * @return the severity
   */
  public Severity severity() {
    return kind.getSeverity();
  }

  /**
   * Returns the rule id of this finding's kind.
   *
   * @return the rule id, or empty
   */
  public Optional<String> ruleId() {
    return kind.getRuleId();
  }
}
