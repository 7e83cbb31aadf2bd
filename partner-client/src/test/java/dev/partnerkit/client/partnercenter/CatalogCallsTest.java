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

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Term;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The catalog calls against a loopback server serving the project's own payloads in the documented
 * shapes: each call's method, path, query and headers, paging by continuation token, the
 * customer-scoped forms, the inventory check's body, errors mapped to the client's exceptions, and
 * the walk from product to a purchase line without retyping ids.
 */
class CatalogCallsTest extends WireMockSupport {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("2b7e4c19-58a3-4f0d-a6c2-91e8d3f47b05");
  private static final String PRODUCTS = "/pc/v1/products?country=GB&targetView=OnlineServices";
  private static final String SKUS = "/pc/v1/products/CFQ7TTC0ZZ01/skus";
  private static final String AVAILABILITIES = SKUS + "/0001/availabilities";

  private LoggedRequest only(String url) {
    List<LoggedRequest> sent = requests(getRequestedFor(urlEqualTo(url)));
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  @Test
  void products_sendsCountryViewAndSegmentAndReadsTheList() {
    server.stubFor(
        get(urlEqualTo(PRODUCTS + "&targetSegment=commercial"))
            .willReturn(okJson(example("partnercenter-products-list.json"))));

    List<PcProduct> products =
        client
            .catalog()
            .products("gb", "OnlineServices", Optional.of(PcSegment.COMMERCIAL))
            .toList();

    assertThat(products)
        .extracting(PcProduct::getId)
        .containsExactly("CFQ7TTC0ZZ01", "CFQ7TTC0ZZ02");
    LoggedRequest request = only(PRODUCTS + "&targetSegment=commercial");
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeader("MS-RequestId")).matches("[0-9a-f-]{36}");
  }

  @Test
  void products_followsTheContinuationTokenLazily() {
    server.stubFor(
        get(urlEqualTo(PRODUCTS))
            .willReturn(
                okJson(
                    "{\"totalCount\":1,\"items\":[{\"id\":\"CFQ7TTC0ZZ01\"}],"
                        + "\"continuationToken\":\"nwt-page-2\"}")));
    server.stubFor(
        get(urlEqualTo(PRODUCTS + "&seekOperation=Next"))
            .withHeader("MS-ContinuationToken", equalTo("nwt-page-2"))
            .willReturn(okJson("{\"totalCount\":1,\"items\":[{\"id\":\"CFQ7TTC0ZZ02\"}]}")));

    List<String> ids =
        client.catalog().products("GB", "OnlineServices").map(PcProduct::getId).toList();

    assertThat(ids).containsExactly("CFQ7TTC0ZZ01", "CFQ7TTC0ZZ02");
    Page<PcProduct> first =
        client
            .catalog()
            .productsPageAsync("GB", "OnlineServices", Optional.empty(), Optional.empty())
            .join();
    assertThat(first.nextToken()).contains("nwt-page-2");
  }

  @Test
  void products_withoutATargetView_failsBeforeAnyCall() {
    assertThatThrownBy(() -> client.catalog().products("GB", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("targetView is required");
    assertThatThrownBy(() -> client.catalog().products("GB", null))
        .hasMessageContaining("targetView is required");
    assertThatThrownBy(() -> client.catalog().products("Great Britain", "OnlineServices"))
        .hasMessageContaining("country");
    assertThat(requests(getRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void products_aForbiddenView_isAForbiddenExceptionWithTheServiceCode() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/products?country=GB&targetView=AzureReservations"))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":400036,\"description\":\"Northwind Traders may not read this"
                            + " catalog view.\",\"data\":[],\"source\":\"PartnerFD\"}")));

    assertThatThrownBy(() -> client.catalog().products("GB", "AzureReservations").toList())
        .isInstanceOfSatisfying(
            ForbiddenException.class, e -> assertThat(e.getErrorCode()).contains("400036"));
  }

  @Test
  void productSkuAndAvailability_readOneEach() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/products/CFQ7TTC0ZZ01?country=GB"))
            .willReturn(okJson("{\"id\":\"CFQ7TTC0ZZ01\",\"title\":\"Northwind Suite\"}")));
    server.stubFor(
        get(urlEqualTo(SKUS + "/0001?country=GB"))
            .willReturn(okJson("{\"id\":\"0001\",\"productId\":\"CFQ7TTC0ZZ01\"}")));
    server.stubFor(
        get(urlEqualTo(AVAILABILITIES + "/CFQ7TTC0ZZ7A?country=GB"))
            .willReturn(
                okJson(
                    "{\"id\":\"CFQ7TTC0ZZ7A\",\"catalogItemId\":"
                        + "\"CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A\"}")));

