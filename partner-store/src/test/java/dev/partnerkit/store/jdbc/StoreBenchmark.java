package dev.partnerkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramRules;
import dev.partnerkit.rules.ProgramStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Measures the PostgreSQL store; a benchmark, not a timed test: it asserts only that the work was
 * done and recorded, and prints its figures (also to {@code target/postgres-benchmark.txt}).
 *
 * <p>Accepted actions a second with 1, 2 and 4 instances, each a separate JVM with {@code
 * partnerkit.benchmark.threads} threads (4) and as many connections, for {@code
 * partnerkit.benchmark.seconds} (10): each registers customers, sends each a delegated-admin
 * invitation and accepts it, three accepted actions per customer; then again with an idempotency
 * key on every action. Then the cost of one decision: the rules alone on a state in memory, and the
 * store's decision paths over JDBC.
 *
 * <p>Runs only with {@code -Dpartnerkit.benchmark=true} and a database; {@code
 * -Dpartnerkit.benchmark.throughputOnly=true} leaves out the decision costs. See docs/postgres.md
 * for the command.
 */
class StoreBenchmark {
  @Test
  void acceptedActionsPerSecondAndTheCostOfOneDecision() throws Exception {
    assumeTrue(
        Boolean.getBoolean("partnerkit.benchmark"),
        "benchmark skipped: run with -Dpartnerkit.benchmark=true (docs/postgres.md)");
    TestDatabase.serverUrl();
    int seconds = Integer.getInteger("partnerkit.benchmark.seconds", 10);
    int threads = Integer.getInteger("partnerkit.benchmark.threads", 4);
    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "PostgreSQL store benchmark: %d cores, load average %s, %d s per run, %d threads per"
                + " instance",
            Runtime.getRuntime().availableProcessors(),
            loadAverage(),
            seconds,
            threads));
    for (boolean keyed : List.of(false, true)) {
      report.add(
          "instances | accepted actions/s"
              + (keyed ? ", each with an idempotency key" : "")
              + " | per instance");
      for (int instances : List.of(1, 2, 4)) {
        double perSecond = throughput(instances, threads, seconds, keyed);
        report.add(
            String.format(
                Locale.ROOT, "%9d | %18.0f | %12.0f", instances, perSecond, perSecond / instances));
      }
    }
    if (!Boolean.getBoolean("partnerkit.benchmark.throughputOnly")) {
      report.addAll(decisionCosts());
    }
    report.add("load average after: " + loadAverage());
    String text = String.join("\n", report) + "\n";
    System.out.print(text);
    Files.writeString(Path.of("target", "postgres-benchmark.txt"), text, StandardCharsets.UTF_8);
  }

  private static double throughput(int instances, int threads, int seconds, boolean keyed)
      throws Exception {
    try (TestDatabase db = TestDatabase.migrated("bench")) {
      PartnerProgram store =
          PostgresStorage.open(db.pool(1), Fixtures.CATALOG, ProgramPolicy.seed());
      for (int i = 0; i < instances; i++) {
        assertThat(
                store
                    .apply(
                        new Action.RegisterPartner(Fixtures.partner("bench-" + i)), RaceWorker.AT)
                    .isAllowed())
            .isTrue();
      }
      List<Instance> running = new ArrayList<>();
      long actions = 0;
      long slowest = 0;
      try {
        for (int i = 0; i < instances; i++) {
          running.add(
              Instance.start(
                  "bench", db.url(), "" + i, "" + threads, "" + seconds, keyed ? "keyed" : "-"));
        }
        for (Instance instance : running) {
          instance.awaitReady(Duration.ofMinutes(2));
        }
        running.forEach(Instance::go);
        for (Instance instance : running) {
          for (String line : instance.awaitDone(Duration.ofSeconds(seconds + 120L))) {
            if (line.startsWith("RESULT ")) {
              String[] parts = line.split(" ", -1);
              actions += Long.parseLong(parts[1]);
              slowest = Math.max(slowest, Long.parseLong(parts[2]));
            }
          }
        }
      } finally {
        for (Instance instance : running) {
          instance.close();
        }
      }
      assertThat(actions).isPositive();
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_event"))
          .isEqualTo(actions + instances + 300L * instances);
      return actions / (slowest / 1e9);
    }
  }

  private static List<String> decisionCosts() throws Exception {
    List<String> lines = new ArrayList<>();
    try (TestDatabase db = TestDatabase.migrated("bench")) {
      PartnerProgram store =
          PostgresStorage.open(db.pool(1), Fixtures.CATALOG, ProgramPolicy.seed());
      PartnerProgram memory = PartnerProgram.create(Fixtures.CATALOG, ProgramPolicy.seed());
      CustomerId customer = CustomerId.fromName("fabrikam");
      PartnerId admin = PartnerId.of("northwind");
      PartnerId other = PartnerId.of("contoso");
      List<Action> setup =
          List.of(
              new Action.RegisterPartner(Fixtures.partner("northwind")),
              new Action.RegisterPartner(Fixtures.partner("contoso")),
              new Action.RegisterCustomer(Fixtures.customer("fabrikam")),
              new Action.SendDelegatedAdminInvitation(InvitationId.of("n1"), admin, customer),
              new Action.SendDelegatedAdminInvitation(InvitationId.of("c1"), other, customer),
              new Action.Accept(InvitationId.of("n1"), Actor.customer(customer)));
      for (ProgramStore target : List.of(store, memory)) {
        for (Action action : setup) {
          assertThat(target.apply(action, RaceWorker.AT).isAllowed()).isTrue();
        }
      }
      Action secondAdmin = new Action.Accept(InvitationId.of("c1"), Actor.customer(customer));
      lines.add("decision | cost per call");
      lines.add(
          cost(
              "rules alone, in memory: may the customer accept a second delegated admin? (DA-2)",
              2_000_000,
              () ->
                  ProgramRules.mayAcceptDelegatedAdmin(
                      memory, customer, other, RaceWorker.AT, memory.policy())));
      lines.add(
          cost(
              "rules alone, in memory: decide that acceptance",
              2_000_000,
              () -> ProgramRules.decide(memory, secondAdmin, RaceWorker.AT, memory.policy())));
      lines.add(
          cost(
              "store.mayAcceptDelegatedAdmin (read-only repeatable-read transaction)",
              3_000,
              () -> store.mayAcceptDelegatedAdmin(customer, other, RaceWorker.AT)));
      lines.add(
          cost(
              "store.decide(accept) (read-only repeatable-read transaction)",
              3_000,
              () -> store.decide(secondAdmin, RaceWorker.AT)));
      lines.add(
          cost(
              "store.apply(accept), denied (locks, decides, rolls back)",
              3_000,
              () -> store.apply(secondAdmin, RaceWorker.AT).decision()));
    }
    return lines;
  }

  private static String cost(String what, int calls, Supplier<Decision> decision) {
    Decision first = decision.get();
    assertThat(first.isDenied()).as(what).isTrue();
    int warm = 0;
    for (int i = 0; i < calls / 5; i++) {
      warm += decision.get().isDenied() ? 1 : 0;
    }
    assertThat(warm).isEqualTo(calls / 5);
    long start = System.nanoTime();
    int denied = 0;
    for (int i = 0; i < calls; i++) {
      if (decision.get().isDenied()) {
        denied++;
      }
    }
    long nanos = (System.nanoTime() - start) / calls;
    assertThat(denied).isEqualTo(calls);
    return nanos >= 10_000
        ? String.format(Locale.ROOT, "%s | %.2f ms", what, nanos / 1e6)
        : String.format(Locale.ROOT, "%s | %d ns", what, nanos);
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ", -1);
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "unknown";
    }
  }
}
