package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.ConflictException;
import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.partnercenter.ImmutablePcSubscription;
import dev.partnerkit.client.partnercenter.PcAddress;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcBillingProfile;
import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcCartCheckoutResult;
import dev.partnerkit.client.partnercenter.PcCartLineItem;
import dev.partnerkit.client.partnercenter.PcCartStatus;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcConversion;
import dev.partnerkit.client.partnercenter.PcConversionResult;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcOffer;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcOrderLineItem;
import dev.partnerkit.client.partnercenter.PcRelationshipToPartner;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcSubscriptionStatus;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Partner Center's calls, through the real client over HTTP against the sandbox. */
class SandboxPartnerCenterTest {
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();
  private static final PartnerId ADATUM = Samples.ADATUM.getId();
  private static final CustomerId WINGTIP = Samples.WINGTIP.getId();

  private PartnerSandbox sandbox;
  private PartnerClient client;

  @BeforeEach
  void start() {
    sandbox = PartnerSandbox.builder().start();
    client = sandbox.client(NORTHWIND);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  static PcCustomer newCustomer(String prefix) {
    return PcCustomer.builder()
        .companyProfile(PcCompanyProfile.builder().domain(prefix + ".onmicrosoft.com").build())
        .billingProfile(
            PcBillingProfile.builder()
                .email("it@" + prefix + ".example")
                .culture("en-US")
                .language("en")
                .companyName("Company " + prefix)
                .firstName("Ada")
                .lastName("Lovelace")
                .defaultAddress(
                    PcAddress.builder()
                        .addressLine1("1 Main St")
                        .city("Redmond")
                        .state("WA")
                        .postalCode("98052")
                        .country("US")
                        .build())
                .build())
        .build();
  }

  private CustomerId create(String prefix) {
    return CustomerId.parse(client.customers().create(newCustomer(prefix)).id().orElseThrow());
  }

  private static PcOrder order(BillingCycle billing, Object... offersAndQuantities) {
    var order = PcOrder.builder();
    if (billing != null) {
      order.billingCycle(
          billing == BillingCycle.ANNUAL ? PcBillingCycle.ANNUAL : PcBillingCycle.MONTHLY);
    }
    for (int i = 0; i < offersAndQuantities.length; i += 2) {
      order.addLineItem(
          PcOrderLineItem.builder()
              .lineItemNumber(i / 2)
              .offerId((String) offersAndQuantities[i])
              .quantity((Integer) offersAndQuantities[i + 1])
              .build());
    }
    return order.build();
  }

  @Test
  void aCreatedCustomerIsRegisteredAndResoldByItsCreatorOnly() {
    PcCustomer created = client.customers().create(newCustomer("alpha"));
    CustomerId id = CustomerId.parse(created.id().orElseThrow());

    assertThat(created.userCredentials())
        .hasValueSatisfying(c -> assertThat(c.userName()).contains("admin@alpha.onmicrosoft.com"));
    assertThat(created.relationshipToPartner()).contains(PcRelationshipToPartner.RESELLER);
    assertThat(sandbox.program().customer(id)).isPresent();
    PcCustomer read = client.customers().get(id);
    assertThat(read.toModel(Cloud.GLOBAL))
        .hasValueSatisfying(
            c -> assertThat(c.getProfile().getCompanyName()).isEqualTo("Company alpha"));
    assertThat(client.customers().list().map(c -> c.id().orElseThrow()))
        .containsExactly(id.toString());
    assertThat(sandbox.client(ADATUM).customers().list()).isEmpty();
  }

  @Test
  void aResellerAddedByTheKnobSeesItsCustomerUntilTheSandboxCloses() {
    sandbox.addReseller(NORTHWIND, WINGTIP);

    assertThat(client.customers().get(WINGTIP).relationshipToPartner())
        .contains(PcRelationshipToPartner.RESELLER);
    assertThat(sandbox.isRunning()).isTrue();
    sandbox.close();
    assertThat(sandbox.isRunning()).isFalse();
  }

  @Test
  void listingPagesWithTheContinuationToken() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(create("page" + i).toString());
    }

    Page<PcCustomer> first = client.customers().page(2, Optional.empty());
    Page<PcCustomer> second = client.customers().page(2, first.nextToken());
    Page<PcCustomer> third = client.customers().page(2, second.nextToken());

