package dev.partnerkit.store.jdbc;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Thrown when the database store cannot do what was asked: the database refused or failed, the
 * schema is missing or from another version, or an action still met serialization failures or
 * deadlocks after the last retry. A business "no" is never an exception: it is a denied {@link
 * dev.partnerkit.rules.Decision}.
 *
 * <p>An action that fails with it was not applied, except when {@link #isCommitInDoubt()} is true:
 * the connection was lost during its commit and the database could not be asked in time whether the
 * commit was applied.
 *
 * <p>The message says what the store was doing, the SQLState when the database gave one, and what
 * to do. Unchecked; immutable once thrown.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;
  private final int attempts;
  private final boolean commitInDoubt;

  /**
   * Creates an exception for a failure that is not the database's.
   *
   * @param message what was being done and what to do
   */
  public StoreException(String message) {
    super(message);
    this.sqlState = null;
    this.attempts = 1;
    this.commitInDoubt = false;
  }

  /**
   * Creates an exception for a failure that is not the database's, with its cause.
   *
   * @param message what was being done and what to do
   * @param cause the cause
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
    this.sqlState = null;
    this.attempts = 1;
    this.commitInDoubt = false;
  }

  /**
   * Creates an exception for a database failure.
   *
   * @param doing what the store was doing, such as {@code "applying ACCEPT to customer ..."}
   * @param attempts how many times the store tried, 1 when it did not retry
   * @param cause the database's exception
   */
  public StoreException(String doing, int attempts, SQLException cause) {
    super(message(doing, attempts, cause), cause);
    this.sqlState = cause.getSQLState();
    this.attempts = attempts;
    this.commitInDoubt = false;
  }

  /** Creates the exception of a commit whose outcome the store could not find out. */
  private StoreException(String message, SQLException cause, boolean commitInDoubt) {
    super(message, cause);
    this.sqlState = cause.getSQLState();
    this.attempts = 1;
    this.commitInDoubt = commitInDoubt;
  }

  /**
   * Returns the exception of an action whose connection was lost during its commit, when the
   * database could not be reached in time to find out whether the commit was applied.
   *
   * @param doing what the store was doing
   * @param where what the caller can do to find out, such as repeating with the key
   * @param within how long the store tried to reach the database
   * @param cause the last failure
   */
  static StoreException commitInDoubt(
      String doing, String where, Duration within, SQLException cause) {
    return new StoreException(
        "The connection was lost while committing "
            + doing
            + ", and the database could not be asked within "
            + within.toMillis()
            + " ms whether the commit was applied: it may or may not have been ("
            + cause.getMessage()
            + (cause.getSQLState() == null ? "" : ", SQLState " + cause.getSQLState())
            + "). To find out, "
            + where,
        cause,
        true);
  }

  private static String message(String doing, int attempts, SQLException cause) {
    StringBuilder text = new StringBuilder("Database failure while ").append(doing);
    if (attempts > 1) {
      text.append(", after ").append(attempts).append(" attempts");
    }
    text.append(": ").append(cause.getMessage());
    if (cause.getSQLState() != null) {
      text.append(" (SQLState ").append(cause.getSQLState()).append(')');
    }
    if (RetryPolicy.isRetryable(cause)) {
      text.append(
          "; the action met concurrent changes every time and was not applied: retry later, or"
              + " allow more attempts with PostgresStorage.Builder.maxAttempts");
    }
    return text.toString();
  }

  /**
   * Returns the SQLState the database reported, such as {@code 40001} for a serialization failure.
   *
   * @return the SQLState, if the failure came from the database with one
   */
  public Optional<String> getSqlState() {
    return Optional.ofNullable(sqlState);
  }

  /**
   * Returns whether the action's outcome is unknown: the connection was lost during its commit and
   * the store could not find out in time whether the database applied it. Every other {@code
   * StoreException} from an action means it was not applied.
   *
   * @return true when the action may or may not have been applied
   */
  public boolean isCommitInDoubt() {
    return commitInDoubt;
  }

  /**
   * Returns how many times the store tried before giving up.
   *
   * @return 1 when it did not retry
   */
  public int getAttempts() {
    return attempts;
  }
}
