package dev.partnerkit.client;

import java.time.Duration;
import java.util.Optional;

/**
 * Thrown when a service answers 429 Too Many Requests and the client could not, or was not allowed
 * to, wait and try again: the attempts ran out, the deadline was near, the call was not safe to
 * repeat, or the server's {@code Retry-After} was longer than the policy's cap.
 *
 * <p>Unchecked; see {@link PartnerApiException} for what it carries.
 */
public final class ThrottledException extends PartnerApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   * @param retryAfter how long the server asked to wait, or null when it did not say
   */
  public ThrottledException(String message, ErrorDetails details, Duration retryAfter) {
    super(message, details);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns how long the server asked the caller to wait before trying again.
   *
   * @return the wait; empty when the response had no usable {@code Retry-After}
   */
  public Optional<Duration> getRetryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
