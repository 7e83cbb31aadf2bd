package dev.partnerkit.client.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.WireJson;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.Term;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The catalog's and the transitions' wire types on the project's own payloads in the documented
 * shapes: every documented field read, every golden file read back equal after writing, and unknown
 * fields and values tolerated.
 */
class CatalogWireTest {
  private static final ObjectMapper MAPPER = WireJson.newMapper();

  private static final Map<String, Class<?>> LISTS =
      Map.of(
          "partnercenter-products-list.json", PcProduct.class,
          "partnercenter-skus-list.json", PcSku.class,
          "partnercenter-availabilities-list.json", PcAvailability.class,
          "partnercenter-transition-eligibilities-list.json", PcTransitionEligibility.class,
          "partnercenter-transitions-list.json", PcTransition.class);

  private static final Map<String, Class<?>> SINGLES =
      Map.of(
          "partnercenter-transition-request.json", PcTransitionRequest.class,
          "partnercenter-inventory-check-request.json", PcInventoryCheckRequest.class,
          "partnercenter-transition.json", PcTransition.class);

  private static <T> List<T> items(String file, Class<T> type) throws Exception {
    JavaType page = MAPPER.getTypeFactory().constructParametricType(PcCollection.class, type);
    PcCollection<T> collection = MAPPER.readValue(WireMockSupport.example(file), page);
    return collection.items();
  }

  @Test
  void everyGoldenFileReadsBackEqualAfterWriting() throws Exception {
    for (Map.Entry<String, Class<?>> golden : LISTS.entrySet()) {
      List<?> first = items(golden.getKey(), golden.getValue());
      assertThat(first).as(golden.getKey()).isNotEmpty();
      for (Object item : first) {
        Object again = MAPPER.readValue(MAPPER.writeValueAsBytes(item), golden.getValue());
        assertThat(again).as(golden.getKey()).isEqualTo(item);
      }
    }
    for (Map.Entry<String, Class<?>> golden : SINGLES.entrySet()) {
      Object first = MAPPER.readValue(WireMockSupport.example(golden.getKey()), golden.getValue());
      Object again = MAPPER.readValue(MAPPER.writeValueAsBytes(first), golden.getValue());
      assertThat(again).as(golden.getKey()).isEqualTo(first);
    }
  }

  @Test
  void product_readsItsFields() throws Exception {
    PcProduct product = items("partnercenter-products-list.json", PcProduct.class).get(0);

    assertThat(product.getId()).isEqualTo("CFQ7TTC0ZZ01");
    assertThat(product.getTitle()).contains("Northwind Collaboration Suite");
    assertThat(product.getProductType().flatMap(PcItemType::getId)).contains("OnlineServices");
    assertThat(product.getProductType().flatMap(PcItemType::getSubType).flatMap(PcItemType::getId))
        .contains("Collaboration");
    assertThat(product.isMicrosoftProduct()).isTrue();
    assertThat(product.getLinks().get("skus").uri())
        .contains("/products/CFQ7TTC0ZZ01/skus?country=GB");
  }

  @Test
  void sku_readsQuantitiesCyclesPrerequisitesAndDynamicAttributes() throws Exception {
    List<PcSku> skus = items("partnercenter-skus-list.json", PcSku.class);
    PcSku sku = skus.get(0);

    assertThat(sku.getId()).isEqualTo("0001");
    assertThat(sku.getProductId()).contains("CFQ7TTC0ZZ01");
    assertThat(sku.getMinimumQuantity()).contains(1);
    assertThat(sku.getMaximumQuantity()).contains(300);
    assertThat(sku.isTrial()).isFalse();
    assertThat(sku.getSupportedBillingCycles())
        .containsExactly(PcBillingCycle.ANNUAL, PcBillingCycle.MONTHLY, PcBillingCycle.TRIENNIAL);
    assertThat(sku.getPurchasePrerequisites()).containsExactly("InventoryCheck");
    assertThat(sku.needsInventoryCheck()).isTrue();
    assertThat(sku.getInventoryVariables()).containsExactly("CustomerId");
    assertThat(sku.getProvisioningVariables()).isEmpty();
    PcSkuDynamicAttributes dynamic = sku.getDynamicAttributes().orElseThrow();
    assertThat(dynamic.isAddon()).isFalse();
    assertThat(dynamic.hasConstraints()).isTrue();
    assertThat(dynamic.getPrerequisiteSkus()).isEmpty();
    assertThat(dynamic.getUpgradeTargetOffers()).containsExactly("CFQ7TTC0ZZ02:0001");

    PcSku trial = skus.get(1);
    assertThat(trial.isTrial()).isTrue();
    assertThat(trial.getSupportedBillingCycles()).containsExactly(PcBillingCycle.NONE);
    assertThat(trial.needsInventoryCheck()).isFalse();
  }

