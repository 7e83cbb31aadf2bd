package dev.partnerkit.client;

/**
 * Thrown when a service answers 412 Precondition Failed: the ETag sent in {@code If-Match} is no
 * longer current; read the resource again and retry.
 *
 * <p>Unchecked; see {@link PartnerApiException} for what it carries.
 */
public final class PreconditionFailedException extends PartnerApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   */
  public PreconditionFailedException(String message, ErrorDetails details) {
    super(message, details);
  }
}
