package dev.partnerkit.store.jdbc;

import static dev.partnerkit.store.jdbc.PostgresStorageTest.FABRIKAM;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.NORTHWIND;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.T0;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.allowed;
import static dev.partnerkit.store.jdbc.PostgresStorageTest.world;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.partnerkit.model.InvitationId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A connection lost during an action's commit, for real: a TCP proxy between the driver and the
 * server cuts it as the {@code COMMIT} goes out (before it reaches the server, or after the server
 * committed and answered), and {@code pg_terminate_backend} ends the session while it waits for a
 * lock or inside a commit. Each time the action is applied exactly once and answered with what
 * happened; when the database cannot be asked in time, the answer says the outcome is unknown,
 * never that it was applied.
 */
class CommitInDoubtTest {
  private static final IdempotencyKey KEY = IdempotencyKey.of("northwind:accept-1");
  private static final Action ACCEPT =
      new Action.Accept(InvitationId.of("t1"), Actor.customer(FABRIKAM));

  /** The world and an invitation, written directly; then the store under test, through a proxy. */
  private static PartnerProgram prepare(TestDatabase db) {
    PartnerProgram direct = world(db, ProgramPolicy.seed());
    allowed(
        direct.apply(
            new Action.SendDelegatedAdminInvitation(InvitationId.of("t1"), NORTHWIND, FABRIKAM),
            T0));
    return direct;
  }

  private static PartnerProgram through(CutProxy proxy, TestDatabase db, Duration reconnectFor)
      throws SQLException {
    return PostgresStorage.builder()
        .dataSource(new TestPool(JdbcUrlDataSource.of(proxy.url(db.url())), 2))
        .catalog(Fixtures.CATALOG)
        .reconnectFor(reconnectFor)
        .program();
  }

  @ParameterizedTest
  @EnumSource(CutProxy.Cut.class)
  void aCommitCutWithoutAKeyIsAppliedOnceAndAnsweredWithItsEvent(CutProxy.Cut cut)
      throws Exception {
    try (TestDatabase db = TestDatabase.migrated("doubt");
        CutProxy proxy = new CutProxy(db.url())) {
      prepare(db);
      PartnerProgram store = through(proxy, db, Duration.ofSeconds(30));
      proxy.arm(cut);
      Outcome outcome = allowed(store.apply(ACCEPT, T0));
      assertThat(proxy.cuts()).isEqualTo(1);
      assertThat(outcome.replayed()).isFalse();
      assertAppliedOnce(db, outcome);
    }
  }

  @ParameterizedTest
  @EnumSource(CutProxy.Cut.class)
  void aCommitCutWithAKeyIsAppliedOnceAndAnsweredAsTheFirstOutcome(CutProxy.Cut cut)
      throws Exception {
    try (TestDatabase db = TestDatabase.migrated("doubt");
        CutProxy proxy = new CutProxy(db.url())) {
      prepare(db);
      PartnerProgram store = through(proxy, db, Duration.ofSeconds(30));
      proxy.arm(cut);
      Outcome outcome = allowed(store.apply(ACCEPT, T0, KEY));
      assertThat(proxy.cuts()).isEqualTo(1);
      assertThat(outcome.replayed()).isFalse();
      assertThat(outcome.event().orElseThrow().key()).contains(KEY);
      assertAppliedOnce(db, outcome);
      Outcome repeat = store.apply(ACCEPT, T0, KEY);
      assertThat(repeat.replayed()).isTrue();
      assertThat(repeat.event()).isEqualTo(outcome.event());
    }
  }

  @ParameterizedTest
  @EnumSource(CutProxy.Cut.class)
  void aKeyedDenialWhoseCommitIsCutIsRecordedOnce(CutProxy.Cut cut) throws Exception {
    try (TestDatabase db = TestDatabase.migrated("doubt");
        CutProxy proxy = new CutProxy(db.url())) {
      prepare(db);
      PartnerProgram store = through(proxy, db, Duration.ofSeconds(30));
      Action unknown = new Action.Accept(InvitationId.of("t9"), Actor.customer(FABRIKAM));
      long before = store.lastSequence();
      proxy.arm(cut);
      Outcome denied = store.apply(unknown, T0, KEY);
      assertThat(proxy.cuts()).isEqualTo(1);
      assertThat(denied.isAllowed()).isFalse();
      assertThat(denied.replayed()).isFalse();
      assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_denial")).isEqualTo(1);
      assertThat(store.apply(unknown, T0, KEY).decision()).isEqualTo(denied.decision());
      assertThat(store.lastSequence()).isEqualTo(before);
    }
  }

