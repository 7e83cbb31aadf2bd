package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.ServiceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * One thread of a stress run: registers its share of the customers, then takes random steps against
 * the shared program, counting what was accepted and checking each accepted customer's state right
 * after.
 *
 * <p>Not thread-safe: each thread has its own worker and its own random source.
 */
final class StressWorker implements Callable<StressWorker.Tally> {
  private static final List<ServiceId> SERVICES =
      List.of(TestWorld.E3, TestWorld.EXCHANGE, TestWorld.TEAMS, TestWorld.DEFENDER);
  private static final AdminTask[] TASKS = {
    AdminTask.SET_UP_MAILBOX,
    AdminTask.ADD_USER,
    AdminTask.REMOVE_USER,
    AdminTask.ADD_GROUP,
    AdminTask.REMOVE_GROUP,
    AdminTask.RESET_PASSWORD,
    AdminTask.MIGRATE_DATA
  };

  /** The kinds of step and their weights out of {@link #TOTAL_WEIGHT}. */
  private enum Step {
    SEND_DELEGATED_ADMIN(100),
    SEND_TRIAL(70),
    SEND_PURCHASE(60),
    ACCEPT(230),
    DECLINE(50),
    REVOKE(50),
    REVOKE_DELEGATION(70),
    DESIGNATE(70),
    REMOVE_PARTNER_OF_RECORD(30),
    ADMIN_TASK(140),
    SERVICE_REQUEST(60),
    ADVANCE_CLOCK(40),
    PARTNER_ENROLLMENT(15),
    GRANULAR(15);

    final int weight;

    Step(int weight) {
      this.weight = weight;
    }
  }

  private static final int TOTAL_WEIGHT = 1000;

  /** How far one clock step moves the program's time at most. */
  private static final long MAX_ADVANCE_SECONDS = Duration.ofHours(12).toSeconds();

  /** What one thread did and saw. */
  static final class Tally {
    final Map<ActionKind, Long> accepted = new EnumMap<>(ActionKind.class);
    final Map<ActionKind, Long> denied = new EnumMap<>(ActionKind.class);
    final List<Event> events = new ArrayList<>();
    long steps;
    long clockAdvances;
    long oneAdminDenials;
    long stateChecks;
  }

  private final int index;
  private final int threads;
  private final long steps;
  private final PartnerProgram program;
  private final StressWorld world;
  private final SplittableRandom random;
  private final CountDownLatch start;
  private final Tally tally = new Tally();
  private long invitations;

  StressWorker(
      int index,
      int threads,
      long steps,
      PartnerProgram program,
      StressWorld world,
      SplittableRandom random,
      CountDownLatch start) {
    this.index = index;
    this.threads = threads;
    this.steps = steps;
    this.program = program;
    this.world = world;
    this.random = random;
    this.start = start;
  }

  @Override
  public Tally call() throws InterruptedException {
    start.await();
    for (int i = index; i < world.customers.size(); i += threads) {
      apply(world.registerCustomer(i), Optional.of(world.customers.get(i)));
    }
    // The test interrupts the others when one thread fails; there is no point going on then.
    for (long i = 0; i < steps && !Thread.currentThread().isInterrupted(); i++) {
      step(pickStep());
      tally.steps++;
    }
    return tally;
  }

  private Step pickStep() {
    int r = random.nextInt(TOTAL_WEIGHT);
    for (Step step : Step.values()) {
      r -= step.weight;
      if (r < 0) {
        return step;
      }
    }
    throw new IllegalStateException("step weights must add up to " + TOTAL_WEIGHT);
  }

