package dev.partnerkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.CustomerId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * API-9: calls that share a throttling limit share its backoff. A 429 with {@code Retry-After} on
 * one call holds the calls of the same client to the same service that have not been sent yet,
 * while other services' calls go on.
 */
class SharedBackoffTest extends WireMockSupport {
  private static final CustomerId FIRST = CustomerId.fromName("first");
  private static final CustomerId SECOND = CustomerId.fromName("second");
  private static final String FIRST_PATH = "/pc/v1/customers/" + FIRST;
  private static final String SECOND_PATH = "/pc/v1/customers/" + SECOND;
  private static final String GRAPH_PATH =
      "/graph/v1.0/tenantRelationships/delegatedAdminRelationships/r1";

  /** The first customer's read meets a 429 asking for {@code retryAfter}, then succeeds. */
  private void firstIsThrottledFor(String retryAfter) {
    server.stubFor(
        get(urlEqualTo(FIRST_PATH))
            .inScenario("first")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", retryAfter)
                    .withBody(example("partnercenter-error-429.json")))
            .willSetStateTo("open"));
    server.stubFor(
        get(urlEqualTo(FIRST_PATH))
            .inScenario("first")
            .whenScenarioStateIs("open")
            .willReturn(okJson("{\"id\":\"" + FIRST + "\"}")));
    server.stubFor(get(urlEqualTo(SECOND_PATH)).willReturn(okJson("{\"id\":\"" + SECOND + "\"}")));
  }

  private List<LoggedRequest> received(String path) {
    return requests(getRequestedFor(urlEqualTo(path)));
  }

  /** Starts the first read and returns once its 429 has reached the client. */
  private CompletableFuture<PcCustomer> throttleFirst() throws InterruptedException {
    CompletableFuture<PcCustomer> first = client.customers().getAsync(FIRST);
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (received(FIRST_PATH).isEmpty() && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    // The 429's answer travels back after the server logged the request; give it time to land.
    Thread.sleep(100);
    return first;
  }

  @Test
  void aCallToTheSameServiceWaitsOutAnotherCallsRetryAfter() throws Exception {
    firstIsThrottledFor("1.2");
    CompletableFuture<PcCustomer> first = throttleFirst();

    PcCustomer second = client.customers().get(SECOND);

    assertThat(second.id()).contains(SECOND.toString());
    assertThat(first.join().id()).contains(FIRST.toString());
    long throttledAt = received(FIRST_PATH).get(0).getLoggedDate().getTime();
    long secondSentAt = received(SECOND_PATH).get(0).getLoggedDate().getTime();
    assertThat(secondSentAt - throttledAt)
        .as("the second customer's read was held until the first's Retry-After had passed")
        .isGreaterThanOrEqualTo(1200);
    assertThat(received(SECOND_PATH)).as("and it met no 429 of its own").hasSize(1);
  }

  @Test
  void anotherServiceIsNotHeld() throws Exception {
    firstIsThrottledFor("1.5");
    server.stubFor(
        get(urlEqualTo(GRAPH_PATH)).willReturn(okJson(example("graph-gdap-relationship.json"))));
    CompletableFuture<PcCustomer> first = throttleFirst();

    client.gdap().relationships().get("r1");

    long throttledAt = received(FIRST_PATH).get(0).getLoggedDate().getTime();
    long graphSentAt = received(GRAPH_PATH).get(0).getLoggedDate().getTime();
    assertThat(graphSentAt - throttledAt).isLessThan(1500);
    assertThat(first.join().id()).isPresent();
  }

  @Test
  void aHeldCallWhoseDeadlineEndsFirstFailsAtOnceUnsent() throws Exception {
    firstIsThrottledFor("1.5");
    CompletableFuture<PcCustomer> first = throttleFirst();
    PartnerClient hurried =
        client.withOptions(RequestOptions.builder().deadline(Duration.ofMillis(300)).build());

    assertThatThrownBy(() -> hurried.customers().get(SECOND))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("was not sent")
                  .contains("the call's remaining deadline");
              assertThat(e.getRetryAfter())
                  .hasValueSatisfying(
                      wait ->
                          assertThat(wait)
                              .isPositive()
                              .isLessThanOrEqualTo(Duration.ofMillis(1500)));
            });
    assertThat(received(SECOND_PATH)).isEmpty();
    assertThat(first.join().id()).isPresent();
  }

  @Test
  void aHoldBeyondThePolicysCapFailsHeldCallsAtOnce() throws Exception {
    // The test client's cap is 2 s: the first call fails at once, and so do the others while the
    // service's 30 s last.
    firstIsThrottledFor("30");
    CompletableFuture<PcCustomer> first = throttleFirst();
    assertThatThrownBy(first::join).hasCauseInstanceOf(ThrottledException.class);

    assertThatThrownBy(() -> client.customers().get(SECOND))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.getMessage()).contains("was not sent").contains("maxRetryAfter"));
    assertThat(received(SECOND_PATH)).isEmpty();
  }
}