    assertThat(client.catalog().product("CFQ7TTC0ZZ01", "GB").getTitle())
        .contains("Northwind Suite");
    assertThat(client.catalog().sku("CFQ7TTC0ZZ01", "0001", "GB").getProductId())
        .contains("CFQ7TTC0ZZ01");
    assertThat(
            client
                .catalog()
                .availability("CFQ7TTC0ZZ01", "0001", "CFQ7TTC0ZZ7A", "GB")
                .catalogItem())
        .isEqualTo(CatalogItemId.parse("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A"));
  }

  @Test
  void skusAndAvailabilities_sendTheirPathsAndReadTheLists() {
    server.stubFor(
        get(urlEqualTo(SKUS + "?country=GB&targetSegment=education"))
            .willReturn(okJson(example("partnercenter-skus-list.json"))));
    server.stubFor(
        get(urlEqualTo(AVAILABILITIES + "?country=GB"))
            .willReturn(okJson(example("partnercenter-availabilities-list.json"))));

    List<PcSku> skus =
        client.catalog().skus("CFQ7TTC0ZZ01", "GB", Optional.of(PcSegment.EDUCATION)).toList();
    List<PcAvailability> availabilities =
        client.catalog().availabilities("CFQ7TTC0ZZ01", "0001", "GB", Optional.empty()).toList();

    assertThat(skus).extracting(PcSku::getId).containsExactly("0001", "0002");
    assertThat(availabilities)
        .singleElement()
        .satisfies(a -> assertThat(a.isPurchasable()).isTrue());
  }

  @Test
  void anUnknownAvailability_isNotFound() {
    server.stubFor(
        get(urlEqualTo(AVAILABILITIES + "/NWTGONE01?country=GB"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(example("partnercenter-error-404.json"))));

    assertThatThrownBy(
            () -> client.catalog().availability("CFQ7TTC0ZZ01", "0001", "NWTGONE01", "GB"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.getErrorCode()).contains("600"));
  }

  @Test
  void theCustomerScopedForms_areGetsUnderTheCustomer() {
    String base = "/pc/v1/customers/" + CUSTOMER;
    server.stubFor(
        get(urlEqualTo(base + "/products?targetView=OnlineServices"))
            .willReturn(okJson(example("partnercenter-products-list.json"))));
    server.stubFor(
        get(urlEqualTo(base + "/products/CFQ7TTC0ZZ01/skus"))
            .willReturn(okJson(example("partnercenter-skus-list.json"))));
    server.stubFor(
        get(urlEqualTo(base + "/products/CFQ7TTC0ZZ01/skus/0001/availabilities"))
            .willReturn(okJson(example("partnercenter-availabilities-list.json"))));

    CustomerCatalogOperations catalog = client.catalog().forCustomer(CUSTOMER);

    assertThat(catalog.products("OnlineServices").toList()).hasSize(2);
    assertThat(catalog.skus("CFQ7TTC0ZZ01").toList()).hasSize(2);
    assertThat(catalog.availabilities("CFQ7TTC0ZZ01", "0001").toList()).hasSize(1);
    assertThat(requests(getRequestedFor(anyUrl()))).hasSize(3);
    assertThatThrownBy(() -> catalog.products("")).hasMessageContaining("targetView is required");
  }

  @Test
  void checkInventory_postsTheItemsAndContextAndReadsTheRestrictions() {
    String url = "/pc/v1/extensions/product/checkInventory?country=GB";
    server.stubFor(
        post(urlEqualTo(url))
            .willReturn(okJson(example("partnercenter-inventory-check-response.json"))));

    List<PcInventoryItem> items =
        client
            .catalog()
            .checkInventory(
                "GB",
                PcInventoryCheckRequest.forCustomer(
                    CUSTOMER,
                    List.of(
                        PcInventoryTarget.of("CFQ7TTC0ZZ01", "0001"),
                        PcInventoryTarget.of("CFQ7TTC0ZZ02"))));

    assertThat(items).extracting(PcInventoryItem::isRestricted).containsExactly(false, true);
    PcInventoryRestriction restriction = items.get(1).getRestrictions().get(0);
    assertThat(restriction.reasonCode()).contains("CustomerSeatLimit");
    assertThat(restriction.properties()).containsEntry("maximumSeats", "300");
    server.verify(
        postRequestedFor(urlEqualTo(url))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(example("partnercenter-inventory-check-request.json"), false, false)));
    assertThatThrownBy(() -> PcInventoryCheckRequest.builder().build())
        .hasMessageContaining("PcInventoryCheckRequest.targetItems");
  }

  @Test
  void productToSkuToAvailabilityToPurchase_carriesTheIdsAcross() {
    server.stubFor(
        get(urlEqualTo(SKUS + "?country=GB"))
            .willReturn(okJson(example("partnercenter-skus-list.json"))));
    server.stubFor(
        get(urlEqualTo(AVAILABILITIES + "?country=GB"))
            .willReturn(okJson(example("partnercenter-availabilities-list.json"))));

    PcSku sku =
        client
            .catalog()
            .skus("CFQ7TTC0ZZ01", "GB", Optional.empty())
            .filter(s -> !s.isTrial())
            .findFirst()
            .orElseThrow();
    PcAvailability availability =
        client
            .catalog()
            .availabilities("CFQ7TTC0ZZ01", sku.getId(), "GB", Optional.empty())
            .filter(PcAvailability::isPurchasable)
            .findFirst()
            .orElseThrow();
    NewCommercePurchaseLine line =
        NewCommercePurchaseLine.of(availability, Term.P1Y, BillingCycle.MONTHLY, 12)
            .withPromotionId("NWTPROMO2026");

    assertThat(line.catalogItemId()).isEqualTo("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A");
    assertThat(line.getPromotionId()).contains("NWTPROMO2026");
    assertThatThrownBy(
            () -> NewCommercePurchaseLine.of(availability, Term.P3Y, BillingCycle.MONTHLY, 12))
        .hasMessageContaining("term must be one of availability CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A");
    PcAvailability closed = PcAvailability.builder().from(availability).purchasable(false).build();
    assertThatThrownBy(() -> NewCommercePurchaseLine.of(closed, Term.P1Y, BillingCycle.MONTHLY, 1))
        .hasMessageContaining("must be purchasable");

    Service service = sku.toModel(availability).orElseThrow();
    assertThat(service.getId()).isEqualTo(ServiceId.of("CFQ7TTC0ZZ01:0001:CFQ7TTC0ZZ7A"));
    assertThat(service.getMinLicenses()).isEqualTo(1);
    assertThat(service.getMaxLicenses()).isEqualTo(300);
    assertThat(service.getTerms()).containsExactlyInAnyOrder(Term.P1M, Term.P1Y);
    assertThat(service.getBillingCycles())
        .containsExactlyInAnyOrder(
            BillingCycle.MONTHLY, BillingCycle.ANNUAL, BillingCycle.TRIENNIAL);
  }
}
