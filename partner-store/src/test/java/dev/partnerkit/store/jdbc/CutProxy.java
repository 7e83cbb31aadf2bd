package dev.partnerkit.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy on 127.0.0.1 between JDBC and PostgreSQL that cuts a connection at its next {@code
 * COMMIT}: either before the commit reaches the server (the server then rolls the transaction back
 * when it sees the connection end) or after the server has committed and answered, dropping the
 * answer. It can also refuse new connections for a while, as a server does during a failover.
 *
 * <p>It finds the commit in the client's bytes: the query text {@code COMMIT} that pgjdbc sends in
 * a Parse message; URLs from {@link #url} set {@code prepareThreshold=0}, so that the text is sent
 * every time rather than once for a named server-side statement. Thread-safe.
 */
final class CutProxy implements AutoCloseable {
  /** Where the next commit is cut. */
  enum Cut {
    /** The commit never reaches the server. */
    BEFORE_COMMIT,
    /** The server commits and answers; the answer never reaches the client. */
    AFTER_COMMIT
  }

  private static final byte[] COMMIT = "COMMIT\0".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern HOST_PORT = Pattern.compile("//([^/:]+):(\\d+)/");

  private final String host;
  private final int port;
  private final ServerSocket listener;
  private final AtomicReference<Cut> armed = new AtomicReference<>();
  private final AtomicInteger cuts = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean refusing;
  private volatile boolean refuseAfterCut;

  /** Starts a proxy to the server of a PostgreSQL JDBC URL. */
  CutProxy(String serverUrl) throws IOException {
    Matcher m = HOST_PORT.matcher(serverUrl);
    if (!m.find()) {
      throw new IllegalArgumentException("expected a URL with //host:port/, got " + serverUrl);
    }
    this.host = m.group(1);
    this.port = Integer.parseInt(m.group(2));
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accepting = new Thread(this::accept, "cut-proxy-accept");
    accepting.setDaemon(true);
    accepting.start();
  }

  /** Returns the URL through this proxy: the same URL on the proxy's port, statements unnamed. */
  String url(String url) {
    String proxied =
        HOST_PORT.matcher(url).replaceFirst("//127.0.0.1:" + listener.getLocalPort() + "/");
    return proxied + (proxied.contains("?") ? "&" : "?") + "prepareThreshold=0";
  }

  /** Cuts the connection that sends the next commit, once. */
  void arm(Cut cut) {
    arm(cut, false);
  }

  /**
   * Cuts the next commit; with {@code thenRefuse}, also every other open connection, and refuses
   * new ones until {@link #refuse(boolean)}.
   */
  void arm(Cut cut, boolean thenRefuse) {
    refuseAfterCut = thenRefuse;
    armed.set(cut);
  }

  /** Refuses (accepts and closes at once) new connections, or takes them again. */
  void refuse(boolean refuse) {
    refusing = refuse;
  }

  /** Returns how many connections were cut. */
  int cuts() {
    return cuts.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (refusing) {
          client.close();
          continue;
        }
        Socket server = new Socket();
        server.connect(new InetSocketAddress(host, port));
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        open.add(client);
        open.add(server);
        Link link = new Link(client, server);
        start("cut-proxy-up", link::up);
        start("cut-proxy-down", link::down);
      } catch (IOException e) {
        // The listener closed, or the server refused this one connection: the client sees it.
      }
    }
  }

  private static void start(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
  }

  /** One client's connection to the server. */
  private final class Link {
    private final Socket client;
    private final Socket server;
    private volatile boolean dropAnswer;

    Link(Socket client, Socket server) {
      this.client = client;
      this.server = server;
    }

    void up() {
      byte[] buffer = new byte[65536];
      try (InputStream in = client.getInputStream();
          OutputStream out = server.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          if (contains(buffer, n, COMMIT)) {
            Cut cut = armed.getAndSet(null);
            if (cut == Cut.BEFORE_COMMIT) {
              cut();
              return;
            }
            if (cut == Cut.AFTER_COMMIT) {
              dropAnswer = true;
            }
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // Either side closed: the other is closed below.
      } finally {
        closeBoth();
      }
    }

    void down() {
      byte[] buffer = new byte[65536];
      try (InputStream in = server.getInputStream();
          OutputStream out = client.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          if (dropAnswer) {
            // The server answered the commit, so it has committed: the client never hears it.
            cut();
            return;
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // Either side closed: the other is closed below.
      } finally {
        closeBoth();
      }
    }

    private void cut() {
      if (refuseAfterCut) {
        // As in a failover: no connection survives, and none is taken until the server is back.
        refusing = true;
        for (Socket socket : open) {
          closeQuietly(socket);
        }
      }
      cuts.incrementAndGet();
      closeBoth();
    }

    private void closeBoth() {
      closeQuietly(client);
      closeQuietly(server);
    }
  }

  private static boolean contains(byte[] buffer, int length, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (buffer[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing a socket that failed: nothing left to do.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : open) {
      closeQuietly(socket);
    }
  }
}
