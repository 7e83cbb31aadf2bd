package dev.partnerkit.client;

/**
 * Thrown when a service answers 401 Unauthorized: the access token was missing, expired or for
 * another audience.
 *
 * <p>Unchecked; see {@link PartnerApiException} for what it carries.
 */
public final class UnauthorizedException extends PartnerApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   */
  public UnauthorizedException(String message, ErrorDetails details) {
    super(message, details);
  }
}
