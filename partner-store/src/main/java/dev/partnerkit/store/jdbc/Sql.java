package dev.partnerkit.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Small helpers for statements: one place for how instants and JSON reach the database. */
final class Sql {
  /** The SQLState of a unique violation. */
  static final String UNIQUE_VIOLATION = "23505";

  /**
   * The SQLState of an existing object created again: two sessions that create one table at once
   * can collide on the table's row type, which PostgreSQL reports so rather than as {@link
   * #DUPLICATE_TABLE}.
   */
  static final String DUPLICATE_OBJECT = "42710";

  /** The SQLState of an existing table created again. */
  static final String DUPLICATE_TABLE = "42P07";

  /** The SQLState of a statement run with no schema to create in. */
  static final String INVALID_SCHEMA_NAME = "3F000";

  private Sql() {}

  /**
   * Returns the failure of a transaction that found a key it had seen free taken by a transaction
   * that committed first: a serialization failure in all but name, reported with its SQLState so
   * that the store tries the action again, and this time the key's owner is there to deny it.
   *
   * @param key the key, for the message, such as {@code "invitation id t1"}
   */
  static SQLException lostRace(String key) {
    return new SQLException(
        "A concurrent transaction took " + key + " first", RetryPolicy.SERIALIZATION_FAILURE);
  }

  /** Binds an instant to a {@code timestamptz} parameter (to the microsecond). */
  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
