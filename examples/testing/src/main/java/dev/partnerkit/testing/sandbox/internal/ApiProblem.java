package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Reason;
import dev.partnerkit.rules.Rule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Not API: an error answer a handler gives, which the server writes in the error shape of the API
 * that was called ({@link Api#errorBody}).
 *
 * <p>A rule denial becomes 403 when a reason says the caller may not act (DA-1, DA-6, POR-1...),
 * else 409 when it says the state does not allow it now (DA-2, OFFER-9, GDAP-6...), else 400; its
 * description names every rule id with its reason. Immutable; thrown without a stack trace, since
 * it is an answer and not a failure.
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Partner Center's error code for a rule denial. */
  public static final int RULE_DENIED = 60100;

  /** Partner Center's error code for a request the sandbox cannot read or accept. */
  public static final int INVALID_REQUEST = 60200;

  /** Partner Center's error code for a request that conflicts with the current state. */
  public static final int CONFLICT = 60300;

  /** Partner Center's error code for a missing resource, as the real service sends it. */
  public static final int NOT_FOUND = 3000;

  /** Partner Center's error code for a missing, expired or unknown token. */
  public static final int UNAUTHORIZED = 10001;

  /** Partner Center's error code for a caller that may not do what it asked. */
  public static final int FORBIDDEN = 10003;

  /** Partner Center's error code for a failed or missing {@code If-Match}. */
  public static final int PRECONDITION = 60412;

  /** Partner Center's error code for an injected server error. */
  public static final int SERVER_ERROR = 2000;

  private static final Set<Rule> FORBIDDING =
      EnumSet.of(
          Rule.DA_1,
          Rule.DA_4,
          Rule.DA_5,
          Rule.DA_6,
          Rule.POR_1,
          Rule.SUP_2,
          Rule.OFFER_3,
          Rule.OFFER_11,
          Rule.ELIG_1,
          Rule.ELIG_2,
          Rule.ELIG_5,
          Rule.CLOUD_1,
          Rule.CLOUD_2,
          Rule.CLOUD_3,
          Rule.CLOUD_4,
          Rule.NCE_1,
          Rule.NCE_15,
          Rule.POLICY_1);

  private static final Set<Rule> CONFLICTING =
      EnumSet.of(
          Rule.DA_2,
          Rule.REG_1,
          Rule.OFFER_8,
          Rule.OFFER_9,
          Rule.TRIAL_1,
          Rule.TRIAL_4,
          Rule.GDAP_2,
          Rule.GDAP_3,
          Rule.GDAP_6,
          Rule.GDAP_7,
          Rule.GDAP_8,
          Rule.GDAP_9,
          Rule.GDAP_11);

  private final int status;
  private final int code;
  private final List<String> data;
  private final List<String> ruleIds;
  private final Optional<Duration> retryAfter;

  private ApiProblem(
      int status,
      int code,
      String message,
      List<String> data,
      List<String> ruleIds,
      Optional<Duration> retryAfter) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.status = status;
    this.code = code;
    this.data = List.copyOf(data);
    this.ruleIds = List.copyOf(ruleIds);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns a problem with a status, a Partner Center code and a message.
   *
   * @param status the HTTP status
   * @param code the Partner Center error code
   * @param message what was wrong and what to do
   * @return the problem
   */
  public static ApiProblem of(int status, int code, String message) {
    return new ApiProblem(status, code, message, List.of(), List.of(), Optional.empty());
  }

  /**
   * Returns a 400 for a request the sandbox cannot read or accept.
   *
   * @param message what was wrong and what to do
   * @return the problem
   */
  public static ApiProblem badRequest(String message) {
    return of(400, INVALID_REQUEST, message);
  }

  /**
   * Returns a 403 for a caller that may not do what it asked.
   *
   * @param message what the caller may not do
   * @return the problem
   */
  public static ApiProblem forbidden(String message) {
    return of(403, FORBIDDEN, message);
  }

  /**
   * Returns a 404.
   *
   * @param message what was not found
   * @return the problem
   */
  public static ApiProblem notFound(String message) {
    return of(404, NOT_FOUND, message);
  }

  /**
   * Returns a 409 for a request that conflicts with the current state.
   *
   * @param message what conflicts
   * @return the problem
   */
  public static ApiProblem conflict(String message) {
    return of(409, CONFLICT, message);
  }

  /**
   * Returns a 412 for an {@code If-Match} that no longer matches.
   *
   * @param message what changed and what to do
   * @return the problem
   */
  public static ApiProblem preconditionFailed(String message) {
    return of(412, PRECONDITION, message);
  }

  /**
   * Returns a 428 for a change sent without {@code If-Match}.
   *
   * @param message what to send
   * @return the problem
   */
  public static ApiProblem preconditionRequired(String message) {
    return of(428, PRECONDITION, message);
  }

  /**
   * Returns the 401 for a missing, malformed, expired or unknown token; it never says which.
   *
   * @return the problem
   */
  public static ApiProblem unauthorized() {
    return of(
        401,
        UNAUTHORIZED,
        "The bearer token is missing, malformed, expired or unknown; get one from"
            + " PartnerSandbox.partnerToken(...) or customerToken(...), or from the sandbox command's"
            + " output.");
  }

  /**
   * Returns a denial by the program's rules.
   *
   * @param decision the denial
   * @return the problem, 400, 403 or 409 as the reasons say
   */
  public static ApiProblem denied(Decision decision) {
    if (decision.isAllowed()) {
      throw new IllegalArgumentException("an allowed decision is no problem");
    }
    boolean forbidding = false;
    boolean conflicting = false;
    StringBuilder description = new StringBuilder();
    List<String> data = new ArrayList<>();
    for (Reason reason : decision.getReasons()) {
      forbidding |= FORBIDDING.contains(reason.rule());
      conflicting |= CONFLICTING.contains(reason.rule());
      if (description.length() > 0) {
        description.append(' ');
      }
      description.append(reason.ruleId()).append(": ").append(reason.message());
      data.add(reason.toString());
    }
    int status = forbidding ? 403 : conflicting ? 409 : 400;
    return new ApiProblem(
        status,
        RULE_DENIED,
        description.toString(),
        data,
        List.copyOf(decision.getRuleIds()),
        Optional.empty());
  }

  /**
   * Returns a throttling answer, injected or from the rate limits.
   *
   * @param retryAfter the wait to send in {@code Retry-After}
   * @return the problem
   */
  public static ApiProblem throttled(Duration retryAfter) {
    return new ApiProblem(
        429,
        429,
        "Rate limit is exceeded. Try again in "
            + RateLimiter.format(retryAfter, false)
            + " seconds.",
        List.of(),
        List.of(),
        Optional.of(retryAfter));
  }

  /**
   * Returns an injected server error.
   *
   * @param status 500 to 599
   * @param retryAfter the wait to send in {@code Retry-After}, if any
   * @return the problem
   */
  public static ApiProblem serverError(int status, Optional<Duration> retryAfter) {
    return new ApiProblem(
        status,
        SERVER_ERROR,
        "The sandbox injected a server error (HTTP " + status + "), as its fault plan asked.",
        List.of(),
        List.of(),
        retryAfter);
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the Partner Center error code.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * Returns the details: one line per reason of a denial.
   *
   * @return the details
   */
  public List<String> data() {
    return data;
  }

  /**
   * Returns the ids of the rules a denial cites.
   *
   * @return the rule ids; empty for other problems
   */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /**
   * Returns the wait to send in {@code Retry-After}.
   *
   * @return the wait, if any
   */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