    assertThat(first.items()).hasSize(2);
    assertThat(second.items()).hasSize(2);
    assertThat(third.items()).hasSize(1);
    assertThat(third.nextToken()).isEmpty();
    List<String> paged = new ArrayList<>();
    for (Page<PcCustomer> page : List.of(first, second, third)) {
      page.items().forEach(c -> paged.add(c.id().orElseThrow()));
    }
    assertThat(paged).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    sandbox.clearRequests();
    assertThat(
            client.customers().list(2).map(c -> c.id().orElseThrow()).collect(Collectors.toList()))
        .isEqualTo(paged);
    assertThat(sandbox.requests())
        .extracting(SandboxRequest::path)
        .containsExactly(
            "/partnercenter/v1/customers?size=2",
            "/partnercenter/v1/customers?size=2&seekOperation=Next",
            "/partnercenter/v1/customers?size=2&seekOperation=Next");
  }

  @Test
  void aTakenDomainIsAConflictAndAnIncompleteCustomerABadRequest() {
    create("taken");

    assertThatThrownBy(() -> client.customers().create(newCustomer("taken")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("taken.onmicrosoft.com");
    PcCustomer incomplete =
        PcCustomer.builder()
            .companyProfile(PcCompanyProfile.builder().domain("bare.onmicrosoft.com").build())
            .build();
    assertThatThrownBy(() -> client.customers().create(incomplete))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("billingProfile")));
  }

  @Test
  void removingTheResellerRelationshipNeedsTheSubscriptionsGone() {
    CustomerId kept = create("kept");
    client.orders().create(kept, order(BillingCycle.MONTHLY, "EXCHANGE_ONLINE", 5));
    CustomerId released = create("released");

    assertThatThrownBy(() -> client.customers().removeResellerRelationship(kept))
        .isInstanceOf(ConflictException.class);
    PcCustomer answer = client.customers().removeResellerRelationship(released);

    assertThat(answer.relationshipToPartner()).contains(PcRelationshipToPartner.NONE);
    assertThatThrownBy(() -> client.customers().get(released))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void theRelationshipRequestLinkMakesTheCustomerAcceptingItAResellerCustomer() {
    URI link = client.customers().invitationLink(true);

    assertThat(link.toString())
        .startsWith(sandbox.sandboxUri() + "/customer/reseller-invitations")
        .contains("partnerId=northwind")
        .contains("DAP=true");
    assertThatThrownBy(() -> client.customers().get(WINGTIP))
        .isInstanceOf(ForbiddenException.class);
    sandbox.customer(WINGTIP).acceptResellerInvitation(link);

    assertThat(client.customers().get(WINGTIP).relationshipToPartner())
        .contains(PcRelationshipToPartner.RESELLER);
    assertThat(client.customers().get(WINGTIP).allowDelegatedAccess()).contains(true);
    assertThat(sandbox.program().delegatedAdmins(WINGTIP, sandbox.clock().instant()))
        .containsExactly(NORTHWIND);
    assertThat(client.customers().partnerRelationships(WINGTIP)).isEmpty();
  }

  @Test
  void offersAreTheCatalogsPaidAndTrialOffers() {
    List<PcOffer> offers = client.offers().list("US");

    // Eight services, five of them with a trial.
    assertThat(offers).hasSize(13);
    assertThat(client.offers().trials("US"))
        .extracting(PcOffer::getId)
        .containsExactly(
            "OFFICE_365_E3-TRIAL",
            "EXCHANGE_ONLINE-TRIAL",
            "SHAREPOINT_ONLINE-TRIAL",
            "TEAMS_ESSENTIALS-TRIAL",
            "MICROSOFT_365_BUSINESS_BASIC-TRIAL");
    PcOffer exchange = client.offers().get("EXCHANGE_ONLINE", "US");
    assertThat(exchange.toModel())
        .hasValueSatisfying(
            s -> {
              assertThat(s.getId()).isEqualTo(Samples.EXCHANGE_ONLINE);
              assertThat(s.getMaxLicenses()).isEqualTo(300);
              assertThat(s.getBillingCycles()).contains(BillingCycle.MONTHLY, BillingCycle.ANNUAL);
            });
    PcOffer trial = client.offers().get("EXCHANGE_ONLINE-TRIAL", "US");
    assertThat(trial.isTrial()).isTrue();
    assertThat(trial.getMinimumQuantity()).isEqualTo(25);
    assertThat(trial.getConversionTargetOffers()).containsExactly("EXCHANGE_ONLINE");
    assertThat(client.offers().get("DEFENDER_FOR_OFFICE_365", "US").getPrerequisiteOffers())
        .containsExactly("EXCHANGE_ONLINE");
    assertThat(client.offers().categories("US")).hasSize(2);
    assertThatThrownBy(() -> client.offers().get("NOPE", "US"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOrderStartsPaidSubscriptionsThatTheProgramHolds() {
    CustomerId customer = create("orders");

    PcOrder placed =
        client.orders().create(customer, order(BillingCycle.MONTHLY, "EXCHANGE_ONLINE", 10));

    String subscriptionId = placed.getLineItems().get(0).getSubscriptionId().orElseThrow();
    assertThat(client.orders().get(customer, placed.getId().orElseThrow())).isEqualTo(placed);
    List<PcSubscription> subscriptions = client.subscriptions().list(customer);
    assertThat(subscriptions).hasSize(1);
    PcSubscription subscription = client.subscriptions().get(customer, subscriptionId);
    assertThat(subscription.getOfferId()).contains("EXCHANGE_ONLINE");
    assertThat(subscription.getQuantity()).isEqualTo(10);
    assertThat(subscription.getStatus()).contains(PcSubscriptionStatus.ACTIVE);
    assertThat(subscription.getOrderId()).isEqualTo(placed.getId());
    assertThat(subscription.getAttributes().flatMap(a -> a.etag())).isPresent();
    assertThat(subscription.toModel(customer))
        .hasValueSatisfying(s -> assertThat(s.getLicenses()).isEqualTo(10));
    assertThat(sandbox.program().subscriptions(customer, sandbox.clock().instant()))
        .extracting(Subscription::getLicenses)
        .containsExactly(10);
    assertThat(sandbox.program().customersOf(NORTHWIND, sandbox.clock().instant()))
        .contains(customer);
  }

  @Test
  void aRuleDenialComesBackAsPartnerCentersErrorWithTheRuleIds() {
    CustomerId customer = create("denied");

    assertThatThrownBy(
            () ->
                client
                    .orders()
                    .create(customer, order(BillingCycle.MONTHLY, "DEFENDER_FOR_OFFICE_365", 301)))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.getStatus()).isEqualTo(400);
              assertThat(e.getErrorCode()).contains("60100");
              assertThat(e.getErrorDescription())
                  .hasValueSatisfying(d -> assertThat(d).contains("OFFER-4:").contains("OFFER-7:"));
            });
    assertThat(sandbox.program().subscriptions(customer, sandbox.clock().instant())).isEmpty();
    assertThatThrownBy(() -> client.orders().create(customer, order(null, "EXCHANGE_ONLINE", 1)))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("billingCycle");
  }

  @Test
  void theLicenseCountChangesWithinTheServicesBounds() {
    CustomerId customer = create("licenses");
    String id =
        client
            .orders()
            .create(customer, order(BillingCycle.MONTHLY, "EXCHANGE_ONLINE", 10))
            .getLineItems()
            .get(0)
            .getSubscriptionId()
            .orElseThrow();

    assertThat(client.subscriptions().changeLicenseCount(customer, id, 20).getQuantity())
        .isEqualTo(20);
    assertThatThrownBy(() -> client.subscriptions().changeLicenseCount(customer, id, 400))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("OFFER-4")));
    PcSubscription current = client.subscriptions().get(customer, id);
    assertThatThrownBy(
            () ->
                client
                    .subscriptions()
                    .update(
                        customer,
                        ImmutablePcSubscription.copyOf(current)
                            .withStatus(PcSubscriptionStatus.SUSPENDED)))
        .isInstanceOf(BadRequestException.class);
    assertThat(client.subscriptions().get(customer, id).getQuantity()).isEqualTo(20);
  }

  @Test
  void aTrialStartsByOrderAndConvertsKeepingItsId() {
    CustomerId customer = create("trial");
    TrialInvitation trialOffers =
        TrialInvitation.builder()
            .id(InvitationId.of("t1"))
            .partner(NORTHWIND)
            .customer(customer)
            .sentAt(Samples.EPOCH)
            .expiresAt(Samples.EPOCH.plus(Duration.ofDays(90)))
            .addServices(ServiceId.of("EXCHANGE_ONLINE-TRIAL"))
            .build();

    PcOrder order = client.fulfillment().startTrials(trialOffers, "US");

    String id = order.getLineItems().get(0).getSubscriptionId().orElseThrow();
    PcSubscription trial = client.subscriptions().get(customer, id);
    assertThat(trial.isTrial()).isTrue();
    assertThat(trial.getQuantity()).isEqualTo(25);
    assertThat(trial.getOfferId()).contains("EXCHANGE_ONLINE-TRIAL");
    assertThatThrownBy(() -> client.fulfillment().startTrials(trialOffers, "US"))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("TRIAL-1")));
    List<PcConversion> conversions = client.subscriptions().conversions(customer, id);
    assertThat(conversions)
        .singleElement()
        .satisfies(c -> assertThat(c.getTargetOfferId()).contains("EXCHANGE_ONLINE"));

    PcConversionResult result = client.subscriptions().convert(customer, id, conversions.get(0));

    assertThat(result.getSubscriptionId()).contains(id);
    PcSubscription paid = client.subscriptions().get(customer, id);
    assertThat(paid.isTrial()).isFalse();
    assertThat(paid.getOfferId()).contains("EXCHANGE_ONLINE");
    assertThat(client.subscriptions().conversions(customer, id)).isEmpty();
    assertThatThrownBy(() -> client.subscriptions().convert(customer, id, conversions.get(0)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("TRIAL-4")));
  }

  @Test
  void aCartChecksOutIntoOneOrderPerBillingCycle() {
    CustomerId customer = create("carts");
    PcCart cart =
        client
            .carts()
            .create(
                customer,
                PcCart.builder()
                    .addLineItem(line("EXCHANGE_ONLINE", 10, PcBillingCycle.ANNUAL))
                    .addLineItem(line("DEFENDER_FOR_OFFICE_365", 10, PcBillingCycle.ANNUAL))
                    .addLineItem(line("TEAMS_ESSENTIALS", 3, PcBillingCycle.MONTHLY))
                    .build());
    String cartId = cart.getId().orElseThrow();

    assertThat(client.carts().get(customer, cartId).getStatus()).contains(PcCartStatus.ACTIVE);
    PcCartCheckoutResult result = client.carts().checkout(customer, cartId);

    assertThat(result.getOrders()).hasSize(2);
    assertThat(result.getOrderErrors()).isEmpty();
    assertThat(client.carts().get(customer, cartId).getStatus()).contains(PcCartStatus.ORDERED);
    assertThat(client.subscriptions().list(customer)).hasSize(3);
    assertThatThrownBy(() -> client.carts().checkout(customer, cartId))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                client
                    .carts()
                    .create(
                        customer,
                        PcCart.builder()
                            .addLineItem(line("TEAMS_ESSENTIALS", 3, PcBillingCycle.ANNUAL))
                            .build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("OFFER-6")));
  }

  @Test
  void anAcceptedPurchaseOfferIsFulfilledWithACart() {
    CustomerId customer = create("purchase");
    PurchaseOffer offer =
        PurchaseOffer.builder()
            .id(InvitationId.of("p1"))
            .partner(NORTHWIND)
            .customer(customer)
            .sentAt(Samples.EPOCH)
            .expiresAt(Samples.EPOCH.plus(Duration.ofDays(90)))
            .addLine(OfferLine.of(Samples.SHAREPOINT_ONLINE, 12))
            .billingCycle(BillingCycle.MONTHLY)
            .build();

    PcCartCheckoutResult result = client.fulfillment().purchase(offer);

    assertThat(result.getOrders())
        .singleElement()
        .satisfies(o -> assertThat(o.getLineItems()).hasSize(1));
    assertThat(client.subscriptions().list(customer))
        .singleElement()
        .satisfies(s -> assertThat(s.getQuantity()).isEqualTo(12));
  }

  @Test
  void subscriptionsCarryThePartnerOfRecordsMpnId() {
    CustomerId customer = create("record");
    client.orders().create(customer, order(BillingCycle.MONTHLY, "EXCHANGE_ONLINE", 2));
    sandbox.customer(customer).designatePartnerOfRecord(NORTHWIND);

    assertThat(client.subscriptions().listByPartner(customer, MpnId.of("1234567")))
        .singleElement()
        .satisfies(s -> assertThat(s.partnerOfRecord()).contains(MpnId.of("1234567")));
    assertThat(client.subscriptions().listByPartner(customer, MpnId.of("4875210"))).isEmpty();
  }

  private static PcCartLineItem line(String offer, int quantity, PcBillingCycle cycle) {
    return PcCartLineItem.builder()
        .catalogItemId(offer)
        .quantity(quantity)
        .billingCycle(cycle)
        .build();
  }
}
