package dev.partnerkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramRules;
import dev.partnerkit.rules.ProgramSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Program instances in separate JVMs over one database, as a portal behind a load balancer runs
 * them: they race for the same customers, and one is killed in the middle of its work.
 *
 * <p>A few seconds each by default; {@code -Dpartnerkit.reliability=long} races 5,000 customers
 * between 4 instances and kills an instance 5 times.
 */
public class MultiProcessTest {
  private static final boolean LONG = "long".equals(System.getProperty("partnerkit.reliability"));
  private static final Duration PATIENCE = Duration.ofMinutes(LONG ? 10 : 3);

  @Test
  void instancesRacingToAcceptDifferentPartnersLeaveEachCustomerExactlyOneDelegatedAdmin()
      throws Exception {
    int customers = LONG ? 5000 : 1000;
    int instances = LONG ? 4 : 3;
    try (TestDatabase db = TestDatabase.migrated("race")) {
      PartnerProgram store =
          PostgresStorage.open(db.pool(8), Fixtures.CATALOG, ProgramPolicy.seed());
      List<String> partners = new ArrayList<>();
      for (int p = 0; p < instances; p++) {
        partners.add("p" + p);
      }
      prepare(store, partners, customers);

      List<Instance> running = new ArrayList<>();
      Map<String, List<String>> output = new HashMap<>();
      try {
        for (int p = 0; p < instances; p++) {
          running.add(
              Instance.start(
                  "accept", db.url(), partners.get(p), "" + customers, "2", "" + (p + 1)));
        }
        for (Instance instance : running) {
          instance.awaitReady(PATIENCE);
        }
        running.forEach(Instance::go);
        for (int p = 0; p < instances; p++) {
          output.put(partners.get(p), running.get(p).awaitDone(PATIENCE));
        }
      } finally {
        for (Instance instance : running) {
          instance.close();
        }
      }

      Map<CustomerId, String> winners = new HashMap<>();
      Map<String, Integer> wins = new HashMap<>();
      Map<Long, InvitationId> acknowledged = new HashMap<>();
      int denied = 0;
      for (Map.Entry<String, List<String>> entry : output.entrySet()) {
        for (String line : entry.getValue()) {
          String[] parts = line.split(" ", -1);
          if ("ACCEPTED".equals(parts[0])) {
            int i = Integer.parseInt(parts[1].substring(parts[1].indexOf('-') + 1));
            assertThat(winners.put(RaceWorker.customer(i), entry.getKey()))
                .as("a second acceptance for customer %d", i)
                .isNull();
            wins.merge(entry.getKey(), 1, Integer::sum);
            acknowledged.put(Long.parseLong(parts[2]), InvitationId.of(parts[1]));
          } else if ("DENIED".equals(parts[0])) {
            assertThat(parts[2]).isEqualTo("DA-2");
            denied++;
          }
        }
      }
      assertThat(winners).hasSize(customers);
      assertThat(denied).isEqualTo((instances - 1) * customers);
      assertThat(wins)
          .as("the race was real: more than one instance won customers")
          .hasSizeGreaterThan(1);

      // Every customer has exactly one delegated admin, in the rows and in its state.
      assertThat(
              SchemaTest.count(
                  db,
                  "SELECT count(*) FROM (SELECT customer_id FROM partnerkit_grant"
                      + " WHERE status = 'ACTIVE' GROUP BY customer_id HAVING count(*) = 1) one"))
          .isEqualTo(customers);
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_grant"))
          .isEqualTo(customers);
      ProgramSnapshot snapshot = store.snapshot();
      for (int i = 0; i < customers; i++) {
        CustomerId customer = RaceWorker.customer(i);
        assertThat(
                ProgramRules.delegatedAdmins(
                    snapshot.customers().get(customer), RaceWorker.AT, store.policy()))
            .containsExactly(PartnerId.of(winners.get(customer)));
      }
      // Every acceptance an instance reported is in the log, under the number it reported.
      Map<Long, Event> log = log(store);
      for (Map.Entry<Long, InvitationId> ack : acknowledged.entrySet()) {
        assertThat(log.get(ack.getKey()))
            .isNotNull()
            .extracting(Event::action)
            .isEqualTo(new Action.Accept(ack.getValue(), acceptor(ack.getValue())));
      }
      assertThatTheLogReplaysToTheDatabase(store);
    }
  }

