package dev.partnerkit.client.report;

import java.util.Objects;

/**
 * A customer whose row the report could not read, with the cause, such as a {@code
 * ForbiddenException} or a {@code ThrottledException} that outlasted the retries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customerId the customer's tenant id; empty for a relationship that names no customer
 * @param cause why
 */
public record ReportFailure(String customerId, Throwable cause) {
  /**
   * Creates a failure.
   *
   * @param customerId the tenant id
   * @param cause the cause
   */
  public ReportFailure {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(cause, "cause");
  }

  /**
   * Returns the cause as one line: its type's simple name and its message.
   *
   * @return the line
   */
  public String message() {
    String text = cause.getMessage();
    return cause.getClass().getSimpleName() + (text == null ? "" : ": " + text);
  }
}
