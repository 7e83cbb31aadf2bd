package dev.partnerkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.store.jdbc.JdbcUrlDataSource;
import dev.partnerkit.store.jdbc.PostgresStorage;
import dev.partnerkit.testing.scenario.Scenario;
import dev.partnerkit.testing.scenario.ScenarioParser;
import dev.partnerkit.testing.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance suite on the PostgreSQL store: every scenario passes on it exactly as on the
 * in-memory program, each in a fresh schema, and ends in an equal state with an equal log.
 *
 * <p>Skipped unless {@code PARTNERKIT_TEST_JDBC_URL} names a PostgreSQL server (.ci/run starts
 * one); see docs/postgres.md.
 */
class PostgresConformanceTest {
  static final Path SUITE = Path.of("src/test/resources/scenarios");
  static final String URL_VARIABLE = "PARTNERKIT_TEST_JDBC_URL";

  @TestFactory
  Stream<DynamicTest> everyScenarioPassesOnThePostgresStoreAsInMemory() {
    String url = System.getenv(URL_VARIABLE);
    assumeTrue(
        url != null && !url.isBlank(),
        "PostgreSQL conformance skipped: set "
            + URL_VARIABLE
            + " to a PostgreSQL JDBC URL such as jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"
            + " (.ci/run starts a throwaway server and sets it)");
    return ScenarioRunner.files(List.of(SUITE)).stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(), () -> runOnPostgres(url, file)));
  }

  private static void runOnPostgres(String url, Path file) throws SQLException {
    Scenario scenario = ScenarioParser.parse(file);
    String schema = "pk_scenario_" + UUID.randomUUID().toString().replace("-", "");
    execute(url, "CREATE SCHEMA " + schema);
    try {
      DataSource schemaSource =
          JdbcUrlDataSource.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
      PostgresStorage.migrate(schemaSource);
      AtomicReference<PartnerProgram> store = new AtomicReference<>();
      ScenarioRunner.run(
              scenario,
              (catalog, policy) -> {
                store.set(PostgresStorage.open(schemaSource, catalog, policy));
                return store.get();
              })
          .assertPassed();
      AtomicReference<PartnerProgram> memory = new AtomicReference<>();
      ScenarioRunner.run(
              scenario,
              (catalog, policy) -> {
                memory.set(PartnerProgram.create(catalog, policy));
                return memory.get();
              })
          .assertPassed();
      assertThat(store.get().snapshot()).isEqualTo(memory.get().snapshot());
      assertThat(store.get().events()).isEqualTo(memory.get().events());
    } finally {
      execute(url, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = JdbcUrlDataSource.of(url).getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
