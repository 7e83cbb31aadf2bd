package dev.partnerkit.bench;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Target 1, applying: allowed actions through {@link PartnerProgram#apply}, on one thread and on
 * two threads that work on different customers, in actions a second (all threads together).
 *
 * <p>The program is the decision benchmark's: 1,000,000 customers and 10,000 partners. Each thread
 * owns every other customer in the global cloud that has no delegated admin yet, gives each its own
 * partner, and goes through them customer after customer, replaying a portal's day for each: the
 * partner sends a delegated-admin invitation, the customer accepts it, the partner resets a
 * password, the customer designates the partner of record, the partner files a service request, and
 * the customer revokes the grant. Then it starts another round with new invitation ids. Every
 * action is allowed; a denial fails the run. The figure includes making each action (a record and,
 * once a day, an invitation id), which is a small part of applying it. {@code keepLog} is the
 * program's in-memory log, on by default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ApplyBench {
  private static final int CUSTOMERS = 1_000_000;
  private static final int PARTNERS = 10_000;

  @Param({"true", "false"})
  public boolean keepLog;

  RulesWorld world;
  PartnerProgram program;

  /** Builds the program. */
  @Setup(Level.Trial)
  public void setUp() {
    world = RulesWorld.build(CUSTOMERS, PARTNERS, keepLog, 42);
    program = world.program;
    // The set-up allocates the whole program at once; collected here, its promotion to the old
    // generation is not charged to the first measured iterations.
    System.gc();
  }

  /** One thread's customers, each with its partner, and where the thread is in its day. */
  @State(Scope.Thread)
  public static class Day {
    CustomerId[] customers;
    PartnerId[] partners;
    int customer;
    int step;
    int round;
    InvitationId invitation;

    /** Picks the thread's customers and their partners. */
    @Setup(Level.Trial)
    public void setUp(ApplyBench bench, ThreadParams thread) {
      RulesWorld world = bench.world;
      SplittableRandom random = new SplittableRandom(thread.getThreadIndex());
      int threads = thread.getThreadCount();
      int mine = 0;
      CustomerId[] ids = new CustomerId[world.customers.length / threads + 1];
      PartnerId[] partnerIds = new PartnerId[ids.length];
      for (int c = thread.getThreadIndex(); c < world.customers.length; c += threads) {
        if (world.customerClouds[c] == Cloud.GLOBAL
            && bench.program.grants(world.customers[c]).isEmpty()) {
          ids[mine] = world.customers[c];
          partnerIds[mine] =
              world
                  .partners[
                  RulesWorld.certifiedPartnerIn(
                      Cloud.GLOBAL, world.partnerClouds, world.certified, random)];
          mine++;
        }
      }
      customers = java.util.Arrays.copyOf(ids, mine);
      partners = java.util.Arrays.copyOf(partnerIds, mine);
    }

    /** Returns the next action of the day, moving to the next customer after the sixth. */
    Action next() {
      CustomerId c = customers[customer];
      PartnerId p = partners[customer];
      Action action;
      switch (step) {
        case 0 -> {
          invitation = InvitationId.of("apply-" + round + "-" + c);
          action = new Action.SendDelegatedAdminInvitation(invitation, p, c);
        }
        case 1 -> action = new Action.Accept(invitation, Actor.customer(c));
        case 2 -> action = new Action.PerformAdminTask(p, c, AdminTask.RESET_PASSWORD);
        case 3 -> action = new Action.DesignatePartnerOfRecord(c, p, Actor.customer(c));
        case 4 -> action = new Action.SubmitServiceRequest(c, Actor.partner(p), "Mailbox quota");
        default -> action = new Action.RevokeDelegation(c, p, Actor.customer(c));
      }
      if (++step == 6) {
        step = 0;
        if (++customer == customers.length) {
          customer = 0;
          round++;
        }
      }
      return action;
    }
  }

  private Outcome applyNext(Day day) {
    Action action = day.next();
    Outcome outcome = program.apply(action, RulesWorld.NOW);
    if (!outcome.isAllowed()) {
      throw new IllegalStateException("denied: " + action + ": " + outcome.decision());
    }
    return outcome;
  }

  /**
   * Applies the thread's next action, on one thread.
   *
   * @param day the thread's customers
   * @return the outcome
   */
  @Benchmark
  @Threads(1)
  public Outcome oneThread(Day day) {
    return applyNext(day);
  }

  /**
   * Applies the thread's next action, on each of two threads.
   *
   * @param day the thread's customers
   * @return the outcome
   */
  @Benchmark
  @Threads(2)
  public Outcome twoThreads(Day day) {
    return applyNext(day);
  }
}
