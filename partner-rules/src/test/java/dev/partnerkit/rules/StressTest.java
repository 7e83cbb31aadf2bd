package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many threads take random actions against one program under the seed policy: invitations, offers,
 * answers, revocations, partner of record changes, admin tasks, service requests, enrollment
 * changes and clock advances, over 10,000 customers and 100 partners, with a few hot customers that
 * every thread fights over.
 *
 * <p>Checked at every accepted step: the customer's state has at most one delegated admin (read by
 * the thread right after its action) and the state each accepted action produced agrees with the
 * log and never has two delegated admins ({@link StressAuditor}, which sees every event under the
 * program's own ordering). Checked at the end: the log replays to an equal state, its sequence
 * numbers run from 1 without gaps, every event a thread saw accepted is in it unchanged, and the
 * counts of accepted actions by kind are the same as the threads' and the sink's.
 *
 * <p>50,000 steps by default; {@code -Dpartnerkit.reliability=long} runs 1,000,000. {@code
 * -Dpartnerkit.stress.seed=N} repeats a run's random choices (each thread's choices are fixed by
 * the seed; their interleaving is up to the scheduler). A failure names its seed.
 */
class StressTest {
  /** Set to {@code long} for the long runs of every reliability test. */
  static final String RELIABILITY_PROPERTY = "partnerkit.reliability";

  static final String SEED_PROPERTY = "partnerkit.stress.seed";

  private static final int THREADS = 8;
  private static final int PARTNERS = 100;
  private static final int CUSTOMERS = 10_000;
  private static final int HOT_CUSTOMERS = 64;
  private static final int BOARD = 2048;
  private static final long SHORT_STEPS = 50_000;
  private static final long LONG_STEPS = 1_000_000;

  @Test
  void manyThreadsKeepTheInvariantsAndTheLogUnderRandomActions() throws Exception {
    boolean longRun = "long".equals(System.getProperty(RELIABILITY_PROPERTY));
    long seed = Long.getLong(SEED_PROPERTY, new SplittableRandom().nextLong() & Long.MAX_VALUE);
    long steps = longRun ? LONG_STEPS : SHORT_STEPS;
    try {
      run(steps, seed);
    } catch (AssertionError | RuntimeException | ExecutionException e) {
      throw new AssertionError(
          "Stress run with seed "
              + seed
              + " failed; repeat its choices with -D"
              + SEED_PROPERTY
              + "="
              + seed,
          e);
    }
  }

  private static void run(long steps, long seed) throws InterruptedException, ExecutionException {
    StressWorld world = new StressWorld(PARTNERS, CUSTOMERS, HOT_CUSTOMERS, BOARD);
    StressAuditor auditor = new StressAuditor(true);
    PartnerProgram program =
        PartnerProgram.builder()
            .catalog(TestWorld.CATALOG)
            .policy(ProgramPolicy.seed())
            .eventSink(auditor)
            .build();
    auditor.watch(program);

    Map<ActionKind, Long> accepted = new EnumMap<>(ActionKind.class);
    for (int i = 0; i < PARTNERS; i++) {
      assertThat(program.apply(world.registerPartner(i), TestWorld.START).isAllowed()).isTrue();
      accepted.merge(ActionKind.REGISTER_PARTNER, 1L, Long::sum);
    }

    SplittableRandom master = new SplittableRandom(seed);
    CountDownLatch start = new CountDownLatch(1);
    List<StressWorker.Tally> tallies = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<StressWorker.Tally>> futures = new ArrayList<>();
      for (int w = 0; w < THREADS; w++) {
        long share = steps / THREADS + (w < steps % THREADS ? 1 : 0);
        futures.add(
            pool.submit(
                new StressWorker(w, THREADS, share, program, world, master.split(), start)));
      }
      start.countDown();
      for (Future<StressWorker.Tally> future : futures) {
        tallies.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(auditor.violations()).as("what the auditing sink saw").isEmpty();

    Map<ActionKind, Long> denied = new EnumMap<>(ActionKind.class);
    long totalSteps = 0;
    long clockAdvances = 0;
    long oneAdminDenials = 0;
    long stateChecks = 0;
    for (StressWorker.Tally tally : tallies) {
      tally.accepted.forEach((kind, count) -> accepted.merge(kind, count, Long::sum));
      tally.denied.forEach((kind, count) -> denied.merge(kind, count, Long::sum));
      totalSteps += tally.steps;
      clockAdvances += tally.clockAdvances;
      oneAdminDenials += tally.oneAdminDenials;
      stateChecks += tally.stateChecks;
    }
    assertThat(totalSteps).isEqualTo(steps);

    List<Event> log = program.events();
    Map<ActionKind, Long> logged = new EnumMap<>(ActionKind.class);
    for (int i = 0; i < log.size(); i++) {
      assertThat(log.get(i).sequence()).as("sequence of log entry %d", i).isEqualTo(i + 1L);
      logged.merge(log.get(i).action().kind(), 1L, Long::sum);
    }
    assertThat(program.lastSequence()).isEqualTo(log.size());
    assertThat(logged).as("accepted by kind, log vs threads").isEqualTo(accepted);
    assertThat(auditor.countsByKind()).as("accepted by kind, sink vs threads").isEqualTo(accepted);
    for (StressWorker.Tally tally : tallies) {
      for (Event event : tally.events) {
        assertThat(log.get((int) event.sequence() - 1)).isEqualTo(event);
      }
    }

    ProgramSnapshot snapshot = program.snapshot();
    for (Map.Entry<CustomerId, CustomerState> entry : snapshot.customers().entrySet()) {
      Set<PartnerId> delegates = StressAuditor.activeDelegates(entry.getValue());
      assertThat(delegates)
          .as("delegated admins of %s", entry.getKey())
          .hasSizeLessThanOrEqualTo(1);
      assertThat(delegates)
          .as("delegated admins of %s, state vs log", entry.getKey())
          .isEqualTo(auditor.delegatesByLog(entry.getKey()));
    }
    assertThat(snapshot.customers()).hasSize(CUSTOMERS);
    assertThat(snapshot.partners()).hasSize(PARTNERS);

    PartnerProgram replayed = PartnerProgram.replay(TestWorld.CATALOG, ProgramPolicy.seed(), log);
    assertThat(replayed.lastSequence()).isEqualTo(program.lastSequence());
    assertThat(replayed.snapshot()).as("the replayed state").isEqualTo(snapshot);

    // The run must have exercised what it claims to: grants, contention on them and revocations.
    assertThat(accepted)
        .containsKeys(ActionKind.ACCEPT, ActionKind.REVOKE_DELEGATION, ActionKind.WITHDRAW);
    assertThat(oneAdminDenials).as("DA-2 denials").isPositive();

    System.out.printf(
        "StressTest seed=%d threads=%d steps=%d clockAdvances=%d events=%d stateChecks=%d"
            + " DA-2denials=%d%n  accepted=%s%n  denied=%s%n",
        seed,
        THREADS,
        totalSteps,
        clockAdvances,
        log.size(),
        stateChecks,
        oneAdminDenials,
        accepted,
        denied);
  }
}
