package dev.partnerkit.store.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh schema in the PostgreSQL server named by {@code PARTNERKIT_TEST_JDBC_URL}, dropped on
 * close. Tests that need it are skipped, with a message saying how to run them, when the variable
 * is not set.
 */
final class TestDatabase implements AutoCloseable {
  static final String URL_VARIABLE = "PARTNERKIT_TEST_JDBC_URL";

  private final String serverUrl;
  private final String schema;
  private final List<TestPool> pools = new ArrayList<>();

  private TestDatabase(String serverUrl, String schema) {
    this.serverUrl = serverUrl;
    this.schema = schema;
  }

  /** Returns the server's URL, or skips the test when none is given. */
  static String serverUrl() {
    String url = System.getenv(URL_VARIABLE);
    assumeTrue(
        url != null && !url.isBlank(),
        "PostgreSQL tests skipped: set "
            + URL_VARIABLE
            + " to a PostgreSQL JDBC URL such as jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"
            + " (.ci/run starts a throwaway server and sets it)");
    return url;
  }

  /** Creates a new, empty schema; skips the test when no server is given. */
  static TestDatabase create(String purpose) {
    String url = serverUrl();
    String schema =
        "pk_"
            + purpose.toLowerCase(Locale.ROOT)
            + "_"
            + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = JdbcUrlDataSource.of(url).getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create test schema " + schema, e);
    }
    return new TestDatabase(url, schema);
  }

  /** Creates a new schema with the store's tables. */
  static TestDatabase migrated(String purpose) {
    TestDatabase db = create(purpose);
    PostgresStorage.migrate(db.dataSource());
    return db;
  }

  String schema() {
    return schema;
  }

  /** Returns the URL of this schema: the server's URL with {@code currentSchema}. */
  String url() {
    return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Returns an unpooled data source on this schema. */
  DataSource dataSource() {
    return JdbcUrlDataSource.of(url());
  }

  /** Returns a pool of up to {@code size} connections on this schema, closed with the database. */
  DataSource pool(int size) {
    TestPool pool = new TestPool(dataSource(), size);
    pools.add(pool);
    return pool;
  }

  /** Runs SQL in this schema, in autocommit mode. */
  void execute(String sql) throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    for (TestPool pool : pools) {
      pool.close();
    }
    try (Connection c = JdbcUrlDataSource.of(serverUrl).getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
