package dev.partnerkit.client;

/**
 * Thrown when a response body is larger than the client's limit; the body is refused while it
 * streams in, never buffered whole.
 *
 * <p>Unchecked; see {@link PartnerClientException} for what it carries.
 */
public final class ResponseTooLargeException extends PartnerClientException {
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
  public ResponseTooLargeException(
      String message, Throwable cause, Audience audience, String requestId, String correlationId) {
    super(message, cause, audience, requestId, correlationId);
  }
}
