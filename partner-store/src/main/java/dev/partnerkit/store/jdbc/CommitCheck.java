package dev.partnerkit.store.jdbc;

import dev.partnerkit.rules.IdempotencyKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What identifies one transaction's commit in the database, so that after the connection was lost
 * during {@code COMMIT} (or the commit's answer was) another connection can find out whether it
 * committed: the token recorded with its idempotency key when it took one, or else the number of
 * its event, which the sequence gave it alone.
 *
 * <p>A check first waits for the transaction to end, if the server still runs it: it inserts the
 * transaction's own unique value (the key, or a row with the event's number) with {@code ON
 * CONFLICT DO NOTHING}, which waits for a transaction that wrote the same value and has not ended,
 * exactly as a second writer of a unique key does. Then the insert either finds the value committed
 * (applied) or writes it (not applied: the transaction rolled back, or never reached this server).
 * The check always rolls back what it wrote. Immutable and thread-safe.
 *
 * @param key the transaction's idempotency key, if it took one
 * @param token the token it recorded with the key; meaningful with a key only
 * @param sequence the number of its event, when it took no key
 */
record CommitCheck(Optional<IdempotencyKey> key, UUID token, long sequence) {
  /** What a check found. */
  enum Verdict {
    /** The transaction committed. */
    APPLIED,
    /** The transaction did not commit, and never will: its work can run again. */
    NOT_APPLIED,
    /**
     * Another transaction committed an outcome under the same key (a repeat on another instance,
     * after this one rolled back): running the work again answers with that outcome.
     */
    TAKEN_BY_ANOTHER
  }

  CommitCheck {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(token, "token");
  }

  static CommitCheck ofKey(IdempotencyKey key, UUID token) {
    return new CommitCheck(Optional.of(key), token, 0);
  }

  static CommitCheck ofSequence(long sequence) {
    return new CommitCheck(Optional.empty(), new UUID(0, 0), sequence);
  }

  /**
   * Finds out whether the transaction committed, on a connection in a transaction of its own (the
   * caller has set its schema and rolls it back), waiting at most {@code wait} for it to end.
   *
   * @throws SQLException when the database fails, or the transaction still runs after {@code wait}
   *     (SQLState {@code 55P03}, lock not available)
   */
  Verdict check(Connection c, Duration wait) throws SQLException {
    try (Statement s = c.createStatement()) {
      // Read committed, whatever the connections' default: after the wait the insert must see the
      // other transaction's commit, not fail on it as repeatable read would.
      s.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      s.execute("SET LOCAL lock_timeout = " + Math.max(1, wait.toMillis()));
    }
    if (key.isPresent()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO partnerkit_idempotency_key (idempotency_key, token) VALUES (?, ?)"
                  + " ON CONFLICT DO NOTHING")) {
        s.setString(1, key.get().value());
        s.setObject(2, new UUID(0, 0));
        if (s.executeUpdate() == 1) {
          return Verdict.NOT_APPLIED;
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT token FROM partnerkit_idempotency_key WHERE idempotency_key = ?")) {
        s.setString(1, key.get().value());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return token.equals(r.getObject(1, UUID.class))
              ? Verdict.APPLIED
              : Verdict.TAKEN_BY_ANOTHER;
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO partnerkit_event (sequence, at, kind, payload)"
                + " VALUES (?, now(), 'COMMIT_CHECK', '{}'::jsonb) ON CONFLICT (sequence) DO NOTHING")) {
      s.setLong(1, sequence);
      return s.executeUpdate() == 1 ? Verdict.NOT_APPLIED : Verdict.APPLIED;
    }
  }

  /** Returns where a person can look for the outcome, for messages. */
  String describe() {
    return key.map(
            k ->
                "repeat the action with idempotency key \""
                    + k.value()
                    + "\": it answers with the action's outcome if it was applied, and applies it"
                    + " if not")
        .orElse(
            "look for event "
                + sequence
                + " in the log (PostgresStorage.events("
                + (sequence - 1)
                + ", 1)): it is there exactly when the action was applied");
  }
}
