package dev.partnerkit.client;

import java.util.Optional;

/**
 * The root of every exception the client throws: a service's error answer ({@link
 * PartnerApiException}), an I/O failure ({@link TransportException}), a passed deadline ({@link
 * DeadlineExceededException}), a response over the size limit ({@link ResponseTooLargeException}),
 * a response that cannot be read ({@link InvalidResponseException}) or a token that could not be
 * had ({@link TokenAcquisitionException}).
 *
 * <p>Unchecked. Each carries the API, the {@code MS-RequestId} and the {@code MS-CorrelationId} of
 * the call that failed, so that a failure can be traced in the service's logs. Messages never
 * contain access tokens or response bodies.
 */
public abstract sealed class PartnerClientException extends RuntimeException
    permits PartnerApiException,
        TransportException,
        DeadlineExceededException,
        ResponseTooLargeException,
        InvalidResponseException,
        TokenAcquisitionException {
  private static final long serialVersionUID = 1L;

  private final Audience audience;
  private final String requestId;
  private final String correlationId;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and what to do
   * @param cause the cause, or null
   * @param audience the API called, or null when no call was made
   * @param requestId the call's {@code MS-RequestId}, or null
   * @param correlationId the call's {@code MS-CorrelationId}, or null
   */
  protected PartnerClientException(
      String message, Throwable cause, Audience audience, String requestId, String correlationId) {
    super(message, cause);
    this.audience = audience;
    this.requestId = requestId;
    this.correlationId = correlationId;
  }

  /**
   * Returns the API of the call that failed.
   *
   * @return the audience
   */
  public Optional<Audience> getAudience() {
    return Optional.ofNullable(audience);
  }

  /**
   * Returns the {@code MS-RequestId} the call sent on every attempt.
   *
   * @return the request id
   */
  public Optional<String> getRequestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the {@code MS-CorrelationId} the call sent.
   *
   * @return the correlation id
   */
  public Optional<String> getCorrelationId() {
    return Optional.ofNullable(correlationId);
  }
}
