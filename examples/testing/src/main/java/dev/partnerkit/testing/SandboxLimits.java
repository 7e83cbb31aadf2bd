package dev.partnerkit.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request rates a {@link PartnerSandbox} enforces, as the real services do: past its limit a
 * caller gets 429 with {@code Retry-After} saying when its next request would be accepted, in the
 * error shape of the API called, and the refused request is not applied.
 *
 * <p>Partner Center's limit applies to each partner tenant's calls on customers, subscriptions and
 * orders (every path below {@code /v1/customers}); Graph's to each caller (the sandbox's stand-in
 * for an app in a tenant) on every Graph path. The other APIs are not limited. A limit of N
 * requests per period lets a burst of N through, then one request every period/N (a token bucket
 * that refills continuously), so {@code Retry-After} can say exactly when.
 *
 * <p>Immutable and thread-safe. Create with {@link #none()}, {@link #documented()} or {@link
 * #builder()}; give it to {@link PartnerSandbox.Builder#limits(SandboxLimits)}.
 */
public final class SandboxLimits {
  /** Partner Center's documented limit on customers, subscriptions and orders: 500 a minute. */
  public static final Rate PARTNER_CENTER_DOCUMENTED = new Rate(500, Duration.ofMinutes(1));

  /**
   * The sandbox's Graph limit in {@link #documented()}: 2,000 requests per 20 seconds per caller.
   * Graph's limits differ by service and are not all published; this one is the sandbox's choice,
   * of the order Graph's identity services answer with.
   */
  public static final Rate GRAPH_DEFAULT = new Rate(2_000, Duration.ofSeconds(20));

  private static final SandboxLimits NONE =
      new SandboxLimits(Optional.empty(), Optional.empty(), false);

  private final Optional<Rate> partnerCenter;
  private final Optional<Rate> graph;
  private final boolean decimalRetryAfter;

  private SandboxLimits(Optional<Rate> partnerCenter, Optional<Rate> graph, boolean decimal) {
    this.partnerCenter = partnerCenter;
    this.graph = graph;
    this.decimalRetryAfter = decimal;
  }

  /**
   * Returns no limits: every request is served however fast it comes (the default).
   *
   * @return no limits
   */
  public static SandboxLimits none() {
    return NONE;
  }

  /**
   * Returns Partner Center's documented limit ({@link #PARTNER_CENTER_DOCUMENTED}) and the
   * sandbox's Graph limit ({@link #GRAPH_DEFAULT}), with whole-second {@code Retry-After}.
   *
   * @return the limits
   */
  public static SandboxLimits documented() {
    return builder().partnerCenter(PARTNER_CENTER_DOCUMENTED).graph(GRAPH_DEFAULT).build();
  }

  /**
   * Returns a builder with no limits and whole-second {@code Retry-After}.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns Partner Center's limit per partner tenant on customers, subscriptions and orders.
   *
   * @return the rate; empty for none
   */
  public Optional<Rate> getPartnerCenter() {
    return partnerCenter;
  }

  /**
   * Returns Graph's limit per caller.
   *
   * @return the rate; empty for none
   */
  public Optional<Rate> getGraph() {
    return graph;
  }

  /**
   * Returns whether {@code Retry-After} is sent in decimal seconds with milliseconds ({@code
   * 2.128}), as Graph has sent it, instead of whole seconds rounded up ({@code 3}).
   *
   * @return true for decimal seconds
   */
  public boolean isDecimalRetryAfter() {
    return decimalRetryAfter;
  }

  /**
   * Returns whether any limit is set.
   *
   * @return true when a request can be refused for its rate
   */
  public boolean isLimited() {
    return partnerCenter.isPresent() || graph.isPresent();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SandboxLimits other
        && partnerCenter.equals(other.partnerCenter)
        && graph.equals(other.graph)
        && decimalRetryAfter == other.decimalRetryAfter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(partnerCenter, graph, decimalRetryAfter);
  }

  @Override
  public String toString() {
    return "SandboxLimits[partnerCenter="
        + partnerCenter.map(Rate::toString).orElse("none")
        + ", graph="
        + graph.map(Rate::toString).orElse("none")
        + ", retryAfter="
        + (decimalRetryAfter ? "decimal" : "whole")
        + " seconds]";
  }

  /**
   * A rate: so many requests per period.
   *
   * @param requests the requests allowed per period, 1 or more
   * @param per the period, from one millisecond to one day
   */
  public record Rate(int requests, Duration per) {
    private static final Pattern TEXT =
        Pattern.compile("([1-9][0-9]{0,8})/([1-9][0-9]{0,5})?(ms|s|min|h)");

    /** Checks the rate. */
    public Rate {
      Objects.requireNonNull(per, "per");
      if (requests < 1) {
        throw new IllegalArgumentException(
            "a rate's requests must be 1 or more, but was " + requests);
      }
      if (per.compareTo(Duration.ofMillis(1)) < 0 || per.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("a rate's period must be 1 ms to 1 day, but was " + per);
      }
    }

    /**
     * Returns the rate written as {@code REQUESTS/[N]UNIT}, such as {@code 500/min}, {@code
     * 2000/20s} or {@code 10/s}; units are {@code ms}, {@code s}, {@code min} and {@code h}.
     *
     * @param text the rate
     * @return the rate
     * @throws IllegalArgumentException naming the expected form when the text does not fit it
     */
    public static Rate parse(String text) {
      Objects.requireNonNull(text, "text");
      Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "a rate is written REQUESTS/[N]UNIT with UNIT ms, s, min or h, such as 500/min or"
                + " 2000/20s, but got \""
                + text
                + "\"");
      }
      long count = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
      Duration unit =
          switch (m.group(3)) {
            case "ms" -> Duration.ofMillis(1);
            case "s" -> Duration.ofSeconds(1);
            case "min" -> Duration.ofMinutes(1);
            default -> Duration.ofHours(1);
          };
      return new Rate(Integer.parseInt(m.group(1)), unit.multipliedBy(count));
    }

    /**
     * Returns the time between two requests at a steady pace: the period divided by the requests.
     *
     * @return the interval, at least one nanosecond
     */
    public Duration interval() {
      return Duration.ofNanos(Math.max(1, per.toNanos() / requests));
    }

    @Override
    public String toString() {
      return requests + " per " + per;
    }
  }

  /** Builds {@link SandboxLimits}; not thread-safe. */
  public static final class Builder {
    private Optional<Rate> partnerCenter = Optional.empty();
    private Optional<Rate> graph = Optional.empty();
    private boolean decimalRetryAfter;

    private Builder() {}

    /**
     * Sets Partner Center's limit per partner tenant on customers, subscriptions and orders.
     *
     * @param rate the rate, such as {@link SandboxLimits#PARTNER_CENTER_DOCUMENTED}
     * @return this builder
     */
    public Builder partnerCenter(Rate rate) {
      this.partnerCenter = Optional.of(Objects.requireNonNull(rate, "rate"));
      return this;
    }

    /**
     * Sets Graph's limit per caller.
     *
     * @param rate the rate
     * @return this builder
     */
    public Builder graph(Rate rate) {
      this.graph = Optional.of(Objects.requireNonNull(rate, "rate"));
      return this;
    }

    /**
     * Sets whether {@code Retry-After} is sent in decimal seconds ({@code 2.128}); whole seconds
     * rounded up by default.
     *
     * @param decimal true for decimal seconds
     * @return this builder
     */
    public Builder decimalRetryAfter(boolean decimal) {
      this.decimalRetryAfter = decimal;
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public SandboxLimits build() {
      return new SandboxLimits(partnerCenter, graph, decimalRetryAfter);
    }
  }
}
