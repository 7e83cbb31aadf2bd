package dev.partnerkit.client.partnercenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The new-commerce subscription calls against a loopback server serving the project's own payload
 * in the documented shape: the read with its refundable seats, window and scheduled change, each
 * PATCH with the field it changes, a refused cancellation, and the mapping to the model.
 */
class NewCommerceSubscriptionsTest extends WireMockSupport {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("2b7e4c19-58a3-4f0d-a6c2-91e8d3f47b05");
  private static final String ID = "3F6A9C21-7D4E-4B8A-9E12-6C0D5B7A8E34";
  private static final String PATH = "/pc/v1/customers/" + CUSTOMER + "/subscriptions/" + ID;
  private static final Duration WINDOW = Duration.ofHours(168);

  private static String payload() {
    return example("partnercenter-subscription-new-commerce.json");
  }

  private void serveReadAndEcho() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(payload())));
    server.stubFor(patch(urlEqualTo(PATH)).willReturn(okJson(payload())));
  }

  @Test
  void get_readsTheNewCommerceFields() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(payload())));

    PcSubscription sub = client.subscriptions().get(CUSTOMER, ID);

    assertThat(sub.getTermDuration()).contains("P1Y");
    assertThat(sub.getBillingCycle()).contains(PcBillingCycle.MONTHLY);
    assertThat(sub.isAutoRenewEnabled()).isTrue();
    assertThat(sub.getCommitmentEndDate()).contains(Instant.parse("2027-02-10T00:00:00Z"));
    assertThat(sub.getCancellationAllowedUntilDate())
        .contains(Instant.parse("2026-02-17T08:12:44Z"));
    assertThat(sub.getPromotionId()).contains("NWT5PROMO2026Q1");
    PcRefundableQuantity refundable = sub.getRefundableQuantity().orElseThrow();
    assertThat(refundable.getTotalQuantity()).isEqualTo(8);
    assertThat(refundable.getDetails())
        .extracting(PcRefundableQuantityDetail::getQuantity)
        .containsExactly(3, 5);
    assertThat(refundable.getDetails().get(1).getAllowedUntilDateTime())
        .contains(Instant.parse("2026-12-05T09:15:00Z"));
    PcScheduledNextTermInstructions next = sub.getScheduledNextTermInstructions().orElseThrow();
    assertThat(next.getQuantity()).isEqualTo(20);
    PcScheduledProduct product = next.getProduct().orElseThrow();
    assertThat(product.catalogItemId()).isEqualTo("NWT0MB7Q2H4K:0002:NWT0MB7Q2K3R");
    assertThat(product.getBillingCycle()).contains(PcBillingCycle.TRIENNIAL);
    assertThat(product.getTermDuration()).contains("P3Y");
  }

  @Test
  void toModel_withTheWindow_keepsTheSeatBatchesTermAndScheduledChange() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(payload())));
    PcSubscription sub = client.subscriptions().get(CUSTOMER, ID);

    Subscription model = sub.toModel(CUSTOMER, WINDOW).orElseThrow();

    assertThat(model.getService()).isEqualTo(ServiceId.of("NWT0MB7Q2H4K:0001:NWT0MB7Q2J8P"));
    assertThat(model.isNewCommerce()).isTrue();
    assertThat(model.getTerm()).contains(Term.P1Y);
    assertThat(model.getBillingCycle()).contains(BillingCycle.MONTHLY);
    assertThat(model.isAutoRenew()).isTrue();
    assertThat(model.getLicenses()).isEqualTo(25);
    assertThat(model.getTermStart()).contains(Instant.parse("2026-02-10T00:00:00Z"));
    assertThat(model.getEnd()).contains(Instant.parse("2027-02-10T00:00:00Z"));
    assertThat(model.getWindowOpenedAt()).contains(Instant.parse("2026-02-10T08:12:44Z"));
    assertThat(model.getSeatBatches())
        .containsExactly(
            SeatBatch.builder()
                .seats(17)
                .addedAt(Instant.parse("2026-02-10T00:00:00Z"))
                .removable(false)
                .build(),
            SeatBatch.of(5, Instant.parse("2026-11-28T09:15:00Z")),
            SeatBatch.of(3, Instant.parse("2026-12-02T14:40:00Z")));
    assertThat(model.getScheduledChange())
        .contains(
            ScheduledChange.builder()
                .seats(20)
                .term(Term.P3Y)
                .billing(BillingCycle.TRIENNIAL)
                .service(ServiceId.of("NWT0MB7Q2H4K:0002:NWT0MB7Q2K3R"))
                .build());
  }

  @Test
  void toModel_withoutTheWindow_keepsTheSeatsInOneBatchAtTheTermStart() {
    PcSubscription sub = decode(payload());

    Subscription model = sub.toModel(CUSTOMER).orElseThrow();

    assertThat(model.getTerm()).contains(Term.P1Y);
    assertThat(model.getWindowOpenedAt()).isEmpty();
    assertThat(model.getSeatBatches())
        .containsExactly(SeatBatch.of(25, Instant.parse("2026-02-10T00:00:00Z")));
    assertThat(model.getScheduledChange()).isPresent();
  }

  @Test
  void toModel_mapsTriennialBillingAndTheDisabledStatus() {
    PcSubscription sub =
        decode(
            payload()
                .replace("\"billingCycle\": \"monthly\"", "\"billingCycle\": \"triennial\"")
                .replace("\"termDuration\": \"P1Y\"", "\"termDuration\": \"P3Y\"")
                .replace(
                    "\"commitmentEndDate\": \"2027-02-10T00:00:00Z\"",
                    "\"commitmentEndDate\": \"2029-02-10T00:00:00Z\"")
                .replace("\"status\": \"active\"", "\"status\": \"disabled\""));

    Subscription model = sub.toModel(CUSTOMER, WINDOW).orElseThrow();

    assertThat(model.getBillingCycle()).contains(BillingCycle.TRIENNIAL);
    assertThat(model.getTerm()).contains(Term.P3Y);
    assertThat(model.getTermStart()).contains(Instant.parse("2026-02-10T00:00:00Z"));
    assertThat(model.getStatus()).isEqualTo(SubscriptionStatus.DISABLED);
  }

  @Test
  void toModel_refundableDetailsClaimingMoreSeatsThanHeld_fallBackToOneBatch() {
    PcSubscription sub = decode(payload().replace("\"quantity\": 25", "\"quantity\": 6"));

    Subscription model = sub.toModel(CUSTOMER, WINDOW).orElseThrow();

    assertThat(model.getSeatBatches())
        .containsExactly(SeatBatch.of(6, Instant.parse("2026-02-10T00:00:00Z")));
  }

  @Test
  void toModel_valuesTheModelCannotHold_stayOnTheWireTypeAndTheReadSucceeds() {
    PcSubscription sub =
        decode(
            payload()
                .replace(
                    "\"commitmentEndDate\": \"2027-02-10T00:00:00Z\"",
                    "\"commitmentEndDate\": \"+1000000000-12-31T23:59:59Z\"")
                .replace("\"quantity\": 20", "\"quantity\": 2000000000"));

    Subscription model = sub.toModel(CUSTOMER, WINDOW).orElseThrow();

    // No calendar term ends beyond year 999999999: the term starts when the subscription did.
    assertThat(model.getTermStart()).contains(Instant.parse("2026-02-10T00:00:00Z"));
    assertThat(model.getScheduledChange().orElseThrow().getSeats()).isEmpty();
    assertThat(sub.getScheduledNextTermInstructions().orElseThrow().getQuantity())
        .isEqualTo(2_000_000_000);
  }

  @Test
  void toModel_rejectsAWindowThatIsNotPositive() {
    PcSubscription sub = decode(payload());
    assertThatThrownBy(() -> sub.toModel(CUSTOMER, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changeWindow must be positive");
  }

  @Test
  void changes_patchTheWholeSubscriptionWithTheFieldChanged() {
    serveReadAndEcho();
    check(s -> client.subscriptions().changeLicenseCount(CUSTOMER, ID, 30), "$.quantity", "30");
    check(
        s -> client.subscriptions().setAutoRenew(CUSTOMER, ID, false),
        "$.autoRenewEnabled",
        "false");
    check(s -> client.subscriptions().suspend(CUSTOMER, ID), "$.status", "suspended");
    check(s -> client.subscriptions().reactivate(CUSTOMER, ID), "$.status", "active");
    check(s -> client.subscriptions().cancel(CUSTOMER, ID), "$.status", "deleted");
  }

  private void check(Function<Void, PcSubscription> call, String field, String value) {
    server.resetRequests();
    assertThat(call.apply(null).getId()).isEqualTo(ID);
    server.verify(
        1,
        patchRequestedFor(urlEqualTo(PATH))
            .withHeader("If-Match", equalTo("eyJpZCI6IjNmNmE5YzIxIiwidmVyc2lvbiI6N30"))
            .withRequestBody(matchingJsonPath(field, equalTo(value)))
            // The whole resource goes back, as Partner Center's PATCH asks.
            .withRequestBody(
                matchingJsonPath("$.offerId", equalTo("NWT0MB7Q2H4K:0001:NWT0MB7Q2J8P")))
            .withRequestBody(matchingJsonPath("$.refundableQuantity.totalQuantity", equalTo("8")))
            .withRequestBody(
                matchingJsonPath(
                    "$.attributes.etag", equalTo("eyJpZCI6IjNmNmE5YzIxIiwidmVyc2lvbiI6N30"))));
  }

  @Test
  void scheduleNextTerm_sendsTheInstructionsWithAutoRenewOn() {
    server.stubFor(
        get(urlEqualTo(PATH))
            .willReturn(
                okJson(
                    payload()
                        .replace("\"autoRenewEnabled\": true", "\"autoRenewEnabled\": false"))));
    server.stubFor(patch(urlEqualTo(PATH)).willReturn(okJson(payload())));
    PcScheduledNextTermInstructions next =
        PcScheduledNextTermInstructions.builder()
            .product(
                PcScheduledProduct.builder()
                    .productId("NWT0MB7Q2H4K")
                    .skuId("0001")
                    .availabilityId("NWT0MB7Q2J8P")
                    .billingCycle(PcBillingCycle.ANNUAL)
                    .termDuration("P1Y")
                    .build())
            .quantity(12)
            .build();

    client.subscriptions().scheduleNextTerm(CUSTOMER, ID, next);

    server.verify(
        patchRequestedFor(urlEqualTo(PATH))
            .withRequestBody(matchingJsonPath("$.autoRenewEnabled", equalTo("true")))
            .withRequestBody(
                matchingJsonPath("$.scheduledNextTermInstructions.quantity", equalTo("12")))
            .withRequestBody(
                matchingJsonPath(
                    "$.scheduledNextTermInstructions.product.billingCycle", equalTo("annual")))
            .withRequestBody(
                matchingJsonPath(
                    "$.scheduledNextTermInstructions.product.termDuration", equalTo("P1Y"))));
  }

  @Test
  void scheduleNextTerm_checksTheInstructionsBeforeAnyCall() {
    assertThatThrownBy(
            () ->
                client
                    .subscriptions()
                    .scheduleNextTerm(
                        CUSTOMER,
                        ID,
                        PcScheduledNextTermInstructions.builder().quantity(0).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheduledNextTermInstructions.quantity must be 1 or more");
    assertThatThrownBy(
            () ->
                client
                    .subscriptions()
                    .scheduleNextTerm(
                        CUSTOMER,
                        ID,
                        PcScheduledNextTermInstructions.builder().quantity(3).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheduledNextTermInstructions.product must be set");
    assertThatThrownBy(() -> client.subscriptions().cancel(CUSTOMER, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subscriptionId");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void cancel_afterTheWindow_isRefusedWithPartnerCentersError() {
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(payload())));
    server.stubFor(
        patch(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(example("partnercenter-error-400-cancel-window.json"))));

    assertThatThrownBy(() -> client.subscriptions().cancel(CUSTOMER, ID))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.getErrorCode()).contains("800004"));
  }

  private static PcSubscription decode(String json) {
    try {
      return dev.partnerkit.client.WireJson.newMapper().readValue(json, PcSubscription.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
