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
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Target 1, applying: allowed actions through {@link PartnerProgram#apply}, on one thread and on
 * two threads that work on different customers, in actions a second (all threads together).
 *
 * <p>Each iteration starts from a fresh program of {@value #CUSTOMERS} customers and 10,000
 * partners; each thread owns half of the customers in the global cloud and replays, customer after
 * customer, a portal's day: the partner sends a delegated-admin invitation, the customer accepts
 * it, the partner resets a password, the customer designates the partner of record, the partner
 * files a service request, and the customer revokes the grant. Every action is allowed; a denial
 * fails the run. The actions are made before the iteration, so the figure is the program's cost,
 * not the cost of parsing ids. {@code keepLog} is the program's in-memory log, on by default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ApplyBench {
  static final int CUSTOMERS = 100_000;
  private static final int STEPS = 6;

  /** The longest script one thread may need in a one-second iteration. */
  private static final int SCRIPT = 3_000_000;

  @Param({"true", "false"})
  public boolean keepLog;

  PartnerProgram program;
  RulesWorld world;
  final AtomicLong denied = new AtomicLong();

  /** Builds a fresh program for the iteration. */
  @Setup(Level.Iteration)
  public void setUp() {
    world = RulesWorld.build(CUSTOMERS, 10_000, keepLog, 42);
    program = world.program;
  }

  /** Fails the run if any action was denied: the figure counts allowed actions only. */
  @TearDown(Level.Iteration)
  public void check() {
    if (denied.get() > 0) {
      throw new IllegalStateException(denied.get() + " actions were denied");
    }
  }

  /** One thread's actions, on customers no other thread touches. */
  @State(Scope.Thread)
  public static class Script {
    Action[] actions;
    int next;

    /** Makes the thread's actions against this iteration's program. */
    @Setup(Level.Iteration)
    public void setUp(ApplyBench bench, ThreadParams thread) {
      RulesWorld world = bench.world;
      int threads = thread.getThreadCount();
      int me = thread.getThreadIndex();
      SplittableRandom random = new SplittableRandom(me);
      actions = new Action[SCRIPT];
      int n = 0;
      int round = 0;
      while (n < SCRIPT) {
        for (int c = me; c < world.customers.length && n < SCRIPT; c += threads) {
          if (world.customerClouds[c] != Cloud.GLOBAL || hasGrant(bench, c)) {
            continue;
          }
          int p =
              RulesWorld.certifiedPartnerIn(
                  Cloud.GLOBAL, world.partnerClouds, world.certified, random);
          CustomerId customer = world.customers[c];
          PartnerId partner = world.partners[p];
          InvitationId invitation = InvitationId.of("apply-" + c + "-" + round);
          Actor byCustomer = Actor.customer(customer);
          Action[] day = {
            new Action.SendDelegatedAdminInvitation(invitation, partner, customer),
            new Action.Accept(invitation, byCustomer),
            new Action.PerformAdminTask(partner, customer, AdminTask.RESET_PASSWORD),
            new Action.DesignatePartnerOfRecord(customer, partner, byCustomer),
            new Action.SubmitServiceRequest(customer, Actor.partner(partner), "Mailbox quota"),
            new Action.RevokeDelegation(customer, partner, byCustomer)
          };
          int take = Math.min(STEPS, SCRIPT - n);
          System.arraycopy(day, 0, actions, n, take);
          n += take;
        }
        round++;
      }
      next = 0;
    }

    private static boolean hasGrant(ApplyBench bench, int c) {
      return !bench.program.grants(bench.world.customers[c]).isEmpty();
    }
  }

  private Outcome applyNext(Script script) {
    if (script.next == script.actions.length) {
      throw new IllegalStateException("the script ran out; make SCRIPT longer");
    }
    Outcome outcome = program.apply(script.actions[script.next++], RulesWorld.NOW);
    if (!outcome.isAllowed()) {
      denied.incrementAndGet();
    }
    return outcome;
  }

  /**
   * Applies the thread's next action, on one thread.
   *
   * @param script the thread's actions
   * @return the outcome
   */
  @Benchmark
  @Threads(1)
  public Outcome oneThread(Script script) {
    return applyNext(script);
  }

  /**
   * Applies the thread's next action, on each of two threads.
   *
   * @param script the thread's actions
   * @return the outcome
   */
  @Benchmark
  @Threads(2)
  public Outcome twoThreads(Script script) {
    return applyNext(script);
  }
}
