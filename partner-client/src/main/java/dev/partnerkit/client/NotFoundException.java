package dev.partnerkit.client;

/**
 * Thrown when a service answers 404 Not Found: the resource does not exist or is not visible to the
 * caller.
 *
 * <p>Unchecked; see {@link PartnerApiException} for what it carries.
 */
public final class NotFoundException extends PartnerApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   */
  public NotFoundException(String message, ErrorDetails details) {
    super(message, details);
  }
}