  @Test
  void aCutBeforeTheCommitWhileTheServerIsAwayIsRunAgainOnceItIsBack() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("doubt");
        CutProxy proxy = new CutProxy(db.url())) {
      prepare(db);
      PartnerProgram store = through(proxy, db, Duration.ofSeconds(30));
      proxy.arm(CutProxy.Cut.BEFORE_COMMIT, true);
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        Future<Outcome> applying = thread.submit(() -> store.apply(ACCEPT, T0, KEY));
        awaitCut(proxy);
        // A failover's pause: the store keeps trying new connections meanwhile.
        Thread.sleep(1500);
        assertThat(applying).isNotDone();
        proxy.refuse(false);
        Outcome outcome = allowed(applying.get(60, TimeUnit.SECONDS));
        assertAppliedOnce(db, outcome);
      } finally {
        thread.shutdownNow();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(CutProxy.Cut.class)
  void aCommitThatCannotBeLookedUpInTimeIsReportedInDoubtNeverAsApplied(CutProxy.Cut cut)
      throws Exception {
    try (TestDatabase db = TestDatabase.migrated("doubt");
        CutProxy proxy = new CutProxy(db.url())) {
      PartnerProgram direct = prepare(db);
      PartnerProgram store = through(proxy, db, Duration.ofMillis(800));
      proxy.arm(cut, true);
      assertThatThrownBy(() -> store.apply(ACCEPT, T0, KEY))
          .isInstanceOfSatisfying(
              StoreException.class, e -> assertThat(e.isCommitInDoubt()).isTrue())
          .hasMessageContaining("may or may not have been")
          .hasMessageContaining("idempotency key \"northwind:accept-1\"");
      proxy.refuse(false);
      // The repeat the message asks for finds out, and applies the action if it was not.
      Outcome repeat = allowed(store.apply(ACCEPT, T0, KEY));
      assertThat(repeat.replayed()).isEqualTo(cut == CutProxy.Cut.AFTER_COMMIT);
      assertAppliedOnce(db, repeat);
      assertThat(direct.events()).filteredOn(e -> e.key().isPresent()).hasSize(1);
    }
  }

  @Test
  void aCommitInDoubtWithoutAKeyNamesTheEventToLookFor() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("doubt");
        CutProxy proxy = new CutProxy(db.url())) {
      PartnerProgram direct = prepare(db);
      PartnerProgram store = through(proxy, db, Duration.ofMillis(800));
      long next = direct.lastSequence() + 1;
      proxy.arm(CutProxy.Cut.AFTER_COMMIT, true);
      assertThatThrownBy(() -> store.apply(ACCEPT, T0))
          .isInstanceOfSatisfying(
              StoreException.class, e -> assertThat(e.isCommitInDoubt()).isTrue())
          .hasMessageContaining("look for event " + next);
      assertThat(direct.storage().events(next - 1, 1)).hasSize(1);
    }
  }

  @Test
  void aSessionTerminatedWhileItWaitsForTheCustomersLockIsRunAgainOnce() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("doubt")) {
      prepare(db);
      PartnerProgram store =
          PostgresStorage.builder()
              .dataSource(db.pool(2))
              .catalog(Fixtures.CATALOG)
              .reconnectFor(Duration.ofSeconds(30))
              .program();
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try (Connection holder = db.dataSource().getConnection()) {
        holder.setAutoCommit(false);
        try (PreparedStatement s =
            holder.prepareStatement(
                "SELECT 1 FROM partnerkit_customer WHERE customer_id = ? FOR UPDATE")) {
          s.setObject(1, FABRIKAM.value());
          s.executeQuery().close();
        }
        Future<Outcome> applying = thread.submit(() -> store.apply(ACCEPT, T0, KEY));
        int waiting =
            awaitBackend(db, "wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE OF c%'");
        terminate(db, waiting);
        holder.commit();
        Outcome outcome = allowed(applying.get(60, TimeUnit.SECONDS));
        assertAppliedOnce(db, outcome);
      } finally {
        thread.shutdownNow();
      }
    }
  }

  /**
   * The case a failover produces: the server has committed locally and waits for a synchronous
   * standby (here one that does not exist), and the session ends inside the commit. PostgreSQL
   * keeps such a commit; the store must find it and answer with it, not run the action again. Needs
   * a superuser: it changes the server's synchronous standby setting for its duration.
   */
  @Test
  void aSessionTerminatedInsideItsCommitIsFoundAppliedAndNotRunAgain() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("doubt")) {
      assumeTrue(superuser(db), "needs a superuser to set synchronous_standby_names");
      prepare(db);
      AtomicInteger opened = new AtomicInteger();
      DataSource source = JdbcUrlDataSource.of(db.url());
      // Only the action's first connection waits for the standby; the rest commit at once.
      DataSource firstWaits =
          new TestPool(
              new ForwardingDataSource(source) {
                @Override
                public Connection getConnection() throws SQLException {
                  Connection c = source.getConnection();
                  if (opened.incrementAndGet() == 1) {
                    try (Statement s = c.createStatement()) {
                      s.execute("SET synchronous_commit = on");
                    }
                  }
                  return c;
                }
              },
              1);
      PartnerProgram store =
          PostgresStorage.builder()
              .dataSource(firstWaits)
              .catalog(Fixtures.CATALOG)
              .reconnectFor(Duration.ofSeconds(30))
              .program();
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        db.execute("ALTER SYSTEM SET synchronous_commit = 'local'");
        db.execute("ALTER SYSTEM SET synchronous_standby_names = 'partnerkit_no_such_standby'");
        db.execute("SELECT pg_reload_conf()");
        Future<Outcome> applying = thread.submit(() -> store.apply(ACCEPT, T0));
        int committing = awaitBackend(db, "wait_event = 'SyncRep'");
        terminate(db, committing);
        Outcome outcome = allowed(applying.get(60, TimeUnit.SECONDS));
        assertAppliedOnce(db, outcome);
        assertThat(opened.get()).isGreaterThan(1);
      } finally {
        thread.shutdownNow();
        db.execute("ALTER SYSTEM RESET synchronous_standby_names");
        db.execute("ALTER SYSTEM RESET synchronous_commit");
        db.execute("SELECT pg_reload_conf()");
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The acceptance is in the log once, under the number the outcome gave, and the grant once. */
  private static void assertAppliedOnce(TestDatabase db, Outcome outcome) throws Exception {
    assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_event WHERE kind = 'ACCEPT'"))
        .isEqualTo(1);
    assertThat(
            SchemaTest.count(
                db, "SELECT max(sequence) FROM partnerkit_event WHERE kind = 'ACCEPT'"))
        .isEqualTo(outcome.event().orElseThrow().sequence());
    assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_grant")).isEqualTo(1);
    assertThat(SchemaTest.count(db, "SELECT count(*) FROM partnerkit_invitation_answer"))
        .isEqualTo(1);
  }

  private static void awaitCut(CutProxy proxy) throws InterruptedException {
    for (int i = 0; i < 600 && proxy.cuts() == 0; i++) {
      Thread.sleep(50);
    }
    assertThat(proxy.cuts()).as("the proxy cut the commit").isEqualTo(1);
  }

  /** Waits for another backend that meets the condition on {@code pg_stat_activity}; its pid. */
  private static int awaitBackend(TestDatabase db, String condition) throws Exception {
    for (int i = 0; i < 600; i++) {
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT pid FROM pg_stat_activity WHERE "
                      + condition
                      + " AND pid <> pg_backend_pid()")) {
        if (r.next()) {
          return r.getInt(1);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no backend with " + condition + " after 30 s");
  }

  private static void terminate(TestDatabase db, int pid) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
      s.setInt(1, pid);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getBoolean(1)).as("terminated backend " + pid).isTrue();
      }
    }
  }

  private static boolean superuser(TestDatabase db) throws Exception {
    return SchemaTest.count(
            db, "SELECT count(*) FROM pg_roles WHERE rolname = current_user AND rolsuper")
        == 1;
  }

  /** A data source that hands out another one's connections; tests override what they change. */
  private static class ForwardingDataSource implements DataSource {
    private final DataSource source;

    ForwardingDataSource(DataSource source) {
      this.source = source;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return source.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return source.getConnection(user, password);
    }

    @Override
    public java.io.PrintWriter getLogWriter() throws SQLException {
      return source.getLogWriter();
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) throws SQLException {
      source.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return source.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger()
        throws java.sql.SQLFeatureNotSupportedException {
      return source.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return source.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return source.isWrapperFor(type);
    }
  }
}
