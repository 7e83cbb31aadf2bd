package dev.partnerkit.client;

/**
 * Thrown when a service answers 409 Conflict: the resource's state does not allow the change.
 *
 * <p>Unchecked; see {@link PartnerApiException} for what it carries.
 */
public final class ConflictException extends PartnerApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   */
  public ConflictException(String message, ErrorDetails details) {
    super(message, details);
  }
}
