package dev.partnerkit.testing.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.store.jdbc.JdbcUrlDataSource;
import dev.partnerkit.store.jdbc.PostgresStorage;
import dev.partnerkit.testing.Samples;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One program's state that several sandboxes serve, as instances of a portal do: each {@link
 * #open()} is another instance's program on the same state. In memory, the instances share one
 * program object (their sandboxes still keep everything else apart: tokens, directories, caches);
 * on PostgreSQL each opens its own connections to a fresh schema, dropped on {@link #close()}.
 * PostgreSQL is used only when {@code PARTNERKIT_TEST_JDBC_URL} names a server (.ci/run starts
 * one); {@link #postgres} skips the test otherwise.
 */
abstract class SharedStore implements AutoCloseable {
  /**
   * Returns another instance's program on the shared state.
   *
   * @return the program
   */
  abstract PartnerProgram open();

  @Override
  public void close() {}

  /** Returns a store in memory, under the seed policy. */
  static SharedStore memory() {
    return memory(ProgramPolicy.seed());
  }

  /** Returns a store in memory, under a policy. */
  static SharedStore memory(ProgramPolicy policy) {
    PartnerProgram program = PartnerProgram.create(Samples.catalog(), policy);
    return new SharedStore() {
      @Override
      PartnerProgram open() {
        return program;
      }

      @Override
      public String toString() {
        return "memory";
      }
    };
  }

  /** Returns a store in a fresh PostgreSQL schema, under the seed policy; skips without one. */
  static SharedStore postgres() {
    return postgres(ProgramPolicy.seed());
  }

  /** Returns a store in a fresh PostgreSQL schema, under a policy; skips without one. */
  static SharedStore postgres(ProgramPolicy policy) {
    String url = System.getenv("PARTNERKIT_TEST_JDBC_URL");
    assumeTrue(
        url != null && !url.isBlank(),
        "skipped: set PARTNERKIT_TEST_JDBC_URL to a PostgreSQL JDBC URL (.ci/run starts one)");
    String schema = "pk_shared_" + UUID.randomUUID().toString().replace("-", "");
    execute(url, "CREATE SCHEMA " + schema);
    DataSource source =
        JdbcUrlDataSource.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    PostgresStorage.migrate(source);
    return new SharedStore() {
      @Override
      PartnerProgram open() {
        return PostgresStorage.open(source, Samples.catalog(), policy);
      }

      @Override
      public void close() {
        execute(url, "DROP SCHEMA " + schema + " CASCADE");
      }

      @Override
      public String toString() {
        return "PostgreSQL";
      }
    };
  }

  private static void execute(String url, String sql) {
    try (Connection c = JdbcUrlDataSource.of(url).getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
    }
  }
}
