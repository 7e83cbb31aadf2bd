package dev.partnerkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.store.EventCodec;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Creating and upgrading the schema, by the store's own call or by another migration tool. */
class SchemaTest {
  @Test
  void theScriptsShipInTheJarUnderFlywayNames() throws Exception {
    assertThat(PostgresStorage.schemaScripts())
        .containsExactly(
            "dev/partnerkit/store/jdbc/V1__program.sql",
            "dev/partnerkit/store/jdbc/V2__reseller_invitation.sql",
            "dev/partnerkit/store/jdbc/V3__idempotency.sql");
    for (String path : PostgresStorage.schemaScripts()) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
      }
    }
    assertThat(PostgresStorage.SCHEMA_VERSION).isEqualTo(3);
  }

  @Test
  void scriptsSplitIntoStatementsWithoutComments() {
    List<String> statements =
        SchemaMigrator.statements(SchemaMigrator.read(SchemaMigrator.SCRIPTS.get(0)));
    assertThat(statements).hasSizeGreaterThan(10);
    assertThat(statements)
        .allSatisfy(s -> assertThat(s).doesNotContain("--").doesNotEndWith(";").isNotBlank());
    assertThat(statements.get(statements.size() - 1))
        .startsWith("INSERT INTO partnerkit_schema_version");
    assertThatThrownBy(() -> SchemaMigrator.statements("CREATE TABLE t (id int)\n"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("without ';'");
  }

  @Test
  void migrateCreatesTheSchemaOnceAndThenFindsItCurrent() throws Exception {
    try (TestDatabase db = TestDatabase.create("schema")) {
      assertThat(PostgresStorage.migrate(db.dataSource())).containsExactly(1, 2, 3);
      assertThat(PostgresStorage.migrate(db.dataSource())).isEmpty();
      assertThat(tables(db))
          .contains(
              "partnerkit_customer",
              "partnerkit_event",
              "partnerkit_grant",
              "partnerkit_invitation",
              "partnerkit_invitation_answer",
              "partnerkit_partner",
              "partnerkit_partner_of_record",
              "partnerkit_program",
              "partnerkit_relationship",
              "partnerkit_schema_lock",
              "partnerkit_schema_version");
    }
  }

  @Test
  void instancesStartingAtOnceMigrateOnceBetweenThem() throws Exception {
    int instances = 6;
    try (TestDatabase db = TestDatabase.create("schema")) {
      CyclicBarrier start = new CyclicBarrier(instances);
      ExecutorService pool = Executors.newFixedThreadPool(instances);
      try {
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return PostgresStorage.migrate(db.dataSource());
                  }));
        }
        List<Integer> applied = new ArrayList<>();
        for (Future<List<Integer>> result : results) {
          applied.addAll(result.get());
        }
        assertThat(applied).containsExactly(1, 2, 3);
      } finally {
        pool.shutdownNow();
      }
      assertThat(count(db, "SELECT count(*) FROM partnerkit_schema_version")).isEqualTo(3);
    }
  }

  /**
   * A database at version 2 with a log, upgraded by instances starting at once: the upgrade runs
   * once, the old events read back without a key, and keyed actions work on it.
   */
  @Test
  void instancesStartingTogetherUpgradeAVersion2DatabaseOnce() throws Exception {
    int instances = 4;
    try (TestDatabase db = TestDatabase.create("schema")) {
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        for (SchemaMigrator.Script script : SchemaMigrator.SCRIPTS.subList(0, 2)) {
          for (String sql : SchemaMigrator.statements(SchemaMigrator.read(script))) {
            s.execute(sql);
          }
        }
        Event old = new Event(1, Fixtures.START, new Action.RegisterPartner(Fixtures.partner("p")));
        s.execute("INSERT INTO partnerkit_program (id, era) VALUES (1, 'SEED')");
        s.execute(
            "INSERT INTO partnerkit_partner VALUES ('p', '"
                + StateCodec.encode(Fixtures.partner("p"))
                + "')");
        s.execute(
            "INSERT INTO partnerkit_event (sequence, at, kind, payload) VALUES (1, now(),"
                + " 'REGISTER_PARTNER', '"
                + EventCodec.encode(old)
                + "')");
        s.execute("SELECT setval('partnerkit_event_sequence', 1)");
        c.commit();
      }
      CyclicBarrier start = new CyclicBarrier(instances);
      ExecutorService pool = Executors.newFixedThreadPool(instances);
      List<Integer> applied = new ArrayList<>();
      try {
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return PostgresStorage.migrate(db.dataSource());
                  }));
        }
        for (Future<List<Integer>> result : results) {
          applied.addAll(result.get());
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(applied).containsExactly(3);
      PartnerProgram program =
          PostgresStorage.open(db.dataSource(), Fixtures.CATALOG, ProgramPolicy.seed());
      assertThat(program.events()).singleElement().satisfies(e -> assertThat(e.key()).isEmpty());
      Action register = new Action.RegisterCustomer(Fixtures.customer("c"));
      IdempotencyKey key = IdempotencyKey.of("upgrade-1");
      assertThat(program.apply(register, Fixtures.START, key).isAllowed()).isTrue();
      assertThat(program.apply(register, Fixtures.START, key).replayed()).isTrue();
      assertThat(program.events()).hasSize(2);
    }
  }

  @Test
  void aSchemaBuiltFromTheScriptByAnotherToolOpens() throws Exception {
    try (TestDatabase db = TestDatabase.create("schema")) {
      // What Flyway or Liquibase does: run the file's statements in order, in one transaction.
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        for (SchemaMigrator.Script script : SchemaMigrator.SCRIPTS) {
          for (String sql : SchemaMigrator.statements(SchemaMigrator.read(script))) {
            s.execute(sql);
          }
        }
        c.commit();
      }
      assertThat(
              PostgresStorage.open(db.dataSource(), Fixtures.CATALOG, ProgramPolicy.seed())
                  .lastSequence())
          .isZero();
      assertThat(PostgresStorage.migrate(db.dataSource())).isEmpty();
    }
  }

  @Test
  void openingWithoutTheSchemaSaysToMigrate() throws Exception {
    try (TestDatabase db = TestDatabase.create("schema")) {
      assertThatThrownBy(
              () -> PostgresStorage.open(db.dataSource(), Fixtures.CATALOG, ProgramPolicy.seed()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("no Partnerkit tables")
          .hasMessageContaining("PostgresStorage.migrate(dataSource)");
    }
  }

  @Test
  void aNewerSchemaIsRefusedByMigrateAndOpen() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("schema")) {
      db.execute("INSERT INTO partnerkit_schema_version (version, description) VALUES (4, 'next')");
      assertThatThrownBy(() -> PostgresStorage.migrate(db.dataSource()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("schema version 4, newer than version 3");
      assertThatThrownBy(
              () -> PostgresStorage.open(db.dataSource(), Fixtures.CATALOG, ProgramPolicy.seed()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("upgrade Partnerkit");
    }
  }

  @Test
  void aProgramKeepsTheEraItWasFirstOpenedWith() throws Exception {
    try (TestDatabase db = TestDatabase.migrated("schema")) {
      PostgresStorage.open(db.dataSource(), Fixtures.CATALOG, ProgramPolicy.seed());
      PostgresStorage.open(db.dataSource(), Fixtures.CATALOG, ProgramPolicy.seed());
      assertThatThrownBy(
              () -> PostgresStorage.open(db.dataSource(), Fixtures.CATALOG, ProgramPolicy.modern()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("follows the SEED policy, not MODERN");
    }
  }

  @Test
  void aMissingSchemaIsReportedWithWhatToDo() {
    String url = TestDatabase.serverUrl();
    String missing = url + (url.contains("?") ? "&" : "?") + "currentSchema=pk_no_such_schema";
    assertThatThrownBy(() -> PostgresStorage.migrate(JdbcUrlDataSource.of(missing)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("SQLState 3F000")
        .hasMessageContaining("create it first")
        .satisfies(e -> assertThat(((StoreException) e).getSqlState()).contains("3F000"));
  }

  @Test
  void aNamedSchemaHoldsTheProgramBesideTheConnectionsOwn() throws Exception {
    try (TestDatabase db = TestDatabase.create("schema")) {
      String named = db.schema() + "_Kit";
      db.execute("CREATE SCHEMA \"" + named + "\"");
      try {
        assertThat(PostgresStorage.migrate(db.dataSource(), named)).containsExactly(1, 2, 3);
        assertThat(PostgresStorage.migrate(db.dataSource(), named)).isEmpty();
        assertThat(tables(db)).isEmpty();
        assertThatThrownBy(
                () -> PostgresStorage.open(db.dataSource(), Fixtures.CATALOG, ProgramPolicy.seed()))
            .hasMessageContaining("no Partnerkit tables in the connections' schema");
        PostgresStorage storage =
            PostgresStorage.builder()
                .dataSource(db.dataSource())
                .schema(named)
                .catalog(Fixtures.CATALOG)
                .build();
        assertThat(storage.lastSequence()).isZero();
        assertThat(storage.toString()).contains("schema \"" + named + "\"");
        assertThat(
                count(
                    db,
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                        + named
                        + "' AND table_name = 'partnerkit_program'"))
            .isEqualTo(1);
      } finally {
        db.execute("DROP SCHEMA \"" + named + "\" CASCADE");
      }
    }
  }

  @Test
  void aNamedSchemaThatIsMissingIsReportedWithWhatToDo() throws Exception {
    try (TestDatabase db = TestDatabase.create("schema")) {
      assertThatThrownBy(() -> PostgresStorage.migrate(db.dataSource(), "pk_no_such_schema"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("schema \"pk_no_such_schema\"")
          .hasMessageContaining("create it first");
      assertThatThrownBy(
              () ->
                  PostgresStorage.builder()
                      .dataSource(db.dataSource())
                      .schema("pk_no_such_schema")
                      .catalog(Fixtures.CATALOG)
                      .build())
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("no Partnerkit tables in schema \"pk_no_such_schema\"")
          .hasMessageContaining("PostgresStorage.migrate(dataSource, schema)");
    }
  }

  @Test
  void aSchemaNameMustBeOnePostgresqlKeeps() {
    assertThatThrownBy(() -> PostgresStorage.builder().schema(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema must be a PostgreSQL schema name");
    assertThatThrownBy(() -> PostgresStorage.builder().schema("k".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 63 bytes");
    assertThat(StoreSchema.named("k".repeat(63)).name()).contains("k".repeat(63));
  }

  private static List<String> tables(TestDatabase db) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() ORDER BY table_name")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }

  static long count(TestDatabase db, String sql) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
