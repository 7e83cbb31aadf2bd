package dev.partnerkit.client.partnercenter;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.WireJson;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Term;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The promotion calls against a loopback server serving the project's own payloads in the
 * documented shapes: the listing's query and fields, one promotion, the eligibility check's body
 * and answer, and lines that fail before any call.
 */
class PromotionCallsTest extends WireMockSupport {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("2b7e4c19-58a3-4f0d-a6c2-91e8d3f47b05");

  @Test
  void list_sendsCountryAndSegmentAndReadsEveryField() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/productpromotions?country=GB&segment=commercial"))
            .willReturn(okJson(example("partnercenter-promotions-list.json"))));

    PcPromotion promotion =
        client.promotions().list("GB", PcSegment.COMMERCIAL).stream().findFirst().orElseThrow();

    assertThat(promotion.getId()).isEqualTo("NWT5PROMO2026Q4");
    assertThat(promotion.getStartDate()).contains(Instant.parse("2026-10-01T00:00:00Z"));
    assertThat(promotion.getEndDate()).contains(Instant.parse("2026-12-31T23:59:59Z"));
    assertThat(promotion.getSegment()).contains(PcSegment.COMMERCIAL);
    assertThat(promotion.isAutoApplicable()).isTrue();
    assertThat(promotion.getRequiredProducts()).hasSize(2);
    PcPromotionTerm term = promotion.getRequiredProducts().get(1).term().orElseThrow();
    assertThat(term.duration()).contains("P1Y");
    assertThat(term.billingCycle()).contains(PcBillingCycle.ANNUAL);
    assertThat(promotion.getPricingPolicies().get(0).value()).contains("12");
  }

  @Test
  void get_readsOnePromotion() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/productpromotions/NWT5PROMO2026Q4?country=GB"))
            .willReturn(okJson("{\"id\":\"NWT5PROMO2026Q4\",\"name\":\"Northwind 12%\"}")));

    assertThat(client.promotions().get("NWT5PROMO2026Q4", "GB").getName())
        .contains("Northwind 12%");
  }

  @Test
  void eligibilities_postsTheLinesAndReadsWhyNot() {
    String url = "/pc/v1/customers/" + CUSTOMER + "/promotionEligibilities";
    server.stubFor(
        post(urlEqualTo(url))
            .willReturn(okJson(example("partnercenter-promotion-eligibilities.json"))));
    NewCommercePurchaseLine line =
        NewCommercePurchaseLine.builder()
            .productId("CFQ7TTC0ZZ01")
            .skuId("0001")
            .availabilityId("CFQ7TTC0ZZ7A")
            .term(Term.P1Y)
            .billingCycle(BillingCycle.MONTHLY)
            .quantity(12)
            .promotionId("NWT5PROMO2026Q4")
            .build();

    List<PcPromotionEligibilityItem> answer =
        client
            .promotions()
            .eligibilities(
                CUSTOMER,
                List.of(
                    PcPromotionEligibilityItem.builder()
                        .from(PcPromotionEligibilityItem.of(line))
                        .id(0)
                        .build()));

    PcPromotionEligibility eligibility = answer.get(0).getEligibilities().get(0);
    assertThat(eligibility.isEligible()).isFalse();
    assertThat(eligibility.errors().get(0).availableSeats()).contains(10);
    assertThat(eligibility.errors().get(0).maximumRequiredSeats()).contains(300);
    server.verify(
        postRequestedFor(urlEqualTo(url))
            .withRequestBody(
                equalToJson(example("partnercenter-promotion-eligibilities-request.json"))));
  }

  @Test
  void eligibilities_namesTheMissingFieldBeforeAnyCall() {
    PcPromotionEligibilityItem noTerm =
        PcPromotionEligibilityItem.builder()
            .catalogItemId("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A")
            .quantity(3)
            .billingCycle(PcBillingCycle.MONTHLY)
            .build();
    PcPromotionEligibilityItem noItem =
        PcPromotionEligibilityItem.builder()
            .quantity(3)
            .termDuration("P1Y")
            .billingCycle(PcBillingCycle.MONTHLY)
            .build();

    assertThatThrownBy(() -> client.promotions().eligibilities(CUSTOMER, List.of(noTerm)))
        .hasMessage("items[0].termDuration is required, such as P1Y");
    assertThatThrownBy(
            () ->
                client
                    .promotions()
                    .eligibilities(
                        CUSTOMER,
                        List.of(
                            PcPromotionEligibilityItem.builder()
                                .from(noTerm)
                                .termDuration("P1Y")
                                .build(),
                            noItem)))
        .hasMessageContaining("items[1].catalogItemId is required");
    assertThatThrownBy(() -> client.promotions().eligibilities(CUSTOMER, List.of()))
        .hasMessageContaining("at least one line");
    assertThat(requests(postRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void theGoldenFilesReadBackEqualAfterWriting() throws Exception {
    var mapper = WireJson.newMapper();
    var promotions =
        mapper.readValue(
            example("partnercenter-promotions-list.json"),
            mapper.getTypeFactory().constructParametricType(PcCollection.class, PcPromotion.class));
    for (Object p : ((PcCollection<?>) promotions).items()) {
      assertThat(mapper.readValue(mapper.writeValueAsBytes(p), PcPromotion.class)).isEqualTo(p);
    }
    var answer =
        mapper.readValue(
            example("partnercenter-promotion-eligibilities.json"),
            mapper
                .getTypeFactory()
                .constructParametricType(PcCollection.class, PcPromotionEligibilityItem.class));
    for (Object item : ((PcCollection<?>) answer).items()) {
      assertThat(mapper.readValue(mapper.writeValueAsBytes(item), PcPromotionEligibilityItem.class))
          .isEqualTo(item);
    }
  }
}
