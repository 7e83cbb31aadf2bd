package dev.partnerkit.store.jdbc;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How the store retries a transaction that the database aborted for a serialization failure
 * (SQLState 40001) or a deadlock (40P01): a bounded number of attempts, with exponential backoff
 * and full jitter between them. Immutable and thread-safe.
 */
final class RetryPolicy {
  /** The SQLState of a serialization failure. */
  static final String SERIALIZATION_FAILURE = "40001";

  /** The SQLState of a detected deadlock. */
  static final String DEADLOCK_DETECTED = "40P01";

  /** The SQLState of a session ended by {@code pg_terminate_backend} or a fast shutdown. */
  static final String ADMIN_SHUTDOWN = "57P01";

  /** The SQLState of a session ended because another server process crashed. */
  static final String CRASH_SHUTDOWN = "57P02";

  /** The SQLState of a server that is starting up or recovering and takes no connections yet. */
  static final String CANNOT_CONNECT_NOW = "57P03";

  /** The SQLState of a write on a read-only transaction: a standby, or a demoted primary. */
  static final String READ_ONLY_TRANSACTION = "25006";

  /** The SQLState of a lock wait that reached {@code lock_timeout}. */
  static final String LOCK_NOT_AVAILABLE = "55P03";

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;

  RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be 1 or more, but was " + maxAttempts);
    }
    checkBackoff(initialBackoff, maxBackoff);
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
  }

  /** Throws unless the backoff is 0 or more and at most its maximum. */
  static void checkBackoff(Duration initial, Duration max) {
    if (initial.isNegative() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "backoff must be 0 or more and at most its maximum, but was "
              + initial
              + " up to "
              + max);
    }
  }

  int maxAttempts() {
    return maxAttempts;
  }

  /** Returns whether another attempt may succeed: the database aborted the transaction only. */
  static boolean isRetryable(SQLException e) {
    for (SQLException link = e; link != null; link = link.getNextException()) {
      String state = link.getSQLState();
      if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether the failure is the connection's, not the transaction's: the connection was lost
   * or refused (SQLState class 08), the server ended the session (57P01 to 57P03: terminated by an
   * administrator, crashed, still starting), or the connection reached a server that is no longer
   * the primary (25006, read-only transaction, as after a failover before the pool reconnects
   * elsewhere). A new connection may succeed, in time; whether a {@code COMMIT} that failed so was
   * applied is for the database to say.
   */
  static boolean isConnectionFailure(SQLException e) {
    for (SQLException link = e; link != null; link = link.getNextException()) {
      String state = link.getSQLState();
      if (state != null
          && (state.startsWith("08")
              || ADMIN_SHUTDOWN.equals(state)
              || CRASH_SHUTDOWN.equals(state)
              || CANNOT_CONNECT_NOW.equals(state)
              || READ_ONLY_TRANSACTION.equals(state))) {
        return true;
      }
    }
    return false;
  }

  /** Sleeps before attempt {@code attempt + 1}: a random time up to the attempt's backoff. */
  void pause(int attempt) {
    long cap =
        Math.min(maxBackoff.toNanos(), initialBackoff.toNanos() << Math.min(attempt - 1, 20));
    if (cap <= 0) {
      return;
    }
    long nanos = ThreadLocalRandom.current().nextLong(cap + 1);
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException(
          "Interrupted while waiting to retry a transaction; the action was not applied");
    }
  }
}
