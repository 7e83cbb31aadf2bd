package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxLimits;
import dev.partnerkit.testing.SandboxRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's rate limits over real HTTP: the exact 429 answers with raw HTTP, and the client
 * going through a limited sandbox with few 429s.
 */
class SandboxLimitsTest {
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();
  private static final PartnerId ADATUM = Samples.ADATUM.getId();

  private static PartnerSandbox limited(SandboxLimits limits) {
    return PartnerSandbox.builder()
        .limits(limits)
        .reseller(NORTHWIND, Samples.FABRIKAM.getId())
        .start();
  }

  private static URI customers(PartnerSandbox sandbox) {
    return URI.create(sandbox.partnerCenterUri() + "/v1/customers?size=1");
  }

  @Test
  void pastPartnerCentersLimitTheAnswerIs429WithWholeSecondsAndPartnerCentersBody() {
    // Two a minute: two at once, then one every 30 s.
    SandboxLimits limits =
        SandboxLimits.builder().partnerCenter(SandboxLimits.Rate.parse("2/min")).build();
    try (PartnerSandbox sandbox = limited(limits)) {
      String token = sandbox.partnerToken(NORTHWIND);

      assertThat(RawHttp.get(customers(sandbox), token).status()).isEqualTo(200);
      assertThat(RawHttp.get(customers(sandbox), token).status()).isEqualTo(200);
      RawHttp.Answer refused = RawHttp.get(customers(sandbox), token);

      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.header("Retry-After")).isIn("29", "30");
      assertThat(refused.json().path("statusCode").asInt()).isEqualTo(429);
      assertThat(refused.json().path("message").asText())
          .startsWith("Rate limit is exceeded. Try again in ");
      // Another partner tenant has its own limit, and paths outside customers are not limited.
      assertThat(RawHttp.get(customers(sandbox), sandbox.partnerToken(ADATUM)).status())
          .isEqualTo(200);
      assertThat(
              RawHttp.get(URI.create(sandbox.partnerCenterUri() + "/v1/offers?country=US"), token)
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void decimalRetryAfterSaysTheWaitToTheMillisecond() {
    SandboxLimits limits =
        SandboxLimits.builder()
            .graph(SandboxLimits.Rate.parse("1/3s"))
            .decimalRetryAfter(true)
            .build();
    try (PartnerSandbox sandbox = limited(limits)) {
      String token = sandbox.partnerToken(NORTHWIND);
      URI relationships =
          URI.create(sandbox.graphUri() + "/tenantRelationships/delegatedAdminRelationships");

      assertThat(RawHttp.get(relationships, token).status()).isEqualTo(200);
      RawHttp.Answer refused = RawHttp.get(relationships, token);

      assertThat(refused.status()).isEqualTo(429);
      String retryAfter = refused.header("Retry-After");
      assertThat(retryAfter).matches("[0-9]+\\.[0-9]{3}");
      assertThat(new BigDecimal(retryAfter))
          .isGreaterThan(new BigDecimal("2.000"))
          .isLessThanOrEqualTo(new BigDecimal("3.000"));
      assertThat(refused.json().path("error").path("code").asText()).isEqualTo("TooManyRequests");
    }
  }

  @Test
  void aRefusedRequestIsNotApplied() {
    SandboxLimits limits =
        SandboxLimits.builder().partnerCenter(SandboxLimits.Rate.parse("1/min")).build();
    try (PartnerSandbox sandbox = limited(limits)) {
      String token = sandbox.partnerToken(NORTHWIND);
      assertThat(RawHttp.get(customers(sandbox), token).status()).isEqualTo(200);
      long before = sandbox.program().lastSequence();

      RawHttp.Answer refused =
          RawHttp.send(
              "POST",
              URI.create(sandbox.partnerCenterUri() + "/v1/customers"),
              token,
              "{\"companyProfile\":{\"domain\":\"refused.onmicrosoft.com\"}}");

      assertThat(refused.status()).isEqualTo(429);
      assertThat(sandbox.program().lastSequence()).isEqualTo(before);
    }
  }

  @Test
  void theClientsLoopThroughALimitedSandboxCompletesWithFew429s() {
    // Ten a second: a burst of ten, then one every 100 ms. Whole-second Retry-After lets the bucket
    // refill while the client waits, so a loop meets one 429 per ten calls at most.
    SandboxLimits limits =
        SandboxLimits.builder().partnerCenter(SandboxLimits.Rate.parse("10/s")).build();
    int calls = 30;
    try (PartnerSandbox sandbox = limited(limits)) {
      PartnerClient client = sandbox.client(NORTHWIND);
      CustomerId customer = Samples.FABRIKAM.getId();
      long started = System.nanoTime();

      for (int i = 0; i < calls; i++) {
        assertThat(client.customers().get(customer).id()).isPresent();
      }

      Duration took = Duration.ofNanos(System.nanoTime() - started);
      List<Integer> statuses =
          sandbox.requests().stream()
              .filter(r -> r.path().startsWith("/partnercenter/v1/customers"))
              .map(SandboxRequest::status)
              .collect(Collectors.toList());
      assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(calls);
      // At most: a machine slow enough to spend 100 ms a call never meets the limit at all.
      assertThat(statuses.stream().filter(s -> s == 429).count())
          .isLessThanOrEqualTo((long) calls / 10 + 1);
      // The limit held: 20 calls past the burst at 10 a second take at least 2 s.
      assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
    }
  }

  @Test
  void ratesParseAndFormatWaits() {
    assertThat(SandboxLimits.Rate.parse("500/min"))
        .isEqualTo(SandboxLimits.PARTNER_CENTER_DOCUMENTED);
    assertThat(SandboxLimits.Rate.parse("2000/20s")).isEqualTo(SandboxLimits.GRAPH_DEFAULT);
    assertThat(SandboxLimits.Rate.parse("10/s").interval()).isEqualTo(Duration.ofMillis(100));
    assertThatThrownBy(() -> SandboxLimits.Rate.parse("500 per minute"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REQUESTS/[N]UNIT")
        .hasMessageContaining("500 per minute");
    assertThatThrownBy(() -> SandboxLimits.Rate.parse("0/s"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SandboxLimits.none().isLimited()).isFalse();
    assertThat(SandboxLimits.documented().getPartnerCenter())
        .contains(SandboxLimits.PARTNER_CENTER_DOCUMENTED);
  }
}
