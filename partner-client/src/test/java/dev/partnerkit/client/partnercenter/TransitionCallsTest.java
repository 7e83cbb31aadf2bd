package dev.partnerkit.client.partnercenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.WireJson;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.CustomerId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transition calls against a loopback server serving the project's own payloads in the
 * documented shapes: the eligibility query, the transition's body and answer, the history, a
 * refused transition as the client's exception, and requests that fail before any call.
 */
class TransitionCallsTest extends WireMockSupport {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("2b7e4c19-58a3-4f0d-a6c2-91e8d3f47b05");
  private static final String SOURCE = "A7D3F9E1-4C2B-4E8A-9F61-3B5D7C9E1A24";
  private static final String PATH = "/pc/v1/customers/" + CUSTOMER + "/subscriptions/" + SOURCE;

  private static PcTransitionRequest request() throws Exception {
    return WireJson.newMapper()
        .readValue(example("partnercenter-transition-request.json"), PcTransitionRequest.class);
  }

  @Test
  void eligibilities_asksForImmediateByDefaultAndScheduledWhenTold() {
    server.stubFor(
        get(urlEqualTo(PATH + "/transitionEligibilities?eligibilityType=immediate"))
            .willReturn(okJson(example("partnercenter-transition-eligibilities-list.json"))));
    server.stubFor(
        get(urlEqualTo(PATH + "/transitionEligibilities?eligibilityType=scheduled"))
            .willReturn(okJson("{\"totalCount\":0,\"items\":[]}")));

    List<PcTransitionEligibility> now = client.transitions().eligibilities(CUSTOMER, SOURCE);
    List<PcTransitionEligibility> later =
        client.transitions().eligibilities(CUSTOMER, SOURCE, PcEligibilityType.SCHEDULED);

    assertThat(now)
        .singleElement()
        .satisfies(e -> assertThat(e.allows(PcTransitionType.TRANSITION_ONLY)).isTrue());
    assertThat(later).isEmpty();
    assertThat(requests(getRequestedFor(anyUrl())))
        .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
    assertThatThrownBy(
            () -> client.transitions().eligibilities(CUSTOMER, SOURCE, PcEligibilityType.UNKNOWN))
        .hasMessageContaining("eligibilityType");
  }

  @Test
  void transition_postsTheBodyAndReadsTheEvents() throws Exception {
    server.stubFor(
        post(urlEqualTo(PATH + "/transitions"))
            .willReturn(okJson(example("partnercenter-transition.json"))));

    PcTransition transition = client.transitions().transition(CUSTOMER, SOURCE, request());

    assertThat(transition.getToSubscriptionId()).contains("5C2E8A41-9B3D-4F7E-8A16-2D4C6E8F0B13");
    assertThat(transition.getEvents()).hasSize(2);
    server.verify(
        postRequestedFor(urlEqualTo(PATH + "/transitions"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(example("partnercenter-transition-request.json"), false, false)));
  }

  @Test
  void transition_sendsOnlyTheRequiredFieldsWhenOnlyThoseAreGiven() {
    server.stubFor(
        post(urlEqualTo(PATH + "/transitions"))
            .willReturn(okJson(example("partnercenter-transition.json"))));

    client
        .transitions()
        .transition(
            CUSTOMER,
            SOURCE,
            PcTransitionRequest.builder()
                .toCatalogItemId("CFQ7TTC0ZZ02:0001:CFQ7TTC0ZZ8B")
                .quantity(12)
                .transitionType(PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER)
                .build());

    server.verify(
        postRequestedFor(urlEqualTo(PATH + "/transitions"))
            .withRequestBody(
                equalToJson(
                    "{\"toCatalogItemId\":\"CFQ7TTC0ZZ02:0001:CFQ7TTC0ZZ8B\",\"quantity\":12,"
                        + "\"transitionType\":\"transition_with_license_transfer\"}")));
  }

  @Test
  void transition_refusedByPartnerCenter_isABadRequestWithItsCode() throws Exception {
    server.stubFor(
        post(urlEqualTo(PATH + "/transitions"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":800002,\"description\":\"The target offer is not eligible"
                            + " for this subscription.\",\"data\":[],\"source\":\"PartnerFD\"}")));

    assertThatThrownBy(() -> client.transitions().transition(CUSTOMER, SOURCE, request()))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.getErrorCode()).contains("800002"));
  }

  @Test
  void transition_fromAnotherSubscription_failsBeforeAnyCall() throws Exception {
    PcTransitionRequest other =
        PcTransitionRequest.builder()
            .from(request())
            .fromSubscriptionId("0B6D2F84-1A3C-4E5F-9D7B-8C2A4E6F1D39")
            .build();

    assertThatThrownBy(() -> client.transitions().transition(CUSTOMER, SOURCE, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PcTransitionRequest.fromSubscriptionId");
    assertThat(requests(postRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void history_readsEveryTransitionWithItsEvents() {
    server.stubFor(
        get(urlEqualTo(PATH + "/transitions"))
            .willReturn(okJson(example("partnercenter-transitions-list.json"))));

    List<PcTransition> history = client.transitions().history(CUSTOMER, SOURCE);

    assertThat(history)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.getFromSubscriptionId()).contains(SOURCE);
              assertThat(t.getEvents())
                  .extracting(PcTransitionEvent::status)
                  .allSatisfy(s -> assertThat(s).contains("Completed"));
            });
  }
}
