package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a reseller's direct orders, license changes and trial conversions. */
class OrderRulesTest {
  private static final PartnerId NORTHWIND = PartnerId.of("northwind");
  private static final PartnerId ADATUM = PartnerId.of("adatum");
  private static final PartnerId CHINA = PartnerId.of("china");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  private static final SubscriptionId S1 = SubscriptionId.of("s1");
  private static final SubscriptionId S2 = SubscriptionId.of("s2");
  private static final Instant T = TestWorld.START;

  private PartnerProgram program;

  @BeforeEach
  void setUp() {
    program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.seed());
    program.apply(
        new Action.RegisterPartner(
            TestWorld.partner("northwind", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS)),
        T);
    program.apply(new Action.RegisterPartner(TestWorld.partner("adatum", Cloud.GLOBAL)), T);
    program.apply(
        new Action.RegisterPartner(
            TestWorld.partner("china", Cloud.CHINA_21VIANET, Program.CLOUD_ESSENTIALS)),
        T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
  }

  private Outcome order(PartnerId partner, BillingCycle billing, OrderLine... lines) {
    return program.apply(new Action.PlaceOrder(partner, FABRIKAM, List.of(lines), billing), T);
  }

  private static OrderLine line(SubscriptionId id, ServiceId service, int licenses) {
    return OrderLine.of(id, service, licenses);
  }

