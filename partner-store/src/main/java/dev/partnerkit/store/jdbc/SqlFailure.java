package dev.partnerkit.store.jdbc;

import java.sql.SQLException;

/**
 * Carries a {@link SQLException} through code that cannot declare it, such as the {@link
 * dev.partnerkit.rules.ProgramView} the rules read; the store unwraps it to retry or to report a
 * {@link StoreException}.
 */
final class SqlFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SqlFailure(SQLException cause) {
    super(cause);
  }

  SQLException sqlException() {
    return (SQLException) getCause();
  }
}
