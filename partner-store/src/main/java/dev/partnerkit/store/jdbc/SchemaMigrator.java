package dev.partnerkit.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Creates or upgrades the store's schema from the versioned scripts shipped in the jar ({@code
 * V1__program.sql}, ...), each applied once, in order, in one transaction.
 *
 * <p>Safe when several instances start at once: each takes a lock row ({@code SELECT ... FOR
 * UPDATE} on {@code partnerkit_schema_lock}, a table only this migrator uses) before it reads the
 * applied versions, so the first applies what is pending and the others find nothing left to do.
 * The scripts record their own versions in {@code partnerkit_schema_version}, so a schema built by
 * Flyway or Liquibase from the same files reads as current too. Thread-safe: a utility class.
 */
final class SchemaMigrator {
  /** One versioned script. */
  record Script(int version, String description) {
    String resource() {
      return "V" + version + "__" + description + ".sql";
    }
  }

  /** Every script, in version order; the last is the version this code reads and writes. */
  static final List<Script> SCRIPTS =
      List.of(
          new Script(1, "program"),
          new Script(2, "reseller_invitation"),
          new Script(3, "idempotency"));

  static final int LATEST = SCRIPTS.get(SCRIPTS.size() - 1).version();

  private static final String LOCK_TABLE =
      "CREATE TABLE IF NOT EXISTS partnerkit_schema_lock (id integer PRIMARY KEY CHECK (id = 1))";

  private SchemaMigrator() {}

  /** Applies the pending scripts; returns the versions applied, none when current. */
  static List<Integer> migrate(DataSource dataSource, StoreSchema schema, RetryPolicy retry) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        try {
          return migrate(c, schema);
        } catch (SQLException | RuntimeException e) {
          PostgresStorage.rollbackQuietly(c, e);
          throw e;
        } finally {
          PostgresStorage.restoreAutoCommit(c);
        }
      } catch (SQLException e) {
        if (attempt < retry.maxAttempts() && isRetryable(e)) {
          retry.pause(attempt);
          continue;
        }
        throw new StoreException(
            "migrating the Partnerkit tables in "
                + schema.describe()
                + (Sql.INVALID_SCHEMA_NAME.equals(e.getSQLState())
                    ? " (the schema does not exist: create it first, or fix the schema name,"
                        + " currentSchema or search_path)"
                    : ""),
            attempt,
            e);
      }
    }
  }

  /**
   * Concurrent first runs may collide creating the lock table (PostgreSQL reports it as a unique
   * violation in its catalog, a duplicate table or a duplicate type); another try finds it there.
   */
  private static boolean isRetryable(SQLException e) {
    return RetryPolicy.isRetryable(e)
        || Sql.UNIQUE_VIOLATION.equals(e.getSQLState())
        || Sql.DUPLICATE_TABLE.equals(e.getSQLState())
        || Sql.DUPLICATE_OBJECT.equals(e.getSQLState());
  }

  private static List<Integer> migrate(Connection c, StoreSchema schema) throws SQLException {
    // The lock table and row are committed in a transaction of their own, before the row is
    // locked: instances starting at once then wait on a committed row, and a named schema's
    // SET LOCAL needs a transaction (the connection's own schema would do in autocommit too).
    c.setAutoCommit(false);
    schema.enter(c);
    try (Statement s = c.createStatement()) {
      s.execute(LOCK_TABLE);
      s.execute("INSERT INTO partnerkit_schema_lock (id) VALUES (1) ON CONFLICT DO NOTHING");
    }
    c.commit();
    schema.enter(c);
    try (Statement s = c.createStatement()) {
      s.executeQuery("SELECT id FROM partnerkit_schema_lock WHERE id = 1 FOR UPDATE").close();
    }
    int current = currentVersion(c).orElse(0);
    if (current > LATEST) {
      throw newerSchema(current);
    }
    List<Integer> applied = new ArrayList<>();
    for (Script script : SCRIPTS) {
      if (script.version() <= current) {
        continue;
      }
      try (Statement s = c.createStatement()) {
        for (String sql : statements(read(script))) {
          s.execute(sql);
        }
      }
      if (currentVersion(c).orElse(0) != script.version()) {
        throw new StoreException(
            "Schema script "
                + script.resource()
                + " did not record version "
                + script.version()
                + " in partnerkit_schema_version; the script in the jar is damaged");
      }
      applied.add(script.version());
    }
    c.commit();
    return applied;
  }

  /** Returns the schema's version, empty when it has no Partnerkit schema at all. */
  static Optional<Integer> currentVersion(Connection c) throws SQLException {
    boolean exists;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_name = ?")) {
      s.setString(1, "partnerkit_schema_version");
      try (ResultSet r = s.executeQuery()) {
        exists = r.next();
      }
    }
    if (!exists) {
      return Optional.empty();
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT max(version) FROM partnerkit_schema_version")) {
      r.next();
      int version = r.getInt(1);
      return r.wasNull() ? Optional.empty() : Optional.of(version);
    }
  }

  static StoreException newerSchema(int version) {
    return new StoreException(
        "The database holds Partnerkit schema version "
            + version
            + ", newer than version "
            + LATEST
            + " that this Partnerkit reads; upgrade Partnerkit to the version that wrote it");
  }

  static String read(Script script) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(script.resource())) {
      if (in == null) {
        throw new StoreException(
            "Schema script "
                + script.resource()
                + " is missing from the class path; the partner-store jar is damaged");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read schema script " + script.resource(), e);
    }
  }

  /**
   * Splits a script into statements: lines up to one ending with {@code ;}, without {@code --}
   * comment lines. The scripts keep to that form (no functions, no dollar quoting).
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line.stripTrailing());
      if (trimmed.endsWith(";")) {
        current.setLength(current.length() - 1);
        statements.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.toString().strip().length() > 0) {
      throw new StoreException(
          "A schema script ends without ';' after: " + current + "; the jar is damaged");
    }
    return statements;
  }
}
