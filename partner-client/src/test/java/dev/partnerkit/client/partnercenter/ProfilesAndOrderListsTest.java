package dev.partnerkit.client.partnercenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.ThrottledException;
import dev.partnerkit.client.WireJson;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Partner Center's profiles (MPN, legal business), a customer's order list and the subscriptions of
 * an order, against WireMock on 127.0.0.1.
 */
class ProfilesAndOrderListsTest extends WireMockSupport {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("67281020-12dc-4092-947e-94585d109463");
  private static final String ORDER = "aade6dbc-44f6-4dfe-a875-312bf92bfcbd";

  /** A Partner Center collection of the given items, as its list calls answer. */
  private static String collection(String... items) {
    return "{\"totalCount\":"
        + items.length
        + ",\"items\":["
        + String.join(",", items)
        + "],\"links\":{},\"attributes\":{\"objectType\":\"Collection\"}}";
  }

  @Test
  void mpnProfile_isReadAndMappedToTheModelsMpnId() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/profiles/mpn"))
            .willReturn(okJson(wire("partnercenter-mpn-profile.json"))));

    PcMpnProfile profile = client.profiles().mpn();

    assertThat(profile.partnerName()).contains("Northwind Traders");
    assertThat(profile.toModel()).contains(MpnId.of("5512093"));
    server.verify(
        getRequestedFor(urlEqualTo("/pc/v1/profiles/mpn"))
            .withHeader("MS-Contract-Version", equalTo("v1")));
  }

  @Test
  void mpnProfile_withAnIdThatIsNoMpnId_mapsToNothing() {
    assertThat(PcMpnProfile.builder().mpnId("not-digits").build().toModel()).isEmpty();
    assertThat(PcMpnProfile.builder().build().toModel()).isEmpty();
  }

  @Test
  void legalBusinessProfile_asksForTheCurrentVetting() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/profiles/legalbusiness?vettingVersion=Current"))
            .willReturn(okJson(wire("partnercenter-legal-business-profile.json"))));

    PcLegalBusinessProfile profile = client.profiles().legalBusinessAsync().join();

    assertThat(profile.companyName()).contains("Northwind Traders Limited");
    assertThat(profile.vettingStatus()).contains("Authorized");
    assertThat(profile.primaryContact().flatMap(PcAgreementContact::getEmail))
        .contains("aroha@northwindtraders.example");
    assertThat(profile.address().flatMap(PcAddress::city)).contains("Wellington");
    assertThat(profile.attributes()).isPresent();
  }

  @Test
  void orders_listsACustomersOrders() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/" + CUSTOMER + "/orders"))
            .willReturn(
                okJson(
                    collection(
                        example("partnercenter-order.json"),
                        example("partnercenter-order-azure-ri.json")))));

    List<PcOrder> orders = client.orders().list(CUSTOMER);

    assertThat(orders).hasSize(2);
    assertThat(orders.get(0).getId()).contains(ORDER);
  }

  @Test
  void subscriptionsByOrder_useTheDocumentedOrderIdQuery() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/" + CUSTOMER + "/subscriptions?order_id=" + ORDER))
            .willReturn(
                okJson(
                    collection(
                        example("partnercenter-subscription.json"),
                        example("partnercenter-subscription-addon.json")))));

    List<PcSubscription> subscriptions = client.orders().subscriptions(CUSTOMER, ORDER);

    assertThat(subscriptions).hasSize(2);
    assertThat(subscriptions).allSatisfy(s -> assertThat(s.getId()).isNotBlank());
  }

  @Test
  void subscriptionsByOrder_unknownOrder_isNotFound() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/" + CUSTOMER + "/subscriptions?order_id=" + ORDER))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(example("partnercenter-error-404.json"))));

    assertThatThrownBy(() -> client.orders().subscriptions(CUSTOMER, ORDER))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void orders_throttledEveryTime_failsWithThrottledAfterRetrying() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/" + CUSTOMER + "/orders"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "0")
                    .withHeader("Content-Type", "application/json")
                    .withBody(example("partnercenter-error-429.json"))));

    assertThatThrownBy(() -> client.orders().list(CUSTOMER)).isInstanceOf(ThrottledException.class);
    assertThat(requests(getRequestedFor(urlEqualTo("/pc/v1/customers/" + CUSTOMER + "/orders"))))
        .hasSizeGreaterThan(1);
  }

  @Test
  void subscriptionsByOrder_blankOrderId_isRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.orders().subscriptions(CUSTOMER, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("orderId");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void goldenProfiles_roundTrip() throws Exception {
    ObjectMapper mapper = WireJson.newMapper();
    for (Class<?> type : List.of(PcMpnProfile.class, PcLegalBusinessProfile.class)) {
      String name =
          type == PcMpnProfile.class
              ? "partnercenter-mpn-profile.json"
              : "partnercenter-legal-business-profile.json";
      Object first = mapper.readValue(wire(name), type);
      Object second = mapper.readValue(mapper.writeValueAsBytes(first), type);
      assertThat(second).as(name).isEqualTo(first);
    }
  }
}
