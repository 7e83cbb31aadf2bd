package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The new-commerce rules (NCE-1 to NCE-15, with OFFER-12 and POR-6) through {@link PartnerProgram}:
 * each id allowed and denied, and the time-driven renewals, expiry and conversion.
 */
class NewCommerceTest {
  static final Instant T = Instant.parse("2026-01-31T00:00:00Z");
  static final ServiceId BASIC = ServiceId.of("MICROSOFT_365_BUSINESS_BASIC");
  static final ServiceId STANDARD = ServiceId.of("MICROSOFT_365_BUSINESS_STANDARD");
  static final ServiceId E3 = ServiceId.of("OFFICE_365_E3");
  static final ServiceId E5 = ServiceId.of("OFFICE_365_E5");
  static final ServiceId ONE = ServiceId.of("ONE_PER_CUSTOMER");
  static final PartnerId NORTHWIND = PartnerId.of("northwind");
  static final PartnerId ADATUM = PartnerId.of("adatum");
  static final PartnerId INDIRECT = PartnerId.of("indirect");
  static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  static final SubscriptionId S1 = SubscriptionId.of("s1");
  static final SubscriptionId S2 = SubscriptionId.of("s2");
  static final Actor BY_NORTHWIND = Actor.partner(NORTHWIND);

  /** NCE-6, NCE-7: "seven days", read as 168 hours. */
  static final Duration WINDOW = Duration.ofDays(7);

