package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Era;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.rules.ProgramStorage;
import dev.partnerkit.rules.StorageTransaction;
import dev.partnerkit.rules.StorageView;
import dev.partnerkit.rules.Target;
import dev.partnerkit.store.EventCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Keeps a {@link PartnerProgram} in a PostgreSQL database (or one that speaks its SQL), over plain
 * JDBC: several instances of an application, in separate processes, share one program through it
 * and every invariant holds across them. The program decides and changes the state; this storage
 * locks, reads and writes rows.
 *
 * <pre>{@code
 * PostgresStorage.migrate(dataSource);
 * PartnerProgram program = PostgresStorage.open(dataSource, catalog, ProgramPolicy.seed());
 * }</pre>
 *
 * <p><b>One database transaction per action.</b> {@link #transact} locks the row of the customer
 * the action changes ({@code SELECT ... FOR UPDATE}, found through the invitation or relationship
 * index in the same statement where the action names one), the same per-customer serialization as
 * the memory storage; partners are read {@code FOR KEY SHARE}, so that a partner's own action
 * (which locks the partner {@code FOR UPDATE}, and the program's row so that partner actions run
 * one at a time) cannot change them halfway. Claims insert into the tables whose unique keys hold
 * ids and names program-wide; the commit writes the rows the database's constraints guard, then the
 * event and the customer's new state and version in one statement. A denied action changes nothing:
 * the transaction is rolled back. Serialization failures and deadlocks are retried a bounded number
 * of times with jittered backoff, then reported as a {@link StoreException}.
 *
 * <p><b>The database holds the invariants.</b> Unique keys and a partial unique index refuse a
 * second active delegated admin under the seed policy (DA-2), a second partner of record (POR-4), a
 * second answer to an invitation (OFFER-8), and a reused invitation id, relationship id or display
 * name (OFFER-8, GDAP-6, GDAP-2), whatever any writer does. See {@code V1__program.sql} and {@code
 * docs/postgres.md}.
 *
 * <p><b>Idempotency keys.</b> An action applied with a key takes it first in {@code
 * partnerkit_idempotency_key} (a second transaction with the key waits there, whatever it locked),
 * and records its outcome in the same transaction: the key in its event's row (unique), or its
 * denial in {@code partnerkit_denial}, committed with nothing else. A repeat reads that outcome.
 *
 * <p><b>Lost connections.</b> A connection lost or refused is replaced from the data source, with
 * backoff, for {@link Builder#reconnectFor(Duration)}; an action whose connection was lost during
 * the commit is first looked up (by its key's token, or its event's number), then answered with its
 * outcome if the commit was applied, or run again if not. When the database cannot be asked in
 * time, the {@link StoreException} says the commit is in doubt ({@link
 * StoreException#isCommitInDoubt()}); the store never reports such an action as applied.
 *
 * <p><b>Time.</b> Time-driven changes (expiry, trial end, auto-extension) are never written: every
 * instance derives them from the stored state and the time, so all instances agree and nothing
 * needs applying when time passes.
 *
 * <p><b>The log.</b> Sequence numbers come from a database sequence: unique, and increasing along
 * each customer's and each partner's history and between actions that depend on each other. They
 * can have gaps where a transaction died after taking its number (a killed instance, a lost
 * connection, an invitation id another customer's transaction took first), and across customers
 * they may commit out of order; replay sorts by sequence and needs neither.
 *
 * <p>Thread-safe: each call takes a connection from the {@link DataSource} and returns it, so the
 * storage holds nothing to close, and closing its program leaves the data source to its owner.
 * Create with {@link #builder()}, or open a program with {@link #open(DataSource, ServiceCatalog,
 * ProgramPolicy)}, after {@link #migrate(DataSource)}; the connections' schema ({@code
 * currentSchema} in a PostgreSQL URL, or the {@code search_path}) holds one program, or the schema
 * named by {@link Builder#schema(String)}, which keeps the program beside an application's own
 * tables. Give the program the catalog and policy the storage was built with.
 */
public final class PostgresStorage implements ProgramStorage {
  /** The schema version this storage reads and writes. */
  public static final int SCHEMA_VERSION = SchemaMigrator.LATEST;

  private static final System.Logger LOG = System.getLogger(PostgresStorage.class.getName());

  private static final String SCRIPT_FOLDER = "dev/partnerkit/store/jdbc/";

  private final DataSource dataSource;
  private final ServiceCatalog catalog;
  private final ProgramPolicy policy;
  private final RetryPolicy retry;
  private final boolean singleAdmin;
  private final StoreSchema schema;
  private final Duration reconnectFor;

  /** The backoff between connection attempts after a lost connection; the time bounds them. */
  private static final RetryPolicy RECONNECT =
      new RetryPolicy(Integer.MAX_VALUE, Duration.ofMillis(50), Duration.ofSeconds(1));

  private PostgresStorage(Builder builder) {
    this.dataSource = builder.dataSource;
    this.schema = builder.schema;
    this.catalog = builder.catalog;
    this.policy = builder.policy;
    this.retry = new RetryPolicy(builder.maxAttempts, builder.initialBackoff, builder.maxBackoff);
    this.singleAdmin = policy.getEra() == Era.SEED;
    this.reconnectFor = builder.reconnectFor;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the program kept in the data source's schema, with the default retries: the one line
   * that opens a program in PostgreSQL.
   *
   * @param dataSource where connections come from; its schema must be migrated
   * @param catalog the service catalog
   * @param policy the policy; must be of the era the program was first opened with
   * @return the program
   * @throws StoreException when the schema is missing, of another version, or holds a program of
   *     another era, or the database cannot be reached
   */
  public static PartnerProgram open(
      DataSource dataSource, ServiceCatalog catalog, ProgramPolicy policy) {
    return builder().dataSource(dataSource).catalog(catalog).policy(policy).program();
  }

  /**
   * Creates or upgrades the storage's schema in the data source's schema: applies, in one
   * transaction, each versioned script of {@link #schemaScripts()} that the database has not
   * applied yet. Safe to call on every start, from several instances at once.
   *
   * @param dataSource where connections come from
   * @return the versions applied; empty when the schema was current
   * @throws StoreException when the database refuses, or holds a newer schema than this code reads
   */
  public static List<Integer> migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return SchemaMigrator.migrate(dataSource, StoreSchema.CONNECTION, Builder.DEFAULT_RETRY);
  }

  /**
   * Creates or upgrades the storage's schema in the named schema, as {@link #migrate(DataSource)}
   * does in the connections' own: for a store built with {@link Builder#schema(String)}, beside an
   * application's tables on the same connections. The named schema must exist; the connections'
   * {@code search_path} is set for each transaction only, so a pool's connections are left as they
   * were.
   *
   * @param dataSource where connections come from
   * @param schema the schema that holds the program, such as {@code partnerkit}; as PostgreSQL
   *     stores it (case kept, no quotes)
   * @return the versions applied; empty when the schema was current
   * @throws IllegalArgumentException when the schema name is blank or too long for PostgreSQL
   * @throws StoreException when the schema does not exist, the database refuses, or it holds a
   *     newer schema than this code reads
   */
  public static List<Integer> migrate(DataSource dataSource, String schema) {
    Objects.requireNonNull(dataSource, "dataSource");
    return SchemaMigrator.migrate(dataSource, StoreSchema.named(schema), Builder.DEFAULT_RETRY);
  }

  /**
   * Returns the class path resources of the versioned schema scripts, in version order, for a
   * migration tool of one's own: Flyway finds them at {@code classpath:dev/partnerkit/store/jdbc}.
   *
   * @return resource paths such as {@code dev/partnerkit/store/jdbc/V1__program.sql}
   */
  public static List<String> schemaScripts() {
    List<String> paths = new ArrayList<>();
    for (SchemaMigrator.Script script : SchemaMigrator.SCRIPTS) {
      paths.add(SCRIPT_FOLDER + script.resource());
    }
    return List.copyOf(paths);
  }

  // ---------------------------------------------------------------- transactions

  /**
   * Runs one action's work in one database transaction that holds the target's row lock, and
   * commits it if the work committed its change; retries the whole work on a serialization failure
   * or a deadlock.
   *
   * @throws StoreException when the database fails, or the action met serialization failures or
   *     deadlocks on every attempt, or the database could not be reached again within {@code
   *     reconnectFor}; the action is then not applied, unless {@link
   *     StoreException#isCommitInDoubt()} says that the connection was lost during its commit and
   *     the store could not find out
   */
  @Override
  public <T> T transact(Target target, Function<StorageTransaction, T> work) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(work, "work");
    AtomicReference<PostgresTransaction> current = new AtomicReference<>();
    Supplier<String> doing =
        () ->
            "applying "
                + Optional.ofNullable(current.get())
                    .flatMap(PostgresTransaction::appended)
                    .map(kind -> kind + " to ")
                    .orElse("an action to ")
                + describe(target);
    return inTransaction(
        doing,
        c -> {
          PostgresTransaction tx = PostgresTransaction.begin(c, catalog, singleAdmin, target);
          current.set(tx);
          T result = work.apply(tx);
          if (tx.committed()) {
            commit(c, tx.commitCheck(), result);
          } else {
            rollback(c);
          }
          return result;
        });
  }

  /**
   * Commits; when the connection fails during the commit, the outcome is for the database to say,
   * and the failure carries what the store needs to ask it.
   */
  private static void commit(Connection c, CommitCheck check, Object result) throws SQLException {
    try {
      c.commit();
    } catch (SQLException e) {
      if (RetryPolicy.isConnectionFailure(e)) {
        throw new CommitInDoubt(check, result, e);
      }
      throw e;
    }
  }

  /**
   * Rolls back a transaction that changed nothing. Its result stands even if the connection is lost
   * now: a transaction that never commits changes nothing, and the server rolls it back when the
   * session ends.
   */
  private static void rollback(Connection c) throws SQLException {
    try {
      c.rollback();
    } catch (SQLException e) {
      if (!RetryPolicy.isConnectionFailure(e)) {
        throw e;
      }
      LOG.log(
          System.Logger.Level.DEBUG, "Connection lost rolling back an unchanged transaction", e);
    }
  }

  /** The connection failed during a commit: the work's result, if the commit was applied. */
  private static final class CommitInDoubt extends SQLException {
    private static final long serialVersionUID = 1L;

    private final transient CommitCheck check;
    private final transient Object result;

    CommitInDoubt(CommitCheck check, Object result, SQLException cause) {
      super(cause.getMessage(), cause.getSQLState(), cause);
      this.check = check;
      this.result = result;
    }
  }

  private static String describe(Target target) {
    if (target instanceof Target.Partner t) {
      return "partner " + t.partner();
    } else if (target instanceof Target.Customer t) {
      return "customer " + t.customer();
    } else if (target instanceof Target.Invitation t) {
      return "the customer of invitation " + t.invitation();
    }
    return "the customer of relationship " + ((Target.Relationship) target).relationship();
  }

  /**
   * Runs the query in one read-only, repeatable-read transaction: one consistent snapshot of the
   * database, taking no locks.
   *
   * @throws StoreException when the database fails
   */
  @Override
  public <T> T read(Function<StorageView, T> query) {
    Objects.requireNonNull(query, "query");
    return inTransaction(
        () -> "reading the program",
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
          }
          T result = query.apply(new TxView(c, catalog, TxView.PartnerLock.NONE, true));
          c.commit();
          return result;
        });
  }

  // ---------------------------------------------------------------- the log and snapshots

  /**
   * Returns the highest sequence number in the log.
   *
   * @return 0 before the first event
   * @throws StoreException when the database fails
   */
  @Override
  public long lastSequence() {
    return query(
        "reading the last sequence number",
        c ->
            TxView.queryOne(
                    c,
                    "SELECT coalesce(max(sequence), 0) FROM partnerkit_event",
                    s -> {},
                    r -> r.getLong(1))
                .orElse(0L));
  }

  /**
   * Returns up to {@code limit} events of the log with a sequence number above {@code after}, in
   * sequence order: the whole log page by page, to replay it elsewhere or to audit it.
   *
   * @param after the sequence number to start after; 0 for the beginning
   * @param limit the most events to return
   * @return the events
   * @throws StoreException when the database fails
   */
  @Override
  public List<Event> events(long after, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, but was " + limit);
    }
    return query(
        "reading the log after " + after,
        c -> {
          List<Event> events = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT payload::text, sequence, idempotency_key FROM partnerkit_event"
                      + " WHERE sequence > ? ORDER BY sequence LIMIT ?")) {
            s.setLong(1, after);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                events.add(
                    PostgresTransaction.withKey(
                        EventCodec.decode(r.getString(1)),
                        r.getLong(2),
                        Optional.ofNullable(r.getString(3)).map(IdempotencyKey::of)));
              }
            }
          }
          return events;
        });
  }

  /**
   * Returns the whole stored state at one moment, read in one statement.
   *
   * @return the snapshot
   * @throws StoreException when the database fails
   */
  @Override
  public ProgramSnapshot snapshot() {
    return query(
        "reading a snapshot",
        c -> {
          Map<PartnerId, Partner> partners = new HashMap<>();
          Map<CustomerId, CustomerState> customers = new HashMap<>();
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT 'p', document::text FROM partnerkit_partner"
                          + " UNION ALL SELECT 'c', state::text FROM partnerkit_customer")) {
            while (r.next()) {
              if ("p".equals(r.getString(1))) {
                Partner partner = StateCodec.decodePartner(r.getString(2));
                partners.put(partner.getId(), partner);
              } else {
                CustomerState state = StateCodec.decode(r.getString(2));
                customers.put(state.customer().getId(), state);
              }
            }
          }
          return new ProgramSnapshot(partners, customers);
        });
  }

  /**
   * Returns a description naming the data source, the schema, the era and the schema version.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "PostgresStorage["
        + dataSource
        + ", "
        + schema.describe()
        + ", "
        + policy.getEra()
        + ", schema version "
        + SCHEMA_VERSION
        + "]";
  }

  // ---------------------------------------------------------------- connections

  /** Work on one connection; {@link #inTransaction} work commits or rolls back itself. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs a read of one statement, without retries: in autocommit mode on the connections' schema,
   * or in a transaction that sets a named schema.
   */
  private <T> T query(String doing, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      if (schema.name().isEmpty()) {
        return work.run(c);
      }
      c.setAutoCommit(false);
      try {
        schema.enter(c);
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        restoreAutoCommit(c);
      }
    } catch (SQLException e) {
      throw new StoreException(doing, 1, e);
    } catch (SqlFailure e) {
      throw new StoreException(doing, 1, e.sqlException());
    } catch (JsonException e) {
      throw damaged(doing, e);
    }
  }

  /**
   * Runs work in a transaction, retrying serialization failures and deadlocks a bounded number of
   * times, and connection failures for a bounded time (a restarting server, a failover); after a
   * connection lost during the commit, first finds out whether the commit was applied.
   */
  private <T> T inTransaction(Supplier<String> doing, Work<T> work) {
    long lostSince = 0;
    int lost = 0;
    for (int attempt = 1; ; ) {
      try {
        return attempt(work);
      } catch (CommitInDoubt e) {
        lostSince = lostSince == 0 ? System.nanoTime() : lostSince;
        CommitCheck.Verdict verdict = settle(doing, e, lostSince);
        if (verdict == CommitCheck.Verdict.APPLIED) {
          @SuppressWarnings("unchecked") // the result of this same work
          T result = (T) e.result;
          return result;
        }
        LOG.log(
            System.Logger.Level.DEBUG,
            () -> "Running again " + doing.get() + ": its commit was lost, " + verdict);
      } catch (SQLException e) {
        if (RetryPolicy.isConnectionFailure(e)) {
          lostSince = lostSince == 0 ? System.nanoTime() : lostSince;
          if (System.nanoTime() - lostSince < reconnectFor.toNanos()) {
            LOG.log(
                System.Logger.Level.DEBUG,
                () -> "Reconnecting for " + doing.get() + " after SQLState " + e.getSQLState());
            RECONNECT.pause(++lost);
            continue;
          }
          throw new StoreException(
              doing.get()
                  + " (the database could not be reached again within "
                  + reconnectFor.toMillis()
                  + " ms; nothing was applied)",
              attempt,
              e);
        }
        if (attempt < retry.maxAttempts() && RetryPolicy.isRetryable(e)) {
          LOG.log(
              System.Logger.Level.DEBUG,
              () ->
                  "Retrying "
                      + doing.get()
                      + " after SQLState "
                      + e.getSQLState()
                      + " ("
                      + e.getMessage()
                      + ")");
          retry.pause(attempt++);
          continue;
        }
        throw new StoreException(doing.get(), attempt, e);
      } catch (JsonException e) {
        throw damaged(doing.get(), e);
      }
    }
  }

  /**
   * Finds out, on new connections, whether a commit whose connection was lost was applied: tries
   * until {@code reconnectFor} after the first loss, then reports the commit in doubt.
   */
  private CommitCheck.Verdict settle(
      Supplier<String> doing, CommitInDoubt inDoubt, long lostSince) {
    SQLException last = inDoubt;
    for (int attempt = 1; ; attempt++) {
      long left = reconnectFor.toNanos() - (System.nanoTime() - lostSince);
      // The database is asked at least once, even with no time to reconnect in.
      if (left <= 0 && attempt > 1) {
        throw StoreException.commitInDoubt(
            doing.get(), inDoubt.check.describe(), reconnectFor, last);
      }
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          schema.enter(c);
          return inDoubt.check.check(c, Duration.ofNanos(Math.max(left, 1_000_000)));
        } finally {
          rollbackQuietly(c, inDoubt);
          restoreAutoCommit(c);
        }
      } catch (SQLException e) {
        // A lock wait that timed out, or a check aborted by a database that fails conflicts
        // rather than waiting on them (YugabyteDB's fail-on-conflict): another check may answer.
        if (!RetryPolicy.isConnectionFailure(e)
            && !RetryPolicy.isRetryable(e)
            && !RetryPolicy.LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
          throw StoreException.commitInDoubt(
              doing.get(), inDoubt.check.describe(), reconnectFor, e);
        }
        last = e;
        RECONNECT.pause(attempt);
      }
    }
  }

  private <T> T attempt(Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        schema.enter(c);
        return work.run(c);
      } catch (SqlFailure e) {
        rollbackQuietly(c, e.sqlException());
        throw e.sqlException();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        restoreAutoCommit(c);
      }
    }
  }

  private static StoreException damaged(String doing, JsonException e) {
    return new StoreException(
        "A JSON document of the store could not be read or written while "
            + doing
            + ": "
            + e.getMessage()
            + "; the database may hold a document this Partnerkit does not read",
        e);
  }

  /** Rolls back after a failure; a failure to roll back is added to the first one. */
  static void rollbackQuietly(Connection c, Exception failure) {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Leaves a connection in autocommit mode for whoever takes it next from a pool. */
  static void restoreAutoCommit(Connection c) {
    try {
      if (!c.isClosed()) {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.DEBUG, "Could not restore autocommit on a connection", e);
    }
  }

  // ---------------------------------------------------------------- opening

  private void open() {
    query(
        "opening the PostgreSQL storage",
        c -> {
          Optional<Integer> version = SchemaMigrator.currentVersion(c);
          if (version.isEmpty()) {
            throw new StoreException(
                "The database has no Partnerkit tables in "
                    + schema.describe()
                    + "; call "
                    + migrateCall()
                    + " first, or apply "
                    + schemaScripts()
                    + " with your migration tool in that schema");
          }
          if (version.get() > SCHEMA_VERSION) {
            throw SchemaMigrator.newerSchema(version.get());
          }
          if (version.get() < SCHEMA_VERSION) {
            throw new StoreException(
                "The database holds Partnerkit schema version "
                    + version.get()
                    + ", older than version "
                    + SCHEMA_VERSION
                    + "; call "
                    + migrateCall()
                    + " to upgrade it");
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO partnerkit_program (id, era) VALUES (1, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, policy.getEra().name());
            s.executeUpdate();
          }
          String era =
              TxView.queryOne(
                      c,
                      "SELECT era FROM partnerkit_program WHERE id = 1",
                      s -> {},
                      r -> r.getString(1))
                  .orElseThrow();
          if (!era.equals(policy.getEra().name())) {
            throw new StoreException(
                "The program in this schema follows the "
                    + era
                    + " policy, not "
                    + policy.getEra()
                    + "; open it with a policy of its era, or use another schema for the other"
                    + " program");
          }
          return null;
        });
  }

  /** Returns the call that migrates this storage's schema, for messages. */
  private String migrateCall() {
    return schema.name().isPresent()
        ? "PostgresStorage.migrate(dataSource, schema)"
        : "PostgresStorage.migrate(dataSource)";
  }

  /** Builds a {@link PostgresStorage}, or the {@link PartnerProgram} on one. Not thread-safe. */
  public static final class Builder {
    static final RetryPolicy DEFAULT_RETRY =
        new RetryPolicy(8, Duration.ofMillis(2), Duration.ofMillis(200));

    private DataSource dataSource;
    private ServiceCatalog catalog;
    private ProgramPolicy policy = ProgramPolicy.seed();
    private StoreSchema schema = StoreSchema.CONNECTION;
    private int maxAttempts = DEFAULT_RETRY.maxAttempts();
    private Duration initialBackoff = Duration.ofMillis(2);
    private Duration maxBackoff = Duration.ofMillis(200);
    private Duration reconnectFor = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Sets where connections come from; required. Its connections' schema holds the program.
     *
     * @param dataSource the data source, usually a pool
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * Sets the schema that holds the program, when it is not the connections' own: the store then
     * sets it as each transaction's {@code search_path} ({@code SET LOCAL}, undone at commit), so
     * that the program's tables can live in a schema of their own (created and migrated by {@link
     * PostgresStorage#migrate(DataSource, String)} or a Flyway instance of its own) while the
     * application's pool stays on the application's schema. By default the connections' schema
     * ({@code currentSchema} in the URL, or the pool's {@code search_path}) holds the program.
     *
     * @param schema the schema's name as PostgreSQL stores it (case kept, no quotes), such as
     *     {@code partnerkit}
     * @return this builder
     * @throws IllegalArgumentException when the name is blank or too long for PostgreSQL
     */
    public Builder schema(String schema) {
      this.schema = StoreSchema.named(schema);
      return this;
    }

    /**
     * Sets the service catalog; required.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder catalog(ServiceCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the policy, whose era the schema records and whose single-admin rule its grant rows
     * enforce; the seed policy by default.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(ProgramPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how many times an action is tried when the database aborts it for a serialization
     * failure or a deadlock; 8 by default.
     *
     * @param maxAttempts 1 or more; 1 means no retry
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be 1 or more, but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the backoff between attempts: a random wait up to {@code initial}, doubling with each
     * attempt up to {@code max}; 2 ms up to 200 ms by default.
     *
     * @param initial the first attempt's cap
     * @param max the largest cap
     * @return this builder
     */
    public Builder backoff(Duration initial, Duration max) {
      RetryPolicy.checkBackoff(initial, max);
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Sets how long an action keeps trying new connections after its connection was lost or refused
     * (a restarting server, a failover to a standby): with backoff from 50 ms up to 1 s, each from
     * the data source, so a pool that drops broken connections and a multi-host URL ({@code
     * targetServerType=primary}) find the new primary. A connection lost during the commit is first
     * asked about: applied, the action's outcome is returned; not applied, the action is run again.
     * When the time runs out the action fails with a {@link StoreException}, which {@link
     * StoreException#isCommitInDoubt() says} when the commit may have been applied. 30 seconds by
     * default; zero tries once.
     *
     * @param within how long to keep trying, from the first lost connection
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder reconnectFor(Duration within) {
      Objects.requireNonNull(within, "within");
      if (within.isNegative()) {
        throw new IllegalArgumentException(
            "reconnectFor must be zero or more, such as PT30S, but was " + within);
      }
      this.reconnectFor = within;
      return this;
    }

    /**
     * Returns the storage, after checking that the schema is current and holds a program of the
     * policy's era (recording the era on first use). Give it to {@link
     * PartnerProgram.Builder#storage} with the same catalog and policy, or call {@link #program()}
     * instead.
     *
     * @return the storage
     * @throws IllegalStateException when no data source or catalog was set
     * @throws StoreException when the schema is missing or of another version, holds a program of
     *     another era, or the database cannot be reached
     */
    public PostgresStorage build() {
      if (dataSource == null || catalog == null) {
        throw new IllegalStateException(
            "PostgresStorage needs a data source and a catalog: call dataSource(...) and"
                + " catalog(...) before build()");
      }
      PostgresStorage storage = new PostgresStorage(this);
      storage.open();
      return storage;
    }

    /**
     * Returns the program on the storage {@link #build()} returns, with this builder's catalog and
     * policy.
     *
     * @return the program
     * @throws IllegalStateException when no data source or catalog was set
     * @throws StoreException as {@link #build()} does
     */
    public PartnerProgram program() {
      PostgresStorage storage = build();
      return PartnerProgram.builder().catalog(catalog).policy(policy).storage(storage).build();
    }
  }
}
