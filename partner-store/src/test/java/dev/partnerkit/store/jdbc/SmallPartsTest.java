package dev.partnerkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.Reason;
import dev.partnerkit.rules.Rule;
import dev.partnerkit.store.EventCodec;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The data source helper, the retry policy, the builder's checks, the messages of a commit in doubt
 * and the denial codec; no database needed.
 */
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

  @Test
  void lostRefusedAndTerminatedConnectionsAreConnectionFailures() {
    for (String state :
        new String[] {"08006", "08001", "08003", "57P01", "57P02", "57P03", "25006"}) {
      assertThat(RetryPolicy.isConnectionFailure(new SQLException("x", state))).as(state).isTrue();
    }
    for (String state : new String[] {"40001", "40P01", "23505", "55P03", "XX000"}) {
      assertThat(RetryPolicy.isConnectionFailure(new SQLException("x", state))).as(state).isFalse();
    }
    assertThat(RetryPolicy.isConnectionFailure(new SQLException("x"))).isFalse();
    SQLException batch = new BatchUpdateException("batch", "25P02", new int[0]);
    batch.setNextException(new SQLException("x", "08006"));
    assertThat(RetryPolicy.isConnectionFailure(batch)).isTrue();
  }

  @Test
  void reconnectForMustNotBeNegative() {
    assertThatThrownBy(() -> PostgresStorage.builder().reconnectFor(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reconnectFor must be zero or more");
  }

  @Test
  void aCommitInDoubtSaysHowToFindOut() {
    SQLException lost = new SQLException("I/O error", "08006");
    StoreException keyed =
        StoreException.commitInDoubt(
            "applying ACCEPT to customer c",
            CommitCheck.ofKey(IdempotencyKey.of("k-1"), UUID.randomUUID()).describe(),
            Duration.ofSeconds(30),
            lost);
    assertThat(keyed.isCommitInDoubt()).isTrue();
    assertThat(keyed.getSqlState()).contains("08006");
    assertThat(keyed.getMessage())
        .contains("applying ACCEPT to customer c")
        .contains("within 30000 ms")
        .contains("may or may not have been")
        .contains("idempotency key \"k-1\"");
    assertThat(
            StoreException.commitInDoubt(
                    "applying ACCEPT to customer c",
                    CommitCheck.ofSequence(42).describe(),
                    Duration.ZERO,
                    lost)
                .getMessage())
        .contains("look for event 42")
        .contains("events(41, 1)");
    assertThat(new StoreException("other").isCommitInDoubt()).isFalse();
  }

  @Test
  void aDenialsActionAndReasonsRoundTrip() {
    Action action =
        new Action.Accept(InvitationId.of("t1"), Actor.customer(CustomerId.fromName("c")));
    assertThat(EventCodec.decodeAction(EventCodec.encodeAction(action))).isEqualTo(action);
    List<Reason> reasons =
        List.of(
            new Reason(
                Rule.DA_2,
                "only one",
                "customer c",
                Optional.of(PartnerId.of("p")),
                Optional.of(CustomerId.fromName("c")),
                Optional.of(InvitationId.of("t1")),
                Optional.empty(),
                Optional.empty()),
            new Reason(Rule.REG_1, "registered", "customer c"));
    assertThat(EventCodec.decodeReasons(EventCodec.encodeReasons(reasons))).isEqualTo(reasons);
    assertThatThrownBy(
            () ->
                EventCodec.decodeReasons(
                    "[{\"rule\": \"NOPE-1\", \"message\": \"m\", \"subject\": \"s\"}]"))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("NOPE-1");
    assertThatThrownBy(() -> EventCodec.decodeReasons("[]"))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("at least one");
  }
}
