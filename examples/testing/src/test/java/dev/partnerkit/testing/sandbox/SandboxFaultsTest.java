package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.ServerErrorException;
import dev.partnerkit.client.ThrottledException;
import dev.partnerkit.client.TransportException;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.testing.Fault;
import dev.partnerkit.testing.FaultPlan;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Injected faults, and the client's retries recovering from them. */
class SandboxFaultsTest {
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();

  private PartnerSandbox sandbox;
  private PartnerClient client;

  @BeforeEach
  void start() {
    sandbox = PartnerSandbox.builder().start();
    client = sandbox.client(NORTHWIND);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<SandboxRequest> offerRequests() {
    return sandbox.requests().stream()
        .filter(r -> r.path().startsWith("/partnercenter/v1/offers"))
        .collect(Collectors.toList());
  }

  @Test
  void throttlingWithRetryAfterIsRetriedAndRecovers() {
    sandbox.faults().failNext("/partnercenter/", 2, Fault.throttle(Duration.ZERO));

    assertThat(client.offers().list("US")).isNotEmpty();

    List<SandboxRequest> attempts = offerRequests();
    assertThat(attempts).extracting(SandboxRequest::status).containsExactly(429, 429, 200);
    assertThat(attempts)
        .extracting(SandboxRequest::requestId)
        .containsOnly(attempts.get(0).requestId());
    assertThat(sandbox.faults().injected()).isEqualTo(2);
  }

  @Test
  void throttlingAnswersWithRetryAfterAndPartnerCentersThrottleBody() {
    sandbox.faults().failNext(1, Fault.throttle(Duration.ofSeconds(7)));

    RawHttp.Answer answer =
        RawHttp.get(
            URI.create(sandbox.partnerCenterUri() + "/v1/offers?country=US"),
            sandbox.partnerToken(NORTHWIND));

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.header("Retry-After")).isEqualTo("7");
    assertThat(answer.json().get("statusCode").asInt()).isEqualTo(429);
    PartnerClient patient =
        sandbox.clientBuilder(NORTHWIND).retryPolicy(RetryPolicy.none()).build();
    try (patient) {
      sandbox.faults().failNext(1, Fault.throttle(Duration.ofSeconds(7)));
      assertThatThrownBy(() -> patient.offers().list("US"))
          .isInstanceOfSatisfying(
              ThrottledException.class,
              e -> assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(7)));
    }
  }

  @Test
  void serverErrorsAreRetriedAndRecover() {
    sandbox
        .faults()
        .failNext(1, Fault.unavailable(Duration.ZERO))
        .failNext(1, Fault.serverError(500));

    assertThat(client.offers().list("US")).isNotEmpty();

    assertThat(offerRequests()).extracting(SandboxRequest::status).containsExactly(503, 500, 200);
  }

  @Test
  void aDroppedConnectionIsRetriedAndRecovers() {
    sandbox.faults().failNext(1, Fault.disconnect());

    assertThat(client.offers().list("US")).isNotEmpty();

    assertThat(offerRequests())
        .extracting(SandboxRequest::status, SandboxRequest::fault)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, Optional.of(Fault.Kind.DISCONNECT)),
            org.assertj.core.groups.Tuple.tuple(200, Optional.empty()));
  }

  @Test
  void aLostAnswerToACreateIsRetriedAndDeduplicatedByRequestId() {
    sandbox.faults().failNext("/partnercenter/v1/customers", 1, Fault.loseResponse());

    PcCustomer created = client.customers().create(SandboxPartnerCenterTest.newCustomer("once"));

    List<SandboxRequest> posts =
        sandbox.requests().stream()
            .filter(r -> r.method().equals("POST"))
            .collect(Collectors.toList());
    assertThat(posts).extracting(SandboxRequest::status).containsExactly(0, 201);
    assertThat(posts).extracting(SandboxRequest::replayed).containsExactly(false, true);
    assertThat(posts.get(0).requestId()).isEqualTo(posts.get(1).requestId());
    assertThat(client.customers().list())
        .extracting(c -> c.id().orElseThrow())
        .containsExactly(created.id().orElseThrow());
    CustomerId id = CustomerId.parse(created.id().orElseThrow());
    assertThat(sandbox.program().customer(id)).isPresent();
  }

  @Test
  void aRepeatedRequestIdGetsTheFirstAnswerAndAReusedOneForAnotherRequestConflicts()
      throws Exception {
    URI create = URI.create(sandbox.partnerCenterUri() + "/v1/customers");
    String token = sandbox.partnerToken(NORTHWIND);
    String requestId = UUID.randomUUID().toString();
    var json = dev.partnerkit.model.json.PartnerJson.mapper();
    String body = json.writeValueAsString(SandboxPartnerCenterTest.newCustomer("repeat"));

    RawHttp.Answer first = RawHttp.send("POST", create, token, body, "MS-RequestId", requestId);
    RawHttp.Answer again = RawHttp.send("POST", create, token, body, "MS-RequestId", requestId);
    RawHttp.Answer other =
        RawHttp.send(
            "POST",
            create,
            token,
            json.writeValueAsString(SandboxPartnerCenterTest.newCustomer("other")),
            "MS-RequestId",
            requestId);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(other.status()).isEqualTo(409);
    assertThat(client.customers().list()).hasSize(1);
  }

  @Test
  void latencyDelaysButAnswers() {
    sandbox.faults().failNext(1, Fault.latency(Duration.ofMillis(50)));

    assertThat(client.offers().list("US")).isNotEmpty();

    assertThat(offerRequests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(200);
              assertThat(r.fault()).contains(Fault.Kind.LATENCY);
            });
  }

  @Test
  void aSeededPlanInjectsTheSameFaultsOnEveryRun() {
    FaultPlan plan =
        FaultPlan.builder()
            .seed(42)
            .add(Fault.serverError(503), 0.3)
            .add(Fault.disconnect(), 0.2)
            .build();
    List<Integer> first = statuses(plan);
    List<Integer> second = statuses(plan);

    assertThat(first).isEqualTo(second).contains(200).containsAnyOf(503, 0);
  }

  private List<Integer> statuses(FaultPlan plan) {
    try (PartnerSandbox planned = PartnerSandbox.builder().faults(plan).start()) {
      PartnerClient c = planned.clientBuilder(NORTHWIND).retryPolicy(RetryPolicy.none()).build();
      try (c) {
        for (int i = 0; i < 20; i++) {
          try {
            c.offers().get("EXCHANGE_ONLINE", "US");
          } catch (ServerErrorException | TransportException expected) {
            // the plan's faults; the statuses are read from the request log
          }
        }
      }
      return planned.requests().stream().map(SandboxRequest::status).collect(Collectors.toList());
    }
  }

  @Test
  void scriptedFaultsHitOnlyTheirPathAndClearingDropsThem() {
    sandbox.faults().failNext("/graph/", 3, Fault.serverError(500));

    assertThat(client.offers().list("US")).isNotEmpty();
    assertThat(sandbox.faults().pending()).isEqualTo(3);
    sandbox.faults().clear();

    assertThat(sandbox.faults().pending()).isZero();
    assertThat(sandbox.faults().injected()).isZero();
  }
}
