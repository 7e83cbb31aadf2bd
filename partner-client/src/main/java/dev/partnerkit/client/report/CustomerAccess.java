package dev.partnerkit.client.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's row of the delegated-access report: its relationships, their access assignments
 * and what the report found.
 *
 * <p>Immutable and thread-safe; made by {@link DelegatedAccessReport} or {@link
 * AccessFindings#row(String, Optional, List, ReportWindow)}.
 *
 * @param customerId the customer's tenant id
 * @param customerName the company name Partner Center or Graph gives; empty when neither did
 * @param relationships the customer's relationships, every status, in Graph's order
 * @param findings what was found, in the order of {@link FindingKind}'s declaration per
 *     relationship
 */
public record CustomerAccess(
    String customerId,
    Optional<String> customerName,
    List<RelationshipAccess> relationships,
    List<Finding> findings) {
  /**
   * Creates a row.
   *
   * @param customerId the tenant id
   * @param customerName the name, or empty
   * @param relationships the relationships
   * @param findings the findings
   */
  public CustomerAccess {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(customerName, "customerName");
    relationships = List.copyOf(relationships);
    findings = List.copyOf(findings);
  }

  /**
   * Returns the customer's name, or its tenant id when it has none, for messages and tables.
   *
   * @return the label
   */
  public String label() {
    return customerName.orElse(customerId);
  }
}
