package dev.partnerkit.client;

/**
 * Thrown when a service answers 403 Forbidden: the caller may not do this, for example without a
 * relationship with the customer.
 *
 * <p>Unchecked; see {@link PartnerApiException} for what it carries.
 */
public final class ForbiddenException extends PartnerApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   */
  public ForbiddenException(String message, ErrorDetails details) {
    super(message, details);
  }
}
