package dev.partnerkit.store.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new connection through {@link DriverManager} for each request:
 * the simplest way to point a {@link PostgresStorage} at a JDBC URL, for a command-line tool or a
 * test. It pools nothing, so each action pays for a new connection; a server should pass its own
 * pooled {@code DataSource} (HikariCP, Agroal, the application server's) instead.
 *
 * <p>The JDBC driver must be on the class path: Partnerkit ships none. Immutable and thread-safe;
 * create with {@link #of(String)} or {@link #of(String, Properties)}. Its {@code toString} shows
 * the URL without its query and user information, where a password may be.
 */
public final class JdbcUrlDataSource implements DataSource {
  private final String url;
  private final Properties properties;

  private JdbcUrlDataSource(String url, Properties properties) {
    this.url = url;
    this.properties = properties;
  }

  /**
   * Returns a data source for a JDBC URL such as {@code
   * jdbc:postgresql://db.example.com:5432/portal?user=portal&currentSchema=partnerkit}.
   *
   * @param url the JDBC URL
   * @return the data source
   * @throws IllegalArgumentException when the text is not a JDBC URL
   */
  public static JdbcUrlDataSource of(String url) {
    return of(url, new Properties());
  }

  /**
   * Returns a data source for a JDBC URL, with connection properties such as {@code user} and
   * {@code password} kept out of the URL.
   *
   * @param url the JDBC URL
   * @param properties the connection properties; copied
   * @return the data source
   * @throws IllegalArgumentException when the text is not a JDBC URL
   */
  public static JdbcUrlDataSource of(String url, Properties properties) {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(properties, "properties");
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "Expected a JDBC URL such as jdbc:postgresql://host:5432/database, but got "
              + redact(url));
    }
    Properties copy = new Properties();
    copy.putAll(properties);
    return new JdbcUrlDataSource(url, copy);
  }

  /**
   * Opens a new connection.
   *
   * @return the connection
   * @throws SQLException when the driver cannot connect, or no driver takes the URL
   */
  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  /**
   * Opens a new connection as the given user.
   *
   * @param username the user
   * @param password the password
   * @return the connection
   * @throws SQLException when the driver cannot connect
   */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties withUser = new Properties();
    withUser.putAll(properties);
    withUser.setProperty("user", username);
    withUser.setProperty("password", password);
    return DriverManager.getConnection(url, withUser);
  }

  /**
   * Returns null: this data source writes no log.
   *
   * @return null
   */
  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  /**
   * Does nothing: this data source writes no log.
   *
   * @param out ignored
   */
  @Override
  public void setLogWriter(PrintWriter out) {
    // Nothing is logged here; the driver has its own logging.
  }

  /**
   * Sets the login timeout of {@link DriverManager}, which is shared by every data source of the
   * JVM.
   *
   * @param seconds the timeout
   */
  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  /**
   * Returns the login timeout of {@link DriverManager}.
   *
   * @return the timeout in seconds, 0 for none
   */
  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  /**
   * Throws: this data source uses no {@code java.util.logging} logger.
   *
   * @return never
   * @throws SQLFeatureNotSupportedException always
   */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("JdbcUrlDataSource logs nothing");
  }

  /**
   * Returns this data source as {@code type}, when it is one.
   *
   * @param <T> the type
   * @param type the type
   * @return this
   * @throws SQLException when this is not a {@code type}
   */
  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("JdbcUrlDataSource is not a " + type.getName());
  }

  /**
   * Returns whether this data source is a {@code type}.
   *
   * @param type the type
   * @return true when it is
   */
  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  /**
   * Returns the URL without its query and properties, where secrets may be.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "JdbcUrlDataSource[" + redact(url) + "]";
  }

  /**
   * Returns a JDBC URL fit for logs and messages: the query and any user information are dropped,
   * because drivers take passwords there.
   *
   * @param url a JDBC URL, or any text
   * @return the URL without its query and user information
   */
  public static String redact(String url) {
    Objects.requireNonNull(url, "url");
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    int authority = base.indexOf("//");
    int user = base.indexOf('@');
    if (authority >= 0 && user > authority) {
      base = base.substring(0, authority + 2) + "..." + base.substring(user);
    }
    return query < 0 ? base : base + "?...";
  }
}
