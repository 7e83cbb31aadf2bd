package dev.partnerkit.testing.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.PartnerId;
import dev.partnerkit.testing.SandboxLimits;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter on a clock the test moves: the exact waits and the values of Retry-After. */
class RateLimiterTest {
  private final AtomicLong nanos = new AtomicLong(-5_000_000_000L);
  private final Caller northwind = new Caller.PartnerCaller(PartnerId.of("northwind"));

  private RateLimiter limiter(String rate, boolean decimal) {
    return new RateLimiter(
        SandboxLimits.builder()
            .partnerCenter(SandboxLimits.Rate.parse(rate))
            .decimalRetryAfter(decimal)
            .build(),
        nanos::get);
  }

  private Optional<Duration> customers(RateLimiter limiter) {
    return limiter.admit(Api.PARTNER_CENTER, "/v1/customers/x/subscriptions", northwind);
  }

  @Test
  void aBurstPassesThenTheWaitIsExactlyUntilTheNextAdmission() {
    RateLimiter limiter = limiter("3/3s", false);
    assertThat(customers(limiter)).isEmpty();
    assertThat(customers(limiter)).isEmpty();
    assertThat(customers(limiter)).isEmpty();

    assertThat(customers(limiter)).contains(Duration.ofSeconds(1));
    nanos.addAndGet(Duration.ofMillis(250).toNanos());
    Optional<Duration> wait = customers(limiter);
    assertThat(wait).contains(Duration.ofMillis(750));
    assertThat(limiter.retryAfter(wait.orElseThrow())).isEqualTo("1");

    nanos.addAndGet(Duration.ofMillis(750).toNanos());
    assertThat(customers(limiter)).isEmpty();
    assertThat(customers(limiter)).contains(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUpOrDecimalToTheMillisecond() {
    assertThat(RateLimiter.format(Duration.ofMillis(2_128), false)).isEqualTo("3");
    assertThat(RateLimiter.format(Duration.ofMillis(2_128), true)).isEqualTo("2.128");
    assertThat(RateLimiter.format(Duration.ofNanos(2_127_000_001L), true)).isEqualTo("2.128");
    assertThat(RateLimiter.format(Duration.ofSeconds(2), false)).isEqualTo("2");
    assertThat(RateLimiter.format(Duration.ofMillis(50), true)).isEqualTo("0.050");
    assertThat(RateLimiter.format(Duration.ZERO, false)).isEqualTo("0");
  }

  @Test
  void onlyCustomersSubscriptionsAndOrdersAndGraphAreLimited() {
    RateLimiter limiter = limiter("1/min", false);
    assertThat(limiter.admit(Api.PARTNER_CENTER, "/v1/customers", northwind)).isEmpty();
    assertThat(limiter.admit(Api.PARTNER_CENTER, "/v1/customers/abc", northwind)).isPresent();
    assertThat(limiter.admit(Api.PARTNER_CENTER, "/v1/offers", northwind)).isEmpty();
    assertThat(limiter.admit(Api.PARTNER_CENTER, "/v1/customersx", northwind)).isEmpty();
    assertThat(limiter.admit(Api.SANDBOX, "/v1/customers", northwind)).isEmpty();
    assertThat(limiter.admit(Api.GRAPH, "/users", northwind)).isEmpty();
  }
}
