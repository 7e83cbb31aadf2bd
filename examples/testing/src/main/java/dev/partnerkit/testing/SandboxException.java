package dev.partnerkit.testing;

import java.util.List;
import java.util.Optional;

/**
 * Thrown by {@link SandboxPartnerClient} and {@link SandboxCustomerClient} when the sandbox answers
 * with an error: the status, the error code and description, and the ids of the rules a denial
 * cites, such as {@code [OFFER-9, OFFER-8]} for an expired invitation.
 *
 * <p>Unchecked; its message never holds a token.
 */
public final class SandboxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;
  private final String description;
  private final List<String> ruleIds;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param status the HTTP status, 0 when no answer came
   * @param errorCode the sandbox's error code, or null
   * @param description the sandbox's description, or null
   * @param ruleIds the ids of the rules a denial cites
   * @param cause the transport failure, or null
   */
  public SandboxException(
      String message,
      int status,
      String errorCode,
      String description,
      List<String> ruleIds,
      Throwable cause) {
    super(message, cause);
    this.status = status;
    this.errorCode = errorCode;
    this.description = description;
    this.ruleIds = List.copyOf(ruleIds);
  }

  /**
   * Returns the HTTP status the sandbox answered with.
   *
   * @return the status; 0 when no answer came
   */
  public int getStatus() {
    return status;
  }

  /**
   * Returns the sandbox's error code, such as {@code 60100} for a rule denial.
   *
   * @return the code, if the answer carried one
   */
  public Optional<String> getErrorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * Returns the sandbox's description: for a denial, each rule id with its reason.
   *
   * @return the description, if the answer carried one
   */
  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the ids of the rules a denial cites.
   *
   * @return the rule ids; empty when the error is no rule denial
   */
  public List<String> getRuleIds() {
    return ruleIds;
  }
}
