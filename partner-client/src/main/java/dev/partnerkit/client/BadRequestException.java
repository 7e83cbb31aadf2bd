package dev.partnerkit.client;

/**
 * Thrown when a service answers 400 Bad Request: the request or its body was not acceptable; the
 * error code and description say why.
 *
 * <p>Unchecked; see {@link PartnerApiException} for what it carries.
 */
public final class BadRequestException extends PartnerApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   */
  public BadRequestException(String message, ErrorDetails details) {
    super(message, details);
  }
}
