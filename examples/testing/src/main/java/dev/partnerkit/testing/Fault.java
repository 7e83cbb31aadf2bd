package dev.partnerkit.testing;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure the sandbox injects into one request, as the real services fail: added latency, a 429
 * with {@code Retry-After}, a 5xx, a connection dropped before the request is handled, or a
 * response lost after it was handled (the case that makes request-id de-duplication matter).
 *
 * <p>Immutable and thread-safe. Create with the static factories; schedule with {@link
 * SandboxFaults#failNext(int, Fault)} or at a rate with {@link FaultPlan}.
 */
public final class Fault {
  /** What a fault does to the request it hits. */
  public enum Kind {
    /** Waits, then handles the request normally. */
    LATENCY,
    /** Answers 429 Too Many Requests with {@code Retry-After}, without handling the request. */
    THROTTLE,
    /** Answers a 5xx status, without handling the request. */
    SERVER_ERROR,
    /** Closes the connection without an answer, without handling the request. */
    DISCONNECT,
    /** Handles the request, then closes the connection without sending the answer. */
    LOSE_RESPONSE
  }

  private final Kind kind;
  private final Duration delay;
  private final int status;
  private final Optional<Duration> retryAfter;

  private Fault(Kind kind, Duration delay, int status, Optional<Duration> retryAfter) {
    this.kind = kind;
    this.delay = delay;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /**
   * Returns a fault that delays the answer.
   *
   * @param delay how long to wait before handling the request, zero to 60 seconds
   * @return the fault
   */
  public static Fault latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.compareTo(Duration.ofSeconds(60)) > 0) {
      throw new IllegalArgumentException("Fault.latency must be 0 to 60 seconds, but was " + delay);
    }
    return new Fault(Kind.LATENCY, delay, 0, Optional.empty());
  }

  /**
   * Returns a fault that answers 429 with a {@code Retry-After} in whole seconds.
   *
   * @param retryAfter the wait to ask for, in whole seconds (zero asks for an immediate retry)
   * @return the fault
   */
  public static Fault throttle(Duration retryAfter) {
    return new Fault(Kind.THROTTLE, Duration.ZERO, 429, Optional.of(wholeSeconds(retryAfter)));
  }

  /**
   * Returns a fault that answers a server error without {@code Retry-After}.
   *
   * @param status 500 to 599, such as 500 or 503
   * @return the fault
   */
  public static Fault serverError(int status) {
    return new Fault(Kind.SERVER_ERROR, Duration.ZERO, checkStatus(status), Optional.empty());
  }

  /**
   * Returns a fault that answers 503 Service Unavailable with a {@code Retry-After}.
   *
   * @param retryAfter the wait to ask for, in whole seconds
   * @return the fault
   */
  public static Fault unavailable(Duration retryAfter) {
    return new Fault(Kind.SERVER_ERROR, Duration.ZERO, 503, Optional.of(wholeSeconds(retryAfter)));
  }

  /**
   * Returns a fault that drops the connection before the request is handled.
   *
   * @return the fault
   */
  public static Fault disconnect() {
    return new Fault(Kind.DISCONNECT, Duration.ZERO, 0, Optional.empty());
  }

  /**
   * Returns a fault that handles the request, then drops the connection instead of answering: the
   * change is made and the caller never hears of it.
   *
   * @return the fault
   */
  public static Fault loseResponse() {
    return new Fault(Kind.LOSE_RESPONSE, Duration.ZERO, 0, Optional.empty());
  }

  /**
   * Returns what the fault does.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the added latency of a {@link Kind#LATENCY} fault.
   *
   * @return the delay; zero for other kinds
   */
  public Duration getDelay() {
    return delay;
  }

  /**
   * Returns the status a {@link Kind#THROTTLE} or {@link Kind#SERVER_ERROR} fault answers with.
   *
   * @return the status; 0 for kinds that send none
   */
  public int getStatus() {
    return status;
  }

  /**
   * Returns the {@code Retry-After} the fault sends.
   *
   * @return the wait, if it sends one
   */
  public Optional<Duration> getRetryAfter() {
    return retryAfter;
  }

  /** Returns whether {@code o} is a fault of the same kind with the same parameters. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Fault other
        && kind == other.kind
        && delay.equals(other.delay)
        && status == other.status
        && retryAfter.equals(other.retryAfter);
  }

  /** Returns a hash of the kind and parameters. */
  @Override
  public int hashCode() {
    return Objects.hash(kind, delay, status, retryAfter);
  }

  /**
   * Returns the kind and its parameters, such as {@code Fault[THROTTLE, 429, Retry-After PT1S]}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Fault[").append(kind);
    if (kind == Kind.LATENCY) {
      text.append(", ").append(delay);
    }
    if (status != 0) {
      text.append(", ").append(status);
    }
    retryAfter.ifPresent(wait -> text.append(", Retry-After ").append(wait));
    return text.append(']').toString();
  }

  private static Duration wholeSeconds(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative() || !retryAfter.truncatedTo(ChronoUnit.SECONDS).equals(retryAfter)) {
      throw new IllegalArgumentException(
          "Retry-After is sent in whole seconds, zero or more, but was " + retryAfter);
    }
    return retryAfter;
  }

  private static int checkStatus(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException(
          "Fault.serverError needs a status from 500 to 599, but was " + status);
    }
    return status;
  }
}
