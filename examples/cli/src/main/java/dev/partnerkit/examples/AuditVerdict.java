package dev.partnerkit.examples;

import dev.partnerkit.client.report.ReportSummary;
import dev.partnerkit.client.report.Severity;

/**
 * Whether an audit passes: no customer failed to read, and no more findings at or above the
 * threshold's severity than it allows.
 *
 * @param failOn the least severity that counts against the threshold
 * @param maxFindings how many such findings pass
 * @param counted how many such findings there were
 * @param failures customers that could not be read; any fails the audit, since unread access cannot
 *     be vouched for
 */
record AuditVerdict(Severity failOn, long maxFindings, long counted, long failures) {
  /** Returns the verdict on a summary. */
  static AuditVerdict of(ReportSummary summary, Severity failOn, long maxFindings) {
    return new AuditVerdict(
        failOn, maxFindings, summary.findingsAtLeast(failOn), summary.failures());
  }

  /** Returns whether the audit passes. */
  boolean passed() {
    return failures == 0 && counted <= maxFindings;
  }

  /** Returns the verdict as one sentence. */
  String sentence() {
    String findings =
        counted
            + (counted == 1 ? " finding" : " findings")
            + " at "
            + failOn
            + " or above, "
            + maxFindings
            + " allowed";
    String read = failures == 0 ? "" : "; " + failures + " customers could not be read";
    return (passed() ? "passed: " : "failed: ") + findings + read;
  }
}
