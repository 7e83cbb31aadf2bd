package dev.partnerkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.rules.ProgramPolicy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The data source helper, the retry policy and the builder's checks; no database needed. */
class SmallPartsTest {
  @Test
  void onlySerializationFailuresAndDeadlocksAreRetried() {
    assertThat(RetryPolicy.isRetryable(new SQLException("x", "40001"))).isTrue();
    assertThat(RetryPolicy.isRetryable(new SQLException("x", "40P01"))).isTrue();
    assertThat(RetryPolicy.isRetryable(new SQLException("x", "23505"))).isFalse();
    assertThat(RetryPolicy.isRetryable(new SQLException("x", "08006"))).isFalse();
    assertThat(RetryPolicy.isRetryable(new SQLException("x"))).isFalse();
    SQLException batch = new BatchUpdateException("batch", "25P02", new int[0]);
    batch.setNextException(new SQLException("x", "40001"));
    assertThat(RetryPolicy.isRetryable(batch)).isTrue();
  }

  @Test
  void backoffStaysWithinItsCap() {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4));
    long start = System.nanoTime();
    for (int attempt = 1; attempt <= 10; attempt++) {
      policy.pause(attempt);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(
            () -> PostgresStorage.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("backoff");
  }

  @Test
  void storeExceptionsSayWhatWasBeingDoneAndTheSqlState() {
    StoreException e =
        new StoreException("applying ACCEPT", 8, new SQLException("could not serialize", "40001"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Database failure while applying ACCEPT, after 8 attempts: could not serialize (SQLState 40001);"
                + " the action met concurrent changes every time and was not applied: retry later, or"
                + " allow more attempts with PostgresStorage.Builder.maxAttempts");
    assertThat(e.getSqlState()).contains("40001");
    assertThat(e.getAttempts()).isEqualTo(8);
    assertThat(new StoreException("plain").getSqlState()).isEmpty();
  }

  @Test
  void theUrlDataSourceHidesTheQueryAndRefusesWhatIsNoJdbcUrl() {
    JdbcUrlDataSource source =
        JdbcUrlDataSource.of("jdbc:postgresql://db.example.com/portal?user=u&password=secret");
    assertThat(source.toString())
        .isEqualTo("JdbcUrlDataSource[jdbc:postgresql://db.example.com/portal?...]")
        .doesNotContain("secret");
    assertThat(source.isWrapperFor(JdbcUrlDataSource.class)).isTrue();
    assertThat(JdbcUrlDataSource.of("jdbc:mysql://u:secret@db.example.com:3306/portal").toString())
        .isEqualTo("JdbcUrlDataSource[jdbc:mysql://...@db.example.com:3306/portal]");
    assertThatThrownBy(() -> JdbcUrlDataSource.of("postgresql://host/db?password=secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Expected a JDBC URL")
        .hasMessageNotContaining("secret");
  }

  @Test
  void theUrlDataSourceConnects() throws Exception {
    try (Connection c = JdbcUrlDataSource.of(TestDatabase.serverUrl()).getConnection()) {
      assertThat(c.isValid(5)).isTrue();
    }
  }

  @Test
  void theBuilderNeedsADataSourceAndACatalog() {
    assertThatThrownBy(() -> PostgresStorage.builder().policy(ProgramPolicy.seed()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("data source and a catalog");
    assertThatThrownBy(() -> PostgresStorage.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