  /** The built-in new-commerce services of SCENARIOS.md, and one capped at one subscription. */
  static final ServiceCatalog CATALOG =
      ServiceCatalog.of(
          List.of(
              Service.builder()
                  .id(BASIC)
                  .name("Microsoft 365 Business Basic")
                  .maxLicenses(300)
                  .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL))
                  .trial(TrialTerms.of(30, 25))
                  .maxSeatsPerCustomer(300)
                  .addUpgradesTo(STANDARD)
                  .build(),
              Service.builder()
                  .id(STANDARD)
                  .name("Microsoft 365 Business Standard")
                  .maxLicenses(300)
                  .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL))
                  .maxSeatsPerCustomer(300)
                  .build(),
              Service.builder()
                  .id(E3)
                  .name("Office 365 E3")
                  .maxLicenses(10_000)
                  .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL))
                  .trial(TrialTerms.of(30, 25))
                  .addUpgradesTo(E5)
                  .addConvertsTo(E5)
                  .build(),
              Service.builder()
                  .id(E5)
                  .name("Office 365 E5")
                  .maxLicenses(10_000)
                  .billingCycles(
                      EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL, BillingCycle.TRIENNIAL))
                  .build(),
              Service.builder()
                  .id(ONE)
                  .name("One per customer")
                  .minLicenses(2)
                  .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL))
                  .addTerms(Term.P1Y)
                  .maxSubscriptionsPerCustomer(1)
                  .build()));

  PartnerProgram program;

  @BeforeEach
  void setUp() {
    program = world(ProgramPolicy.modern());
  }

  /** Northwind (CSP direct) and Adatum resell to Fabrikam; the indirect reseller too. */
  static PartnerProgram world(ProgramPolicy policy) {
    PartnerProgram p = PartnerProgram.create(CATALOG, policy);
    p.apply(new Action.RegisterPartner(partner("northwind", Program.CSP_DIRECT)), T);
    p.apply(new Action.RegisterPartner(partner("adatum", Program.CSP_DIRECT)), T);
    p.apply(new Action.RegisterPartner(partner("indirect", Program.CSP_INDIRECT_RESELLER)), T);
    p.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
    p.apply(new Action.AddReseller(NORTHWIND, FABRIKAM), T);
    p.apply(new Action.AddReseller(INDIRECT, FABRIKAM), T);
    p.apply(new Action.AcceptCustomerAgreement(FABRIKAM, Actor.customer(FABRIKAM), T), T);
    return p;
  }

  static dev.partnerkit.model.Partner partner(String name, Program program) {
    return dev.partnerkit.model.Partner.builder()
        .from(TestWorld.partner(name, Cloud.GLOBAL, program))
        .authorizedServices(CATALOG.byId().keySet())
        .build();
  }

  Outcome buy(SubscriptionId id, ServiceId service, int seats, Term term, BillingCycle billing) {
    return buy(id, service, seats, term, billing, Optional.empty());
  }

  Outcome buy(
      SubscriptionId id,
      ServiceId service,
      int seats,
      Term term,
      BillingCycle billing,
      Optional<OrderId> order) {
    return program.apply(
        new Action.Purchase(
            id,
            NORTHWIND,
            FABRIKAM,
            service,
            seats,
            Optional.of(term),
            Optional.of(billing),
            false,
            order),
        T);
  }

  Outcome at(Instant when, Action action) {
    return program.apply(action, when);
  }

  Subscription subscription(SubscriptionId id, Instant now) {
    return program.subscriptions(FABRIKAM, now).stream()
        .filter(s -> s.getId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static void assertDenied(Outcome outcome, String... ruleIds) {
    assertThat(outcome.isAllowed()).as("denied: %s", outcome.decision()).isFalse();
    assertThat(outcome.decision().getRuleIds()).contains(ruleIds);
  }

  static void assertAllowed(Outcome outcome) {
    assertThat(outcome.isAllowed()).as("allowed: %s", outcome.decision()).isTrue();
  }

  @Nested
  class Policy {
    @Test
    void seedPolicy_deniesEveryNewCommerceActionWithPolicy1() {
      PartnerProgram seed = world(ProgramPolicy.seed());
      Outcome outcome =
          seed.apply(
              new Action.Purchase(
                  S1,
                  NORTHWIND,
                  FABRIKAM,
                  BASIC,
                  10,
                  Optional.of(Term.P1M),
                  Optional.of(BillingCycle.MONTHLY),
                  false,
                  Optional.empty()),
              T);

      assertThat(outcome.decision().getRuleIds()).containsExactly("POLICY-1");
      assertThat(seed.subscriptionOptions(FABRIKAM, S1, T)).isEmpty();
    }
  }

  @Nested
  class ResellersAndTheAgreement {
    @Test
    void nce1_aResellerBuys_anotherPartnerIsDenied() {
      assertAllowed(buy(S1, BASIC, 10, Term.P1M, BillingCycle.MONTHLY));

      Outcome adatum =
          program.apply(
              new Action.Purchase(
                  S2,
                  ADATUM,
                  FABRIKAM,
                  BASIC,
                  10,
                  Optional.of(Term.P1M),
                  Optional.of(BillingCycle.MONTHLY),
                  false,
                  Optional.empty()),
              T);

      assertDenied(adatum, "NCE-1");
      assertAllowed(program.apply(new Action.AddReseller(ADATUM, FABRIKAM), T));
      assertThat(program.customer(FABRIKAM).orElseThrow().resellers()).contains(ADATUM);
    }

    @Test
    void nce1_aResellerEndsItsRelationship_andTransactsNoMoreUntilAcceptedAgain() {
      assertAllowed(buy(S1, BASIC, 10, Term.P1M, BillingCycle.MONTHLY));

      assertAllowed(program.apply(new Action.RemoveReseller(NORTHWIND, FABRIKAM), T));

      assertThat(program.customer(FABRIKAM).orElseThrow().resellers())
          .doesNotContain(NORTHWIND)
          .contains(INDIRECT);
      assertDenied(buy(S2, BASIC, 1, Term.P1M, BillingCycle.MONTHLY), "NCE-1");
      // What it sold stays the customer's.
      assertThat(subscription(S1, T).getPartner()).contains(NORTHWIND);
      Outcome again = program.apply(new Action.RemoveReseller(NORTHWIND, FABRIKAM), T);
      assertDenied(again, "NCE-1");
      assertThat(again.decision().getReasons().get(0).message())
          .contains("is not a reseller of customer")
          .contains("end the reseller relationship");
      assertDenied(
          program.apply(new Action.RemoveReseller(PartnerId.of("nobody"), FABRIKAM), T), "NCE-1");
      assertAllowed(program.apply(new Action.AddReseller(NORTHWIND, FABRIKAM), T));
      assertAllowed(buy(S2, BASIC, 1, Term.P1M, BillingCycle.MONTHLY));
    }

    @Test
    void seedPolicy_deniesEndingAResellerRelationshipWithPolicy1() {
      PartnerProgram seed = world(ProgramPolicy.seed());

      assertThat(
              seed.apply(new Action.RemoveReseller(NORTHWIND, FABRIKAM), T).decision().getRuleIds())
          .containsExactly("POLICY-1");
    }

    @Test
    void aPurchaseUnderAnOrderIdKeepsIt() {
      OrderId order = OrderId.of("nce-order-1");
      assertAllowed(buy(S1, BASIC, 10, Term.P1M, BillingCycle.MONTHLY, Optional.of(order)));

      assertThat(subscription(S1, T).getOrder()).contains(order);
      Action.Purchase trial =
          new Action.Purchase(
              S2,
              NORTHWIND,
              FABRIKAM,
              BASIC,
              0,
              Optional.empty(),
              Optional.empty(),
              true,
              Optional.empty());
      Action.Purchase ordered = trial.inOrder(order);
      assertThat(ordered.order()).contains(order);
      assertThat(ordered).usingRecursiveComparison().ignoringFields("order").isEqualTo(trial);
      assertAllowed(buy(S2, BASIC, 1, Term.P1M, BillingCycle.MONTHLY));
      assertThat(subscription(S2, T).getOrder()).isEmpty();
    }

    @Test
    void nce2_noPurchaseUntilTheAgreementIsRecorded() {
      PartnerProgram p = PartnerProgram.create(CATALOG, ProgramPolicy.modern());
      p.apply(new Action.RegisterPartner(partner("northwind", Program.CSP_DIRECT)), T);
      p.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
      p.apply(new Action.AddReseller(NORTHWIND, FABRIKAM), T);
      Action.Purchase trial =
          new Action.Purchase(
              S1,
              NORTHWIND,
              FABRIKAM,
              BASIC,
              0,
              Optional.empty(),
              Optional.empty(),
              true,
              Optional.empty());

      assertDenied(p.apply(trial, T), "NCE-2");
      assertAllowed(
          p.apply(
              new Action.AcceptCustomerAgreement(FABRIKAM, BY_NORTHWIND, T.minusSeconds(60)), T));
      assertThat(
              p.customer(FABRIKAM).orElseThrow().customerAgreement().orElseThrow().getAttestedBy())
          .contains(NORTHWIND);
      assertAllowed(p.apply(trial, T));
    }

    @Test
    void nce2_anIndirectResellerANonResellerOrAFutureDateCannotRecordIt() {
      assertDenied(
          at(T, new Action.AcceptCustomerAgreement(FABRIKAM, Actor.partner(INDIRECT), T)), "NCE-2");
      assertDenied(
          at(T, new Action.AcceptCustomerAgreement(FABRIKAM, Actor.partner(ADATUM), T)), "NCE-2");
      assertDenied(
          at(
              T,
              new Action.AcceptCustomerAgreement(
                  FABRIKAM, Actor.customer(FABRIKAM), T.plusSeconds(1))),
          "NCE-2");
      assertAllowed(
          at(T, new Action.AcceptCustomerAgreement(FABRIKAM, Actor.customer(FABRIKAM), T)));
    }
  }

  @Nested
  class Purchases {
    @Test
    void nce3_aTermTheServiceOffersAndABillingTheTermAllows() {
      assertAllowed(buy(S1, E5, 10, Term.P3Y, BillingCycle.TRIENNIAL));
      Subscription s = subscription(S1, T);
      assertThat(s.getTerm()).contains(Term.P3Y);
      assertThat(s.getEnd()).contains(Instant.parse("2029-01-31T00:00:00Z"));
      assertThat(s.isAutoRenew()).isTrue();

      assertDenied(buy(S2, E5, 10, Term.P1Y, BillingCycle.TRIENNIAL), "NCE-3");
      assertDenied(buy(S2, E5, 10, Term.P1M, BillingCycle.ANNUAL), "NCE-3");
      assertDenied(buy(S2, ONE, 10, Term.P1M, BillingCycle.MONTHLY), "NCE-3");
    }

    @Test
    void offer6_aBillingTheServiceDoesNotSupportIsDeniedAlongsideOtherRules() {
      Outcome outcome = buy(S1, BASIC, 0, Term.P3Y, BillingCycle.TRIENNIAL);

      assertDenied(outcome, "OFFER-6", "OFFER-4");
    }

    @Test
    void nce4_seatCapAcrossSubscriptionsAndASubscriptionCap() {
      assertAllowed(buy(S1, BASIC, 200, Term.P1M, BillingCycle.MONTHLY));
      assertDenied(buy(S2, BASIC, 101, Term.P1M, BillingCycle.MONTHLY), "NCE-4");
      assertAllowed(buy(S2, BASIC, 100, Term.P1M, BillingCycle.MONTHLY));
      assertDenied(at(T, new Action.ChangeSeats(FABRIKAM, S2, BY_NORTHWIND, 101)), "NCE-4");

      SubscriptionId o1 = SubscriptionId.of("o1");
      assertAllowed(buy(o1, ONE, 2, Term.P1Y, BillingCycle.ANNUAL));
      assertDenied(buy(SubscriptionId.of("o2"), ONE, 2, Term.P1Y, BillingCycle.ANNUAL), "NCE-4");
    }

    @Test
    void nce4_aCancelledSubscriptionNoLongerCounts() {
      assertAllowed(buy(S1, BASIC, 300, Term.P1M, BillingCycle.MONTHLY));
      assertAllowed(at(T, new Action.CancelSubscription(FABRIKAM, S1, BY_NORTHWIND)));

      assertAllowed(buy(S2, BASIC, 300, Term.P1M, BillingCycle.MONTHLY));
    }
  }

  @Nested
  class Seats {
    @Test
    void nce5_seatsAreAddedAnyTimeWhileActive_notWhileSuspended() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));
      Instant later = T.plus(Duration.ofDays(100));

      assertAllowed(at(later, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 15)));
      assertThat(subscription(S1, later).getSeatBatches()).hasSize(2);
      assertAllowed(at(later, new Action.Suspend(FABRIKAM, S1, BY_NORTHWIND)));
      assertDenied(
          at(later, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 16)), "NCE-5", "NCE-13");
    }

    @Test
    void nce6_seatsAreRemovedOnlyInsideTheirBatchsWindow_newestFirst() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));
      Instant day10 = T.plus(Duration.ofDays(10));
      assertAllowed(at(day10, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 15)));

      assertDenied(at(day10, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 9)), "NCE-6");
      assertAllowed(at(day10, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 12)));
      Instant closed = day10.plus(WINDOW);
      assertDenied(at(closed, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 11)), "NCE-6");
    }

    @Test
    void nce6_neverBelowTheServicesMinimum() {
      assertAllowed(buy(S1, ONE, 3, Term.P1Y, BillingCycle.ANNUAL));

      assertDenied(at(T, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 1)), "NCE-6");
      assertAllowed(at(T, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 2)));
    }
  }

  @Nested
  class Cancellation {
    @Test
    void nce7_cancelledInsideTheWindowIsDeletedAtOnce() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));
      Instant inside = T.plus(WINDOW).minusSeconds(1);

      assertAllowed(at(inside, new Action.CancelSubscription(FABRIKAM, S1, BY_NORTHWIND)));
      assertThat(subscription(S1, inside).getStatus()).isEqualTo(SubscriptionStatus.DELETED);
      assertDenied(at(inside, new Action.Reactivate(FABRIKAM, S1, BY_NORTHWIND)), "NCE-9");
    }

    @Test
    void nce7_afterTheWindowCancellingIsDenied_andASeatAdditionOpensNoWindow() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));
      Instant later = T.plus(WINDOW);
      assertAllowed(at(later, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 20)));

      assertDenied(at(later, new Action.CancelSubscription(FABRIKAM, S1, BY_NORTHWIND)), "NCE-7");
    }

    @Test
    void nce7_aRenewalOpensANewWindow() {
      assertAllowed(buy(S1, E3, 10, Term.P1M, BillingCycle.MONTHLY));
      Instant renewed = Instant.parse("2026-02-28T00:00:00Z");

      assertDenied(
          at(renewed.minusSeconds(1), new Action.CancelSubscription(FABRIKAM, S1, BY_NORTHWIND)),
          "NCE-7");
      assertAllowed(at(renewed, new Action.CancelSubscription(FABRIKAM, S1, BY_NORTHWIND)));
    }
  }

  @Nested
  class AutoRenewAndRenewal {
    @Test
    void nce8_autoRenewChangesWhileActive_suspendingTurnsItOff() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));
      assertAllowed(at(T, new Action.SetAutoRenew(FABRIKAM, S1, BY_NORTHWIND, false)));
      assertAllowed(at(T, new Action.SetAutoRenew(FABRIKAM, S1, BY_NORTHWIND, true)));
      assertAllowed(at(T, new Action.Suspend(FABRIKAM, S1, BY_NORTHWIND)));
      assertThat(subscription(S1, T).isAutoRenew()).isFalse();

      assertDenied(at(T, new Action.SetAutoRenew(FABRIKAM, S1, BY_NORTHWIND, true)), "NCE-8");
      assertAllowed(at(T, new Action.Reactivate(FABRIKAM, S1, BY_NORTHWIND)));
      assertThat(subscription(S1, T).isAutoRenew()).isFalse();
    }

    @Test
    void nce9_renewsEachMonthFromItsOwnStart_thenExpiresDisablesAndDeletes() {
      assertAllowed(buy(S1, E3, 10, Term.P1M, BillingCycle.MONTHLY));
      // A month from 31 January ends on the last day of February; the next from 28 February.
      assertThat(subscription(S1, T).getEnd()).contains(Instant.parse("2026-02-28T00:00:00Z"));
      Subscription march = subscription(S1, Instant.parse("2026-03-01T00:00:00Z"));
      assertThat(march.getTermStart()).contains(Instant.parse("2026-02-28T00:00:00Z"));
      assertThat(march.getEnd()).contains(Instant.parse("2026-03-28T00:00:00Z"));
      assertThat(march.getWindowOpenedAt()).contains(Instant.parse("2026-02-28T00:00:00Z"));

      Instant april = Instant.parse("2026-04-01T00:00:00Z");
      assertAllowed(at(april, new Action.SetAutoRenew(FABRIKAM, S1, BY_NORTHWIND, false)));
      Instant end = Instant.parse("2026-04-28T00:00:00Z");
      assertThat(subscription(S1, end.minusSeconds(1)).getStatus())
          .isEqualTo(SubscriptionStatus.ACTIVE);
      assertThat(subscription(S1, end).getStatus()).isEqualTo(SubscriptionStatus.EXPIRED);
      assertThat(subscription(S1, end.plus(Duration.ofDays(30))).getStatus())
          .isEqualTo(SubscriptionStatus.DISABLED);
      assertThat(subscription(S1, end.plus(Duration.ofDays(120))).getStatus())
          .isEqualTo(SubscriptionStatus.DELETED);
      assertDenied(at(end, new Action.Reactivate(FABRIKAM, S1, BY_NORTHWIND)), "NCE-9", "NCE-13");
    }

    @Test
    void nce9_aSuspendedSubscriptionIsDisabledAtItsTermEnd() {
      assertAllowed(buy(S1, E3, 10, Term.P1M, BillingCycle.MONTHLY));
      assertAllowed(at(T, new Action.Suspend(FABRIKAM, S1, BY_NORTHWIND)));
      Instant end = Instant.parse("2026-02-28T00:00:00Z");

      assertThat(subscription(S1, end).getStatus()).isEqualTo(SubscriptionStatus.DISABLED);
      assertThat(subscription(S1, end.plus(Duration.ofDays(90))).getStatus())
          .isEqualTo(SubscriptionStatus.DELETED);
    }

    @Test
    void nce10_scheduledChangesApplyAtRenewal_andAreClearedBySeatChanges() {
      assertAllowed(buy(S1, E3, 20, Term.P1M, BillingCycle.MONTHLY));
      ScheduledChange change =
          ScheduledChange.builder().seats(5).term(Term.P1Y).billing(BillingCycle.ANNUAL).build();
      assertAllowed(at(T, new Action.ScheduleChange(FABRIKAM, S1, BY_NORTHWIND, change)));
      assertAllowed(
          at(
              T,
              new Action.ScheduleChange(
                  FABRIKAM, S1, BY_NORTHWIND, ScheduledChange.builder().seats(6).build())));

      Subscription renewed = subscription(S1, Instant.parse("2026-02-28T00:00:00Z"));
      assertThat(renewed.getLicenses()).isEqualTo(6);
      assertThat(renewed.getTerm()).contains(Term.P1Y);
      assertThat(renewed.getBillingCycle()).contains(BillingCycle.ANNUAL);
      assertThat(renewed.getEnd()).contains(Instant.parse("2027-02-28T00:00:00Z"));
      assertThat(renewed.getScheduledChange()).isEmpty();
    }

    @Test
    void nce10_deniedWithAutoRenewOff_orWhenItBreaksTheTermOrBillingRules() {
      assertAllowed(buy(S1, E3, 20, Term.P1M, BillingCycle.MONTHLY));
      assertDenied(
          at(
              T,
              new Action.ScheduleChange(
                  FABRIKAM,
                  S1,
                  BY_NORTHWIND,
                  ScheduledChange.builder().billing(BillingCycle.ANNUAL).build())),
          "NCE-3");
      assertAllowed(at(T, new Action.SetAutoRenew(FABRIKAM, S1, BY_NORTHWIND, false)));

      assertDenied(
          at(
              T,
              new Action.ScheduleChange(
                  FABRIKAM, S1, BY_NORTHWIND, ScheduledChange.builder().seats(5).build())),
          "NCE-10");
    }
  }

  @Nested
  class TermsAndUpgrades {
    @Test
    void nce11_theTermOnlyGrows_andUpfrontBillingWaitsForTheNextTerm() {
      assertAllowed(buy(S1, E5, 10, Term.P1M, BillingCycle.MONTHLY));
      Instant later = T.plus(Duration.ofDays(10));

      assertDenied(
          at(
              later,
              new Action.ChangeTerm(
                  FABRIKAM,
                  S1,
                  BY_NORTHWIND,
                  Optional.of(Term.P1Y),
                  Optional.of(BillingCycle.ANNUAL))),
          "NCE-11");
      assertAllowed(
          at(
              later,
              new Action.ChangeTerm(
                  FABRIKAM, S1, BY_NORTHWIND, Optional.of(Term.P3Y), Optional.empty())));
      assertThat(subscription(S1, later).getEnd()).contains(Instant.parse("2029-02-10T00:00:00Z"));
      assertDenied(
          at(
              later,
              new Action.ChangeTerm(
                  FABRIKAM, S1, BY_NORTHWIND, Optional.of(Term.P1Y), Optional.empty())),
          "NCE-11");
      assertAllowed(
          at(
              later,
              new Action.ChangeTerm(
                  FABRIKAM, S1, BY_NORTHWIND, Optional.empty(), Optional.of(BillingCycle.ANNUAL))));
    }

    @Test
    void nce12_fullUpgradeKeepsTheId_noDowngrades() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));
      Action.Upgrade toE5 =
          new Action.Upgrade(
              FABRIKAM,
              S1,
              BY_NORTHWIND,
              E5,
              OptionalInt.empty(),
              Optional.empty(),
              Optional.empty());

      assertAllowed(at(T, toE5));
      assertThat(subscription(S1, T).getService()).isEqualTo(E5);
      assertDenied(
          at(
              T,
              new Action.Upgrade(
                  FABRIKAM,
                  S1,
                  BY_NORTHWIND,
                  E3,
                  OptionalInt.empty(),
                  Optional.empty(),
                  Optional.empty())),
          "NCE-12");
    }

    @Test
    void nce12_partialUpgradeIntoANewSubscriptionInheritsTheSourcesWindowAndHasNoSeatsToRemove() {
      assertAllowed(buy(S1, BASIC, 10, Term.P1Y, BillingCycle.MONTHLY));
      Instant later = T.plus(Duration.ofDays(2));
      assertAllowed(
          at(
              later,
              new Action.Upgrade(
                  FABRIKAM,
                  S1,
                  BY_NORTHWIND,
                  STANDARD,
                  OptionalInt.of(4),
                  Optional.empty(),
                  Optional.of(S2))));

      Subscription made = subscription(S2, later);
      assertThat(made.getLicenses()).isEqualTo(4);
      assertThat(made.getEnd()).isEqualTo(subscription(S1, later).getEnd());
      assertThat(subscription(S1, later).getLicenses()).isEqualTo(6);
      assertDenied(at(later, new Action.ChangeSeats(FABRIKAM, S2, BY_NORTHWIND, 3)), "NCE-6");
      assertThat(program.subscriptionOptions(FABRIKAM, S2, later).orElseThrow().cancellableUntil())
          .contains(T.plus(WINDOW));
    }

    @Test
    void nce12_intoAnExistingSubscriptionOnlyOutsideItsWindow() {
      assertAllowed(buy(S1, BASIC, 10, Term.P1Y, BillingCycle.MONTHLY));
      assertAllowed(buy(S2, STANDARD, 5, Term.P1Y, BillingCycle.MONTHLY));
      Action.Upgrade into =
          new Action.Upgrade(
              FABRIKAM,
              S1,
              BY_NORTHWIND,
              STANDARD,
              OptionalInt.of(4),
              Optional.of(S2),
              Optional.empty());

      assertDenied(at(T, into), "NCE-12");
      Instant later = T.plus(WINDOW);
      assertAllowed(at(later, into));
      assertThat(subscription(S2, later).getLicenses()).isEqualTo(9);
    }

    @Test
    void nce13_onlyActiveIsSuspended_onlySuspendedIsReactivated() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));

      assertDenied(at(T, new Action.Reactivate(FABRIKAM, S1, BY_NORTHWIND)), "NCE-13");
      assertAllowed(at(T, new Action.Suspend(FABRIKAM, S1, BY_NORTHWIND)));
      assertDenied(at(T, new Action.Suspend(FABRIKAM, S1, BY_NORTHWIND)), "NCE-13");
      assertAllowed(at(T, new Action.Reactivate(FABRIKAM, S1, BY_NORTHWIND)));
    }
  }

  @Nested
  class Trials {
    Action.Purchase trial(ServiceId service) {
      return new Action.Purchase(
          S1,
          NORTHWIND,
          FABRIKAM,
          service,
          0,
          Optional.empty(),
          Optional.empty(),
          true,
          Optional.empty());
    }

    @Test
    void nce14_aTrialHasFixedSeatsCannotChangeAndConvertsToAYearMonthlyAtItsEnd() {
      assertAllowed(at(T, trial(E3)));
      Subscription t = subscription(S1, T);
      assertThat(t.isTrial()).isTrue();
      assertThat(t.getLicenses()).isEqualTo(25);

      assertDenied(at(T, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 30)), "NCE-14");
      assertDenied(at(T, new Action.CancelSubscription(FABRIKAM, S1, BY_NORTHWIND)), "NCE-14");
      assertDenied(at(T, new Action.Suspend(FABRIKAM, S1, BY_NORTHWIND)), "NCE-14");
      assertAllowed(at(T, new Action.SetAutoRenew(FABRIKAM, S1, BY_NORTHWIND, true)));

      Instant end = T.plus(Duration.ofDays(30));
      Subscription converted = subscription(S1, end);
      assertThat(converted.isTrial()).isFalse();
      assertThat(converted.getTerm()).contains(Term.P1Y);
      assertThat(converted.getBillingCycle()).contains(BillingCycle.MONTHLY);
      assertThat(converted.getLicenses()).isEqualTo(25);
      assertAllowed(at(end, new Action.CancelSubscription(FABRIKAM, S1, BY_NORTHWIND)));
    }

    @Test
    void nce14_aTrialWithAutoRenewOffExpires() {
      assertAllowed(at(T, trial(E3)));
      assertAllowed(at(T, new Action.SetAutoRenew(FABRIKAM, S1, BY_NORTHWIND, false)));

      assertThat(subscription(S1, T.plus(Duration.ofDays(30))).getStatus())
          .isEqualTo(SubscriptionStatus.EXPIRED);
    }

    @Test
    void nce14_earlyConversionToATargetWithAtLeastTheTrialsSeats() {
      assertAllowed(at(T, trial(E3)));
      Instant later = T.plus(Duration.ofDays(3));

      assertDenied(
          at(
              later,
              new Action.ConvertTrial(
                  NORTHWIND, FABRIKAM, S1, E5, 24, BillingCycle.MONTHLY, Optional.of(Term.P1Y))),
          "NCE-14");
      assertAllowed(
          at(
              later,
              new Action.ConvertTrial(
                  NORTHWIND, FABRIKAM, S1, E5, 30, BillingCycle.TRIENNIAL, Optional.of(Term.P3Y))));
      Subscription s = subscription(S1, later);
      assertThat(s.getService()).isEqualTo(E5);
      assertThat(s.getWindowOpenedAt()).contains(later);
      assertThat(s.getEnd()).contains(Instant.parse("2029-02-03T00:00:00Z"));
    }

    @Test
    void trial1_andTrial3_applyToNewCommerceTrials() {
      assertDenied(at(T, trial(E5)), "TRIAL-3");
      assertAllowed(at(T, trial(E3)));
      assertDenied(
          at(
              T,
              new Action.Purchase(
                  S2,
                  NORTHWIND,
                  FABRIKAM,
                  E3,
                  0,
                  Optional.empty(),
                  Optional.empty(),
                  true,
                  Optional.empty())),
          "TRIAL-1");
    }
  }

  @Nested
  class Sellers {
    @Test
    void nce15_onlyThePartnerThatBoughtItChangesIt() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));
      assertAllowed(at(T, new Action.AddReseller(ADATUM, FABRIKAM)));

      Outcome adatum = at(T, new Action.CancelSubscription(FABRIKAM, S1, Actor.partner(ADATUM)));
      Outcome customer = at(T, new Action.ChangeSeats(FABRIKAM, S1, Actor.customer(FABRIKAM), 20));

      assertDenied(adatum, "NCE-15");
      assertDenied(customer, "NCE-15");
    }

    @Test
    void nce15_thePartnerOfRecordIsASeparateFact() {
      assertAllowed(buy(S1, E3, 10, Term.P1Y, BillingCycle.MONTHLY));
      assertThat(program.partnerOfRecord(FABRIKAM)).isEmpty();
      assertAllowed(
          at(T, new Action.DesignatePartnerOfRecord(FABRIKAM, ADATUM, Actor.customer(FABRIKAM))));

      assertThat(subscription(S1, T).getPartner()).contains(NORTHWIND);
    }
  }

  @Nested
  class PartnerOfRecordAndAgreement {
    @Test
    void por6_thePartnerOfRecordStepsDown_noOtherPartnerCan() {
      assertAllowed(
          at(T, new Action.DesignatePartnerOfRecord(FABRIKAM, ADATUM, Actor.customer(FABRIKAM))));

      assertDenied(
          at(T, new Action.ResignPartnerOfRecord(FABRIKAM, Actor.partner(NORTHWIND))), "POR-6");
      assertAllowed(at(T, new Action.ResignPartnerOfRecord(FABRIKAM, Actor.partner(ADATUM))));
      assertThat(program.partnerOfRecord(FABRIKAM)).isEmpty();
      assertDenied(
          at(T, new Action.ResignPartnerOfRecord(FABRIKAM, Actor.partner(ADATUM))), "POR-6");
    }

    @Test
    void offer12_anUnsignedPartnerSendsNoInvitations() {
      PartnerProgram seed = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
      seed.apply(
          new Action.RegisterPartner(
              dev.partnerkit.model.Partner.builder()
                  .from(TestWorld.partner("unsigned", Cloud.GLOBAL))
                  .agreementSigned(false)
                  .build()),
          T);
      seed.apply(new Action.RegisterPartner(TestWorld.partner("signed", Cloud.GLOBAL)), T);
      seed.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
      dev.partnerkit.model.InvitationId id = dev.partnerkit.model.InvitationId.of("t1");

      assertDenied(
          seed.apply(
              new Action.SendTrialInvitation(
                  id, PartnerId.of("unsigned"), FABRIKAM, List.of(TestWorld.EXCHANGE), false),
              T),
          "OFFER-12");
      assertAllowed(
          seed.apply(
              new Action.SendTrialInvitation(
                  id, PartnerId.of("signed"), FABRIKAM, List.of(TestWorld.EXCHANGE), false),
              T));
    }
  }

  @Nested
  class Replay {
    @Test
    void theLogReplaysToAnEqualStateAcrossRenewalsAndConversions() {
      assertAllowed(buy(S1, E3, 10, Term.P1M, BillingCycle.MONTHLY));
      assertAllowed(
          at(
              T,
              new Action.Purchase(
                  S2,
                  NORTHWIND,
                  FABRIKAM,
                  BASIC,
                  0,
                  Optional.empty(),
                  Optional.empty(),
                  true,
                  Optional.empty())));
      Instant later = Instant.parse("2026-05-02T00:00:00Z");
      assertAllowed(at(later, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 14)));
      assertAllowed(at(later, new Action.ChangeSeats(FABRIKAM, S2, BY_NORTHWIND, 30)));

      PartnerProgram replayed = PartnerProgram.replay(CATALOG, program.policy(), program.events());

      assertThat(replayed.snapshot()).isEqualTo(program.snapshot());
      assertThat(subscription(S2, later).isTrial()).isFalse();
      assertThat(subscription(S1, later).getSeatBatches()).hasSize(2);
    }
  }

  @Nested
  class PreFlight {
    @Test
    void optionsSayWhatMayBeRemovedCancelledAndUpgradedAndUntilWhen() {
      assertAllowed(buy(S1, BASIC, 10, Term.P1Y, BillingCycle.MONTHLY));
      Instant day2 = T.plus(Duration.ofDays(2));
      assertAllowed(at(day2, new Action.ChangeSeats(FABRIKAM, S1, BY_NORTHWIND, 15)));

      SubscriptionOptions now = program.subscriptionOptions(FABRIKAM, S1, day2).orElseThrow();
      assertThat(now.removableSeats())
          .containsExactly(
              new RemovableSeats(5, day2.plus(WINDOW)), new RemovableSeats(9, T.plus(WINDOW)));
      assertThat(now.removableSeatCount()).isEqualTo(14);
      assertThat(now.cancellableUntil()).contains(T.plus(WINDOW));
      assertThat(now.upgradeTargets()).containsExactly(STANDARD);
      assertThat(now.maySuspend()).isTrue();
      assertThat(now.mayReactivate()).isFalse();

      SubscriptionOptions later =
          program.subscriptionOptions(FABRIKAM, S1, T.plus(WINDOW)).orElseThrow();
      assertThat(later.removableSeats()).containsExactly(new RemovableSeats(5, day2.plus(WINDOW)));
      assertThat(later.cancellableUntil()).isEmpty();
    }
  }
}
