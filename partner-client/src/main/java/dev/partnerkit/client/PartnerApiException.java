package dev.partnerkit.client;

import java.util.Optional;

/**
 * Thrown when a service answers with an error status: carries the status, the service's error code
 * and description (from any of the error body shapes Partner Center, Microsoft Graph and Azure
 * Resource Manager send) and the call's request and correlation ids.
 *
 * <p>Subclasses name the common statuses: {@link BadRequestException} (400), {@link
 * UnauthorizedException} (401), {@link ForbiddenException} (403), {@link NotFoundException} (404),
 * {@link ConflictException} (409), {@link PreconditionFailedException} (412), {@link
 * ThrottledException} (429) and {@link ServerErrorException} (5xx); any other status is this class
 * itself. Unchecked.
 */
public sealed class PartnerApiException extends PartnerClientException
    permits BadRequestException,
        UnauthorizedException,
        ForbiddenException,
        NotFoundException,
        ConflictException,
        PreconditionFailedException,
        ThrottledException,
        ServerErrorException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;
  private final String errorDescription;

  /**
   * Creates an exception for a status that has no subclass of its own.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   */
  public PartnerApiException(String message, ErrorDetails details) {
    super(message, null, details.audience(), details.requestId(), details.correlationId());
    this.status = details.status();
    this.errorCode = details.errorCode();
    this.errorDescription = details.errorDescription();
  }

  /**
   * Returns the HTTP status the service answered with.
   *
   * @return the status, such as 404
   */
  public int getStatus() {
    return status;
  }

  /**
   * Returns the service's error code, such as Partner Center's {@code 3000} or Graph's {@code
   * Request_ResourceNotFound}.
   *
   * @return the code; empty when the body carried none
   */
  public Optional<String> getErrorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Returns the service's description of the error.
   *
   * @return the description; empty when the body carried none
   */
  public Optional<String> getErrorDescription() {
    return Optional.ofNullable(errorDescription);
  }

  /**
   * The facts an error answer carries, gathered by the client to build an exception.
   *
   * @param audience the API that answered
   * @param status the HTTP status
   * @param errorCode the service's error code, or null
   * @param errorDescription the service's description, or null
   * @param requestId the call's request id
   * @param correlationId the call's correlation id
   */
  public record ErrorDetails(
      Audience audience,
      int status,
      String errorCode,
      String errorDescription,
      String requestId,
      String correlationId) {}
}
