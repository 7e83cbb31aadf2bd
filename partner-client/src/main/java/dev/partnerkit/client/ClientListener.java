package dev.partnerkit.client;

import dev.partnerkit.client.internal.CompositeListener;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Observes the client's calls: start and end, each attempt, each retry with its reason, throttling
 * with its wait, a passed deadline. For metrics, tracing or logs of one's own; {@code
 * dev.partnerkit.client.micrometer.MicrometerClientListener} turns the events into Micrometer
 * timers and counters.
 *
 * <p>Register with {@link PartnerClient.Builder#listener(ClientListener)}; several may be
 * registered and each sees every event, in registration order. Every method does nothing by
 * default, so a listener overrides only what it needs. Methods are called on the thread that
 * completed the step (a caller's thread, the HTTP client's or the retry timer's), so they must be
 * thread-safe and quick. An exception a listener throws is logged at DEBUG and dropped: it never
 * changes the call.
 *
 * <p>The events are immutable records. A call's events come in this order: {@link CallStarted};
 * then per attempt {@link AttemptStarted} and {@link AttemptFinished} (missing when no token could
 * be had), followed by {@link Throttled} for a 429 and {@link RetryScheduled} when another attempt
 * follows; {@link DeadlineExceeded} when the deadline passed; {@link CallFinished} last, after the
 * answer was decoded.
 */
public interface ClientListener {
  /**
   * Called once when a call starts, before its token is asked for.
   *
   * @param event the call
   */
  default void callStarted(CallStarted event) {}

  /**
   * Called when an attempt is sent.
   *
   * @param event the attempt
   */
  default void attemptStarted(AttemptStarted event) {}

  /**
   * Called when an attempt got an answer (any status) or failed without one.
   *
   * @param event the attempt's end
   */
  default void attemptFinished(AttemptFinished event) {}

  /**
   * Called when another attempt has been scheduled, with why and how long it waits.
   *
   * @param event the retry
   */
  default void retryScheduled(RetryScheduled event) {}

  /**
   * Called when the service answered 429 Too Many Requests.
   *
   * @param event the throttling and the wait it caused
   */
  default void throttled(Throttled event) {}

  /**
   * Called when a call ends because its deadline passed.
   *
   * @param event the call and its deadline
   */
  default void deadlineExceeded(DeadlineExceeded event) {}

  /**
   * Called once when a call ends, successfully or not.
   *
   * @param event the outcome
   */
  default void callFinished(CallFinished event) {}

  /**
   * Returns a listener that passes every event to each of the given ones in order; an exception one
   * of them throws is logged and dropped, so the others still see the event.
   *
   * @param listeners the listeners
   * @return the composite listener
   */
  static ClientListener composite(List<? extends ClientListener> listeners) {
    return CompositeListener.of(listeners);
  }

  /**
   * Names a call in events: which API, which operation, and the ids it sends.
   *
   * @param api the API called
   * @param operation the HTTP method and the path below the API's base URI with every identifier
   *     replaced by {@code {id}} and the query left out, such as {@code GET
   *     /v1/customers/{id}/subscriptions}: few distinct values, so fit for a metric tag
   * @param requestId the call's {@code MS-RequestId}, the same for all its attempts
   * @param correlationId the call's {@code MS-CorrelationId}
   */
  record CallInfo(Audience api, String operation, String requestId, String correlationId) {
    /** Checks that every part is present. */
    public CallInfo {
      Objects.requireNonNull(api, "api");
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(correlationId, "correlationId");
    }
  }

  /**
   * A call started.
   *
   * @param call the call
   * @param deadline its overall deadline
   */
  record CallStarted(CallInfo call, Duration deadline) {}

  /**
   * An attempt was sent.
   *
   * @param call the call
   * @param attempt 1 for the first attempt
   */
  record AttemptStarted(CallInfo call, int attempt) {}

  /**
   * An attempt ended.
   *
   * @param call the call
   * @param attempt 1 for the first attempt
   * @param status the HTTP status, empty when no answer came
   * @param failure the simple class name of the failure when no answer came, such as {@code
   *     HttpTimeoutException}
   * @param elapsed from sending to the answer or the failure
   */
  record AttemptFinished(
      CallInfo call, int attempt, OptionalInt status, Optional<String> failure, Duration elapsed) {}

  /**
   * Another attempt was scheduled.
   *
   * @param call the call
   * @param attempt the attempt that failed; the next one is {@code attempt + 1}
   * @param reason why the failed attempt is retried
   * @param status the failed attempt's HTTP status, empty when no answer came
   * @param delay how long the client waits before the next attempt
   */
  record RetryScheduled(
      CallInfo call, int attempt, RetryReason reason, OptionalInt status, Duration delay) {}

  /**
   * The service answered 429 Too Many Requests.
   *
   * @param call the call
   * @param attempt the attempt that was throttled
   * @param retryAfter the server's {@code Retry-After}, if it sent one
   * @param delay how long the client waits before trying again; empty when it does not try again
   *     (attempts used up, {@code Retry-After} above the policy's cap, or past the deadline)
   */
  record Throttled(
      CallInfo call, int attempt, Optional<Duration> retryAfter, Optional<Duration> delay) {}

  /**
   * A call's deadline passed.
   *
   * @param call the call
   * @param attempts the attempts made
   * @param deadline the deadline that passed
   */
  record DeadlineExceeded(CallInfo call, int attempts, Duration deadline) {}

  /**
   * A call ended.
   *
   * @param call the call
   * @param outcome how it ended
   * @param status the last HTTP status received, empty when none was
   * @param attempts the attempts begun, counting one whose token could not be had
   * @param elapsed from the start to the end, waits and decoding included
   * @param error the exception the caller gets, when the call failed
   */
  record CallFinished(
      CallInfo call,
      CallOutcome outcome,
      OptionalInt status,
      int attempts,
      Duration elapsed,
      Optional<Throwable> error) {}

  /** Why an attempt is retried. */
  enum RetryReason {
    /** 429 Too Many Requests. */
    THROTTLED,
    /** A 5xx status in the retry policy. */
    SERVER_ERROR,
    /** Another status the retry policy names. */
    RETRYABLE_STATUS,
    /** No answer within the request timeout. */
    TIMEOUT,
    /** An I/O failure, such as a refused or reset connection. */
    CONNECTION
  }

  /** How a call ended. */
  enum CallOutcome {
    /** A success status, and the answer decoded. */
    SUCCESS,
    /** 429 Too Many Requests, not or no longer retried ({@link ThrottledException}). */
    THROTTLED,
    /** Another 4xx status ({@link PartnerApiException}). */
    CLIENT_ERROR,
    /** A 5xx status ({@link ServerErrorException}). */
    SERVER_ERROR,
    /** The deadline passed ({@link DeadlineExceededException}). */
    DEADLINE_EXCEEDED,
    /** No answer: connection or timeout ({@link TransportException}). */
    TRANSPORT_ERROR,
    /** No token, so nothing was sent ({@link TokenAcquisitionException}). */
    TOKEN_ERROR,
    /** An answer that could not be read ({@link InvalidResponseException}, too large). */
    INVALID_RESPONSE,
    /** Anything else, such as a request the client refused to build. */
    OTHER
  }
}
