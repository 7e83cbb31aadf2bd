package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One program instance in its own JVM, for the multi-process tests and the benchmark: it opens a
 * {@link PartnerProgram} on the URL it is given, prints {@code READY}, waits for a line on standard
 * input, then works, printing one line per outcome, and {@code DONE}. A line saying an action was
 * accepted is printed only after {@code apply} returned, that is after the commit: it is the
 * instance's acknowledgement.
 *
 * <ul>
 *   <li>{@code accept URL PARTNER CUSTOMERS THREADS SEED}: as each customer {@code race-i}, accepts
 *       the invitation {@code PARTNER-i}, in an order shuffled by {@code SEED}; prints {@code
 *       ACCEPTED invitation sequence} or {@code DENIED invitation rule-ids}.
 *   <li>{@code bench URL INSTANCE THREADS SECONDS [keyed]}: warms up on 100 customers before it is
 *       ready, then for that long registers new customers, sends each a delegated-admin invitation
 *       from partner {@code bench-INSTANCE} and accepts it, each action with an idempotency key
 *       when {@code keyed} is given; prints {@code RESULT actions nanoseconds}.
 * </ul>
 */
public final class RaceWorker {
  static final Instant AT = Fixtures.START.plusSeconds(3600);

  private RaceWorker() {}

  /**
   * Runs one instance.
   *
   * @param args the mode and its arguments
   * @throws Exception when the instance fails; the exit code is then not 0
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String mode = args[0];
    String url = args[1];
    int threads = Integer.parseInt("accept".equals(mode) ? args[4] : args[3]);
    try (TestPool pool = new TestPool(JdbcUrlDataSource.of(url), threads)) {
      PartnerProgram store = PostgresStorage.open(pool, Fixtures.CATALOG, ProgramPolicy.seed());
      if ("bench".equals(mode)) {
        // Warm up (class loading, JIT) before the clock starts: 100 customers, 300 actions.
        int instance = Integer.parseInt(args[2]);
        boolean keyed = args.length > 5 && "keyed".equals(args[5]);
        for (int i = 0; i < 100; i++) {
          onboard(store, instance, "warm-" + instance + "-" + i, keyed);
        }
      }
      out.println("READY");
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      if (in.readLine() == null) {
        throw new IOException("standard input closed before the start signal");
      }
      if ("accept".equals(mode)) {
        accept(store, out, args[2], Integer.parseInt(args[3]), threads, Long.parseLong(args[5]));
      } else if ("bench".equals(mode)) {
        bench(
            store,
            out,
            Integer.parseInt(args[2]),
            threads,
            Integer.parseInt(args[4]),
            args.length > 5 && "keyed".equals(args[5]));
      } else {
        throw new IllegalArgumentException("unknown mode " + mode);
      }
      out.println("DONE");
    }
  }

  static InvitationId invitation(String partner, int customer) {
    return InvitationId.of(partner + "-" + customer);
  }

  static CustomerId customer(int i) {
    return CustomerId.fromName("race-" + i);
  }

  private static void accept(
      PartnerProgram store, PrintStream out, String partner, int customers, int threads, long seed)
      throws Exception {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    AtomicInteger next = new AtomicInteger();
    runThreads(
        threads,
        () -> {
          for (int k = next.getAndIncrement(); k < order.size(); k = next.getAndIncrement()) {
            int i = order.get(k);
            InvitationId id = invitation(partner, i);
            Outcome outcome = store.apply(new Action.Accept(id, Actor.customer(customer(i))), AT);
            if (outcome.isAllowed()) {
              out.println("ACCEPTED " + id + " " + outcome.event().orElseThrow().sequence());
            } else {
              out.println("DENIED " + id + " " + String.join(",", outcome.decision().getRuleIds()));
            }
          }
        });
  }

  private static void bench(
      PartnerProgram store, PrintStream out, int instance, int threads, int seconds, boolean keyed)
      throws Exception {
    AtomicLong actions = new AtomicLong();
    AtomicInteger customers = new AtomicInteger();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    runThreads(
        threads,
        () -> {
          while (System.nanoTime() < end) {
            onboard(
                store, instance, "bench-" + instance + "-" + customers.getAndIncrement(), keyed);
            actions.addAndGet(3);
          }
        });
    out.println("RESULT " + actions.get() + " " + (System.nanoTime() - start));
  }

  /**
   * Registers a customer, sends it a delegated-admin invitation and accepts it; with keys, each
   * action under a key of its own, as a portal that passes on its callers' request ids does.
   */
  static void onboard(PartnerProgram store, int instance, String name, boolean keyed) {
    PartnerId partner = PartnerId.of("bench-" + instance);
    CustomerId customer = CustomerId.fromName(name);
    InvitationId id = InvitationId.of(name);
    require(apply(store, new Action.RegisterCustomer(Fixtures.customer(name)), name, 1, keyed));
    require(
        apply(
            store, new Action.SendDelegatedAdminInvitation(id, partner, customer), name, 2, keyed));
    require(apply(store, new Action.Accept(id, Actor.customer(customer)), name, 3, keyed));
  }

  private static Outcome apply(
      PartnerProgram store, Action action, String name, int step, boolean keyed) {
    return keyed
        ? store.apply(action, AT, IdempotencyKey.of(name + ":" + step))
        : store.apply(action, AT);
  }

  private static void require(Outcome outcome) {
    if (!outcome.isAllowed()) {
      throw new IllegalStateException("benchmark action denied: " + outcome.decision());
    }
  }

  private static void runThreads(int threads, Runnable work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(work));
      }
      for (Future<?> future : running) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
