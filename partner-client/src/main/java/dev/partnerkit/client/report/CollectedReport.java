package dev.partnerkit.client.report;

import java.util.List;
import java.util.Objects;

/**
 * A whole report held in memory, for partners with few enough customers: the rows and failures
 * sorted by customer tenant id, and the summary.
 *
 * <p>Immutable and thread-safe; made by {@link DelegatedAccessReport#run()}. For many customers,
 * stream the rows with {@link DelegatedAccessReport#run(ReportSink)} instead.
 *
 * @param customers the rows, by tenant id
 * @param failures the customers that could not be read, by tenant id
 * @param summary the counts
 */
public record CollectedReport(
    List<CustomerAccess> customers, List<ReportFailure> failures, ReportSummary summary) {
  /**
   * Creates a report.
   *
   * @param customers the rows
   * @param failures the failures
   * @param summary the summary
   */
  public CollectedReport {
    customers = List.copyOf(customers);
    failures = List.copyOf(failures);
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * Returns every finding, customer by customer.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return customers.stream().flatMap(c -> c.findings().stream()).toList();
  }
}
