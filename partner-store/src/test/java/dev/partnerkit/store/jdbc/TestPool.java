package dev.partnerkit.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A fixed-size connection pool over a {@link JdbcUrlDataSource}, for the tests and the benchmark:
 * what an application's pool does for the store, without a dependency. A borrowed connection
 * returns to the pool on {@code close()}, rolled back and in autocommit mode; one that broke (lost,
 * terminated) is dropped instead, and the next borrower gets a new one from the source, as HikariCP
 * does.
 */
final class TestPool implements DataSource, AutoCloseable {
  private final DataSource source;
  private final Semaphore free;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new CopyOnWriteArrayList<>();

  TestPool(DataSource source, int size) throws SQLException {
    this.source = source;
    this.free = new Semaphore(size);
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Connection c = source.getConnection();
      all.add(c);
      idle.add(c);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      if (!free.tryAcquire(60, TimeUnit.SECONDS)) {
        throw new SQLException("no pooled connection free after 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a pooled connection", e);
    }
    try {
      Connection c = idle.poll();
      while (c != null && c.isClosed()) {
        c = idle.poll();
      }
      if (c == null) {
        c = source.getConnection();
        all.add(c);
      }
      return borrowed(c);
    } catch (SQLException | RuntimeException e) {
      free.release();
      throw e;
    }
  }

  /** Returns a connection to the pool, or drops it when it broke. */
  private void giveBack(Connection c) {
    try {
      if (!c.isClosed()) {
        if (!c.getAutoCommit()) {
          c.rollback();
          c.setAutoCommit(true);
        }
        idle.add(c);
      }
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
    } finally {
      free.release();
    }
  }

  private Connection borrowed(Connection c) {
    InvocationHandler handler =
        new InvocationHandler() {
          private boolean closed;

          @Override
          public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ("close".equals(name)) {
              if (!closed) {
                closed = true;
                giveBack(c);
              }
              return null;
            }
            if ("isClosed".equals(name)) {
              return closed;
            }
            if (closed) {
              throw new SQLException("connection returned to the pool");
            }
            try {
              return method.invoke(c, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            TestPool.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : all) {
      c.close();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the test pool has one user");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
