package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.PartnerApiException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.PreconditionFailedException;
import dev.partnerkit.client.partnercenter.ImmutablePcSubscription;
import dev.partnerkit.client.partnercenter.NewCommercePurchaseLine;
import dev.partnerkit.client.partnercenter.PcAgreement;
import dev.partnerkit.client.partnercenter.PcAgreementContact;
import dev.partnerkit.client.partnercenter.PcAgreementMetaData;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcCartCheckoutResult;
import dev.partnerkit.client.partnercenter.PcRefundableQuantityDetail;
import dev.partnerkit.client.partnercenter.PcScheduledNextTermInstructions;
import dev.partnerkit.client.partnercenter.PcScheduledProduct;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcSubscriptionStatus;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * New-commerce subscriptions through the real client over HTTP against the sandbox under the modern
 * policy: the customer agreement, purchases by catalog item, seat changes, cancellation,
 * auto-renew, scheduled changes, suspension and the time-driven renewals, expiry and conversion.
 */
class SandboxNewCommerceTest {
  private static final PartnerId TAILWIND = Samples.TAILWIND_CSP.getId();
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();
  private static final ServiceId E3 = Samples.OFFICE_365_E3;
  private static final Duration WINDOW = ProgramPolicy.modern().getChangeWindow();

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

  private Instant now() {
    return sandbox.clock().instant();
  }

