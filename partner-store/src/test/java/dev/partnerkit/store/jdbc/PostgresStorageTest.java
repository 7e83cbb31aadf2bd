package dev.partnerkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.Rule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL storage's own guarantees: the database refuses what breaks an invariant whoever
 * writes it, a row written behind the storage's back fails the action with the rule's id and
 * changes nothing, a key claimed by a concurrent transaction that commits first denies the action,
 * instances sharing the database agree on time-driven state, and aborted transactions are retried,
 * then reported.
 */
class PostgresStorageTest {
  static final PartnerId NORTHWIND = PartnerId.of("northwind");
  static final PartnerId CONTOSO = PartnerId.of("contoso");
  static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  static final CustomerId TAILSPIN = CustomerId.fromName("tailspin");
  static final Instant T0 = Fixtures.START;

  /** Registers two partners and two customers. */
  static PartnerProgram world(TestDatabase db, ProgramPolicy policy) {
    PartnerProgram store = PostgresStorage.open(db.pool(2), Fixtures.CATALOG, policy);
    allowed(store.apply(new Action.RegisterPartner(Fixtures.partner("northwind")), T0));
    allowed(store.apply(new Action.RegisterPartner(Fixtures.partner("contoso")), T0));
    allowed(store.apply(new Action.RegisterCustomer(Fixtures.customer("fabrikam")), T0));
    allowed(store.apply(new Action.RegisterCustomer(Fixtures.customer("tailspin")), T0));
    return store;
  }

  static Outcome allowed(Outcome outcome) {
    assertThat(outcome.decision().isAllowed()).as(outcome.decision().toString()).isTrue();
    return outcome;
  }

  static Outcome invite(PartnerProgram store, String id, PartnerId partner, CustomerId customer) {
    return allowed(
        store.apply(
            new Action.SendDelegatedAdminInvitation(InvitationId.of(id), partner, customer), T0));
  }