  private void step(Step step) {
    switch (step) {
      case SEND_DELEGATED_ADMIN -> sendDelegatedAdmin();
      case SEND_TRIAL -> sendTrial();
      case SEND_PURCHASE -> sendPurchase();
      case ACCEPT, DECLINE -> answer(step == Step.ACCEPT);
      case REVOKE -> revokeInvitation();
      case REVOKE_DELEGATION -> revokeDelegation();
      case DESIGNATE -> designate();
      case REMOVE_PARTNER_OF_RECORD -> {
        CustomerId c = world.customer(random);
        apply(new Action.RemovePartnerOfRecord(c, customerOr(c, world.partner(random))), c);
      }
      case ADMIN_TASK -> {
        CustomerId c = world.customer(random);
        PartnerId p = delegateOr(c, 60);
        apply(new Action.PerformAdminTask(p, c, TASKS[random.nextInt(TASKS.length)]), c);
      }
      case SERVICE_REQUEST -> {
        CustomerId c = world.customer(random);
        Actor by = random.nextBoolean() ? Actor.customer(c) : Actor.partner(delegateOr(c, 70));
        apply(new Action.SubmitServiceRequest(c, by, "request " + tally.steps), c);
      }
      case ADVANCE_CLOCK -> {
        world.clock.addAndGet(1 + random.nextLong(MAX_ADVANCE_SECONDS));
        tally.clockAdvances++;
      }
      case PARTNER_ENROLLMENT -> partnerEnrollment();
      case GRANULAR -> granular();
    }
  }

  private void sendDelegatedAdmin() {
    CustomerId c = world.customer(random);
    PartnerId p = world.partner(random);
    InvitationId id = nextInvitation();
    send(new Action.SendDelegatedAdminInvitation(id, p, c), id, p, c);
  }

  private void sendTrial() {
    CustomerId c = world.customer(random);
    PartnerId p = world.partner(random);
    InvitationId id = nextInvitation();
    List<ServiceId> services = new ArrayList<>();
    services.add(SERVICES.get(random.nextInt(SERVICES.size())));
    if (random.nextInt(3) == 0) {
      ServiceId second = SERVICES.get(random.nextInt(SERVICES.size()));
      if (!services.contains(second)) {
        services.add(second);
      }
    }
    send(new Action.SendTrialInvitation(id, p, c, services, random.nextInt(10) < 3), id, p, c);
  }

  private void sendPurchase() {
    CustomerId c = world.customer(random);
    PartnerId p = world.partner(random);
    InvitationId id = nextInvitation();
    send(
        new Action.SendPurchaseOffer(
            id,
            p,
            c,
            List.of(
                OfferLine.of(
                    SERVICES.get(random.nextInt(SERVICES.size())), 1 + random.nextInt(60))),
            random.nextBoolean() ? BillingCycle.MONTHLY : BillingCycle.ANNUAL,
            random.nextInt(4) == 0,
            Optional.empty(),
            Optional.empty()),
        id,
        p,
        c);
  }

  private void send(Action action, InvitationId id, PartnerId p, CustomerId c) {
    if (apply(action, c)) {
      world.post(random, new StressWorld.Sent(id, p, c));
    }
  }

  private void answer(boolean accept) {
    Optional<StressWorld.Sent> picked = world.pick(random);
    if (picked.isEmpty()) {
      sendDelegatedAdmin();
      return;
    }
    StressWorld.Sent sent = picked.get();
    // A partner answering is denied (OFFER-8, DA-6); a few such attempts keep those rules busy.
    Actor by =
        random.nextInt(20) == 0 ? Actor.partner(sent.partner()) : Actor.customer(sent.customer());
    apply(
        accept ? new Action.Accept(sent.id(), by) : new Action.Decline(sent.id(), by),
        sent.customer());
  }

  private void revokeInvitation() {
    Optional<StressWorld.Sent> picked = world.pick(random);
    if (picked.isEmpty()) {
      sendTrial();
      return;
    }
    StressWorld.Sent sent = picked.get();
    PartnerId by = random.nextInt(7) == 0 ? world.partner(random) : sent.partner();
    apply(new Action.Revoke(sent.id(), Actor.partner(by)), sent.customer());
  }

