package dev.partnerkit.client.report;

/**
 * How much a finding matters to a security reviewer, from least to most; the declaration order is
 * the order, so {@code compareTo} and {@link #atLeast(Severity)} rank them.
 */
public enum Severity {
  /** Worth tidying: access approved but unused, a customer without a relationship. */
  LOW,

  /** Needs action soon: access about to end or lapse. */
  MEDIUM,

  /** Needs action now: the broadest access a partner can hold. */
  HIGH;

  /**
   * Returns whether this severity is the given one or above it.
   *
   * @param threshold the least severity that counts
   * @return true when this is at least {@code threshold}
   */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }
}
