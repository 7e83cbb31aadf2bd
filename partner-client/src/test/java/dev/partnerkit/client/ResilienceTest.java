package dev.partnerkit.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.CustomerId;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ResilienceTest extends WireMockSupport {
  private static final CustomerId CUSTOMER = CustomerId.fromName("fabrikam");
  private static final String PATH = "/pc/v1/customers/" + CUSTOMER;
  private static final String BODY = "{\"id\":\"" + CUSTOMER + "\"}";

  private void sequence(
      String url, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
    String state = STARTED;
    for (int i = 0; i < answers.length; i++) {
      String next = "s" + (i + 1);
      server.stubFor(
          get(urlEqualTo(url))
              .inScenario("seq")
              .whenScenarioStateIs(state)
              .willReturn(answers[i])
              .willSetStateTo(next));
      state = next;
    }
  }

  private List<LoggedRequest> gets() {
    return requests(getRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void throttled_withRetryAfterSeconds_isRetriedWithTheSameRequestId() {
    sequence(
        PATH,
        aResponse()
            .withStatus(429)
            .withHeader("Retry-After", "1")
            .withBody(example("partnercenter-error-429.json")),
        okJson(BODY));

    assertThat(client.customers().get(CUSTOMER).id()).contains(CUSTOMER.toString());
    List<LoggedRequest> sent = gets();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getHeader("MS-RequestId"))
        .isEqualTo(sent.get(0).getHeader("MS-RequestId"));
    assertThat(sent.get(1).getHeader("MS-CorrelationId"))
        .isEqualTo(sent.get(0).getHeader("MS-CorrelationId"));
    assertThat(sent.get(1).getLoggedDate().getTime() - sent.get(0).getLoggedDate().getTime())
        .isGreaterThanOrEqualTo(900);
  }

  @Test
  void throttled_withRetryAfterHttpDate_isRetried() {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1));
    sequence(PATH, aResponse().withStatus(429).withHeader("Retry-After", date), okJson(BODY));

    assertThat(client.customers().get(CUSTOMER).id()).isPresent();
    assertThat(gets()).hasSize(2);
  }

  @Test
  void throttled_withDecimalRetryAfter_waitsAtLeastTheFractionalTime() {
    // Graph has sent decimal seconds (API-8); a client that cannot read them falls back to its own
    // short jitter and retries too early.
    sequence(
        PATH,
        aResponse()
            .withStatus(429)
            .withHeader("Retry-After", "1.25")
            .withBody(example("partnercenter-error-429.json")),
        okJson(BODY));

    assertThat(client.customers().get(CUSTOMER).id()).isPresent();
    List<LoggedRequest> sent = gets();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getLoggedDate().getTime() - sent.get(0).getLoggedDate().getTime())
        .isGreaterThanOrEqualTo(1250);
  }

  @Test
  void throttled_withDecimalRetryAfterBeyondTheCap_failsAtOnceAndSaysHowLong() {
    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "75.5")
                    .withBody(example("partnercenter-error-429.json"))));

    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> {
              assertThat(e.getRetryAfter()).contains(Duration.ofMillis(75_500));
              assertThat(e.getMessage()).contains("Retry-After 75.5 s");
            });
    assertThat(gets()).hasSize(1);
  }

  @Test
  void throttled_beyondTheCap_failsAtOnceWithTheServersAnswer() {
    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "57")
                    .withBody(example("partnercenter-error-429.json"))));

    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> {
              assertThat(e.getRetryAfter()).contains(Duration.ofSeconds(57));
              assertThat(e.getErrorDescription())
                  .hasValueSatisfying(d -> assertThat(d).contains("Rate limit is exceeded"));
            });
    assertThat(gets()).hasSize(1);
  }

  @Test
  void serverErrorBursts_areRetriedUntilSuccess() {
    sequence(
        PATH,
        aResponse().withStatus(503),
        aResponse().withStatus(503),
        aResponse().withStatus(502),
        okJson(BODY));

    assertThat(client.customers().get(CUSTOMER).id()).isPresent();
    assertThat(gets()).hasSize(4);
  }

  @Test
  void serverErrors_endWhenTheAttemptsRunOut() {
    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(
                        "{\"code\":\"800003\",\"description\":\"Unexpected service error\"}")));

    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e -> {
              assertThat(e.getStatus()).isEqualTo(500);
              assertThat(e.getErrorCode()).contains("800003");
              assertThat(e.getMessage()).contains("after 4 attempts");
            });
    assertThat(gets()).hasSize(4);
  }

  @Test
  void connectionResets_areRetried() {
    sequence(PATH, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(BODY));

    assertThat(client.customers().get(CUSTOMER).id()).isPresent();
  }

  @Test
  void connectionResets_becomeTransportExceptionsWhenTheyPersist() {
    server.stubFor(
        get(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("attempt 4")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void emptyAndMalformedBodies_areInvalidResponses() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("body was empty");

    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson("{\"id\": [1,")));
    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("PcCustomer");
  }

  @Test
  void slowResponses_passTheDeadline() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(BODY).withFixedDelay(3_000)));
    PartnerClient hurried =
        client.withOptions(RequestOptions.builder().deadline(Duration.ofMillis(300)).build());

    long started = System.nanoTime();
    assertThatThrownBy(() -> hurried.customers().get(CUSTOMER))
        .isInstanceOf(DeadlineExceededException.class)
        .hasMessageContaining("deadline of PT0.3S");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
  }

  @Test
  void post_isRetriedWithTheSameRequestIdAndTheNextCallGetsANewOne() {
    String url = "/pc/v1/customers";
    server.stubFor(
        post(urlEqualTo(url))
            .inScenario("p")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("ok"));
    server.stubFor(
        post(urlEqualTo(url))
            .inScenario("p")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(BODY).withStatus(201)));
    PcCustomer body = PcCustomer.builder().build();

    client.customers().create(body);
    client.customers().create(body);

    List<LoggedRequest> sent = requests(postRequestedFor(urlEqualTo(url)));
    assertThat(sent).hasSize(3);
    assertThat(sent.get(1).getHeader("MS-RequestId"))
        .isEqualTo(sent.get(0).getHeader("MS-RequestId"));
    assertThat(sent.get(2).getHeader("MS-RequestId"))
        .isNotEqualTo(sent.get(0).getHeader("MS-RequestId"));
    assertThat(sent.get(2).getHeader("MS-CorrelationId"))
        .isNotEqualTo(sent.get(0).getHeader("MS-CorrelationId"));
  }

  @Test
  void correlationIdFromOptions_isSentOnEveryRequest() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(BODY)));
    PartnerClient traced =
        client.withOptions(RequestOptions.builder().correlationId("trace-42").build());

    traced.customers().get(CUSTOMER);
    traced.customers().get(CUSTOMER);

    assertThat(gets())
        .extracting(r -> r.getHeader("MS-CorrelationId"))
        .containsExactly("trace-42", "trace-42");
    traced.close(); // a view closes nothing
    assertThat(client.customers().get(CUSTOMER).id()).isPresent();
  }

  @Test
  void bodiesOverTheLimit_areRefusedWhileStreaming() {
    PartnerClient small = clientBuilder().maxResponseBytes(2048).build();
    String big = "{\"id\":\"" + CUSTOMER + "\",\"commerceId\":\"" + "x".repeat(10_000) + "\"}";
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(big)));

    assertThatThrownBy(() -> small.customers().get(CUSTOMER))
        .isInstanceOf(ResponseTooLargeException.class)
        .hasMessageContaining("2048 bytes");
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(big).withChunkedDribbleDelay(20, 100)));
    assertThatThrownBy(() -> small.customers().get(CUSTOMER))
        .isInstanceOf(ResponseTooLargeException.class);
    small.close();
  }

  @Test
  void redirects_areNotFollowed() {
    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse().withStatus(302).withHeader("Location", "https://evil.example/")));

    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            PartnerApiException.class, e -> assertThat(e.getStatus()).isEqualTo(302))
        .hasMessageContaining("does not follow");
    assertThatThrownBy(
            () ->
                clientBuilder()
                    .httpClient(
                        java.net.http.HttpClient.newBuilder()
                            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                            .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Redirect.NEVER");
  }

  @Test
  void httpToANonLoopbackHost_isRefused() {
    assertThatThrownBy(
            () ->
                PartnerClient.builder()
                    .partnerCenterBaseUri(URI.create("http://api.partnercenter.microsoft.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must use https");
    assertThatThrownBy(
            () -> PartnerClient.builder().graphBaseUri(URI.create("http://10.0.0.1/v1.0")))
        .isInstanceOf(IllegalArgumentException.class);
    PartnerClient.builder()
        .graphBaseUri(URI.create("http://localhost:1/v1.0"))
        .azureManagementBaseUri(URI.create("http://[::1]:1"))
        .partnerCenterBaseUri(URI.create("http://127.9.0.1:1"));
  }

  @Test
  void tokens_neverAppearInMessagesOrToString() {
    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token has expired.\"}}")));

    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("InvalidAuthenticationToken")
        .hasMessageNotContaining(TOKEN);
    assertThat(client.toString()).doesNotContain(TOKEN);
    assertThat(AccessToken.of(TOKEN).toString()).doesNotContain(TOKEN);
    assertThat(gets().get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void failingTokenProvider_failsTheCallWithoutSendingIt() {
    PartnerClient broken =
        clientBuilder()
            .tokenProvider(
                Audience.PARTNER_CENTER,
                audience ->
                    CompletableFuture.failedFuture(new IllegalStateException("no credentials")))
            .build();

    assertThatThrownBy(() -> broken.customers().get(CUSTOMER))
        .isInstanceOf(TokenAcquisitionException.class);
    assertThat(gets()).isEmpty();
    broken.close();
  }

  @Test
  void closedClient_refusesCalls() {
    PartnerClient closed = clientBuilder().build();
    closed.close();

    assertThatThrownBy(() -> closed.customers().get(CUSTOMER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void errorBodyShapes_ofPartnerCenterAreAllRead() {
    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(example("partnercenter-error-400-license.json"))));
    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.getErrorCode()).contains("60012"));

    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(
                        "{\"errorCode\":\"27009\",\"errorMessage\":\"Cannot enable a child subscription\"}")));
    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.getErrorCode()).contains("27009");
              assertThat(e.getErrorDescription()).contains("Cannot enable a child subscription");
            });

    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(412)
                    .withBody("{\"Code\":\"2055\",\"Description\":\"Etag is no longer valid\"}")));
    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            PreconditionFailedException.class, e -> assertThat(e.getErrorCode()).contains("2055"));

    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(aResponse().withStatus(403).withBody("<html>nope</html>")));
    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.getErrorCode()).isEmpty());
  }
}
