package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.PartnerApiException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.partnercenter.ImmutablePcTransitionRequest;
import dev.partnerkit.client.partnercenter.NewCommercePurchaseLine;
import dev.partnerkit.client.partnercenter.PcAgreement;
import dev.partnerkit.client.partnercenter.PcAgreementContact;
import dev.partnerkit.client.partnercenter.PcAvailability;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcEligibilityType;
import dev.partnerkit.client.partnercenter.PcInventoryCheckRequest;
import dev.partnerkit.client.partnercenter.PcInventoryItem;
import dev.partnerkit.client.partnercenter.PcInventoryTarget;
import dev.partnerkit.client.partnercenter.PcProduct;
import dev.partnerkit.client.partnercenter.PcSku;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcTransition;
import dev.partnerkit.client.partnercenter.PcTransitionEligibility;
import dev.partnerkit.client.partnercenter.PcTransitionRequest;
import dev.partnerkit.client.partnercenter.PcTransitionType;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The new-commerce catalog and transitions through the real client over HTTP against the sandbox:
 * products, SKUs and availabilities (global and customer-scoped), inventory checks, upgrade
 * eligibilities, an upgrade and a trial's conversion by transition, and their history.
 */
class SandboxCatalogTest {
  private static final PartnerId TAILWIND = Samples.TAILWIND_CSP.getId();
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();
  private static final ServiceId E3 = Samples.OFFICE_365_E3;
  private static final ServiceId E5 = Samples.OFFICE_365_E5;

  private PartnerSandbox sandbox;
  private PartnerClient client;

