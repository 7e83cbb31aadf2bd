package dev.partnerkit.client.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.LoopbackServer;
import dev.partnerkit.client.LoopbackServer.Answer;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.TokenAcquisitionException;
import dev.partnerkit.client.TokenRequest;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Mono;

class AzureTokenProviderTest {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("11111111-2222-3333-4444-555555555555");
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

  /**
   * A real TokenCredential: issues {@code token-N-for-SCOPE} tokens that live an hour, records the
   * scopes it was asked for, and can hold its answers back until released or fail them.
   */
  static final class IssuingCredential implements TokenCredential {
    final List<String> asked = new CopyOnWriteArrayList<>();
    final AtomicInteger issued = new AtomicInteger();
    volatile Clock clock = Clock.systemUTC();
    volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);
    volatile RuntimeException failure;

    @Override
    public Mono<com.azure.core.credential.AccessToken> getToken(TokenRequestContext request) {
      String scope = String.join(" ", request.getScopes());
      asked.add(scope);
      if (failure != null) {
        return Mono.error(failure);
      }
      return Mono.fromFuture(
          gate.thenApply(
              unused ->
                  new com.azure.core.credential.AccessToken(
                      "token-" + issued.incrementAndGet() + "-for-" + scope,
                      OffsetDateTime.ofInstant(
                          clock.instant().plus(Duration.ofHours(1)), ZoneOffset.UTC))));
    }
  }

  /** A clock a test moves by hand. */
  static final class MovingClock extends Clock {
    volatile Instant now = NOW;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Cloud.class,
      names = {"GLOBAL", "CHINA_21VIANET"})
  void everyApiGetsATokenForItsScopeInTheClientsCloud(Cloud cloud) {
    IssuingCredential credential = new IssuingCredential();
    try (LoopbackServer server = new LoopbackServer(Answer.of(200, "{\"items\":[]}"));
        PartnerClient client =
            PartnerClient.builder()
                .cloud(cloud)
                .partnerCenterBaseUri(server.uri("/pc"))
                .graphBaseUri(server.uri("/graph/v1.0"))
                .azureManagementBaseUri(server.uri("/arm"))
                .tokenProvider(AzureTokenProvider.of(credential))
                .build()) {
      client.customers().partnerRelationships(CUSTOMER);
      client.gdap().relationships().deleteAsync("rel-1", "W/\"etag\"").join();
      client.partnerAdminLink().unlink(MpnId.of("1234567"));
      client.customers().partnerRelationships(CUSTOMER);

      Map<String, String> expectedScopes =
          Map.of(
              "/pc", Audience.PARTNER_CENTER.getDefaultScope(cloud),
              "/graph", Audience.GRAPH.getDefaultScope(cloud),
              "/arm", Audience.AZURE_RESOURCE_MANAGER.getDefaultScope(cloud));
      assertThat(server.seen()).hasSize(4);
      for (LoopbackServer.Seen seen : server.seen()) {
        String prefix = seen.path().substring(0, seen.path().indexOf('/', 1));
        assertThat(seen.header("Authorization"))
            .as(seen.method() + " " + seen.path())
            .startsWith("Bearer token-")
            .endsWith("-for-" + expectedScopes.get(prefix));
      }
      // Three scopes, three tokens: the second Partner Center call reused its cached token.
      assertThat(credential.asked).containsExactlyInAnyOrderElementsOf(expectedScopes.values());
      assertThat(server.seen().get(3).header("Authorization"))
          .isEqualTo(server.seen().get(0).header("Authorization"));
    }
    if (cloud == Cloud.CHINA_21VIANET) {
      assertThat(credential.asked)
          .containsExactlyInAnyOrder(
              "https://partner.partnercenterapi.microsoftonline.cn/.default",
              "https://microsoftgraph.chinacloudapi.cn/.default",
              "https://management.chinacloudapi.cn/.default");
    }
  }

  @Test
  void aTokenIsReusedUntilShortlyBeforeItExpires_thenReplaced() {
    IssuingCredential credential = new IssuingCredential();
    MovingClock clock = new MovingClock();
    credential.clock = clock;
    AzureTokenProvider provider = AzureTokenProvider.builder(credential).clock(clock).build();
    TokenRequest request = TokenRequest.of(Audience.GRAPH, Cloud.GLOBAL);

    String first = token(provider, request);
    clock.now = NOW.plus(Duration.ofMinutes(54));
    assertThat(token(provider, request)).isEqualTo(first);
    assertThat(credential.issued).hasValue(1);

    // Within the 5-minute margin before the hour's expiry: a new token.
    clock.now = NOW.plus(Duration.ofMinutes(56));
    String second = token(provider, request);
    assertThat(second).isNotEqualTo(first).startsWith("token-2-");
    assertThat(token(provider, request)).isEqualTo(second);
    assertThat(credential.issued).hasValue(2);
  }

  @Test
  void manyCallersAtOnce_askTheCredentialOnce() throws Exception {
    IssuingCredential credential = new IssuingCredential();
    credential.gate = new CompletableFuture<>();
    AzureTokenProvider provider = AzureTokenProvider.of(credential);
    TokenRequest request = TokenRequest.of(Audience.PARTNER_CENTER, Cloud.GLOBAL);
    int callers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch ready = new CountDownLatch(callers);
      List<Future<CompletableFuture<AccessToken>>> asked = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        asked.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  return provider.getToken(request).toCompletableFuture();
                }));
      }
      List<CompletableFuture<AccessToken>> pending = new ArrayList<>();
      for (Future<CompletableFuture<AccessToken>> f : asked) {
        pending.add(f.get(5, TimeUnit.SECONDS));
      }
      assertThat(pending).noneMatch(CompletableFuture::isDone);
      credential.gate.complete(null);
      for (CompletableFuture<AccessToken> p : pending) {
        assertThat(p.get(5, TimeUnit.SECONDS).value())
            .isEqualTo("token-1-for-https://api.partnercenter.microsoft.com/.default");
      }
      assertThat(credential.asked).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailureIsNotCached_andReachesTheCallerAsATokenAcquisitionFailure() {
    IssuingCredential credential = new IssuingCredential();
    credential.failure = new IllegalStateException("AADSTS700016: application not found");
    AzureTokenProvider provider = AzureTokenProvider.of(credential);
    try (LoopbackServer server = new LoopbackServer(Answer.of(200, "{\"items\":[]}"));
        PartnerClient client =
            PartnerClient.builder()
                .partnerCenterBaseUri(server.uri("/pc"))
                .tokenProvider(provider)
                .build()) {
      assertThatThrownBy(() -> client.customers().partnerRelationships(CUSTOMER))
          .isInstanceOf(TokenAcquisitionException.class)
          .hasRootCauseInstanceOf(IllegalStateException.class);
      credential.failure = null;
      assertThat(client.customers().partnerRelationships(CUSTOMER)).isEmpty();
      assertThat(credential.asked).hasSize(2);
      assertThat(server.seen()).hasSize(1);
    }
  }

  @Test
  void aTenantIsPassedToTheCredential() {
    List<String> tenants = new CopyOnWriteArrayList<>();
    TokenCredential credential =
        request -> {
          tenants.add(request.getTenantId());
          return Mono.just(
              new com.azure.core.credential.AccessToken(
                  "t", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1)));
        };
    AzureTokenProvider provider =
        AzureTokenProvider.builder(credential).tenantId("contoso.onmicrosoft.com").build();
    assertThat(token(provider, TokenRequest.of(Audience.GRAPH, Cloud.GLOBAL))).isEqualTo("t");
    assertThat(tenants).containsExactly("contoso.onmicrosoft.com");
    assertThat(provider.toString()).contains("contoso.onmicrosoft.com").doesNotContain("\"t\"");
  }

  private static String token(AzureTokenProvider provider, TokenRequest request) {
    return provider.getToken(request).toCompletableFuture().join().value();
  }
}
