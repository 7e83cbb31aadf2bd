package dev.partnerkit.client.report;

/**
 * Where a running {@link DelegatedAccessReport} hands each customer's row as soon as it is
 * complete, so that a report over any number of customers holds only the rows still being read.
 *
 * <p>The report calls a sink from the thread that runs it, one call at a time, in the order the
 * customers complete; an exception from the sink ends the run and reaches the caller.
 */
public interface ReportSink {
  /**
   * Takes a customer's complete row, findings included.
   *
   * @param row the row
   */
  void customer(CustomerAccess row);

  /**
   * Takes a customer whose row could not be read, with the cause; by default it is dropped (the
   * summary still counts it).
   *
   * @param failure the customer and the cause
   */
  default void failure(ReportFailure failure) {}
}
