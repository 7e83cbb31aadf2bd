package dev.partnerkit.client;

/**
 * Thrown when the {@link TokenProvider} failed to supply an access token; the cause is the
 * provider's failure.
 *
 * <p>Unchecked; see {@link PartnerClientException} for what it carries.
 */
public final class TokenAcquisitionException extends PartnerClientException {
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
  public TokenAcquisitionException(
      String message, Throwable cause, Audience audience, String requestId, String correlationId) {
    super(message, cause, audience, requestId, correlationId);
  }
}