  private void revokeDelegation() {
    CustomerId c = world.customer(random);
    PartnerId p = delegateOr(c, 80);
    apply(new Action.RevokeDelegation(c, p, customerOr(c, p)), c);
  }

  private void designate() {
    CustomerId c = world.customer(random);
    PartnerId p = delegateOr(c, 30);
    apply(new Action.DesignatePartnerOfRecord(c, p, customerOr(c, p)), c);
  }

  private void partnerEnrollment() {
    PartnerId p = world.partner(random);
    int r = random.nextInt(10);
    Action action =
        r == 0
            ? new Action.SignAgreement(p)
            : r < 6
                ? new Action.Withdraw(p, Program.CLOUD_ESSENTIALS)
                : new Action.Enroll(p, Program.CLOUD_ESSENTIALS);
    apply(action, Optional.empty());
  }

  /** Granular relationships need the modern policy; under the seed every one is denied. */
  private void granular() {
    CustomerId c = world.customer(random);
    PartnerId p = world.partner(random);
    Action action =
        new Action.CreateRelationship(
            RelationshipId.of("r" + index + "-" + tally.steps),
            p,
            c,
            "stress " + tally.steps,
            Duration.ofDays(90),
            Set.of(Role.USER_ADMINISTRATOR),
            Duration.ZERO);
    Outcome outcome = program.apply(action, now());
    assertThat(outcome.decision().cites(Rule.POLICY_1))
        .as("a granular relationship under the seed policy is denied by POLICY-1")
        .isTrue();
    tally.denied.merge(action.kind(), 1L, Long::sum);
  }

  /** Returns the customer acting most of the time, else the partner (POR-1, DA-5 deny that). */
  private Actor customerOr(CustomerId c, PartnerId p) {
    return random.nextInt(10) == 0 ? Actor.partner(p) : Actor.customer(c);
  }

  /** Returns the customer's delegated admin {@code percent}% of the time if it has one. */
  private PartnerId delegateOr(CustomerId c, int percent) {
    if (random.nextInt(100) < percent) {
      Optional<CustomerState> state = program.customer(c);
      if (state.isPresent()) {
        Set<PartnerId> delegates = StressAuditor.activeDelegates(state.get());
        if (!delegates.isEmpty()) {
          return delegates.iterator().next();
        }
      }
    }
    return world.partner(random);
  }

  private InvitationId nextInvitation() {
    return InvitationId.of("s" + index + "-" + invitations++);
  }

  private Instant now() {
    return Instant.ofEpochSecond(world.clock.get());
  }

  private boolean apply(Action action, CustomerId customer) {
    return apply(action, Optional.of(customer));
  }

  /**
   * Applies the action and counts it; when it touched a customer and was accepted, reads that
   * customer's state and checks that it has at most one delegated admin.
   */
  private boolean apply(Action action, Optional<CustomerId> customer) {
    Outcome outcome = program.apply(action, now());
    if (!outcome.isAllowed()) {
      tally.denied.merge(action.kind(), 1L, Long::sum);
      if (outcome.decision().cites(Rule.DA_2)) {
        tally.oneAdminDenials++;
      }
      return false;
    }
    Event event = outcome.event().orElseThrow();
    assertThat(event.action()).isEqualTo(action);
    tally.accepted.merge(action.kind(), 1L, Long::sum);
    tally.events.add(event);
    if (customer.isPresent()) {
      CustomerState state = program.customer(customer.get()).orElseThrow();
      Set<PartnerId> delegates = StressAuditor.activeDelegates(state);
      if (delegates.size() > 1) {
        throw new AssertionError(
            "after event "
                + event.sequence()
                + " ("
                + action.kind()
                + ") customer "
                + customer.get()
                + " has the delegated admins "
                + delegates
                + " under the seed policy");
      }
      tally.stateChecks++;
    }
    return true;
  }
}
