package dev.partnerkit.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call settings that override the client's: the correlation id to send and the deadline.
 *
 * <p>Apply them with {@link PartnerClient#withOptions(RequestOptions)}, which returns a view of the
 * client whose calls all use them:
 *
 * <pre>{@code
 * PartnerClient traced = client.withOptions(
 *     RequestOptions.builder().correlationId(traceId).deadline(Duration.ofSeconds(10)).build());
 * traced.customers().get(customerId);
 * }</pre>
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} or {@link #defaults()}.
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS = new RequestOptions(null, null);

  private final String correlationId;
  private final Duration deadline;

  private RequestOptions(String correlationId, Duration deadline) {
    this.correlationId = correlationId;
    this.deadline = deadline;
  }

  /**
   * Returns options that override nothing.
   *
   * @return the empty options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the correlation id sent as {@code MS-CorrelationId}, if set; otherwise the client's
   * correlation id supplier gives one per call.
   *
   * @return the correlation id
   */
  public Optional<String> getCorrelationId() {
    return Optional.ofNullable(correlationId);
  }

  /**
   * Returns the overall deadline of one call (all its attempts and waits), if set; otherwise the
   * client's default applies.
   *
   * @return the deadline
   */
  public Optional<Duration> getDeadline() {
    return Optional.ofNullable(deadline);
  }

  @Override
  public String toString() {
    return "RequestOptions[correlationId=" + correlationId + ", deadline=" + deadline + "]";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private String correlationId;
    private Duration deadline;

    private Builder() {}

    /**
     * Sets the correlation id sent as {@code MS-CorrelationId} on every request of the calls.
     *
     * @param correlationId 1 to 128 printable ASCII characters, such as a GUID
     * @return this builder
     */
    public Builder correlationId(String correlationId) {
      this.correlationId = checkHeaderValue("correlationId", correlationId);
      return this;
    }

    /**
     * Sets the overall deadline of each call.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      Objects.requireNonNull(deadline, "RequestOptions.deadline must not be null");
      if (deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException(
            "RequestOptions.deadline must be positive, but was " + deadline);
      }
      this.deadline = deadline;
      return this;
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(correlationId, deadline);
    }
  }

  static String checkHeaderValue(String name, String value) {
    Objects.requireNonNull(value, () -> "RequestOptions." + name + " must not be null");
    if (value.isEmpty()
        || value.length() > 128
        || !value.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException(
          "RequestOptions."
              + name
              + " must be 1 to 128 printable ASCII characters without spaces, such as a GUID");
    }
    return value;
  }
}
