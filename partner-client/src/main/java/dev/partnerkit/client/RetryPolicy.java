package dev.partnerkit.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Says when and how a failed request is tried again (RULES API-3, API-4).
 *
 * <p>An attempt is retried when it failed with a retryable status (by default 429, 500, 502, 503
 * and 504) or with an I/O error, the call is safe to repeat (see {@code docs/client.md}), fewer
 * than {@link #getMaxAttempts()} attempts were made, and the wait ends before the call's deadline.
 * The wait is the server's {@code Retry-After} when it sent one (in seconds or as an HTTP-date); a
 * {@code Retry-After} longer than {@link #getMaxRetryAfter()} is not waited for: the call fails at
 * once with the server's answer, so the caller can decide. Without {@code Retry-After} the wait is
 * exponential backoff with full jitter: a random duration between zero and {@code min(maxBackoff,
 * initialBackoff * 2^(attempt - 1))}.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}, {@link #defaults()} or {@link
 * #none()}.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(builder.retryableStatuses);
  }

  /**
   * Returns the default policy: 4 attempts, backoff from 500 ms up to 30 s, {@code Retry-After}
   * honoured up to 60 s, retrying 429, 500, 502, 503 and 504.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return a single-attempt policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a new builder, preset to the defaults.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the most attempts one call makes, the first included.
   *
   * @return 1 or more
   */
  public int getMaxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the backoff bound for the first retry; it doubles with every further retry.
   *
   * @return the initial backoff
   */
  public Duration getInitialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the largest backoff bound.
   *
   * @return the backoff cap
   */
  public Duration getMaxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the longest {@code Retry-After} the client waits for before retrying.
   *
   * @return the cap
   */
  public Duration getMaxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns the HTTP statuses that are retried.
   *
   * @return the statuses
   */
  public Set<Integer> getRetryableStatuses() {
    return retryableStatuses;
  }

  /**
   * Returns the upper bound of the jittered backoff before retry number {@code retry}.
   *
   * @param retry 1 for the first retry, 2 for the second...
   * @return the bound, never above {@link #getMaxBackoff()}
   */
  public Duration backoffBound(int retry) {
    long initial = initialBackoff.toMillis();
    long bound = initial;
    for (int i = 1; i < retry && bound < maxBackoff.toMillis(); i++) {
      bound = Math.multiplyExact(bound, 2);
    }
    return Duration.ofMillis(Math.min(bound, maxBackoff.toMillis()));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", retryableStatuses="
        + retryableStatuses
        + "]";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryableStatuses = Set.of(429, 500, 502, 503, 504);

    private Builder() {}

    /**
     * Sets the most attempts one call makes, the first included.
     *
     * @param maxAttempts 1 (no retry) to 20
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new IllegalArgumentException(
            "RetryPolicy.maxAttempts must be 1 to 20, but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the backoff bound for the first retry.
     *
     * @param initialBackoff a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * Sets the largest backoff bound.
     *
     * @param maxBackoff a positive duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the client waits for.
     *
     * @param maxRetryAfter zero or a positive duration
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "RetryPolicy.maxRetryAfter must not be null");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException(
            "RetryPolicy.maxRetryAfter must not be negative, but was " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * Sets the HTTP statuses that are retried.
     *
     * @param statuses statuses from 400 to 599
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      for (int status : statuses) {
        if (status < 400 || status > 599) {
          throw new IllegalArgumentException(
              "RetryPolicy.retryableStatuses must hold error statuses 400 to 599, but had "
                  + status);
        }
      }
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "RetryPolicy.maxBackoff ("
                + maxBackoff
                + ") must not be below initialBackoff ("
                + initialBackoff
                + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, () -> "RetryPolicy." + name + " must not be null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(
            "RetryPolicy." + name + " must be positive, but was " + value);
      }
      return value;
    }
  }
}