  @BeforeEach
  void start() {
    sandbox =
        PartnerSandbox.builder()
            .policy(ProgramPolicy.modern())
            .reseller(TAILWIND, FABRIKAM)
            .start();
    client = sandbox.client(TAILWIND);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void productsAreTheCatalogsServicesInTheOnlineServicesViewOnly() {
    List<PcProduct> products = client.catalog().products("US", "OnlineServices").toList();

    assertThat(products)
        .extracting(PcProduct::getId)
        .hasSize(sandbox.program().catalog().getServices().size())
        .contains(E3.value(), E5.value());
    assertThat(client.catalog().products("US", "Azure").toList()).isEmpty();
    assertThat(client.catalog().product(E3.value(), "US").getTitle()).contains("Office 365 E3");
    assertThatThrownBy(() -> client.catalog().product("NO_SUCH_PRODUCT", "US"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aServiceHasAPaidSkuWithAnAvailabilityPerTermAndATrialSku() {
    List<PcSku> skus = client.catalog().skus(E3.value(), "US", Optional.empty()).toList();

    assertThat(skus).extracting(PcSku::getId).containsExactly("0001", "0002");
    PcSku paid = client.catalog().sku(E3.value(), "0001", "US");
    assertThat(paid.getSupportedBillingCycles())
        .containsExactly(PcBillingCycle.MONTHLY, PcBillingCycle.ANNUAL);
    assertThat(paid.getDynamicAttributes().orElseThrow().getUpgradeTargetOffers())
        .containsExactly(E5.value() + ":0001");
    assertThat(client.catalog().sku(E3.value(), "0002", "US").isTrial()).isTrue();
    List<PcAvailability> availabilities =
        client.catalog().availabilities(E3.value(), "0001", "US", Optional.empty()).toList();
    assertThat(availabilities)
        .extracting(a -> a.getCatalogItemId().orElseThrow())
        .containsExactly(
            E3.value() + ":0001:AV-P1M", E3.value() + ":0001:AV-P1Y", E3.value() + ":0001:AV-P3Y");
    PcAvailability year = client.catalog().availability(E3.value(), "0001", "AV-P1Y", "US");
    assertThat(year.modelTerms()).containsExactly(Term.P1Y);
    assertThatThrownBy(() -> client.catalog().availability(E3.value(), "0001", "AV-P9Y", "US"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.catalog().sku(E5.value(), "0002", "US"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theCustomerScopedCatalogNeedsTheCustomerToBeThePartners() {
    assertThat(client.catalog().forCustomer(FABRIKAM).products("OnlineServices").toList())
        .isNotEmpty();
    assertThat(client.catalog().forCustomer(FABRIKAM).skus(E3.value()).toList()).hasSize(2);
    assertThat(client.catalog().forCustomer(FABRIKAM).availabilities(E3.value(), "0002").toList())
        .singleElement()
        .satisfies(a -> assertThat(a.getCatalogItemId()).contains(E3.value() + ":0002:AV-TRIAL"));
    assertThatThrownBy(
            () ->
                client
                    .catalog()
                    .forCustomer(Samples.WINGTIP.getId())
                    .products("OnlineServices")
                    .toList())
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void anInventoryCheckRestrictsOnlyWhatTheCatalogLacks() {
    List<PcInventoryItem> items =
        client
            .catalog()
            .checkInventory(
                "US",
                PcInventoryCheckRequest.forCustomer(
                    FABRIKAM,
                    List.of(
                        PcInventoryTarget.of(E3.value(), "0001"), PcInventoryTarget.of("NOPE"))));

    assertThat(items).extracting(PcInventoryItem::isRestricted).containsExactly(false, true);
    assertThat(items.get(1).getRestrictions()).isNotEmpty();
  }

  private String buyE3(int seats) {
    client
        .agreements()
        .attest(
            FABRIKAM,
            PcAgreement.builder()
                .primaryContact(
                    PcAgreementContact.builder()
                        .firstName("Avery")
                        .lastName("Howard")
                        .email("avery@fabrikam.example")
                        .build())
                .templateId(client.agreements().metadata().get(0).getTemplateId().orElseThrow())
                .dateAgreed(sandbox.clock().instant())
                .build());
    return client
        .fulfillment()
        .purchaseNewCommerce(
            FABRIKAM,
            List.of(
                NewCommercePurchaseLine.builder()
                    .productId(E3.value())
                    .skuId("0001")
                    .availabilityId("AV-P1Y")
                    .term(Term.P1Y)
                    .billingCycle(BillingCycle.MONTHLY)
                    .quantity(seats)
                    .build()))
        .getOrders()
        .get(0)
        .getLineItems()
        .get(0)
        .getSubscriptionId()
        .orElseThrow();
  }

  @Test
  void anUpgradeIsEligibleAsTheRulesSayAndKeepsTheSubscriptionId() {
    String id = buyE3(10);

    List<PcTransitionEligibility> eligibilities = client.transitions().eligibilities(FABRIKAM, id);

    assertThat(eligibilities)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getCatalogItemId()).contains(E5.value() + ":0001:AV-P1Y");
              assertThat(e.allows(PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER)).isTrue();
            });
    assertThat(client.transitions().eligibilities(FABRIKAM, id, PcEligibilityType.SCHEDULED))
        .isEmpty();

    PcTransition done =
        client
            .transitions()
            .transition(
                FABRIKAM,
                id,
                PcTransitionRequest.builder()
                    .toCatalogItemId(E5.value() + ":0001:AV-P1Y")
                    .quantity(10)
                    .transitionType(PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER)
                    .build());

    assertThat(done.getToSubscriptionId()).contains(id);
    assertThat(done.getEvents()).isNotEmpty();
    PcSubscription upgraded = client.subscriptions().get(FABRIKAM, id);
    assertThat(upgraded.getOfferId()).contains(E5.value());
    assertThat(client.transitions().history(FABRIKAM, id)).hasSize(1);
  }

  @Test
  void aDowngradeIsRefusedWithNce12AndAnotherTermIs400() {
    String id = buyE3(10);
    ImmutablePcTransitionRequest.Builder base =
        PcTransitionRequest.builder()
            .quantity(10)
            .transitionType(PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER);

    assertThatThrownBy(
            () ->
                client
                    .transitions()
                    .transition(
                        FABRIKAM,
                        id,
                        base.toCatalogItemId(Samples.EXCHANGE_ONLINE.value() + ":0001:AV-P1Y")
                            .build()))
        .isInstanceOfSatisfying(
            PartnerApiException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("NCE-12:")));
    assertThatThrownBy(
            () ->
                client
                    .transitions()
                    .transition(
                        FABRIKAM, id, base.toCatalogItemId(E5.value() + ":0001:AV-P3Y").build()))
        .isInstanceOf(BadRequestException.class);
    assertThat(client.transitions().history(FABRIKAM, id)).isEmpty();
  }

  @Test
  void aTrialConvertsByTransitionToItsPaidServiceNce14() {
    buyE3(1);
    String trial =
        client
            .fulfillment()
            .purchaseNewCommerce(
                FABRIKAM,
                List.of(
                    NewCommercePurchaseLine.builder()
                        .productId(Samples.EXCHANGE_ONLINE.value())
                        .skuId("0002")
                        .availabilityId("AV-TRIAL")
                        .term(Term.P1M)
                        .billingCycle(BillingCycle.MONTHLY)
                        .quantity(25)
                        .build()))
            .getOrders()
            .get(0)
            .getLineItems()
            .get(0)
            .getSubscriptionId()
            .orElseThrow();
    ImmutablePcTransitionRequest.Builder convert =
        PcTransitionRequest.builder()
            .toCatalogItemId(Samples.EXCHANGE_ONLINE.value() + ":0001:AV-P1Y")
            .termDuration("P1Y")
            .billingCycle(PcBillingCycle.ANNUAL)
            .transitionType(PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER);

    assertThatThrownBy(
            () -> client.transitions().transition(FABRIKAM, trial, convert.quantity(5).build()))
        .isInstanceOfSatisfying(
            PartnerApiException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("NCE-14:")));
    client.transitions().transition(FABRIKAM, trial, convert.quantity(25).build());

    PcSubscription paid = client.subscriptions().get(FABRIKAM, trial);
    assertThat(paid.isTrial()).isFalse();
    assertThat(paid.getBillingCycle()).contains(PcBillingCycle.ANNUAL);
  }
}
