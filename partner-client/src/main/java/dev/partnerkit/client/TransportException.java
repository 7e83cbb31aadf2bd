package dev.partnerkit.client;

/**
 * Thrown when a request failed on the network (connection refused or reset, TLS failure, a timeout
 * of one attempt, an interrupted wait) after the retries the call allowed.
 *
 * <p>Unchecked; see {@link PartnerClientException} for what it carries.
 */
public final class TransportException extends PartnerClientException {
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
  public TransportException(
      String message, Throwable cause, Audience audience, String requestId, String correlationId) {
    super(message, cause, audience, requestId, correlationId);
  }
}
