package dev.partnerkit.client.report;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a report covered and how many findings of each kind it made: counts only, so its size does
 * not grow with the number of customers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the report was made (its window's {@code now})
 * @param customers customers reported, failed ones included
 * @param relationships relationships read
 * @param assignments access assignments read
 * @param failures customers whose row could not be read
 * @param findings how many findings of each kind; every kind present, zero when none
 */
public record ReportSummary(
    Instant at,
    long customers,
    long relationships,
    long assignments,
    long failures,
    Map<FindingKind, Long> findings) {
  /**
   * Creates a summary.
   *
   * @param at when
   * @param customers customers
   * @param relationships relationships
   * @param assignments assignments
   * @param failures failures
   * @param findings counts by kind; missing kinds count zero
   */
  public ReportSummary {
    Objects.requireNonNull(at, "at");
    EnumMap<FindingKind, Long> all = new EnumMap<>(FindingKind.class);
    for (FindingKind kind : FindingKind.values()) {
      all.put(kind, findings.getOrDefault(kind, 0L));
    }
    findings = Collections.unmodifiableMap(all);
  }

  /**
   * Returns how many findings have the given severity or a higher one.
   *
   * @param threshold the least severity counted
   * @return the count
   */
  public long findingsAtLeast(Severity threshold) {
    return findings.entrySet().stream()
        .filter(e -> e.getKey().getSeverity().atLeast(threshold))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /**
   * Returns how many findings have exactly the given severity.
   *
   * @param severity the severity
   * @return the count
   */
  public long findingsOf(Severity severity) {
    return findings.entrySet().stream()
        .filter(e -> e.getKey().getSeverity() == severity)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
