package dev.partnerkit.client.partnercenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The new-commerce purchase against a loopback server: the cart's line items carry the catalog item
 * as product:SKU:availability with term, billing and promotion; the checkout's orders and errors
 * are read; a refused cart surfaces Partner Center's error; bad lines fail before any call.
 */
class NewCommercePurchaseTest extends WireMockSupport {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("2b7e4c19-58a3-4f0d-a6c2-91e8d3f47b05");
  private static final String CARTS = "/pc/v1/customers/" + CUSTOMER + "/carts";
  private static final String CART_ID = "5c2e8a41-93d7-4f6b-b0a2-7e18c4d9f356";

  private static ImmutableNewCommercePurchaseLine.Builder line() {
    return NewCommercePurchaseLine.builder()
        .productId("NWT0MB7Q2H4K")
        .skuId("0001")
        .availabilityId("NWT0MB7Q2J8P")
        .term(Term.P1Y)
        .billingCycle(BillingCycle.MONTHLY)
        .quantity(25);
  }

  @Test
  void purchaseNewCommerce_sendsTheDocumentedLineItemsAndReadsTheCheckout() {
    server.stubFor(
        post(urlEqualTo(CARTS))
            .willReturn(okJson(example("partnercenter-cart-new-commerce.json")).withStatus(201)));
    server.stubFor(
        post(urlEqualTo(CARTS + "/" + CART_ID + "/checkout"))
            .willReturn(okJson(wire("partnercenter-cart-checkout-new-commerce.json"))));

    PcCartCheckoutResult result =
        client
            .fulfillment()
            .purchaseNewCommerce(
                CUSTOMER,
                List.of(
                    line().promotionId("NWT5PROMO2026Q1").build(),
                    line()
                        .skuId("0002")
                        .availabilityId("NWT0MB7Q2K3R")
                        .term(Term.P3Y)
                        .billingCycle(BillingCycle.TRIENNIAL)
                        .quantity(4)
                        .build()));

    assertThat(result.getOrders())
        .singleElement()
        .satisfies(
            order ->
                assertThat(order.getLineItems())
                    .singleElement()
                    .satisfies(
                        item -> {
                          assertThat(item.getOfferId()).contains("NWT0MB7Q2H4K:0001:NWT0MB7Q2J8P");
                          assertThat(item.getTermDuration()).contains("P1Y");
                          assertThat(item.getQuantity()).isEqualTo(25);
                        }));
    assertThat(result.getOrderErrors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getOrderGroupId()).contains("1");
              assertThat(e.getCode()).contains("800038");
            });
    server.verify(
        postRequestedFor(urlEqualTo(CARTS))
            .withRequestBody(
                matchingJsonPath(
                    "$.lineItems[0].catalogItemId", equalTo("NWT0MB7Q2H4K:0001:NWT0MB7Q2J8P")))
            .withRequestBody(matchingJsonPath("$.lineItems[0].termDuration", equalTo("P1Y")))
            .withRequestBody(matchingJsonPath("$.lineItems[0].billingCycle", equalTo("monthly")))
            .withRequestBody(matchingJsonPath("$.lineItems[0].quantity", equalTo("25")))
            .withRequestBody(
                matchingJsonPath("$.lineItems[0].promotionId", equalTo("NWT5PROMO2026Q1")))
            .withRequestBody(
                matchingJsonPath(
                    "$.lineItems[1].catalogItemId", equalTo("NWT0MB7Q2H4K:0002:NWT0MB7Q2K3R")))
            .withRequestBody(matchingJsonPath("$.lineItems[1].termDuration", equalTo("P3Y")))
            .withRequestBody(matchingJsonPath("$.lineItems[1].billingCycle", equalTo("triennial")))
            .withRequestBody(matchingJsonPath("$.lineItems[1].promotionId", absent())));
    server.verify(1, postRequestedFor(urlEqualTo(CARTS + "/" + CART_ID + "/checkout")));
  }

  @Test
  void theNewCommerceCartPayload_readsItsTermBillingAndPromotion() {
    server.stubFor(
        post(urlEqualTo(CARTS))
            .willReturn(okJson(example("partnercenter-cart-new-commerce.json")).withStatus(201)));

    PcCart cart =
        client
            .carts()
            .create(
                CUSTOMER,
                PcCart.builder()
                    .addLineItem(
                        PcCartLineItem.builder()
                            .catalogItemId(line().build().catalogItemId())
                            .quantity(25)
                            .build())
                    .build());

    assertThat(cart.getLineItems()).hasSize(2);
    assertThat(cart.getLineItems().get(0).getPromotionId()).contains("NWT5PROMO2026Q1");
    assertThat(cart.getLineItems().get(1).getBillingCycle()).contains(PcBillingCycle.TRIENNIAL);
    assertThat(cart.getLineItems().get(1).getTermDuration()).contains("P3Y");
  }

  @Test
  void purchaseNewCommerce_aRefusedCartIsPartnerCentersError() {
    server.stubFor(
        post(urlEqualTo(CARTS))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(example("partnercenter-error-400-license.json"))));

    assertThatThrownBy(
            () -> client.fulfillment().purchaseNewCommerce(CUSTOMER, List.of(line().build())))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.getErrorCode()).contains("60012"));
    server.verify(0, postRequestedFor(urlEqualTo(CARTS + "/" + CART_ID + "/checkout")));
  }

  @Test
  void lines_areCheckedNamingTheField() {
    assertThatThrownBy(() -> line().term(Term.P1M).billingCycle(BillingCycle.ANNUAL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NewCommercePurchaseLine.billingCycle must be one of")
        .hasMessageContaining("for term P1M");
    assertThatThrownBy(() -> line().term(Term.UNKNOWN).build())
        .hasMessageContaining("NewCommercePurchaseLine.term must be one of P1M, P1Y or P3Y");
    assertThatThrownBy(() -> line().quantity(0).build())
        .hasMessageContaining("NewCommercePurchaseLine.quantity must be 1 or more, but was 0");
    assertThatThrownBy(() -> line().skuId("00:01").build())
        .hasMessageContaining("NewCommercePurchaseLine.skuId must have no colon");
    assertThatThrownBy(() -> line().productId(" ").build())
        .hasMessageContaining("NewCommercePurchaseLine.productId must be 1 to 256 characters");
    assertThatThrownBy(() -> line().promotionId("").build())
        .hasMessageContaining("NewCommercePurchaseLine.promotionId");
    assertThatThrownBy(() -> client.fulfillment().purchaseNewCommerce(CUSTOMER, List.of()))
        .hasMessageContaining("lines must hold at least one line");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