  @Test
  void availability_readsItsIdsTermsAndRenewals() throws Exception {
    PcAvailability a = items("partnercenter-availabilities-list.json", PcAvailability.class).get(0);

    assertThat(a.getId()).isEqualTo("CFQ7TTC0ZZ7A");
    assertThat(a.getProductId()).contains("CFQ7TTC0ZZ01");
    assertThat(a.getSkuId()).contains("0001");
    assertThat(a.getCatalogItemId()).contains("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A");
    assertThat(a.catalogItem()).isEqualTo(CatalogItemId.of("CFQ7TTC0ZZ01", "0001", "CFQ7TTC0ZZ7A"));
    assertThat(a.getSegment()).contains(PcSegment.COMMERCIAL);
    assertThat(a.getCountry()).contains("GB");
    assertThat(a.isPurchasable()).isTrue();
    assertThat(a.isRenewable()).isTrue();
    assertThat(a.getTerms())
        .extracting(PcAvailabilityTerm::duration)
        .containsExactly(java.util.Optional.of("P1M"), java.util.Optional.of("P1Y"));
    assertThat(a.getTerms().get(1).description()).contains("One-year commitment");
    assertThat(a.modelTerms()).containsExactly(Term.P1M, Term.P1Y);
    PcRenewalInstruction renewal = a.getRenewalInstructions().get(0);
    assertThat(renewal.applicableTermIds()).containsExactly("nwt-term-p1y");
    assertThat(renewal.renewalOptions().get(0).renewToId())
        .contains("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A");
    assertThat(renewal.renewalOptions().get(0).isAutoRenewable()).isTrue();
  }

  @Test
  void availability_readsPascalCaseAndUnknownValues() throws Exception {
    PcAvailability a =
        MAPPER.readValue(
            "{\"Id\":\"NWTAV01\",\"ProductId\":\"NWTP01\",\"SkuId\":\"0003\",\"Segment\":"
                + "\"NonProfit\",\"IsPurchasable\":true,\"Terms\":[{\"Duration\":\"P2Y\"}],"
                + "\"someFutureField\":{\"nested\":[1,2]}}",
            PcAvailability.class);

    assertThat(a.getSegment()).contains(PcSegment.NONPROFIT);
    assertThat(a.isPurchasable()).isTrue();
    assertThat(a.modelTerms()).isEmpty();
    assertThat(a.getTerms().get(0).toModel()).isEqualTo(Term.UNKNOWN);
    assertThat(a.catalogItem().value()).isEqualTo("NWTP01:0003:NWTAV01");
    assertThat(
            MAPPER
                .readValue("{\"id\":\"x\",\"segment\":\"Charity\"}", PcAvailability.class)
                .getSegment())
        .contains(PcSegment.UNKNOWN);
  }

  @Test
  void transitionEligibility_readsEligibilitiesSubscriptionsAndErrors() throws Exception {
    PcTransitionEligibility e =
        items("partnercenter-transition-eligibilities-list.json", PcTransitionEligibility.class)
            .get(0);

    assertThat(e.getCatalogItemId()).contains("CFQ7TTC0ZZ02:0001:CFQ7TTC0ZZ8B");
    assertThat(e.getQuantity()).isEqualTo(12);
    assertThat(e.allows(PcTransitionType.TRANSITION_ONLY)).isTrue();
    assertThat(e.allows(PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER)).isFalse();
    PcTransitionError refused = e.getEligibilities().get(1).errors().get(0);
    assertThat(refused.code()).contains("3001");
    assertThat(refused.description()).isPresent();
    PcTargetSubscriptionEligibility target = e.getSubscriptionEligibilities().get(0);
    assertThat(target.isEligible()).isTrue();
    assertThat(target.subscriptionId()).contains("5C2E8A41-9B3D-4F7E-8A16-2D4C6E8F0B13");
    assertThat(target.subscriptionTermDuration()).contains("P1Y");
    assertThat(target.subscriptionBillingCycle()).contains(PcBillingCycle.MONTHLY);
    assertThat(e.getSubscriptionEligibilities().get(1).errors()).hasSize(1);
  }

  @Test
  void transition_readsItsEventsWithOrWithoutAZone() throws Exception {
    PcTransition t =
        MAPPER.readValue(
            WireMockSupport.example("partnercenter-transition.json"), PcTransition.class);

    assertThat(t.getToCatalogItemId()).contains("CFQ7TTC0ZZ02:0001:CFQ7TTC0ZZ8B");
    assertThat(t.getQuantity()).isEqualTo(12);
    assertThat(t.getTransitionType()).contains(PcTransitionType.TRANSITION_ONLY);
    assertThat(t.getBillingCycle()).contains(PcBillingCycle.MONTHLY);
    assertThat(t.getEvents())
        .extracting(PcTransitionEvent::name)
        .containsExactly(
            java.util.Optional.of("Conversion"), java.util.Optional.of("SeatReassignment"));
    assertThat(t.getEvents().get(0).timestamp())
        .contains(Instant.parse("2026-11-18T10:42:07.5183265Z"));
    assertThat(t.getEvents().get(1).timestamp()).contains(Instant.parse("2026-11-18T10:42:09Z"));
  }