  private PcAgreement attest() {
    PcAgreementMetaData mca = client.agreements().metadata().get(0);
    return client
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
                .templateId(mca.getTemplateId().orElseThrow())
                .dateAgreed(now())
                .build());
  }

  private static NewCommercePurchaseLine line(
      ServiceId service, Term term, BillingCycle billing, int seats) {
    return NewCommercePurchaseLine.builder()
        .productId(service.value())
        .skuId("0001")
        .availabilityId("AV-" + term.name())
        .term(term)
        .billingCycle(billing)
        .quantity(seats)
        .build();
  }

  /** Buys a year of Office 365 E3 billed monthly, the agreement attested first. */
  private String buy(int seats) {
    attest();
    PcCartCheckoutResult result =
        client
            .fulfillment()
            .purchaseNewCommerce(
                FABRIKAM, List.of(line(E3, Term.P1Y, BillingCycle.MONTHLY, seats)));
    return result.getOrders().get(0).getLineItems().get(0).getSubscriptionId().orElseThrow();
  }

  private PcSubscription read(String id) {
    return client.subscriptions().get(FABRIKAM, id);
  }

  private static void deniedWith(ThrowingCallable call, String rule) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            PartnerApiException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains(rule + ":")));
  }

  @Test
  void theAgreementIsAttestedOnceItsTemplateIsKnownAndReadBack() {
    assertThat(client.agreements().list(FABRIKAM)).isEmpty();

    PcAgreement recorded = attest();

    assertThat(recorded.getUserId()).isPresent();
    assertThat(client.agreements().list(FABRIKAM))
        .singleElement()
        .satisfies(a -> assertThat(a.getPrimaryContact()).isPresent());
    assertThat(sandbox.program().customer(FABRIKAM).orElseThrow().customerAgreement())
        .hasValueSatisfying(a -> assertThat(a.getAttestedBy()).contains(TAILWIND));
  }

  @Test
  void theMetadataListsTheCustomerAgreementOnlyWhenAskedForIt() {
    java.net.URI base = java.net.URI.create(sandbox.partnerCenterUri() + "/v1/agreements");
    String token = sandbox.partnerToken(TAILWIND);

    RawHttp.Answer cloudAgreement = RawHttp.get(base, token);
    RawHttp.Answer every = RawHttp.get(java.net.URI.create(base + "?agreementType=*"), token);

    assertThat(cloudAgreement.json().get("items").size()).isZero();
    assertThat(every.json().get("items").get(0).get("agreementType").asText())
        .isEqualTo("MicrosoftCustomerAgreement");
    assertThat(client.agreements().metadata()).hasSize(1);
  }

  @Test
  void anAttestationDatedInTheFutureIsRefusedWithNce2AndAnUnknownTemplateIs400() {
    String template = client.agreements().metadata().get(0).getTemplateId().orElseThrow();
    PcAgreementContact contact =
        PcAgreementContact.builder().firstName("A").lastName("B").email("a@b.example").build();

    deniedWith(
        () ->
            client
                .agreements()
                .attest(
                    FABRIKAM,
                    PcAgreement.builder()
                        .primaryContact(contact)
                        .templateId(template)
                        .dateAgreed(now().plus(Duration.ofDays(1)))
                        .build()),
        "NCE-2");
    assertThatThrownBy(
            () ->
                client
                    .agreements()
                    .attest(
                        FABRIKAM,
                        PcAgreement.builder()
                            .primaryContact(contact)
                            .templateId("not-the-template")
                            .dateAgreed(now())
                            .build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("templateId")));
  }

  @Test
  void aPurchaseWithoutTheAgreementIsRefusedWithNce2() {
    deniedWith(
        () ->
            client
                .fulfillment()
                .purchaseNewCommerce(
                    FABRIKAM, List.of(line(E3, Term.P1Y, BillingCycle.MONTHLY, 5))),
        "NCE-2");
  }

  @Test
  void aPurchaseShowsItsTermWindowAndRefundableSeatsAsTheRulesComputeThem() {
    String id = buy(10);

    PcSubscription s = read(id);

    assertThat(s.getTermDuration()).contains("P1Y");
    assertThat(s.getBillingCycle()).contains(PcBillingCycle.MONTHLY);
    assertThat(s.isAutoRenewEnabled()).isTrue();
    assertThat(s.getQuantity()).isEqualTo(10);
    assertThat(s.getCommitmentEndDate())
        .contains(now().atOffset(ZoneOffset.UTC).plusYears(1).toInstant());
    assertThat(s.getCancellationAllowedUntilDate()).contains(now().plus(WINDOW));
    assertThat(s.getRefundableQuantity())
        .hasValueSatisfying(
            q -> {
              assertThat(q.getTotalQuantity()).isEqualTo(9);
              assertThat(q.getDetails())
                  .extracting(PcRefundableQuantityDetail::getAllowedUntilDateTime)
                  .containsExactly(java.util.Optional.of(now().plus(WINDOW)));
            });
    Subscription model = s.toModel(FABRIKAM, WINDOW).orElseThrow();
    assertThat(model.getTerm()).contains(Term.P1Y);
    assertThat(model.getService()).isEqualTo(E3);
    assertThat(sandbox.program().subscriptionOptions(FABRIKAM, model.getId(), now()))
        .hasValueSatisfying(o -> assertThat(o.removableSeatCount()).isEqualTo(9));
  }

  @Test
  void aCatalogItemTheCatalogLacksIs400AndABillingTheServiceLacksIsRefusedWithOffer6() {
    attest();
    NewCommercePurchaseLine unknown =
        NewCommercePurchaseLine.builder()
            .productId("NO_SUCH_SERVICE")
            .skuId("0001")
            .availabilityId("AV-P1Y")
            .term(Term.P1Y)
            .billingCycle(BillingCycle.MONTHLY)
            .quantity(1)
            .build();

    assertThatThrownBy(() -> client.fulfillment().purchaseNewCommerce(FABRIKAM, List.of(unknown)))
        .isInstanceOf(BadRequestException.class);
    deniedWith(
        () ->
            client
                .fulfillment()
                .purchaseNewCommerce(
                    FABRIKAM,
                    List.of(line(Samples.TEAMS_ESSENTIALS, Term.P1Y, BillingCycle.ANNUAL, 1))),
        "OFFER-6");
  }

  @Test
  void underTheSeedPolicyAPurchaseIsRefusedWithPolicy1() {
    try (PartnerSandbox seed = PartnerSandbox.builder().reseller(TAILWIND, FABRIKAM).start()) {
      assertThatThrownBy(
              () ->
                  seed.client(TAILWIND)
                      .fulfillment()
                      .purchaseNewCommerce(
                          FABRIKAM, List.of(line(E3, Term.P1Y, BillingCycle.MONTHLY, 1))))
          .isInstanceOfSatisfying(
              ForbiddenException.class,
              e ->
                  assertThat(e.getErrorDescription())
                      .hasValueSatisfying(d -> assertThat(d).contains("POLICY-1:")));
    }
  }

  @Test
  void seatsAddedMayBeRemovedWithinTheWindowAndNotAfterItNce6() {
    String id = buy(10);
    client.subscriptions().changeLicenseCount(FABRIKAM, id, 15);
    sandbox.clock().advance(Duration.ofDays(1));

    assertThat(client.subscriptions().changeLicenseCount(FABRIKAM, id, 12).getQuantity())
        .isEqualTo(12);

    sandbox.clock().advance(Duration.ofDays(7));
    assertThat(read(id).getRefundableQuantity())
        .hasValueSatisfying(q -> assertThat(q.getTotalQuantity()).isZero());
    deniedWith(() -> client.subscriptions().changeLicenseCount(FABRIKAM, id, 11), "NCE-6");
    assertThat(read(id).getQuantity()).isEqualTo(12);
  }

  @Test
  void aCancellationWithinTheWindowDeletesTheSubscription() {
    String id = buy(3);
    sandbox.clock().advance(Duration.ofDays(2));

    PcSubscription cancelled = client.subscriptions().cancel(FABRIKAM, id);

    assertThat(cancelled.getStatus()).contains(PcSubscriptionStatus.DELETED);
    deniedWith(() -> client.subscriptions().reactivate(FABRIKAM, id), "NCE-9");
  }

  @Test
  void aCancellationAfterTheWindowIsRefusedWithNce7() {
    String id = buy(3);
    sandbox.clock().advance(WINDOW.plusMinutes(1));

    assertThat(read(id).getCancellationAllowedUntilDate()).isEmpty();
    deniedWith(() -> client.subscriptions().cancel(FABRIKAM, id), "NCE-7");
    assertThat(read(id).getStatus()).contains(PcSubscriptionStatus.ACTIVE);
  }

  @Test
  void withAutoRenewOnTheSubscriptionRenewsAtItsTermEndWithANewWindow() {
    String id = buy(4);
    Instant end = read(id).getCommitmentEndDate().orElseThrow();

    sandbox.clock().advanceTo(end.plus(Duration.ofHours(1)));

    PcSubscription renewed = read(id);
    assertThat(renewed.getStatus()).contains(PcSubscriptionStatus.ACTIVE);
    assertThat(renewed.getCommitmentEndDate())
        .contains(end.atOffset(ZoneOffset.UTC).plusYears(1).toInstant());
    assertThat(renewed.getCancellationAllowedUntilDate()).contains(end.plus(WINDOW));
  }

  @Test
  void withAutoRenewOffTheSubscriptionExpiresIsDisabledAndDeleted() {
    String id = buy(4);
    assertThat(client.subscriptions().setAutoRenew(FABRIKAM, id, false).isAutoRenewEnabled())
        .isFalse();
    Instant end = read(id).getCommitmentEndDate().orElseThrow();

    sandbox.clock().advanceTo(end);
    assertThat(read(id).getStatus()).contains(PcSubscriptionStatus.EXPIRED);
    deniedWith(() -> client.subscriptions().setAutoRenew(FABRIKAM, id, true), "NCE-9");
    sandbox.clock().advance(Duration.ofDays(30));
    assertThat(read(id).getStatus()).contains(PcSubscriptionStatus.DISABLED);
    sandbox.clock().advance(Duration.ofDays(90));
    assertThat(read(id).getStatus()).contains(PcSubscriptionStatus.DELETED);
  }

  @Test
  void aScheduledChangeIsShownAndAppliedAtRenewal() {
    String id = buy(10);
    PcScheduledNextTermInstructions next =
        PcScheduledNextTermInstructions.builder()
            .product(
                PcScheduledProduct.builder()
                    .productId(E3.value())
                    .skuId("0001")
                    .availabilityId("AV-P1Y")
                    .termDuration("P1Y")
                    .billingCycle(PcBillingCycle.ANNUAL)
                    .build())
            .quantity(6)
            .build();

    PcSubscription scheduled = client.subscriptions().scheduleNextTerm(FABRIKAM, id, next);

    assertThat(scheduled.getScheduledNextTermInstructions())
        .hasValueSatisfying(
            i -> {
              assertThat(i.getQuantity()).isEqualTo(6);
              assertThat(i.getProduct().orElseThrow().catalogItemId())
                  .isEqualTo(E3.value() + ":0001:AV-P1Y");
            });
    sandbox.clock().advanceTo(scheduled.getCommitmentEndDate().orElseThrow().plusSeconds(1));
    PcSubscription renewed = read(id);
    assertThat(renewed.getQuantity()).isEqualTo(6);
    assertThat(renewed.getBillingCycle()).contains(PcBillingCycle.ANNUAL);
    assertThat(renewed.getScheduledNextTermInstructions()).isEmpty();
  }

  @Test
  void aScheduleNamingAnAvailabilityTheCatalogLacksIs400() {
    String id = buy(10);
    PcScheduledNextTermInstructions next =
        PcScheduledNextTermInstructions.builder()
            .product(
                PcScheduledProduct.builder()
                    .productId(E3.value())
                    .skuId("0001")
                    .availabilityId("AV-P9Y")
                    .build())
            .quantity(6)
            .build();

    assertThatThrownBy(() -> client.subscriptions().scheduleNextTerm(FABRIKAM, id, next))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void suspendingTurnsAutoRenewOffAndOnlyASuspendedSubscriptionIsReactivatedNce13() {
    String id = buy(2);

    PcSubscription suspended = client.subscriptions().suspend(FABRIKAM, id);

    assertThat(suspended.getStatus()).contains(PcSubscriptionStatus.SUSPENDED);
    assertThat(suspended.isAutoRenewEnabled()).isFalse();
    PcSubscription active = client.subscriptions().reactivate(FABRIKAM, id);
    assertThat(active.getStatus()).contains(PcSubscriptionStatus.ACTIVE);
    assertThat(active.isAutoRenewEnabled()).isFalse();
    client.subscriptions().suspend(FABRIKAM, id);
    sandbox.clock().advanceTo(active.getCommitmentEndDate().orElseThrow());
    assertThat(read(id).getStatus()).contains(PcSubscriptionStatus.DISABLED);
    deniedWith(() -> client.subscriptions().reactivate(FABRIKAM, id), "NCE-13");
  }

  @Test
  void aTrialIsBoughtByItsTrialSkuAndConvertsAtItsEndWithAutoRenewOn() {
    attest();
    NewCommercePurchaseLine trial =
        NewCommercePurchaseLine.builder()
            .productId(E3.value())
            .skuId("0002")
            .availabilityId("AV-TRIAL")
            .term(Term.P1M)
            .billingCycle(BillingCycle.MONTHLY)
            .quantity(25)
            .build();
    String id =
        client
            .fulfillment()
            .purchaseNewCommerce(FABRIKAM, List.of(trial))
            .getOrders()
            .get(0)
            .getLineItems()
            .get(0)
            .getSubscriptionId()
            .orElseThrow();

    PcSubscription running = read(id);
    assertThat(running.isTrial()).isTrue();
    assertThat(running.getQuantity()).isEqualTo(25);
    deniedWith(() -> client.subscriptions().cancel(FABRIKAM, id), "NCE-14");

    sandbox.clock().advanceTo(running.getCommitmentEndDate().orElseThrow());
    PcSubscription converted = read(id);
    assertThat(converted.isTrial()).isFalse();
    assertThat(converted.getTermDuration()).contains("P1Y");
    assertThat(converted.getBillingCycle()).contains(PcBillingCycle.MONTHLY);
  }

  @Test
  void aPatchWithAStaleIfMatchIs412AndOneWithTheCurrentETagIsApplied() {
    String id = buy(5);
    PcSubscription current = read(java.util.Objects.requireNonNull(id));
    String etag = current.getAttributes().orElseThrow().etag().orElseThrow();
    java.net.URI uri =
        java.net.URI.create(
            sandbox.partnerCenterUri() + "/v1/customers/" + FABRIKAM + "/subscriptions/" + id);
    String token = sandbox.partnerToken(TAILWIND);
    client.subscriptions().changeLicenseCount(FABRIKAM, id, 6);

    RawHttp.Answer stale =
        RawHttp.send(
            "PATCH", uri, token, "{\"id\":\"" + id + "\",\"quantity\":7}", "If-Match", etag);
    String fresh = read(id).getAttributes().orElseThrow().etag().orElseThrow();
    RawHttp.Answer applied =
        RawHttp.send(
            "PATCH", uri, token, "{\"id\":\"" + id + "\",\"quantity\":7}", "If-Match", fresh);

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("source").asText()).isEqualTo("PartnerFD");
    assertThat(applied.status()).isEqualTo(200);
    assertThat(applied.json().get("quantity").asInt()).isEqualTo(7);
  }

  @Test
  void theClientSendsTheETagItReadSoAStaleCopyCannotUndoAnotherChange() {
    String id = buy(5);
    PcSubscription stale = read(id);
    client.subscriptions().changeLicenseCount(FABRIKAM, id, 6);

    assertThatThrownBy(
            () ->
                client
                    .subscriptions()
                    .update(FABRIKAM, ImmutablePcSubscription.copyOf(stale).withQuantity(7)))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(read(id).getQuantity()).isEqualTo(6);
  }

  @Test
  void aPatchChangingTwoThingsAtOnceIs400NamingThem() {
    String id = buy(5);
    java.net.URI uri =
        java.net.URI.create(
            sandbox.partnerCenterUri() + "/v1/customers/" + FABRIKAM + "/subscriptions/" + id);

    RawHttp.Answer answer =
        RawHttp.send(
            "PATCH",
            uri,
            sandbox.partnerToken(TAILWIND),
            "{\"id\":\"" + id + "\",\"quantity\":7,\"autoRenewEnabled\":false}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("description").asText()).contains("quantity", "autoRenewEnabled");
  }

  @Test
  void aTermMayGrowMidTermAndNeverShrinkNce11() {
    String id = buy(5);
    PcSubscription current = read(id);

    PcSubscription longer =
        client
            .subscriptions()
            .update(FABRIKAM, ImmutablePcSubscription.copyOf(current).withTermDuration("P3Y"));

    assertThat(longer.getTermDuration()).contains("P3Y");
    assertThat(longer.getCommitmentEndDate())
        .contains(now().atOffset(ZoneOffset.UTC).plusYears(3).toInstant());
    deniedWith(
        () ->
            client
                .subscriptions()
                .update(FABRIKAM, ImmutablePcSubscription.copyOf(longer).withTermDuration("P1Y")),
        "NCE-11");
  }

  @Test
  void anotherPartnersSubscriptionIsNotFound() {
    String id = buy(5);
    sandbox.addReseller(Samples.NORTHWIND.getId(), FABRIKAM);

    assertThatThrownBy(
            () -> sandbox.client(Samples.NORTHWIND.getId()).subscriptions().cancel(FABRIKAM, id))
        .isInstanceOf(dev.partnerkit.client.NotFoundException.class);
  }
}
