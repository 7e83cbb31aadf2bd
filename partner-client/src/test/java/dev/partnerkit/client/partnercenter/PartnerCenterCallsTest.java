package dev.partnerkit.client.partnercenter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PartnerCenterCallsTest extends WireMockSupport {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("d6497795-731e-4385-9c43-aa54d119caa6");

  private static String collection(String... items) {
    return "{\"totalCount\":"
        + items.length
        + ",\"items\":["
        + String.join(",", items)
        + "],"
        + "\"attributes\":{\"objectType\":\"Collection\"}}";
  }

  @Test
  void getCustomer_sendsTheHeadersAndMapsTheDocumentedExample() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/" + CUSTOMER))
            .willReturn(okJson(example("partnercenter-customer.json"))));

    PcCustomer customer = client.customers().get(CUSTOMER);

    assertThat(customer.id()).contains(CUSTOMER.toString());
    assertThat(customer.relationshipToPartner()).contains(PcRelationshipToPartner.RESELLER);
    assertThat(customer.allowDelegatedAccess()).contains(true);
    assertThat(customer.customDomains()).containsExactly("tailspintoys.onmicrosoft.com");
    assertThat(customer.billingProfile().flatMap(PcBillingProfile::attributes))
        .flatMap(PcResourceAttributes::etag)
        .contains("7318802211459067245");
    Customer model = customer.toModel(Cloud.GLOBAL).orElseThrow();
    assertThat(model.getId()).isEqualTo(CUSTOMER);
    assertThat(model.getProfile().getDomain()).isEqualTo("tailspintoys.onmicrosoft.com");
    assertThat(model.getProfile().getAddress().getCountry()).isEqualTo("CA");
    assertThat(model.getProfile().getAddress().getState()).contains("ON");
    assertThat(model.getProfile().getContact().getEmail())
        .isEqualTo("billing@tailspintoys.example");
    assertThat(model.getCloud()).isEqualTo(Cloud.GLOBAL);

    LoggedRequest request =
        requests(getRequestedFor(urlPathEqualTo("/pc/v1/customers/" + CUSTOMER))).get(0);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("MS-RequestId")).matches("[0-9a-f-]{36}");
    assertThat(request.getHeader("MS-CorrelationId")).matches("[0-9a-f-]{36}");
    assertThat(request.getHeader("MS-Contract-Version")).isEqualTo("v1");
  }

  @Test
  void listCustomers_itemsWithoutBillingProfileMapToEmpty() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers?size=100"))
            .willReturn(okJson(example("partnercenter-customers-list.json"))));

    List<PcCustomer> customers = client.customers().list().collect(Collectors.toList());

    assertThat(customers)
        .extracting(c -> c.id().orElseThrow())
        .containsExactly(
            "c62739c1-dc6a-47ce-adaf-678fd2164ad2", "2162fac2-05f2-497a-a838-a634e2db8068");
    assertThat(customers.get(0).companyProfile().flatMap(PcCompanyProfile::tenantId))
        .contains("<tenant-id>");
    assertThat(customers.get(0).toModel(Cloud.GLOBAL)).isEmpty();
  }

  @Test
  void listCustomers_followsContinuationTokensAcrossManyPagesLazily() {
    int pages = 30;
    for (int i = 0; i < pages; i++) {
      String item =
          "{\"id\":\"" + new java.util.UUID(0, i) + "\",\"relationshipToPartner\":\"reseller\"}";
      String next = i + 1 < pages ? ",\"continuationToken\":\"token/" + (i + 1) + "=,x\"" : "";
      String body = "{\"totalCount\":1,\"items\":[" + item + "]" + next + "}";
      if (i == 0) {
        server.stubFor(
            get(urlEqualTo("/pc/v1/customers?size=1"))
                .withHeader("MS-ContinuationToken", absent())
                .willReturn(okJson(body)));
      } else {
        server.stubFor(
            get(urlEqualTo("/pc/v1/customers?size=1&seekOperation=Next"))
                .withHeader("MS-ContinuationToken", equalTo("token/" + i + "=,x"))
                .willReturn(okJson(body)));
      }
    }

    assertThat(client.customers().list(1).limit(3).count()).isEqualTo(3);
    assertThat(server.getAllServeEvents()).hasSize(3);

    server.resetRequests();
    List<String> ids = client.customers().list(1).map(c -> c.id().orElseThrow()).toList();
    assertThat(ids).hasSize(pages).doesNotHaveDuplicates();
    Set<String> requestIds =
        server.getAllServeEvents().stream()
            .map(e -> e.getRequest().getHeader("MS-RequestId"))
            .collect(Collectors.toSet());
    assertThat(requestIds).hasSize(pages);
  }

  @Test
  void pageCustomers_readsTheTokenFromTheNextLinkHeaderToo() {
    String body =
        "{\"totalCount\":0,\"items\":[],\"links\":{\"next\":{\"uri\":\"/customers?size=5&seekOperation=next\","
            + "\"method\":\"GET\",\"headers\":[{\"key\":\"MS-ContinuationToken\",\"value\":\"abc\"}]}}}";
    server.stubFor(get(urlEqualTo("/pc/v1/customers?size=5")).willReturn(okJson(body)));

    Page<PcCustomer> page = client.customers().page(5, Optional.empty());

    assertThat(page.items()).isEmpty();
    assertThat(page.nextToken()).contains("abc");
  }

  @Test
  void continuationExample_yieldsItsToken() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers?size=2"))
            .willReturn(okJson(example("partnercenter-list-continuation.json"))));

    Page<PcCustomer> page = client.customers().page(2, Optional.empty());

    assertThat(page.items()).hasSize(2);
    assertThat(page.nextToken()).hasValueSatisfying(t -> assertThat(t).startsWith("67173ae7-"));
  }

  @Test
  void createCustomer_postsTheProfilesAndRedactsThePassword() {
    server.stubFor(
        post(urlEqualTo("/pc/v1/customers"))
            .willReturn(okJson(wire("partnercenter-customer-created.json")).withStatus(201)));
    PcCustomer request =
        PcCustomer.builder()
            .companyProfile(PcCompanyProfile.builder().domain("xyz.ccsctp.net").build())
            .billingProfile(
                PcBillingProfile.builder()
                    .culture("EN-US")
                    .email("test@outlook.com")
                    .language("en")
                    .companyName("test company")
                    .defaultAddress(
                        PcAddress.builder()
                            .firstName("Test")
                            .lastName("Test")
                            .addressLine1("One Microsoft Way")
                            .city("Redmond")
                            .state("WA")
                            .postalCode("98052")
                            .country("US")
                            .build())
                    .build())
            .build();

    PcCustomer created = client.customers().create(request);

    assertThat(created.userCredentials().flatMap(PcUserCredentials::password))
        .contains("=;;n.=s9Z");
    assertThat(created.toString()).doesNotContain("=;;n.=s9Z");
    assertThat(created.toModel(Cloud.GLOBAL))
        .hasValueSatisfying(
            c -> assertThat(c.getProfile().getCompanyName()).isEqualTo("test company"));
    server.verify(
        postRequestedFor(urlEqualTo("/pc/v1/customers"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(matchingJsonPath("$.companyProfile.domain", equalTo("xyz.ccsctp.net")))
            .withRequestBody(
                matchingJsonPath("$.billingProfile.defaultAddress.postalCode", equalTo("98052")))
            .withRequestBody(matchingJsonPath("$.id", absent())));
  }

  @Test
  void removeResellerRelationship_sendsTheDocumentedBodyAndReadsThePascalCaseAnswer() {
    server.stubFor(
        patch(urlEqualTo("/pc/v1/customers/" + CUSTOMER))
            .willReturn(
                okJson(example("partnercenter-remove-reseller-relationship-response.json"))));

    PcCustomer answer = client.customers().removeResellerRelationship(CUSTOMER);

    assertThat(answer.relationshipToPartner()).contains(PcRelationshipToPartner.NONE);
    assertThat(answer.id()).isEmpty();
    assertThat(answer.attributes().flatMap(PcResourceAttributes::objectType)).contains("Customer");
    server.verify(
        patchRequestedFor(urlEqualTo("/pc/v1/customers/" + CUSTOMER))
            .withRequestBody(
                equalToJson(example("partnercenter-remove-reseller-relationship-request.json"))));
  }

  @Test
  void invitationLink_setsTheDelegatedAdminFlag() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/relationshiprequests"))
            .willReturn(okJson(example("partnercenter-relationship-request.json"))));

    URI withAdmin = client.customers().invitationLink(true);
    URI without = client.customers().invitationLink(false);

    assertThat(withAdmin.toString())
        .contains("&DAP=true#/BillingAccounts")
        .doesNotContain("DAP=false");
    assertThat(without.toString()).contains("&DAP=false#/BillingAccounts");
    assertThat(client.customers().relationshipRequest().getUrl())
        .hasValueSatisfying(u -> assertThat(u).contains("invType=ResellerRelationship"));
  }

  @Test
  void partnerRelationships_mapTheIndirectResellersMpnId() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/" + CUSTOMER + "/relationships"))
            .willReturn(okJson(example("partnercenter-partner-relationships-list.json"))));

    List<PcPartnerRelationship> relationships = client.customers().partnerRelationships(CUSTOMER);

    assertThat(relationships)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getRelationshipType())
                  .contains(PcPartnerRelationshipType.IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF);
              assertThat(r.mpnId()).contains(MpnId.of("5512093"));
            });
  }

  @Test
  void offers_listGetAndCategoriesByCountry() {
    String e5 = example("partnercenter-offer.json");
    String trial = example("partnercenter-offer-trial.json");
    server.stubFor(
        get(urlEqualTo("/pc/v1/offers?country=US")).willReturn(okJson(collection(e5, trial))));
    server.stubFor(
        get(urlEqualTo("/pc/v1/offers/81903BC8-A161-4003-935F-79AB347C5AA3?country=US"))
            .willReturn(okJson(trial)));
    server.stubFor(
        get(urlEqualTo("/pc/v1/offercategories?country=US"))
            .willReturn(okJson(example("partnercenter-offercategories-list.json"))));

    assertThat(client.offers().list("us")).hasSize(2);
    assertThat(client.offers().trials("US"))
        .extracting(PcOffer::getId)
        .containsExactly("81903BC8-A161-4003-935F-79AB347C5AA3");
    PcOffer offer = client.offers().get("81903BC8-A161-4003-935F-79AB347C5AA3", "US");
    assertThat(offer.getLimitUnitOfMeasure()).contains(PcLimitUnitOfMeasure.LIFETIME);
    assertThat(offer.getSupportedBillingCycles()).containsExactly(PcBillingCycle.NONE);
    Service service = offer.toModel().orElseThrow();
    assertThat(service.getTrial()).contains(TrialTerms.of(30, 20));
    assertThat(service.getConvertsTo())
        .containsExactly(ServiceId.of("8CD84FF3-FA7E-4F17-9B4B-D97711A86EBA"));
    assertThat(client.offers().categories("US"))
        .extracting(PcOfferCategory::getId)
        .containsExactly("Business_Key", "Education_Key", "Government_Key", "Trial_Key");
    assertThatThrownBy(() -> client.offers().list("USA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO 3166-1 alpha-2");
  }

  @Test
  void paidOffer_mapsBillingCyclesAndBounds() {
    PcOffer offer = decode(example("partnercenter-offer.json"));
    Service service = offer.toModel().orElseThrow();
    assertThat(service.getBillingCycles())
        .containsExactlyInAnyOrder(BillingCycle.ANNUAL, BillingCycle.MONTHLY);
    assertThat(service.getMinLicenses()).isEqualTo(1);
    assertThat(service.getMaxLicenses()).isEqualTo(300);
    assertThat(service.getTrial()).isEmpty();
  }

  private static PcOffer decode(String json) {
    try {
      return dev.partnerkit.client.WireJson.newMapper().readValue(json, PcOffer.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void carts_createGetAndCheckout() {
    String path = "/pc/v1/customers/" + CUSTOMER + "/carts";
    server.stubFor(
        post(urlEqualTo(path))
            .willReturn(okJson(example("partnercenter-cart.json")).withStatus(201)));
    server.stubFor(
        get(urlEqualTo(path + "/14400674-c432-490c-8e92-797b49efa885"))
            .willReturn(okJson(example("partnercenter-cart.json"))));
    server.stubFor(
        post(urlEqualTo(path + "/14400674-c432-490c-8e92-797b49efa885/checkout"))
            .willReturn(okJson(wire("partnercenter-cart-checkout.json"))));

    PcCart cart =
        client
            .carts()
            .create(
                CUSTOMER,
                PcCart.builder()
                    .addLineItem(
                        PcCartLineItem.builder()
                            .catalogItemId("MS-AZR-0145P")
                            .quantity(1)
                            .billingCycle(PcBillingCycle.MONTHLY)
                            .build())
                    .build());

    assertThat(cart.getId()).contains("14400674-c432-490c-8e92-797b49efa885");
    assertThat(cart.getStatus()).contains(PcCartStatus.ACTIVE);
    assertThat(cart.getCreationTimestamp()).contains(Instant.parse("2025-11-03T09:12:30.1234567Z"));
    assertThat(cart.getLineItems()).hasSize(6);
    assertThat(cart.getLineItems().get(1).getProvisioningContext())
        .containsEntry("scope", "shared");
    assertThat(cart.getLineItems().get(5).getRenewsTo())
        .singleElement()
        .satisfies(r -> assertThat(r.getTermDuration()).contains("P1Y"));
    assertThat(cart.getLineItems().get(3).getBillingCycle()).contains(PcBillingCycle.ONE_TIME);
    assertThat(client.carts().get(CUSTOMER, "14400674-c432-490c-8e92-797b49efa885").getLineItems())
        .hasSize(6);
    PcCartCheckoutResult result =
        client.carts().checkout(CUSTOMER, "14400674-c432-490c-8e92-797b49efa885");
    assertThat(result.getOrders())
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.getLineItems().get(0).partnerOfRecord())
                    .contains(MpnId.of("1234567")));
    assertThat(result.getOrderErrors())
        .singleElement()
        .satisfies(e -> assertThat(e.getCode()).contains("2000"));
    server.verify(
        postRequestedFor(urlEqualTo(path))
            .withRequestBody(
                matchingJsonPath("$.lineItems[0].catalogItemId", equalTo("MS-AZR-0145P")))
            .withRequestBody(matchingJsonPath("$.lineItems[0].billingCycle", equalTo("monthly"))));
  }

  @Test
  void orders_carryThePartnerOfRecordOnEachLine() {
    CustomerId customer = CustomerId.parse("67281020-12dc-4092-947e-94585d109463");
    String path = "/pc/v1/customers/" + customer + "/orders";
    server.stubFor(
        post(urlEqualTo(path))
            .willReturn(okJson(example("partnercenter-order.json")).withStatus(201)));
    server.stubFor(
        get(urlEqualTo(path + "/Pk7fQ2aLm9XcVb3NtR8sWd1YhE5uJ0Kz2"))
            .willReturn(okJson(example("partnercenter-order-azure-ri.json"))));
    PcOrder request = decodeOrder(example("partnercenter-order-request-indirect-reseller.json"));
    assertThat(request.getLineItems().get(0).partnerOfRecord()).contains(MpnId.of("5512093"));
    assertThat(request.getBillingCycle()).contains(PcBillingCycle.UNKNOWN);

    PcOrder order = client.orders().create(customer, request);

    assertThat(order.getId()).contains("aade6dbc-44f6-4dfe-a875-312bf92bfcbd");
    assertThat(order.getLineItems())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getQuantity()).isEqualTo(8);
              assertThat(line.partnerOfRecord()).contains(MpnId.of("5512093"));
              assertThat(line.getSubscriptionId()).contains("CAABFCBF-7828-4B20-A364-A7B3DFEFDB79");
            });
    assertThat(order.getCreationDate()).contains(Instant.parse("2025-06-02T15:15:40.250Z"));
    server.verify(
        postRequestedFor(urlEqualTo(path))
            .withRequestBody(
                matchingJsonPath("$.lineItems[0].partnerIdOnRecord", equalTo("5512093")))
            .withRequestBody(
                matchingJsonPath(
                    "$.lineItems[0].offerId", equalTo("092D4B71-7A2D-46B9-88AD-8DE99A0BB5FE"))));

    PcOrder ri = client.orders().get(customer, "Pk7fQ2aLm9XcVb3NtR8sWd1YhE5uJ0Kz2");
    assertThat(ri.getStatus()).contains(PcOrderStatus.COMPLETED);
    assertThat(ri.getBillingCycle()).contains(PcBillingCycle.ONE_TIME);
    assertThat(ri.getCurrencySymbol()).contains("€");
  }

  private static PcOrder decodeOrder(String json) {
    try {
      return dev.partnerkit.client.WireJson.newMapper().readValue(json, PcOrder.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void subscriptions_listGetMapAndChangeTheLicenseCount() {
    CustomerId customer = CustomerId.parse("8c223c45-056b-4cfe-8587-dc4ad91304dd");
    String path = "/pc/v1/customers/" + customer + "/subscriptions";
    String standard = example("partnercenter-subscription.json");
    String addon = example("partnercenter-subscription-addon.json");
    server.stubFor(get(urlEqualTo(path)).willReturn(okJson(collection(standard, addon))));
    server.stubFor(get(urlEqualTo(path + "?mpn_id=5512093")).willReturn(okJson(collection(addon))));
    server.stubFor(
        get(urlEqualTo(path + "/7B952F63-9B50-45FA-BB29-177BA0EA46C8")).willReturn(okJson(addon)));
    server.stubFor(
        patch(urlEqualTo(path + "/7B952F63-9B50-45FA-BB29-177BA0EA46C8"))
            .willReturn(okJson(addon.replace("\"quantity\": 3", "\"quantity\": 7"))));

    assertThat(client.subscriptions().list(customer)).hasSize(2);
    assertThat(client.subscriptions().listByPartner(customer, MpnId.of("5512093"))).hasSize(1);
    PcSubscription sub =
        client.subscriptions().get(customer, "7B952F63-9B50-45FA-BB29-177BA0EA46C8");
    assertThat(sub.getParentSubscriptionId()).contains("21E9F251-A644-4A23-841C-342DA0A9E11F");
    assertThat(sub.getBillingType()).contains(PcBillingType.LICENSE);
    assertThat(sub.getContractType()).contains(PcContractType.SUBSCRIPTION);
    Subscription model = sub.toModel(customer).orElseThrow();
    assertThat(model.getLicenses()).isEqualTo(3);
    assertThat(model.getService()).isEqualTo(ServiceId.of("5E7791FE-A331-459A-9CE4-91F94196D0A5"));
    assertThat(model.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(model.getStart()).isEqualTo(Instant.parse("2024-03-14T00:00:00Z"));
    assertThat(model.getEnd()).contains(Instant.parse("2025-03-14T00:00:00Z"));

    PcSubscription changed =
        client
            .subscriptions()
            .changeLicenseCount(customer, "7B952F63-9B50-45FA-BB29-177BA0EA46C8", 7);

    assertThat(changed.getQuantity()).isEqualTo(7);
    server.verify(
        patchRequestedFor(urlEqualTo(path + "/7B952F63-9B50-45FA-BB29-177BA0EA46C8"))
            .withRequestBody(matchingJsonPath("$.quantity", equalTo("7")))
            .withRequestBody(matchingJsonPath("$.attributes.etag", matching("eyJ.*")))
            .withRequestBody(
                matchingJsonPath("$.offerId", equalTo("5E7791FE-A331-459A-9CE4-91F94196D0A5"))));
    assertThatThrownBy(() -> client.subscriptions().changeLicenseCount(customer, "x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity must be 1 or more");
  }

  @Test
  void trialConversions_listAndConvert() {
    CustomerId customer = CustomerId.parse("2ec279c2-444c-4794-9df0-75cdd8f0edab");
    String path =
        "/pc/v1/customers/"
            + customer
            + "/subscriptions/488745B5-2086-4912-802C-6ABB9F7C3638/conversions";
    server.stubFor(
        get(urlEqualTo(path))
            .willReturn(okJson(example("partnercenter-trial-conversions-list.json"))));
    server.stubFor(
        post(urlEqualTo(path)).willReturn(okJson(wire("partnercenter-conversion-result.json"))));

    List<PcConversion> conversions =
        client.subscriptions().conversions(customer, "488745B5-2086-4912-802C-6ABB9F7C3638");
    assertThat(conversions)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getTargetOfferId()).contains("16E148E9-780C-42B1-96A4-2153EF1F8159");
              assertThat(c.getQuantity()).isEqualTo(20);
              assertThat(c.getBillingCycle()).contains(PcBillingCycle.MONTHLY);
            });

    PcConversionResult result =
        client
            .subscriptions()
            .convert(customer, "488745B5-2086-4912-802C-6ABB9F7C3638", conversions.get(0));

    assertThat(result.getSubscriptionId()).contains("488745B5-2086-4912-802C-6ABB9F7C3638");
    assertThat(result.getError()).isEmpty();
    server.verify(
        postRequestedFor(urlEqualTo(path))
            .withRequestBody(
                matchingJsonPath(
                    "$.targetOfferId", equalTo("16E148E9-780C-42B1-96A4-2153EF1F8159")))
            .withRequestBody(matchingJsonPath("$.quantity", equalTo("20"))));
  }

  @Test
  void fulfillment_composesTrialsAndPurchasesFromOrdersAndCarts() {
    CustomerId customer = CustomerId.parse("67281020-12dc-4092-947e-94585d109463");
    server.stubFor(
        get(urlEqualTo("/pc/v1/offers/81903BC8-A161-4003-935F-79AB347C5AA3?country=US"))
            .willReturn(okJson(example("partnercenter-offer-trial.json"))));
    server.stubFor(
        post(urlEqualTo("/pc/v1/customers/" + customer + "/orders"))
            .willReturn(okJson(example("partnercenter-order.json")).withStatus(201)));
    server.stubFor(
        post(urlEqualTo("/pc/v1/customers/" + customer + "/carts"))
            .willReturn(okJson(example("partnercenter-cart.json")).withStatus(201)));
    server.stubFor(
        post(urlEqualTo(
                "/pc/v1/customers/"
                    + customer
                    + "/carts/14400674-c432-490c-8e92-797b49efa885/checkout"))
            .willReturn(okJson(wire("partnercenter-cart-checkout.json"))));
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/relationshiprequests"))
            .willReturn(okJson(example("partnercenter-relationship-request.json"))));
    Instant sent = Instant.parse("2026-01-01T00:00:00Z");
    TrialInvitation trial =
        TrialInvitation.builder()
            .id(InvitationId.of("t1"))
            .partner(PartnerId.of("northwind"))
            .customer(customer)
            .sentAt(sent)
            .expiresAt(sent.plusSeconds(86_400))
            .addService(ServiceId.of("81903BC8-A161-4003-935F-79AB347C5AA3"))
            .delegatedAdmin(true)
            .build();

    assertThat(client.fulfillment().invitationLink(trial).toString()).contains("DAP=true");
    client.fulfillment().startTrials(trial, "US");
    server.verify(
        postRequestedFor(urlEqualTo("/pc/v1/customers/" + customer + "/orders"))
            .withRequestBody(
                matchingJsonPath(
                    "$.lineItems[0].offerId", equalTo("81903BC8-A161-4003-935F-79AB347C5AA3")))
            .withRequestBody(matchingJsonPath("$.lineItems[0].quantity", equalTo("20"))));

    PurchaseOffer purchase =
        PurchaseOffer.builder()
            .id(InvitationId.of("p1"))
            .partner(PartnerId.of("northwind"))
            .customer(customer)
            .sentAt(sent)
            .expiresAt(sent.plusSeconds(86_400))
            .addLine(OfferLine.of(ServiceId.of("DZH318Z0BQ3Q:0002:DZH318Z0BP69"), 10))
            .billingCycle(BillingCycle.ANNUAL)
            .build();
    PcCartCheckoutResult result = client.fulfillment().purchase(purchase);
    assertThat(result.getOrders()).hasSize(1);
    server.verify(
        postRequestedFor(urlEqualTo("/pc/v1/customers/" + customer + "/carts"))
            .withRequestBody(
                matchingJsonPath(
                    "$.lineItems[0].catalogItemId", equalTo("DZH318Z0BQ3Q:0002:DZH318Z0BP69")))
            .withRequestBody(matchingJsonPath("$.lineItems[0].quantity", equalTo("10")))
            .withRequestBody(matchingJsonPath("$.lineItems[0].billingCycle", equalTo("annual"))));
  }

  @Test
  void fulfillment_refusesAnOfferThatIsNotATrial() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/offers/EE5CDC99-3710-4E7A-9035-EA7F3683E422?country=US"))
            .willReturn(okJson(example("partnercenter-offer.json"))));
    Instant sent = Instant.parse("2026-01-01T00:00:00Z");
    TrialInvitation trial =
        TrialInvitation.builder()
            .id(InvitationId.of("t1"))
            .partner(PartnerId.of("northwind"))
            .customer(CUSTOMER)
            .sentAt(sent)
            .expiresAt(sent.plusSeconds(86_400))
            .addService(ServiceId.of("EE5CDC99-3710-4E7A-9035-EA7F3683E422"))
            .build();

    assertThatThrownBy(() -> client.fulfillment().startTrials(trial, "US"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a trial offer");
  }

  @Test
  void notFound_carriesTheServiceCodeAndDescription() {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/" + CUSTOMER))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(example("partnercenter-error-404.json"))));

    assertThatThrownBy(() -> client.customers().get(CUSTOMER))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.getStatus()).isEqualTo(404);
              assertThat(e.getErrorCode()).contains("600");
              assertThat(e.getErrorDescription())
                  .hasValueSatisfying(d -> assertThat(d).contains("could not be found"));
              assertThat(e.getRequestId()).isPresent();
              assertThat(e.getCorrelationId()).isPresent();
              assertThat(e.getMessage()).contains("HTTP 404").contains("600").doesNotContain(TOKEN);
            });
  }

  @Test
  void asyncForms_completeWithTheSameResults() throws Exception {
    server.stubFor(
        get(urlEqualTo("/pc/v1/customers/" + CUSTOMER))
            .willReturn(okJson(example("partnercenter-customer.json"))));
    AtomicInteger done = new AtomicInteger();

    PcCustomer customer =
        client.customers().getAsync(CUSTOMER).whenComplete((c, e) -> done.incrementAndGet()).get();

    assertThat(customer.id()).contains(CUSTOMER.toString());
    assertThat(done).hasValue(1);
  }
}
