package dev.partnerkit.client;

/**
 * Thrown when a call did not finish within its deadline, all attempts and waits included; the
 * {@code TimeoutException} of this client.
 *
 * <p>Unchecked; see {@link PartnerClientException} for what it carries.
 */
public final class DeadlineExceededException extends PartnerClientException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and what to do
   * @param cause the cause, or null
   * @param audience the API called, or null
   * @param requestId the call's request id, or null
   * @param correlationId the call's correlation id, or null
   */
  public DeadlineExceededException(
      String message, Throwable cause, Audience audience, String requestId, String correlationId) {
    super(message, cause, audience, requestId, correlationId);
  }
}