  private Subscription subscription(SubscriptionId id, Instant now) {
    return program.subscriptions(FABRIKAM, now).stream()
        .filter(s -> s.getId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void placeOrder_startsOnePaidSubscriptionPerLineAndMakesThePartnerACustomerOf() {
    Outcome outcome =
        order(
            NORTHWIND,
            BillingCycle.ANNUAL,
            line(S1, TestWorld.EXCHANGE, 10),
            line(S2, TestWorld.DEFENDER, 10));

    assertThat(outcome.isAllowed()).isTrue();
    Subscription exchange = subscription(S1, T);
    assertThat(exchange.getLicenses()).isEqualTo(10);
    assertThat(exchange.isTrial()).isFalse();
    assertThat(exchange.getBillingCycle()).contains(BillingCycle.ANNUAL);
    assertThat(exchange.getPartner()).contains(NORTHWIND);
    assertThat(exchange.getEnd()).contains(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(program.customersOf(NORTHWIND, T)).containsExactly(FABRIKAM);
  }

  @Test
  void placeOrder_checksCountsBillingAuthorizationPrerequisitesAndIds() {
    order(NORTHWIND, BillingCycle.MONTHLY, line(S1, TestWorld.E3, 5));

    Outcome outcome =
        order(
            NORTHWIND,
            BillingCycle.MONTHLY,
            line(S1, TestWorld.TEAMS, 0),
            line(S2, TestWorld.DEFENDER, 301),
            line(SubscriptionId.of("s3"), ServiceId.of("NOPE"), 1),
            line(SubscriptionId.of("s4"), TestWorld.DEFENDER, 1));

    assertThat(outcome.decision().getRuleIds())
        .contains("OFFER-2", "OFFER-3", "OFFER-4", "OFFER-5", "OFFER-7");
    assertThat(
            order(NORTHWIND, BillingCycle.ANNUAL, line(S2, TestWorld.TEAMS, 1))
                .decision()
                .getRuleIds())
        .containsExactly("OFFER-6");
    assertThat(order(NORTHWIND, BillingCycle.MONTHLY).decision().getRuleIds())
        .containsExactly("OFFER-2");
    assertThat(program.subscriptions(FABRIKAM, T)).hasSize(1);
  }

  @Test
  void anOrderIdIsKeptOnEverySubscriptionItStartedAndSurvivesLaterChanges() {
    OrderId paid = OrderId.of("order-1");
    OrderId trials = OrderId.of("order-2");
    assertThat(
            program
                .apply(
                    new Action.PlaceOrder(
                        NORTHWIND,
                        FABRIKAM,
                        List.of(line(S1, TestWorld.EXCHANGE, 10), line(S2, TestWorld.DEFENDER, 10)),
                        BillingCycle.MONTHLY,
                        Optional.of(paid)),
                    T)
                .isAllowed())
        .isTrue();
    SubscriptionId s3 = SubscriptionId.of("s3");
    assertThat(
            program
                .apply(
                    new Action.StartTrials(
                        NORTHWIND,
                        FABRIKAM,
                        List.of(line(s3, TestWorld.TEAMS, 25)),
                        Optional.of(trials)),
                    T)
                .isAllowed())
        .isTrue();
    program.apply(new Action.ChangeLicenses(NORTHWIND, FABRIKAM, S1, 12), T);

    assertThat(subscription(S1, T).getOrder()).contains(paid);
    assertThat(subscription(S1, T).getLicenses()).isEqualTo(12);
    assertThat(subscription(S2, T).getOrder()).contains(paid);
    assertThat(subscription(s3, T).getOrder()).contains(trials);
    // The subscriptions of one order are its lines, in the order they started.
    assertThat(
            program.subscriptions(FABRIKAM, T).stream()
                .filter(s -> s.getOrder().equals(Optional.of(paid)))
                .map(Subscription::getId))
        .containsExactly(S1, S2);
    // An order placed without an id leaves the subscription without one.
    SubscriptionId s4 = SubscriptionId.of("s4");
    assertThat(order(NORTHWIND, BillingCycle.MONTHLY, line(s4, TestWorld.E3, 10)).isAllowed())
        .isTrue();
    assertThat(subscription(s4, T).getOrder()).isEmpty();
  }

  @Test
  void placeOrder_acrossCloudsIsDenied() {
    assertThat(
            order(CHINA, BillingCycle.MONTHLY, line(S1, TestWorld.E3, 1)).decision().getRuleIds())
        .contains("CLOUD-4");
  }

  @Test
  void startTrials_givesTheCatalogTrialOnceAndOnlyAtItsFixedCount() {
    Action.StartTrials trials =
        new Action.StartTrials(NORTHWIND, FABRIKAM, List.of(line(S1, TestWorld.EXCHANGE, 25)));
    assertThat(program.apply(trials, T).isAllowed()).isTrue();
    Subscription trial = subscription(S1, T);
    assertThat(trial.isTrial()).isTrue();
    assertThat(trial.getEnd()).contains(T.plus(Duration.ofDays(30)));

    Outcome again =
        program.apply(
            new Action.StartTrials(NORTHWIND, FABRIKAM, List.of(line(S2, TestWorld.EXCHANGE, 25))),
            T);
    assertThat(again.decision().getRuleIds()).containsExactly("TRIAL-1");

    Outcome wrong =
        program.apply(
            new Action.StartTrials(
                NORTHWIND,
                FABRIKAM,
                List.of(
                    line(S2, TestWorld.E3, 10),
                    line(SubscriptionId.of("s3"), TestWorld.DEFENDER, 25))),
            T);
    assertThat(wrong.decision().getRuleIds()).contains("TRIAL-2", "TRIAL-3");
    assertThat(
            program
                .apply(new Action.StartTrials(NORTHWIND, FABRIKAM, List.of()), T)
                .decision()
                .getRuleIds())
        .containsExactly("OFFER-1");
  }

  @Test
  void changeLicenses_onlyBySellerWithinBoundsAndNeverOnATrial() {
    order(NORTHWIND, BillingCycle.MONTHLY, line(S1, TestWorld.EXCHANGE, 10));
    program.apply(
        new Action.StartTrials(NORTHWIND, FABRIKAM, List.of(line(S2, TestWorld.TEAMS, 25))), T);

    assertThat(program.apply(new Action.ChangeLicenses(NORTHWIND, FABRIKAM, S1, 40), T).isAllowed())
        .isTrue();
    assertThat(subscription(S1, T).getLicenses()).isEqualTo(40);
    assertThat(decide(new Action.ChangeLicenses(NORTHWIND, FABRIKAM, S1, 301)))
        .containsExactly("OFFER-4");
    assertThat(decide(new Action.ChangeLicenses(NORTHWIND, FABRIKAM, S1, 0)))
        .containsExactly("OFFER-2");
    assertThat(decide(new Action.ChangeLicenses(ADATUM, FABRIKAM, S1, 12)))
        .containsExactly("OFFER-3");
    assertThat(decide(new Action.ChangeLicenses(NORTHWIND, FABRIKAM, S2, 30)))
        .containsExactly("TRIAL-2");
    assertThat(decide(new Action.ChangeLicenses(NORTHWIND, FABRIKAM, SubscriptionId.of("none"), 3)))
        .containsExactly("OFFER-4");
  }

  @Test
  void convertTrial_keepsTheIdAndMovesToATarget() {
    program.apply(
        new Action.StartTrials(NORTHWIND, FABRIKAM, List.of(line(S1, TestWorld.EXCHANGE, 25))), T);

    assertThat(
            decide(
                new Action.ConvertTrial(
                    NORTHWIND, FABRIKAM, S1, TestWorld.TEAMS, 10, BillingCycle.MONTHLY)))
        .containsExactly("TRIAL-4");
    assertThat(
            decide(
                new Action.ConvertTrial(
                    ADATUM, FABRIKAM, S1, TestWorld.E3, 10, BillingCycle.MONTHLY)))
        .containsExactly("OFFER-3");
    Outcome outcome =
        program.apply(
            new Action.ConvertTrial(NORTHWIND, FABRIKAM, S1, TestWorld.E3, 50, BillingCycle.ANNUAL),
            T.plus(Duration.ofDays(3)));

    assertThat(outcome.isAllowed()).isTrue();
    Subscription paid = subscription(S1, T.plus(Duration.ofDays(40)));
    assertThat(paid.isTrial()).isFalse();
    assertThat(paid.getService()).isEqualTo(TestWorld.E3);
    assertThat(paid.getLicenses()).isEqualTo(50);
    assertThat(paid.getBillingCycle()).contains(BillingCycle.ANNUAL);
    assertThat(TimeDriven.isInUse(paid, T.plus(Duration.ofDays(40)))).isTrue();
    assertThat(
            decide(
                new Action.ConvertTrial(
                    NORTHWIND, FABRIKAM, S1, TestWorld.E3, 50, BillingCycle.ANNUAL)))
        .containsExactly("TRIAL-4");
  }

  @Test
  void aLapsedTrialNoLongerConverts() {
    program.apply(
        new Action.StartTrials(NORTHWIND, FABRIKAM, List.of(line(S1, TestWorld.EXCHANGE, 25))), T);

    Decision late =
        program.decide(
            new Action.ConvertTrial(
                NORTHWIND, FABRIKAM, S1, TestWorld.EXCHANGE, 10, BillingCycle.MONTHLY),
            T.plus(Duration.ofDays(31)));

    assertThat(late.getRuleIds()).containsExactly("TRIAL-4");
  }

  @Test
  void theLogOfOrdersReplaysToAnEqualState() {
    order(NORTHWIND, BillingCycle.MONTHLY, line(S1, TestWorld.EXCHANGE, 10));
    program.apply(
        new Action.StartTrials(NORTHWIND, FABRIKAM, List.of(line(S2, TestWorld.TEAMS, 25))), T);
    program.apply(new Action.ChangeLicenses(NORTHWIND, FABRIKAM, S1, 12), T);
    program.apply(
        new Action.ConvertTrial(NORTHWIND, FABRIKAM, S2, TestWorld.TEAMS, 5, BillingCycle.MONTHLY),
        T);

    PartnerProgram replayed =
        PartnerProgram.replay(TestWorld.CATALOG, program.policy(), program.events());

    assertThat(replayed.snapshot()).isEqualTo(program.snapshot());
  }

  private java.util.Set<String> decide(Action action) {
    return program.decide(action, T).getRuleIds();
  }
}
