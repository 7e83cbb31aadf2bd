package dev.partnerkit.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store's tables are: in the connections' own schema (their {@code search_path}), or in a
 * schema named to the builder. The store's SQL names its tables unqualified, so a named schema is
 * set as the transaction's {@code search_path} with {@code SET LOCAL}, which PostgreSQL undoes at
 * commit or rollback: a pooled connection goes back to the pool as the application configured it,
 * and the application's own statements keep their schema. Immutable and thread-safe.
 *
 * @param name the schema's name as PostgreSQL stores it (case kept); empty for the connections' own
 */
record StoreSchema(Optional<String> name) {
  /** The longest identifier PostgreSQL keeps whole, in bytes ({@code NAMEDATALEN - 1}). */
  private static final int MAX_NAME_BYTES = 63;

  /** The connections' own schema: nothing is set. */
  static final StoreSchema CONNECTION = new StoreSchema(Optional.empty());

  StoreSchema {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Returns the schema of this name.
   *
   * @throws IllegalArgumentException when the name is blank, holds a NUL character, or is longer
   *     than PostgreSQL keeps
   */
  static StoreSchema named(String name) {
    Objects.requireNonNull(name, "schema");
    if (name.isBlank()
        || name.indexOf('\0') >= 0
        || name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      throw new IllegalArgumentException(
          "schema must be a PostgreSQL schema name: not blank, no NUL character, at most "
              + MAX_NAME_BYTES
              + " bytes in UTF-8, but was \""
              + name
              + "\"");
    }
    return new StoreSchema(Optional.of(name));
  }

  /**
   * Points the connection's current transaction at this schema; does nothing for the connections'
   * own. The connection must be in a transaction (autocommit off), or the setting would not last to
   * the next statement.
   */
  void enter(Connection c) throws SQLException {
    if (name.isPresent()) {
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL search_path TO " + quoted(name.get()));
      }
    }
  }

  /** Returns a description for messages: the schema's name, or the connections' own. */
  String describe() {
    return name.map(n -> "schema " + quoted(n)).orElse("the connections' schema");
  }

  /** Quotes an identifier as PostgreSQL reads it: as written, case and all. */
  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