  @Test
  void transitionRequest_readsTheDocumentedBody() throws Exception {
    PcTransitionRequest r =
        MAPPER.readValue(
            WireMockSupport.example("partnercenter-transition-request.json"),
            PcTransitionRequest.class);

    assertThat(r.getToCatalogItemId()).isEqualTo("CFQ7TTC0ZZ02:0001:CFQ7TTC0ZZ8B");
    assertThat(r.getQuantity()).isEqualTo(12);
    assertThat(r.getTransitionType()).isEqualTo(PcTransitionType.TRANSITION_ONLY);
    assertThat(r.getFromSubscriptionId()).contains("A7D3F9E1-4C2B-4E8A-9F61-3B5D7C9E1A24");
  }

  @Test
  void transitionRequest_namesTheFieldThatIsMissingOrWrong() {
    assertThatThrownBy(
            () ->
                PcTransitionRequest.builder()
                    .quantity(1)
                    .transitionType(PcTransitionType.TRANSITION_ONLY)
                    .build())
        .hasMessageContaining("toCatalogItemId");
    assertThatThrownBy(
            () ->
                PcTransitionRequest.builder()
                    .toCatalogItemId("CFQ7TTC0ZZ02:0001:CFQ7TTC0ZZ8B")
                    .quantity(0)
                    .transitionType(PcTransitionType.TRANSITION_ONLY)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PcTransitionRequest.quantity must be 1 or more, but was 0");
    assertThatThrownBy(
            () ->
                PcTransitionRequest.builder()
                    .toCatalogItemId("CFQ7TTC0ZZ02:0001")
                    .quantity(3)
                    .transitionType(PcTransitionType.TRANSITION_ONLY)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PcTransitionRequest.toCatalogItemId must be");
    assertThatThrownBy(
            () ->
                PcTransitionRequest.builder()
                    .toCatalogItemId("CFQ7TTC0ZZ02:0001:CFQ7TTC0ZZ8B")
                    .quantity(3)
                    .transitionType(PcTransitionType.UNKNOWN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PcTransitionRequest.transitionType");
  }

  @Test
  void inventoryAnswer_readsEveryItemAndReadsBackEqual() throws Exception {
    List<PcInventoryItem> items =
        MAPPER.readValue(
            WireMockSupport.example("partnercenter-inventory-check-response.json"),
            MAPPER.getTypeFactory().constructCollectionType(List.class, PcInventoryItem.class));

    assertThat(items)
        .extracting(PcInventoryItem::getProductId)
        .containsExactly("CFQ7TTC0ZZ01", "CFQ7TTC0ZZ02");
    for (PcInventoryItem item : items) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsBytes(item), PcInventoryItem.class))
          .isEqualTo(item);
    }
  }

  @Test
  void sku_toModel_boundsALineByItsQuantitiesOrTheModelsDefaults() throws Exception {
    PcAvailability availability =
        items("partnercenter-availabilities-list.json", PcAvailability.class).get(0);
    PcSku bounded =
        PcSku.builder()
            .id("0001")
            .title("Northwind Suite")
            .minimumQuantity(5)
            .maximumQuantity(50)
            .addSupportedBillingCycle(PcBillingCycle.ANNUAL)
            .addSupportedBillingCycle(PcBillingCycle.UNKNOWN)
            .build();
    PcSku unbounded = PcSku.builder().id("0001").build();

    dev.partnerkit.model.Service service = bounded.toModel(availability).orElseThrow();
    dev.partnerkit.model.Service defaults = unbounded.toModel(availability).orElseThrow();
    dev.partnerkit.model.Service model =
        dev.partnerkit.model.Service.builder()
            .id(service.getId())
            .name("x")
            .addBillingCycle(dev.partnerkit.model.BillingCycle.MONTHLY)
            .build();

    assertThat(service.getMinLicenses()).isEqualTo(5);
    assertThat(service.getMaxLicenses()).isEqualTo(50);
    assertThat(service.getBillingCycles())
        .containsExactly(dev.partnerkit.model.BillingCycle.ANNUAL);
    assertThat(defaults.getMinLicenses()).isEqualTo(model.getMinLicenses());
    assertThat(defaults.getMaxLicenses()).isEqualTo(model.getMaxLicenses());
    assertThat(defaults.getName()).isEqualTo("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A");
    assertThat(PcSku.builder().id("0001").minimumQuantity(100_000).build().toModel(availability))
        .isEmpty();
  }

  @Test
  void catalogItemId_joinsAndSplitsOnePlace() {
    CatalogItemId id = CatalogItemId.parse("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A");

    assertThat(id.productId()).isEqualTo("CFQ7TTC0ZZ01");
    assertThat(id.skuId()).isEqualTo("0001");
    assertThat(id.availabilityId()).isEqualTo("CFQ7TTC0ZZ7A");
    assertThat(id.value()).isEqualTo("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A");
    assertThatThrownBy(() -> CatalogItemId.parse("CFQ7TTC0ZZ01:0001"))
        .hasMessageContaining("productId:skuId:availabilityId");
    assertThatThrownBy(() -> CatalogItemId.parse("CFQ7TTC0ZZ01::X"))
        .hasMessageContaining("CatalogItemId.skuId");
  }
}
