package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.testing.SandboxLimits;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Not API: enforces {@link SandboxLimits} per API and caller, on the real time (never the sandbox's
 * clock, which may stand still: a client waits real seconds).
 *
 * <p>Each limit is a generic cell rate algorithm, the token bucket written as one number per
 * caller: the theoretical arrival time of the next request at a steady pace. A request is admitted
 * while that time is at most one period's burst ahead of now, and moves it one interval on; a
 * refused request changes nothing, and the time it is ahead by, less the burst, is exactly the wait
 * until a request would be admitted. Thread-safe without a shared lock: one compare-and-set on the
 * caller's own counter.
 */
public final class RateLimiter {
  private static final String CUSTOMERS = "/v1/customers";

  private final SandboxLimits limits;
  private final LongSupplier nanoTime;
  private final ConcurrentMap<String, AtomicLong> arrivals = new ConcurrentHashMap<>();

  /**
   * Creates a limiter on the JVM's monotonic clock.
   *
   * @param limits the limits
   */
  public RateLimiter(SandboxLimits limits) {
    this(limits, System::nanoTime);
  }

  /**
   * Creates a limiter on a clock of nanoseconds, for tests.
   *
   * @param limits the limits
   * @param nanoTime a monotonic clock in nanoseconds
   */
  public RateLimiter(SandboxLimits limits, LongSupplier nanoTime) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * Admits a request or refuses it with the wait until one would be admitted.
   *
   * @param api the API called
   * @param path the path below the API's prefix
   * @param caller who calls
   * @return empty when admitted; else the exact wait, more than zero
   */
  public Optional<Duration> admit(Api api, String path, Caller caller) {
    Optional<SandboxLimits.Rate> rate = rateFor(api, path);
    if (rate.isEmpty()) {
      return Optional.empty();
    }
    long now = nanoTime.getAsLong();
    long interval = rate.get().interval().toNanos();
    long burst = rate.get().per().toNanos() - interval;
    AtomicLong next =
        arrivals.computeIfAbsent(api.name() + "|" + caller.key(), k -> new AtomicLong(now));
    while (true) {
      long seen = next.get();
      // Differences, never absolute comparisons: nanoTime may be negative and only its differences
      // mean anything.
      long ahead = Math.max(0, seen - now);
      if (ahead > burst) {
        return Optional.of(Duration.ofNanos(ahead - burst));
      }
      if (next.compareAndSet(seen, now + ahead + interval)) {
        return Optional.empty();
      }
    }
  }

  /**
   * Returns a wait as the {@code Retry-After} value these limits send: whole seconds rounded up, or
   * decimal seconds with milliseconds rounded up ({@code 2.128}).
   *
   * @param wait the wait
   * @return the header's value
   */
  public String retryAfter(Duration wait) {
    return format(wait, limits.isDecimalRetryAfter());
  }

  /**
   * Returns a wait as a {@code Retry-After} value, never shorter than the wait.
   *
   * @param wait the wait, zero or more
   * @param decimal true for decimal seconds with milliseconds, false for whole seconds
   * @return the value, such as {@code 3} or {@code 2.128}
   */
  public static String format(Duration wait, boolean decimal) {
    long nanos = Math.max(0, wait.toNanos());
    if (decimal) {
      long millis = ceilDiv(nanos, 1_000_000L);
      return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
    }
    return Long.toString(ceilDiv(nanos, 1_000_000_000L));
  }

  private Optional<SandboxLimits.Rate> rateFor(Api api, String path) {
    return switch (api) {
      case PARTNER_CENTER ->
          path.regionMatches(true, 0, CUSTOMERS, 0, CUSTOMERS.length())
                  && (path.length() == CUSTOMERS.length() || path.charAt(CUSTOMERS.length()) == '/')
              ? limits.getPartnerCenter()
              : Optional.empty();
      case GRAPH -> limits.getGraph();
      case AZURE, SANDBOX -> Optional.empty();
    };
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