  @Test
  void killingAnInstanceInTheMiddleOfItsWorkLosesNothingItAcknowledged() throws Exception {
    int rounds = LONG ? 5 : 1;
    int customers = 400 * rounds + 400;
    try (TestDatabase db = TestDatabase.migrated("kill")) {
      PartnerProgram store =
          PostgresStorage.open(db.pool(8), Fixtures.CATALOG, ProgramPolicy.seed());
      prepare(store, List.of("p0"), customers);
      Set<InvitationId> acknowledged = new HashSet<>();
      for (int round = 0; round < rounds; round++) {
        try (Instance instance =
            Instance.start("accept", db.url(), "p0", "" + customers, "4", "" + (round + 7))) {
          instance.awaitReady(PATIENCE);
          instance.go();
          long target = 150;
          long deadline = System.nanoTime() + PATIENCE.toNanos();
          while (instance.count("ACCEPTED") < target && System.nanoTime() < deadline) {
            Thread.sleep(2);
          }
          List<String> printed = instance.kill();
          assertThat(printed).as(instance.errors()).doesNotContain("DONE");
          long acked = 0;
          Map<Long, Event> log = log(store);
          for (String line : printed) {
            if (line.startsWith("ACCEPTED ")) {
              String[] parts = line.split(" ", -1);
              InvitationId id = InvitationId.of(parts[1]);
              acknowledged.add(id);
              acked++;
              // Acknowledged means committed: the event is in the log under its number.
              assertThat(log.get(Long.parseLong(parts[2])))
                  .isNotNull()
                  .extracting(Event::action)
                  .isEqualTo(new Action.Accept(id, acceptor(id)));
            }
          }
          assertThat(acked).as("acknowledgements before the kill").isGreaterThanOrEqualTo(target);
        }
      }

      // Every acknowledged acceptance holds in the state, and nothing was half applied: each
      // customer's state, grant rows, answers and events agree.
      ProgramSnapshot snapshot = store.snapshot();
      for (InvitationId id : acknowledged) {
        CustomerState state = snapshot.customers().get(RaceWorker.customer(number(id)));
        assertThat(state.offers().get(id).getStatus()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(ProgramRules.delegatedAdmins(state, RaceWorker.AT, store.policy()))
            .containsExactly(PartnerId.of("p0"));
      }
      long accepted = SchemaTest.count(db, "SELECT count(*) FROM partnerkit_invitation_answer");
      assertThat(accepted).isGreaterThanOrEqualTo(acknowledged.size());
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_grant")).isEqualTo(accepted);
      assertThat(
              SchemaTest.count(db, "SELECT count(*) FROM partnerkit_event WHERE kind = 'ACCEPT'"))
          .isEqualTo(accepted);
      assertThat(snapshot.customers().values().stream().mapToLong(s -> s.grants().size()).sum())
          .isEqualTo(accepted);

      // The killed instance left no lock behind: another instance finishes the work.
      parallel(
          customers,
          i -> {
            Outcome outcome =
                store.apply(
                    new Action.Accept(
                        RaceWorker.invitation("p0", i), Actor.customer(RaceWorker.customer(i))),
                    RaceWorker.AT);
            return outcome.isAllowed() || outcome.decision().getRuleIds().equals(Set.of("OFFER-8"));
          });
      assertThat(store.snapshot().customers().values())
          .hasSize(customers)
          .allSatisfy(
              state ->
                  assertThat(state.grants())
                      .singleElement()
                      .satisfies(g -> assertThat(g.getStatus()).isEqualTo(GrantStatus.ACTIVE)));
      assertThatTheLogReplaysToTheDatabase(store);
    }
  }

  private static Actor acceptor(InvitationId id) {
    return Actor.customer(RaceWorker.customer(number(id)));
  }

  private static int number(InvitationId id) {
    return Integer.parseInt(id.value().substring(id.value().indexOf('-') + 1));
  }

  /** Registers the partners and customers and sends each customer each partner's invitation. */
  static void prepare(PartnerProgram store, List<String> partners, int customers) throws Exception {
    for (String partner : partners) {
      PostgresStorageTest.allowed(
          store.apply(new Action.RegisterPartner(Fixtures.partner(partner)), Fixtures.START));
    }
    parallel(
        customers,
        i -> {
          CustomerId customer = RaceWorker.customer(i);
          boolean ok =
              store
                  .apply(
                      new Action.RegisterCustomer(Fixtures.customer("race-" + i)), Fixtures.START)
                  .isAllowed();
          for (String partner : partners) {
            ok &=
                store
                    .apply(
                        new Action.SendDelegatedAdminInvitation(
                            RaceWorker.invitation(partner, i), PartnerId.of(partner), customer),
                        Fixtures.START)
                    .isAllowed();
          }
          return ok;
        });
  }

  /** Runs the task for 0..n-1 on 8 threads; every call must return true. */
  static void parallel(int n, IntFunction<Boolean> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        results.add(pool.submit(() -> task.apply(k)));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Replays the whole log, in sequence order, into an in-memory program: it applies (so the order
   * the database gave the events respects what each decision read) and ends in the database's
   * state.
   */
  public static void assertThatTheLogReplaysToTheDatabase(PartnerProgram store) {
    PartnerProgram replayed =
        PartnerProgram.replay(store.catalog(), store.policy(), log(store).values());
    assertThat(replayed.snapshot()).isEqualTo(store.snapshot());
  }

  /** Returns the whole log by sequence number, read page by page. */
  public static Map<Long, Event> log(PartnerProgram store) {
    Map<Long, Event> log = new TreeMap<>();
    for (List<Event> page = store.storage().events(0, 5000);
        !page.isEmpty();
        page = store.storage().events(page.get(page.size() - 1).sequence(), 5000)) {
      page.forEach(e -> log.put(e.sequence(), e));
    }
    return log;
  }
}
