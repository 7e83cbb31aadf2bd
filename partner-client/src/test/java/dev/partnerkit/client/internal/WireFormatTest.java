package dev.partnerkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignment;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcOffer;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden files: each documented example decodes, and re-encoding it decodes to the same value. */
class WireFormatTest {
  private static final Map<String, Class<?>> GOLDEN =
      Map.of(
          "partnercenter-customer.json", PcCustomer.class,
          "partnercenter-offer.json", PcOffer.class,
          "partnercenter-offer-trial.json", PcOffer.class,
          "partnercenter-cart.json", PcCart.class,
          "partnercenter-order.json", PcOrder.class,
          "partnercenter-order-azure-ri.json", PcOrder.class,
          "partnercenter-subscription.json", PcSubscription.class,
          "partnercenter-subscription-addon.json", PcSubscription.class,
          "graph-gdap-relationship.json", DelegatedAdminRelationship.class,
          "graph-gdap-access-assignment.json", DelegatedAdminAccessAssignment.class);

  @Test
  void everyGoldenExampleRoundTrips() throws Exception {
    for (Map.Entry<String, Class<?>> golden : GOLDEN.entrySet()) {
      Object first =
          Json.MAPPER.readValue(WireMockSupport.example(golden.getKey()), golden.getValue());
      Object second =
          Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(first), golden.getValue());
      assertThat(second).as(golden.getKey()).isEqualTo(first);
    }
  }

  @Test
  void retryAfter_readsSecondsAndHttpDates() {
    Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);
    assertThat(RetryAfter.parse("57", clock)).contains(Duration.ofSeconds(57));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", clock))
        .contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", clock)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("2.", clock)).isEmpty();
    assertThat(RetryAfter.parse(".5", clock)).isEmpty();
    assertThat(RetryAfter.parse("-1", clock)).isEmpty();
    assertThat(RetryAfter.parse("1e3", clock)).isEmpty();
    assertThat(RetryAfter.parse("１２", clock)).as("only ASCII digits").isEmpty();
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
  }

  @Test
  void retryAfter_readsDecimalSecondsRoundedUpToTheMillisecond() {
    Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);
    assertThat(RetryAfter.parse("2.128", clock)).contains(Duration.ofMillis(2128));
    assertThat(RetryAfter.parse("75.5", clock)).contains(Duration.ofMillis(75_500));
    assertThat(RetryAfter.parse("0.0001", clock)).contains(Duration.ofMillis(1));
    assertThat(RetryAfter.parse("2.1280000", clock)).contains(Duration.ofMillis(2128));
    assertThat(RetryAfter.parse("2.12801", clock)).contains(Duration.ofMillis(2129));
    assertThat(RetryAfter.parse(" 3.5 ", clock)).contains(Duration.ofMillis(3500));
    assertThat(RetryAfter.parse("1234567890.5", clock)).contains(Duration.ofSeconds(999_999_999L));
  }

  @Test
  void loopback_isRecognisedWithoutDns() {
    assertThat(Uris.isLoopback("127.0.0.1")).isTrue();
    assertThat(Uris.isLoopback("127.255.1.2")).isTrue();
    assertThat(Uris.isLoopback("[::1]")).isTrue();
    assertThat(Uris.isLoopback("localhost")).isTrue();
    assertThat(Uris.isLoopback("128.0.0.1")).isFalse();
    assertThat(Uris.isLoopback("127.0.0.1.evil.example")).isFalse();
    assertThat(Uris.isLoopback("localhost.evil.example")).isFalse();
    assertThat(Uris.isLoopback("::2")).isFalse();
  }

  @Test
  void errorBodies_ofEveryShapeAreRead() {
    assertThat(
            ErrorBody.parse(
                "{\"code\":3000,\"description\":\"d\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(new ErrorBody("3000", "d"));
    assertThat(
            ErrorBody.parse(
                "{\"error\":{\"code\":\"c\",\"message\":\"m\"}}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(new ErrorBody("c", "m"));
    assertThat(
            ErrorBody.parse(
                "{\"statusCode\":429,\"message\":\"m\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(new ErrorBody(null, "m"));
    assertThat(ErrorBody.parse("not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo(new ErrorBody(null, null));
  }
}
