package dev.partnerkit.client;

/**
 * Thrown when a service answers a 5xx status: the service failed; the call was retried where that
 * was safe.
 *
 * <p>Unchecked; see {@link PartnerApiException} for what it carries.
 */
public final class ServerErrorException extends PartnerApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param details the status, error code and description, and ids
   */
  public ServerErrorException(String message, ErrorDetails details) {
    super(message, details);
  }
}