  @Test
  void aSecondPartnersDelegatedAdminOptionIsDeniedAndTheDatabaseHoldsOneGrant() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      invite(store, "n1", NORTHWIND, FABRIKAM);
      invite(store, "c1", CONTOSO, FABRIKAM);
      Instant t1 = T0.plusSeconds(60);
      Outcome first =
          allowed(
              store.apply(new Action.Accept(InvitationId.of("n1"), Actor.customer(FABRIKAM)), t1));
      Outcome second =
          store.apply(new Action.Accept(InvitationId.of("c1"), Actor.customer(FABRIKAM)), t1);
      assertThat(second.decision().cites(Rule.DA_2)).isTrue();
      assertThat(store.delegatedAdmins(FABRIKAM, t1)).containsExactly(NORTHWIND);
      assertThat(store.offer(InvitationId.of("c1"), t1).orElseThrow().getStatus())
          .isEqualTo(OfferStatus.PENDING);
      assertThat(
              SchemaTest.count(db, "SELECT count(*) FROM partnerkit_grant WHERE status = 'ACTIVE'"))
          .isEqualTo(1);
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_invitation_answer"))
          .isEqualTo(1);
      assertThat(store.lastSequence()).isEqualTo(first.event().orElseThrow().sequence());
      assertThat(store.storage().events(first.event().get().sequence() - 1, 10))
          .containsExactly(first.event().get());
    }
  }

  @Test
  void theDatabaseRefusesASecondActiveDelegatedAdminWhoeverWritesIt() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      invite(store, "n1", NORTHWIND, FABRIKAM);
      invite(store, "c1", CONTOSO, FABRIKAM);
      allowed(store.apply(new Action.Accept(InvitationId.of("n1"), Actor.customer(FABRIKAM)), T0));
      SQLException refused =
          catchSql(() -> insertGrant(db, "rogue", FABRIKAM, CONTOSO, "c1", true));
      assertThat(refused.getSQLState()).isEqualTo("23505");
      assertThat(refused.getMessage()).contains("partnerkit_grant_one_admin");
    }
  }

  @Test
  void underTheModernPolicyEachPartnerHasAtMostOneActiveGrantPerCustomer() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.modern());
      invite(store, "n1", NORTHWIND, FABRIKAM);
      invite(store, "c1", CONTOSO, FABRIKAM);
      invite(store, "n2", NORTHWIND, FABRIKAM);
      allowed(store.apply(new Action.Accept(InvitationId.of("n1"), Actor.customer(FABRIKAM)), T0));
      allowed(store.apply(new Action.Accept(InvitationId.of("c1"), Actor.customer(FABRIKAM)), T0));
      assertThat(store.delegatedAdmins(FABRIKAM, T0)).containsExactlyInAnyOrder(NORTHWIND, CONTOSO);
      SQLException refused =
          catchSql(() -> insertGrant(db, "rogue", FABRIKAM, NORTHWIND, "n2", false));
      assertThat(refused.getMessage()).contains("partnerkit_grant_one_per_partner");
    }
  }

  @Test
  void aGrantWrittenBehindTheStoresBackFailsTheAcceptanceWithTheRuleAndChangesNothing()
      throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      invite(store, "n1", NORTHWIND, FABRIKAM);
      invite(store, "c1", CONTOSO, FABRIKAM);
      insertGrant(db, "rogue", FABRIKAM, CONTOSO, "c1", true);
      long before = store.lastSequence();
      long version =
          SchemaTest.count(
              db, "SELECT version FROM partnerkit_customer WHERE customer_id = '" + FABRIKAM + "'");

      // The state the program decides on allows it; the rows refuse it: not applied, and said so.
      assertThatThrownBy(
              () ->
                  store.apply(
                      new Action.Accept(InvitationId.of("n1"), Actor.customer(FABRIKAM)), T0))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("(DA-2)")
          .hasMessageContaining("was not applied");

      assertThat(store.lastSequence()).isEqualTo(before);
      assertThat(
              SchemaTest.count(
                  db,
                  "SELECT version FROM partnerkit_customer WHERE customer_id = '" + FABRIKAM + "'"))
          .isEqualTo(version);
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_invitation_answer"))
          .isZero();
      assertThat(store.offer(InvitationId.of("n1"), T0).orElseThrow().getStatus())
          .isEqualTo(OfferStatus.PENDING);
    }
  }

  @Test
  void anInvitationTakesOneAnswerWhoeverWritesIt() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      invite(store, "n1", NORTHWIND, FABRIKAM);
      invite(store, "n2", NORTHWIND, FABRIKAM);
      allowed(store.apply(new Action.Decline(InvitationId.of("n1"), Actor.customer(FABRIKAM)), T0));
      SQLException refused =
          catchSql(
              () ->
                  db.execute(
                      "INSERT INTO partnerkit_invitation_answer VALUES ('n1', 'ACCEPTED', now())"));
      assertThat(refused.getSQLState()).isEqualTo("23505");

      // An answer written behind the store's back: the store's own answer is then refused.
      db.execute("INSERT INTO partnerkit_invitation_answer VALUES ('n2', 'DECLINED', now())");
      long before = store.lastSequence();
      assertThatThrownBy(
              () ->
                  store.apply(
                      new Action.Accept(InvitationId.of("n2"), Actor.customer(FABRIKAM)), T0))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("invitation n2's answer")
          .hasMessageContaining("(OFFER-8)");
      assertThatThrownBy(
              () ->
                  store.apply(
                      new Action.Revoke(InvitationId.of("n2"), Actor.partner(NORTHWIND)), T0))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("(OFFER-11)");
      assertThat(store.delegatedAdmins(FABRIKAM, T0)).isEmpty();
      assertThat(store.offer(InvitationId.of("n2"), T0).orElseThrow().getStatus())
          .isEqualTo(OfferStatus.PENDING);
      assertThat(store.lastSequence()).isEqualTo(before);
    }
  }

  @Test
  void oneInvitationIdAndOnePartnerOfRecordPerCustomerInTheDatabase() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      invite(store, "n1", NORTHWIND, FABRIKAM);
      Outcome reused =
          store.apply(
              new Action.SendDelegatedAdminInvitation(InvitationId.of("n1"), CONTOSO, TAILSPIN),
              T0);
      assertThat(reused.decision().getRuleIds()).containsExactly("OFFER-8");

      allowed(
          store.apply(
              new Action.DesignatePartnerOfRecord(FABRIKAM, NORTHWIND, Actor.customer(FABRIKAM)),
              T0));
      allowed(
          store.apply(
              new Action.DesignatePartnerOfRecord(FABRIKAM, CONTOSO, Actor.customer(FABRIKAM)),
              T0));
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_partner_of_record"))
          .isEqualTo(1);
      assertThat(store.partnerOfRecord(FABRIKAM).orElseThrow().getPartner()).isEqualTo(CONTOSO);
      SQLException refused =
          catchSql(
              () ->
                  db.execute(
                      "INSERT INTO partnerkit_partner_of_record VALUES ('"
                          + FABRIKAM
                          + "', 'northwind', now())"));
      assertThat(refused.getSQLState()).isEqualTo("23505");
      allowed(
          store.apply(new Action.RemovePartnerOfRecord(FABRIKAM, Actor.customer(FABRIKAM)), T0));
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_partner_of_record"))
          .isZero();
    }
  }

  @Test
  void displayNamesAreUniquePerPartnerAcrossCustomersInTheDatabase() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.modern());
      allowed(store.apply(relationship("r1", NORTHWIND, FABRIKAM, "Support"), T0));
      Outcome taken = store.apply(relationship("r2", NORTHWIND, TAILSPIN, "Support"), T0);
      assertThat(taken.decision().getRuleIds()).containsExactly("GDAP-2");
      allowed(store.apply(relationship("r3", CONTOSO, TAILSPIN, "Support"), T0));

      // A name taken behind the store's back is refused by the unique constraint on rename.
      allowed(store.apply(relationship("r4", NORTHWIND, TAILSPIN, "Billing"), T0));
      SQLException refused =
          catchSql(
              () ->
                  db.execute(
                      "UPDATE partnerkit_relationship SET display_name = 'Support'"
                          + " WHERE relationship_id = 'r4'"));
      assertThat(refused.getMessage()).contains("partnerkit_relationship_display_name");
      db.execute(
          "INSERT INTO partnerkit_relationship VALUES ('rogue', '"
              + FABRIKAM
              + "', 'northwind', 'Rogue', 'CREATED')");
      Outcome rename =
          store.apply(
              new Action.UpdateRelationship(
                  RelationshipId.of("r1"),
                  Actor.partner(NORTHWIND),
                  Optional.of("Rogue"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()),
              T0);
      assertThat(rename.decision().getRuleIds()).containsExactly("GDAP-2");
      assertThat(store.relationship(RelationshipId.of("r1"), T0).orElseThrow().getDisplayName())
          .isEqualTo("Support");
    }
  }

  @Test
  void aKeyClaimedByATransactionThatCommitsFirstDeniesTheAction() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.modern());
      long before = store.lastSequence();
      CustomerId newco = CustomerId.fromName("newco");

      // Each time another transaction has written the key but not committed: the action's
      // decision cannot see it, its claim or its commit waits, and it loses once the other commits.
      Outcome registration =
          whileAnotherTransactionWrites(
              db,
              "INSERT INTO partnerkit_customer VALUES ('"
                  + newco
                  + "', '"
                  + StateCodec.encode(CustomerState.of(Fixtures.customer("newco")))
                  + "', '"
                  + T0
                  + "', 0)",
              () -> store.apply(new Action.RegisterCustomer(Fixtures.customer("newco")), T0));
      assertThat(registration.decision().getRuleIds()).containsExactly("REG-1");

      Outcome name =
          whileAnotherTransactionWrites(
              db,
              "INSERT INTO partnerkit_relationship VALUES ('r1', '"
                  + FABRIKAM
                  + "', 'northwind', 'Support', 'CREATED')",
              () -> store.apply(relationship("r2", NORTHWIND, TAILSPIN, "Support"), T0));
      assertThat(name.decision().getRuleIds()).containsExactly("GDAP-2");

      // The name's claim writes the new relationship's row; a taken id is tried again and denied.
      Outcome relationshipId =
          whileAnotherTransactionWrites(
              db,
              "INSERT INTO partnerkit_relationship VALUES ('r3', '"
                  + FABRIKAM
                  + "', 'northwind', 'Billing', 'CREATED')",
              () -> store.apply(relationship("r3", CONTOSO, TAILSPIN, "Support"), T0));
      assertThat(relationshipId.decision().getRuleIds()).containsExactly("GDAP-6");

      // An invitation's row is written at the commit; the lost insert is tried again and denied.
      Outcome invitation =
          whileAnotherTransactionWrites(
              db,
              "INSERT INTO partnerkit_invitation VALUES ('x1', '"
                  + FABRIKAM
                  + "', 'northwind', 'DELEGATED_ADMIN_INVITATION', true, now(), now())",
              () ->
                  store.apply(
                      new Action.SendDelegatedAdminInvitation(
                          InvitationId.of("x1"), CONTOSO, TAILSPIN),
                      T0));
      assertThat(invitation.decision().getRuleIds()).containsExactly("OFFER-8");

      assertThat(store.lastSequence()).isEqualTo(before);
      assertThat(store.relationships(TAILSPIN, T0)).isEmpty();
      assertThat(store.offers(TAILSPIN, T0)).isEmpty();
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_relationship")).isEqualTo(2);
      // Only the invitation's attempt got as far as taking a number: the log has a gap there.
      Outcome next =
          allowed(
              store.apply(
                  new Action.SubmitServiceRequest(TAILSPIN, Actor.customer(TAILSPIN), "after"),
                  T0));
      assertThat(next.event().orElseThrow().sequence()).isEqualTo(before + 2);
    }
  }

  @Test
  void aRenameWaitsForAConcurrentClaimOfTheSameNameAndLoses() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.modern());
      allowed(store.apply(relationship("r1", NORTHWIND, FABRIKAM, "Support"), T0));
      allowed(store.apply(relationship("r2", NORTHWIND, TAILSPIN, "Billing"), T0));
      long before = store.lastSequence();

      Outcome rename =
          whileAnotherTransactionWrites(
              db,
              "UPDATE partnerkit_relationship SET display_name = 'Helpdesk'"
                  + " WHERE relationship_id = 'r1'",
              () ->
                  store.apply(
                      new Action.UpdateRelationship(
                          RelationshipId.of("r2"),
                          Actor.partner(NORTHWIND),
                          Optional.of("Helpdesk"),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty()),
                      T0));

      assertThat(rename.decision().getRuleIds()).containsExactly("GDAP-2");
      assertThat(store.relationship(RelationshipId.of("r2"), T0).orElseThrow().getDisplayName())
          .isEqualTo("Billing");
      assertThat(store.lastSequence()).isEqualTo(before);
      allowed(
          store.apply(
              new Action.UpdateRelationship(
                  RelationshipId.of("r2"),
                  Actor.partner(NORTHWIND),
                  Optional.of("Support"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()),
              T0));
      assertThat(
              SchemaTest.count(
                  db,
                  "SELECT count(*) FROM partnerkit_relationship"
                      + " WHERE relationship_id = 'r2' AND display_name = 'Support'"))
          .isEqualTo(1);
    }
  }

  @Test
  void instancesSharingTheDatabaseAgreeOnExpiryAndAutoExtension() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram one = world(db, ProgramPolicy.modern());
      PartnerProgram two =
          PostgresStorage.open(db.pool(2), Fixtures.CATALOG, ProgramPolicy.modern());
      invite(one, "n1", NORTHWIND, FABRIKAM);
      allowed(
          one.apply(
              new Action.CreateRelationship(
                  RelationshipId.of("r1"),
                  NORTHWIND,
                  FABRIKAM,
                  "Support",
                  Duration.ofDays(30),
                  Set.of(Role.USER_ADMINISTRATOR),
                  Duration.ofDays(180)),
              T0));
      allowed(
          one.apply(
              new Action.LockForApproval(RelationshipId.of("r1"), Actor.partner(NORTHWIND)), T0));
      allowed(
          two.apply(
              new Action.ApproveRelationship(RelationshipId.of("r1"), Actor.customer(FABRIKAM)),
              T0));
      long events = one.lastSequence();
      String documents = documents(db);

      Instant later = T0.plus(Duration.ofDays(100));
      for (PartnerProgram store : Set.of(one, two)) {
        assertThat(store.offer(InvitationId.of("n1"), later).orElseThrow().getStatus())
            .isEqualTo(OfferStatus.EXPIRED);
        assertThat(store.relationship(RelationshipId.of("r1"), later).orElseThrow())
            .satisfies(r -> assertThat(r.getStatus()).isEqualTo(RelationshipStatus.ACTIVE))
            .satisfies(r -> assertThat(r.getEndsAt()).contains(T0.plus(Duration.ofDays(210))));
        assertThat(store.delegatedAdmins(FABRIKAM, later)).containsExactly(NORTHWIND);
      }
      // Time passing wrote nothing: every instance derives the same state from the same rows.
      assertThat(one.lastSequence()).isEqualTo(events);
      assertThat(documents(db)).isEqualTo(documents);
      Outcome late =
          two.apply(new Action.Accept(InvitationId.of("n1"), Actor.customer(FABRIKAM)), later);
      assertThat(late.decision().cites(Rule.OFFER_9)).isTrue();
    }
  }

  @Test
  void aCustomersTimeNeverRunsBackwardsAcrossInstances() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram one = world(db, ProgramPolicy.seed());
      PartnerProgram two = PostgresStorage.open(db.pool(1), Fixtures.CATALOG, ProgramPolicy.seed());
      Instant late = T0.plus(Duration.ofDays(5));
      invite(one, "n1", NORTHWIND, FABRIKAM);
      allowed(
          one.apply(
              new Action.SubmitServiceRequest(FABRIKAM, Actor.customer(FABRIKAM), "a"), late));
      Outcome early =
          allowed(
              two.apply(new Action.Accept(InvitationId.of("n1"), Actor.customer(FABRIKAM)), T0));
      assertThat(early.event().orElseThrow().at()).isEqualTo(late);
      Outcome enrolled =
          allowed(one.apply(new Action.Enroll(NORTHWIND, Program.CLOUD_DEPLOYMENT), late));
      Outcome partnerEarly =
          allowed(two.apply(new Action.Enroll(CONTOSO, Program.CLOUD_DEPLOYMENT), T0));
      assertThat(partnerEarly.event().orElseThrow().at()).isEqualTo(enrolled.event().get().at());
    }
  }

  @Test
  void aSerializationFailureIsRetriedAndReportedWhenAttemptsRunOut() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      world(db, ProgramPolicy.seed());
      // Serializable transactions, as CockroachDB runs them: a row updated by another transaction
      // after this one's snapshot cannot be locked (SQLState 40001).
      String serializable = db.url() + "&options=-c%20default_transaction_isolation%3Dserializable";
      PartnerProgram once =
          PostgresStorage.builder()
              .dataSource(JdbcUrlDataSource.of(serializable))
              .catalog(Fixtures.CATALOG)
              .maxAttempts(1)
              .program();
      PartnerProgram retrying =
          PostgresStorage.open(
              JdbcUrlDataSource.of(serializable), Fixtures.CATALOG, ProgramPolicy.seed());
      Action request = new Action.SubmitServiceRequest(FABRIKAM, Actor.customer(FABRIKAM), "down");

      assertThatThrownBy(() -> underConcurrentUpdate(db, () -> once.apply(request, T0)))
          .isInstanceOf(StoreException.class)
          // The row lock failed before the action was numbered: the store names its target.
          .hasMessageContaining("applying an action to customer " + FABRIKAM)
          .hasMessageContaining("SQLState 40001")
          .hasMessageContaining("was not applied")
          .satisfies(e -> assertThat(((StoreException) e).getSqlState()).contains("40001"))
          .satisfies(e -> assertThat(((StoreException) e).getAttempts()).isEqualTo(1));
      assertThat(retrying.customer(FABRIKAM).orElseThrow().serviceRequests()).isEmpty();

      Outcome outcome = underConcurrentUpdate(db, () -> retrying.apply(request, T0));
      assertThat(outcome.isAllowed()).isTrue();
      assertThat(retrying.customer(FABRIKAM).orElseThrow().serviceRequests()).hasSize(1);
    }
  }

  @Test
  void unknownCustomersAndInvitationsAreDeniedWithoutTouchingTheDatabase() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      long before = store.lastSequence();
      assertThat(
              store
                  .apply(new Action.Accept(InvitationId.of("none"), Actor.customer(FABRIKAM)), T0)
                  .decision()
                  .getRuleIds())
          .containsExactly("OFFER-8");
      assertThat(
              store
                  .apply(new Action.RegisterCustomer(Fixtures.customer("fabrikam")), T0)
                  .decision()
                  .getRuleIds())
          .containsExactly("REG-1");
      assertThat(store.apply(new Action.SignAgreement(PartnerId.of("nobody")), T0).isAllowed())
          .isFalse();
      assertThat(store.lastSequence()).isEqualTo(before);
      assertThat(store.customer(CustomerId.fromName("nobody"))).isEmpty();
      assertThat(store.delegatedAdmins(CustomerId.fromName("nobody"), T0)).isEmpty();
      assertThat(store.toString()).contains("SEED").contains("schema version 3");
    }
  }

  @Test
  void aDatabaseFailureNamesWhatTheStoreWasDoing() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("store")) {
      PartnerProgram store = world(db, ProgramPolicy.seed());
      db.execute("DROP TABLE partnerkit_event");
      assertThatThrownBy(() -> store.lastSequence())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("reading the last sequence number")
          .hasMessageContaining("SQLState 42P01");
      assertThatThrownBy(
              () ->
                  store.apply(
                      new Action.SubmitServiceRequest(FABRIKAM, Actor.customer(FABRIKAM), "x"), T0))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("applying SUBMIT_SERVICE_REQUEST to customer " + FABRIKAM);
      assertThat(store.customer(FABRIKAM).orElseThrow().serviceRequests()).isEmpty();
    }
  }

  // ---------------------------------------------------------------- helpers

  static Action relationship(String id, PartnerId partner, CustomerId customer, String name) {
    return new Action.CreateRelationship(
        RelationshipId.of(id),
        partner,
        customer,
        name,
        Duration.ofDays(365),
        Set.of(Role.USER_ADMINISTRATOR),
        Duration.ZERO);
  }

  static void insertGrant(
      TestDatabase db,
      String id,
      CustomerId customer,
      PartnerId partner,
      String origin,
      boolean single)
      throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO partnerkit_grant (grant_id, customer_id, partner_id, origin, status,"
                    + " single_admin, granted_at) VALUES (?, ?, ?, ?, 'ACTIVE', ?, now())")) {
      s.setString(1, id);
      s.setObject(2, customer.value());
      s.setString(3, partner.value());
      s.setString(4, origin);
      s.setBoolean(5, single);
      s.executeUpdate();
    }
  }

  /** Runs SQL that must fail, and returns its failure. */
  static SQLException catchSql(SqlRunnable sql) {
    try {
      sql.run();
    } catch (SQLException e) {
      return e;
    }
    throw new AssertionError("expected the database to refuse");
  }

  @FunctionalInterface
  interface SqlRunnable {
    void run() throws SQLException;
  }

  private static String documents(TestDatabase db) throws SQLException {
    StringBuilder all = new StringBuilder();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT customer_id, state::text, clock, version FROM partnerkit_customer"
                    + " ORDER BY customer_id")) {
      while (r.next()) {
        all.append(r.getString(1))
            .append(r.getString(2))
            .append(r.getString(3))
            .append(r.getLong(4));
      }
    }
    return all.toString();
  }

  /**
   * Runs the store's action while another transaction holds FABRIKAM's row, updates it after the
   * action's transaction took its snapshot, and commits.
   */
  private static <T> T underConcurrentUpdate(TestDatabase db, java.util.function.Supplier<T> action)
      throws Exception {
    try (Connection blocker = db.dataSource().getConnection()) {
      blocker.setAutoCommit(false);
      try (Statement s = blocker.createStatement()) {
        s.executeQuery(
                "SELECT 1 FROM partnerkit_customer WHERE customer_id = '"
                    + FABRIKAM
                    + "' FOR UPDATE")
            .close();
      }
      CompletableFuture<T> result = CompletableFuture.supplyAsync(action);
      waitForALockWaiter(db);
      try (Statement s = blocker.createStatement()) {
        s.executeUpdate(
            "UPDATE partnerkit_customer SET version = version WHERE customer_id = '"
                + FABRIKAM
                + "'");
      }
      blocker.commit();
      try {
        return result.get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
      }
    }
  }

  /**
   * Runs the store's action while another transaction has run the SQL (writing a key the action
   * needs) without committing; commits that transaction once the action waits for it.
   */
  private static <T> T whileAnotherTransactionWrites(
      TestDatabase db, String sql, java.util.function.Supplier<T> action) throws Exception {
    try (Connection other = db.dataSource().getConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.executeUpdate(sql);
      }
      CompletableFuture<T> result = CompletableFuture.supplyAsync(action);
      waitForALockWaiter(db);
      other.commit();
      try {
        return result.get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
      }
    }
  }

  private static void waitForALockWaiter(TestDatabase db) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (SchemaTest.count(db, "SELECT count(*) FROM pg_locks WHERE NOT granted") == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the store's transaction never waited for the row lock");
      }
      Thread.sleep(5);
    }
  }
}
