package dev.partnerkit.client;

/**
 * Thrown when a successful response cannot be read: an empty body where one was expected, malformed
 * JSON, a body that does not fit the expected resource, or a paging link to another host.
 *
 * <p>Unchecked; see {@link PartnerClientException} for what it carries.
 */
public final class InvalidResponseException extends PartnerClientException {
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
  public InvalidResponseException(
      String message, Throwable cause, Audience audience, String requestId, String correlationId) {
    super(message, cause, audience, requestId, correlationId);
  }
}
