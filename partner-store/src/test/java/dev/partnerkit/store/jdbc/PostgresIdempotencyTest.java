package dev.partnerkit.store.jdbc;

import static dev.partnerkit.store.jdbc.PostgresStorageTest.FABRIKAM;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.NORTHWIND;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.T0;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.TAILSPIN;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.allowed;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.relationship;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.world;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyConflictException;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys in PostgreSQL: a repeat answers with the first outcome on the same instance,
 * after a restart and on another instance; denials of keyed actions are kept with nothing else; a
 * key raced by instances gets one outcome, and the losers the right answer, never a SQL error.
 */
class PostgresIdempotencyTest {
  private static final IdempotencyKey K1 = IdempotencyKey.of("northwind:req-1");
  private static final IdempotencyKey K2 = IdempotencyKey.of("northwind:req-2");

  @Test
  void aRepeatAnswersWithTheFirstEventHereAfterARestartAndOnAnotherInstance() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("keys")) {
      PartnerProgram first = world(db, ProgramPolicy.seed());
      Action invite =
          new Action.SendDelegatedAdminInvitation(InvitationId.of("t1"), NORTHWIND, FABRIKAM);
      Outcome applied = allowed(first.apply(invite, T0, K1));
      assertThat(applied.replayed()).isFalse();
      assertThat(applied.event().orElseThrow().key()).contains(K1);

      PartnerProgram restarted =
          PostgresStorage.open(db.pool(1), Fixtures.CATALOG, ProgramPolicy.seed());
      PartnerProgram other =
          PostgresStorage.open(db.pool(1), Fixtures.CATALOG, ProgramPolicy.seed());
      for (PartnerProgram store : List.of(first, restarted, other)) {
        Outcome repeat = store.apply(invite, T0.plusSeconds(60), K1);
        assertThat(repeat.replayed()).isTrue();
        assertThat(repeat.event()).isEqualTo(applied.event());
      }
      assertThat(
              SchemaTest.count(
                  db,
                  "SELECT count(*) FROM partnerkit_event WHERE kind = 'SEND_DELEGATED_ADMIN_INVITATION'"))
          .isEqualTo(1);
      Event logged = first.storage().events(applied.event().orElseThrow().sequence() - 1, 1).get(0);
      assertThat(logged).isEqualTo(applied.event().orElseThrow());
      // The key has its own column; the payload is the event's JSON without it.
      assertThat(
              SchemaTest.count(
                  db, "SELECT count(*) FROM partnerkit_event WHERE payload::text LIKE '%req-1%'"))
          .isZero();
      assertThat(first.events().stream().filter(e -> e.key().isPresent())).hasSize(1);
    }
  }

  @Test
  void aDeniedKeyedActionKeepsItsDenialOnlyAndARepeatAnswersWithIt() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("keys")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      long before = store.lastSequence();
      Action again = new Action.RegisterCustomer(Fixtures.customer("fabrikam"));
      Outcome denied = store.apply(again, T0, K1);
      assertThat(denied.decision().getRuleIds()).containsExactly("REG-1");

      PartnerProgram restarted =
          PostgresStorage.open(db.pool(1), Fixtures.CATALOG, ProgramPolicy.seed());
      Outcome repeat = restarted.apply(again, T0.plusSeconds(5), K1);
      assertThat(repeat.replayed()).isTrue();
      assertThat(repeat.decision()).isEqualTo(denied.decision());
      assertThat(restarted.lastSequence()).isEqualTo(before);
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_denial")).isEqualTo(1);
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_idempotency_key"))
          .isEqualTo(1);
    }
  }

  @Test
  void aKeyedDenialAfterAClaimThatWroteCommitsTheDenialAndNothingTheClaimWrote() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("keys")) {
      PartnerProgram store = world(db, ProgramPolicy.modern());
      allowed(store.apply(relationship("r1", NORTHWIND, FABRIKAM, "Support"), T0));
      // A row the state does not know holds the name: the rename's update fails on the unique
      // constraint, which aborts the transaction; the denial is written after rolling back to
      // before the claim.
      db.execute(
          "INSERT INTO partnerkit_relationship VALUES ('rogue', '"
              + FABRIKAM
              + "', 'northwind', 'Rogue', 'CREATED')");
      Action rename =
          new Action.UpdateRelationship(
              RelationshipId.of("r1"),
              Actor.partner(NORTHWIND),
              Optional.of("Rogue"),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      Outcome denied = store.apply(rename, T0, K1);
      assertThat(denied.decision().getRuleIds()).containsExactly("GDAP-2");
      assertThat(store.apply(rename, T0, K1).replayed()).isTrue();
      assertThat(
              SchemaTest.count(
                  db,
                  "SELECT count(*) FROM partnerkit_relationship WHERE display_name = 'Support'"))
          .isEqualTo(1);

      // A claim that inserted a relationship's row, then a denial: the row is not committed.
      Action second = relationship("r2", NORTHWIND, TAILSPIN, "Support");
      Outcome taken = store.apply(second, T0, K2);
      assertThat(taken.decision().getRuleIds()).containsExactly("GDAP-2");
      assertThat(
              SchemaTest.count(
                  db, "SELECT count(*) FROM partnerkit_relationship WHERE relationship_id = 'r2'"))
          .isZero();
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_denial")).isEqualTo(2);
    }
  }

  @Test
  void aKeyGivenForAnotherActionIsRefusedAndNothingIsApplied() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("keys")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      allowed(
          store.apply(
              new Action.SubmitServiceRequest(FABRIKAM, Actor.customer(FABRIKAM), "a"), T0, K1));
      long before = store.lastSequence();
      assertThatThrownBy(
              () ->
                  store.apply(
                      new Action.SubmitServiceRequest(TAILSPIN, Actor.customer(TAILSPIN), "b"),
                      T0,
                      K1))
          .isInstanceOf(IdempotencyConflictException.class)
          .hasMessageContaining("northwind:req-1");
      assertThat(store.lastSequence()).isEqualTo(before);
    }
  }

  @Test
  void instancesRacingOneKeyGiveOneOutcomeAndTheOthersReplayIt() throws Exception {
    race(false);
  }

  @Test
  void instancesRacingOneKeyGiveOneOutcomeUnderSerializableIsolation() throws Exception {
    race(true);
  }

  /**
   * Four instances on pools of their own apply, at once, the same keyed actions: registrations of
   * the same customers (as sandboxes seeding together do), and per key a second action that wants
   * the same key for another customer. Every key gets one outcome, every instance answers with it
   * or with a conflict, and nothing is applied twice.
   */
  private static void race(boolean serializable) throws Exception {
    int instances = 4;
    int keys = 40;
    try (TestDatabase db = TestDatabase.migrated("keys")) {
      String url =
          serializable
              ? db.url() + "&options=-c%20default_transaction_isolation%3Dserializable"
              : db.url();
      List<PartnerProgram> stores = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        TestPool pool = new TestPool(JdbcUrlDataSource.of(url), 2);
        stores.add(
            PostgresStorage.builder()
                .dataSource(pool)
                .catalog(Fixtures.CATALOG)
                .maxAttempts(50)
                .program());
      }
      ExecutorService threads = Executors.newFixedThreadPool(instances * 2);
      try {
        for (int k = 0; k < keys; k++) {
          IdempotencyKey key = IdempotencyKey.of("seed:" + k);
          Action register = new Action.RegisterCustomer(Fixtures.customer("seed-" + k));
          Action other = new Action.RegisterCustomer(Fixtures.customer("other-" + k));
          CyclicBarrier start = new CyclicBarrier(instances * 2);
          List<Future<Object>> answers = new ArrayList<>();
          for (int i = 0; i < instances * 2; i++) {
            PartnerProgram store = stores.get(i % instances);
            Action action = i == instances * 2 - 1 ? other : register;
            answers.add(
                threads.submit(
                    () -> {
                      start.await();
                      try {
                        return store.apply(action, T0, key);
                      } catch (IdempotencyConflictException e) {
                        return e;
                      }
                    }));
          }
          List<Outcome> outcomes = new ArrayList<>();
          int conflicts = 0;
          for (Future<Object> answer : answers) {
            Object result;
            try {
              result = answer.get();
            } catch (ExecutionException e) {
              throw new AssertionError("an instance failed on key " + key, e.getCause());
            }
            if (result instanceof Outcome outcome) {
              outcomes.add(outcome);
            } else {
              conflicts++;
            }
          }
          // Whichever action took the key first, the other one's callers are refused.
          assertThat(outcomes.stream().filter(o -> !o.replayed())).as("fresh outcomes").hasSize(1);
          Outcome first = outcomes.stream().filter(o -> !o.replayed()).findFirst().orElseThrow();
          assertThat(first.isAllowed()).isTrue();
          assertThat(outcomes).allSatisfy(o -> assertThat(o.event()).isEqualTo(first.event()));
          assertThat(conflicts + outcomes.size()).isEqualTo(instances * 2);
          assertThat(conflicts).isIn(1, instances * 2 - 1);
        }
      } finally {
        threads.shutdownNow();
      }
      assertThat(
              SchemaTest.count(
                  db, "SELECT count(*) FROM partnerkit_event WHERE idempotency_key IS NOT NULL"))
          .isEqualTo(keys);
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_customer")).isEqualTo(keys);
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_denial")).isZero();
    }
  }

  @Test
  void keyedActionsAnswerAsInMemory() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("keys")) {
      PartnerProgram store =
          PostgresStorage.open(db.pool(1), Fixtures.CATALOG, ProgramPolicy.seed());
      PartnerProgram memory = PartnerProgram.create(Fixtures.CATALOG, ProgramPolicy.seed());
      CustomerId newco = CustomerId.fromName("newco");
      List<Object[]> steps =
          List.of(
              new Object[] {new Action.RegisterPartner(Fixtures.partner("northwind")), "p"},
              new Object[] {new Action.RegisterPartner(Fixtures.partner("northwind")), "p2"},
              new Object[] {new Action.RegisterPartner(Fixtures.partner("northwind")), "p"},
              new Object[] {new Action.RegisterCustomer(Fixtures.customer("newco")), "c"},
              new Object[] {
                new Action.SendDelegatedAdminInvitation(InvitationId.of("t1"), NORTHWIND, newco),
                "i"
              },
              new Object[] {new Action.Accept(InvitationId.of("t9"), Actor.customer(newco)), "a"},
              new Object[] {new Action.Accept(InvitationId.of("t1"), Actor.customer(newco)), "a2"},
              new Object[] {new Action.Accept(InvitationId.of("t9"), Actor.customer(newco)), "a"},
              new Object[] {new Action.Accept(InvitationId.of("t1"), Actor.customer(newco)), "a2"},
              new Object[] {new Action.Accept(InvitationId.of("t1"), Actor.customer(newco)), "a"},
              new Object[] {new Action.RegisterCustomer(Fixtures.customer("newco")), "c"});
      for (Object[] step : steps) {
        Action action = (Action) step[0];
        IdempotencyKey key = IdempotencyKey.of((String) step[1]);
        Object expected = answer(memory, action, key);
        Object actual = answer(store, action, key);
        assertThat(actual).as(action + " with key " + key).isEqualTo(expected);
      }
      assertThat(store.events()).isEqualTo(memory.events());
    }
  }

  private static Object answer(PartnerProgram program, Action action, IdempotencyKey key) {
    try {
      return program.apply(action, T0, key);
    } catch (IdempotencyConflictException e) {
      return IdempotencyConflictException.class;
    }
  }
}
