package dev.partnerkit.store.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A connection pool for the tests and the benchmarks: what an application's pool (HikariCP) does
 * for the store, without a dependency. It opens connections when it needs them, up to its size;
 * checks one that sat idle before handing it out; returns a borrowed one on {@code close()}, rolled
 * back and in autocommit mode; and throws away one that failed with a connection error (lost,
 * terminated), so that the next borrow connects again, after a failover through the multi-host URL
 * to whichever server is primary now.
 *
 * <p>It also counts, per thread, the connections it handed out: an action whose call threw before
 * it got any connection cannot have been applied ({@link #handedOut()}). Thread-safe.
 */
public final class TestPool implements DataSource, AutoCloseable {
  private static final long VALIDATE_AFTER_IDLE_NANOS = 500_000_000L;

  private final DataSource source;
  private final int size;
  private final Deque<Idle> idle = new ArrayDeque<>();
  private final List<Connection> open = new ArrayList<>();
  private final ThreadLocal<long[]> handedOut = ThreadLocal.withInitial(() -> new long[1]);
  private boolean closed;

  private record Idle(Connection connection, long since) {}

  /**
   * Creates a pool that opens no connection yet.
   *
   * @param source where connections come from
   * @param size the most connections open at once
   */
  public TestPool(DataSource source, int size) {
    this.source = source;
    this.size = size;
  }

  /**
   * Returns how many connections this thread has been handed so far.
   *
   * @return the count
   */
  public long handedOut() {
    return handedOut.get()[0];
  }

  @Override
  public Connection getConnection() throws SQLException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      Idle reuse = null;
      boolean mayOpen = false;
      synchronized (this) {
        if (closed) {
          throw new SQLException("pool closed", "08003");
        }
        if (!idle.isEmpty()) {
          reuse = idle.pollFirst();
        } else if (open.size() < size) {
          open.add(null); // reserve the place while connecting outside the lock
          mayOpen = true;
        } else if (System.nanoTime() > deadline) {
          throw new SQLException("no pooled connection free after 30 s", "08001");
        } else {
          try {
            wait(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a pooled connection", "08001", e);
          }
          continue;
        }
      }
      if (reuse != null) {
        if (System.nanoTime() - reuse.since() < VALIDATE_AFTER_IDLE_NANOS
            || reuse.connection().isValid(2)) {
          return borrowed(reuse.connection());
        }
        discard(reuse.connection());
        continue;
      }
      if (mayOpen) {
        Connection c;
        try {
          c = source.getConnection();
        } catch (SQLException | RuntimeException e) {
          synchronized (this) {
            open.remove(null);
            notifyAll();
          }
          throw e;
        }
        synchronized (this) {
          open.set(open.indexOf(null), c);
        }
        return borrowed(c);
      }
    }
  }

  private Connection borrowed(Connection c) {
    handedOut.get()[0]++;
    InvocationHandler handler =
        new InvocationHandler() {
          private boolean returned;
          private boolean broken;

          @Override
          public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ("close".equals(name)) {
              if (!returned) {
                returned = true;
                giveBack(c, broken);
              }
              return null;
            }
            if ("isClosed".equals(name)) {
              return returned || c.isClosed();
            }
            if (returned) {
              throw new SQLException("connection returned to the pool", "08003");
            }
            try {
              return method.invoke(c, args);
            } catch (InvocationTargetException e) {
              Throwable cause = e.getCause();
              if (cause instanceof SQLException sql && isConnectionError(sql)) {
                broken = true;
              }
              throw cause;
            }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            TestPool.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  /** Returns whether the error means the connection is gone (class 08, or the server shut down). */
  private static boolean isConnectionError(SQLException e) {
    for (SQLException link = e; link != null; link = link.getNextException()) {
      String state = link.getSQLState();
      if (state == null || state.startsWith("08") || state.startsWith("57P")) {
        return true;
      }
    }
    return false;
  }

  private void giveBack(Connection c, boolean broken) {
    if (!broken) {
      try {
        if (!c.isClosed()) {
          if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
          }
          synchronized (this) {
            idle.addFirst(new Idle(c, System.nanoTime()));
            notifyAll();
          }
          return;
        }
      } catch (SQLException e) {
        // Could not reset it: it is broken after all.
      }
    }
    discard(c);
  }

  private void discard(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Already dead; nothing to release but the place in the pool.
    }
    synchronized (this) {
      open.remove(c);
      notifyAll();
    }
  }

  @Override
  public void close() {
    List<Connection> all;
    synchronized (this) {
      closed = true;
      all = new ArrayList<>(open);
      open.clear();
      idle.clear();
    }
    for (Connection c : all) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException e) {
          // Closing a connection to a dead server; nothing left to release.
        }
      }
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
