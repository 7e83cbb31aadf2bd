package dev.partnerkit.client.report;

import dev.partnerkit.model.validation.Limits;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time a report is made at and how far ahead it looks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param now when the report is made; every finding's "within" counts from here
 * @param expiringWithin how soon an end or a lapse must come to be reported, such as 30 days
 * @param approvalWindow how long a relationship locked for approval waits before it expires:
 *     GDAP-8's {@link Limits#GDAP_APPROVAL_WINDOW} unless a test says otherwise
 */
public record ReportWindow(Instant now, Duration expiringWithin, Duration approvalWindow) {
  /**
   * Creates a window.
   *
   * @param now the time
   * @param expiringWithin how far ahead to look, zero or more
   * @param approvalWindow the approval window, positive
   */
  public ReportWindow {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(expiringWithin, "expiringWithin");
    Objects.requireNonNull(approvalWindow, "approvalWindow");
    if (expiringWithin.isNegative()) {
      throw new IllegalArgumentException(
          "expiringWithin must be zero or more, such as P30D, but was " + expiringWithin);
    }
    if (approvalWindow.isNegative() || approvalWindow.isZero()) {
      throw new IllegalArgumentException(
          "approvalWindow must be positive, such as P90D, but was " + approvalWindow);
    }
  }

  /**
   * Returns a window with GDAP-8's approval window.
   *
   * @param now the time
   * @param expiringWithin how far ahead to look
   * @return the window
   */
  public static ReportWindow of(Instant now, Duration expiringWithin) {
    return new ReportWindow(now, expiringWithin, Limits.GDAP_APPROVAL_WINDOW);
  }

  /**
   * Returns whether a time falls before the end of the window ({@code now + expiringWithin},
   * inclusive); times already past count too.
   *
   * @param at the time
   * @return true when it comes within the window
   */
  public boolean reaches(Instant at) {
    return !at.isAfter(now.plus(expiringWithin));
  }
}
