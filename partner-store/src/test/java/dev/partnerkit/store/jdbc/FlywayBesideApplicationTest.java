package dev.partnerkit.store.jdbc;

import static dev.partnerkit.store.jdbc.PostgresStorageTest.allowed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The advice of docs/postgres.md, run with real Flyway: an application with its own migrations from
 * V1 keeps its Flyway, and Partnerkit's scripts run in a second Flyway with a schema and a history
 * table of their own, on the same pool; the store then works in that schema while the application's
 * statements on the same connections keep theirs.
 */
class FlywayBesideApplicationTest {
  /** The history table docs/postgres.md names for Partnerkit's Flyway. */
  private static final String PARTNERKIT_HISTORY = "partnerkit_schema_history";

  /** Flyway's default history table, which the application's own Flyway keeps. */
  private static final String APPLICATION_HISTORY = "flyway_schema_history";

  private static final Instant T0 = Fixtures.START;

  /** The application's Flyway as Spring Boot configures it: its pool, its schema, db/migration. */
  private static Flyway applicationFlyway(DataSource pool) {
    return Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
  }

  /** Partnerkit's Flyway, configured as docs/postgres.md says. */
  private static Flyway partnerkitFlyway(DataSource pool, String schema) {
    return Flyway.configure()
        .dataSource(pool)
        .schemas(schema)
        .table(PARTNERKIT_HISTORY)
        .locations("classpath:dev/partnerkit/store/jdbc")
        .load();
  }

  @Test
  void bothMigrateWithTheirOwnHistoriesAndTheStoreWorksOnTheApplicationsPool() throws Exception {
    try (TestDatabase db = TestDatabase.create("flyway")) {
      String partnerkit = db.schema() + "_partnerkit";
      try {
        DataSource pool = db.pool(2);

        assertThat(applicationFlyway(pool).migrate().migrationsExecuted).isEqualTo(2);
        assertThat(partnerkitFlyway(pool, partnerkit).migrate().migrationsExecuted).isEqualTo(3);

        assertThat(history(db, db.schema(), APPLICATION_HISTORY))
            .containsExactly("1 shop customers", "2 shop orders");
        assertThat(history(db, partnerkit, PARTNERKIT_HISTORY))
            .containsExactly("1 program", "2 reseller invitation", "3 idempotency");
        assertThat(tables(db, db.schema()))
            .containsExactlyInAnyOrder(APPLICATION_HISTORY, "shop_customer", "shop_order");
        assertThat(tables(db, partnerkit))
            .contains(PARTNERKIT_HISTORY, "partnerkit_customer", "partnerkit_schema_version")
            .noneMatch(t -> t.startsWith("shop_"));

        PartnerProgram program = program(pool, partnerkit);
        PartnerId northwind = PartnerId.of("northwind");
        CustomerId fabrikam = CustomerId.fromName("fabrikam");
        allowed(program.apply(new Action.RegisterPartner(Fixtures.partner("northwind")), T0));
        allowed(program.apply(new Action.RegisterCustomer(Fixtures.customer("fabrikam")), T0));
        allowed(
            program.apply(
                new Action.SendDelegatedAdminInvitation(InvitationId.of("n1"), northwind, fabrikam),
                T0));
        allowed(
            program.apply(new Action.Accept(InvitationId.of("n1"), Actor.customer(fabrikam)), T0));
        assertThat(program.lastSequence()).isEqualTo(4);
        assertThat(count(db, "SELECT count(*) FROM " + partnerkit + ".partnerkit_grant"))
            .isEqualTo(1);

        // The store set its schema for its own transactions only: the pool's connections still
        // name the application's tables unqualified, as the application's code does.
        try (Connection first = pool.getConnection();
            Connection second = pool.getConnection()) {
          for (Connection c : List.of(first, second)) {
            try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_schema()")) {
              r.next();
              assertThat(r.getString(1)).isEqualTo(db.schema());
            }
          }
          try (Statement s = first.createStatement()) {
            assertThat(s.executeUpdate("INSERT INTO shop_customer (id, name) VALUES (1, 'one')"))
                .isEqualTo(1);
          }
        }

        // Every start runs both migrations again: nothing left to do, nothing recorded twice.
        assertThat(applicationFlyway(pool).migrate().migrationsExecuted).isZero();
        assertThat(partnerkitFlyway(pool, partnerkit).migrate().migrationsExecuted).isZero();
        assertThat(PostgresStorage.migrate(pool, partnerkit)).isEmpty();
        assertThat(history(db, db.schema(), APPLICATION_HISTORY))
            .containsExactly("1 shop customers", "2 shop orders");
        assertThat(history(db, partnerkit, PARTNERKIT_HISTORY))
            .containsExactly("1 program", "2 reseller invitation", "3 idempotency");

        // A second instance, on connections of its own, opens the same program.
        assertThat(program(db.dataSource(), partnerkit).lastSequence()).isEqualTo(4);
      } finally {
        db.execute("DROP SCHEMA IF EXISTS " + partnerkit + " CASCADE");
      }
    }
  }

  private static PartnerProgram program(DataSource dataSource, String schema) {
    return PostgresStorage.builder()
        .dataSource(dataSource)
        .schema(schema)
        .catalog(Fixtures.CATALOG)
        .policy(ProgramPolicy.seed())
        .program();
  }

  /** Returns the successful versioned migrations a history table records, as "version text". */
  private static List<String> history(TestDatabase db, String schema, String table)
      throws SQLException {
    return strings(
        db,
        "SELECT version || ' ' || description FROM "
            + schema
            + "."
            + table
            + " WHERE type = 'SQL' AND success ORDER BY installed_rank");
  }

  private static List<String> tables(TestDatabase db, String schema) throws SQLException {
    return strings(
        db,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "'");
  }

  private static long count(TestDatabase db, String sql) throws SQLException {
    return Long.parseLong(strings(db, sql).get(0));
  }

  private static List<String> strings(TestDatabase db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
