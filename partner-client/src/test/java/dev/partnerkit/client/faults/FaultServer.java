package dev.partnerkit.client.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: each request it reads gets
 * the next {@link Fault} of its script (the last one repeats), and every request is recorded with
 * its method, path and headers before the fault is applied, so that a test can see what reached the
 * server even when the answer never came.
 *
 * <p>Public so that the security tests can use it as a second host. Thread-safe; one thread per
 * connection. {@link #close()} closes every socket, which also ends the faults that stall.
 */
public final class FaultServer implements AutoCloseable {
  /** A request as the server read it. */
  public record Recorded(String method, String path, Map<String, String> headers) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** One way to answer (or not answer) a request. */
  @FunctionalInterface
  public interface Fault {
    void answer(Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final List<Fault> script;
  private final AtomicInteger served = new AtomicInteger();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fault-server");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean closed;

  private FaultServer(List<Fault> script) throws IOException {
    this.script = List.copyOf(script);
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    threads.execute(this::acceptLoop);
  }

  /**
   * Starts a server whose n-th request gets the n-th fault; requests past the script get its last.
   *
   * @param script the faults, in order
   * @return the running server
   */
  public static FaultServer start(Fault... script) throws IOException {
    if (script.length == 0) {
      throw new IllegalArgumentException("a script needs at least one fault");
    }
    return new FaultServer(List.of(script));
  }

  /** Returns {@code http://127.0.0.1:port}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /** Returns what reached the server, in order. */
  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException e) {
        // The server socket was closed; the loop ends.
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      Recorded request = read(in);
      if (request == null) {
        return;
      }
      requests.add(request);
      int n = served.getAndIncrement();
      script.get(Math.min(n, script.size() - 1)).answer(socket, out);
    } catch (IOException | InterruptedException e) {
      // The client went away or the server is closing; a misbehaving server does not care.
    } finally {
      open.remove(socket);
    }
  }

  /** Reads one request: request line, headers and a Content-Length body. */
  private static Recorded read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > 64 * 1024) {
        throw new IOException("request head too large");
      }
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    in.readNBytes(length);
    return new Recorded(requestLine[0], requestLine[1], Collections.unmodifiableMap(headers));
  }

  // The faults.

  /** Answers 200 with a JSON body and closes the connection. */
  public static Fault ok(String json) {
    return (socket, out) -> respond(out, 200, Map.of(), json);
  }

  /** Answers with a status, extra headers and a JSON body. */
  public static Fault status(int status, Map<String, String> headers, String json) {
    return (socket, out) -> respond(out, status, headers, json);
  }

  /** Answers 429 with {@code Retry-After} in seconds. */
  public static Fault throttle(int retryAfterSeconds) {
    return status(
        429,
        Map.of("Retry-After", Integer.toString(retryAfterSeconds)),
        "{\"statusCode\":429,\"message\":\"Rate limit is exceeded.\"}");
  }

  /** Resets the connection (RST, not FIN) once the request is read. */
  public static Fault reset() {
    return (socket, out) -> {
      socket.setSoLinger(true, 0);
      socket.close();
    };
  }

  /** Sends the headers and half the declared body, then closes. */
  public static Fault halfBody(String json) {
    return (socket, out) -> {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      writeHead(out, 200, Map.of("Content-Length", Integer.toString(body.length)));
      out.write(body, 0, body.length / 2);
      out.flush();
    };
  }

  /** Declares a longer body than it sends, sends what it has, then stalls until closed. */
  public static Fault shortBodyThenStall(String json) {
    return (socket, out) -> {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      writeHead(out, 200, Map.of("Content-Length", Integer.toString(body.length + 100)));
      out.write(body);
      out.flush();
      stall();
    };
  }

  /** Declares a longer body than it sends, sends what it has, then closes. */
  public static Fault shortBodyThenClose(String json) {
    return (socket, out) -> {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      writeHead(out, 200, Map.of("Content-Length", Integer.toString(body.length + 100)));
      out.write(body);
      out.flush();
    };
  }

  /** Streams a chunked body one byte every 50 ms, forever. */
  public static Fault dripForever() {
    return (socket, out) -> {
      writeHead(out, 200, Map.of("Transfer-Encoding", "chunked"));
      out.write("1\r\n[\r\n".getBytes(StandardCharsets.US_ASCII));
      while (true) {
        out.write("1\r\n \r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(50);
      }
    };
  }

  /** Reads the request and never answers. */
  public static Fault neverAnswer() {
    return (socket, out) -> stall();
  }

  /** Answers with bytes that are not HTTP, then closes. */
  public static Fault garbage() {
    return (socket, out) -> {
      out.write("SSH-2.0-OpenSSH_9.6\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    };
  }

  /** Declares a body of 100 MiB and sends a few bytes of it, then stalls. */
  public static Fault huge() {
    return (socket, out) -> {
      writeHead(out, 200, Map.of("Content-Length", Long.toString(100L * 1024 * 1024)));
      out.write("{\"id\":\"".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      stall();
    };
  }

  private static void stall() throws InterruptedException {
    Thread.sleep(Long.MAX_VALUE);
  }

  private static void respond(
      OutputStream out, int status, Map<String, String> headers, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/json");
    all.put("Content-Length", Integer.toString(body.length));
    writeHead(out, status, all);
    out.write(body);
    out.flush();
  }

  private static void writeHead(OutputStream out, int status, Map<String, String> headers)
      throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
    List<Map.Entry<String, String>> entries = new ArrayList<>(headers.entrySet());
    entries.add(Map.entry("Connection", "close"));
    for (Map.Entry<String, String> header : entries) {
      head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    head.append("\r\n");
    try {
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (SocketException e) {
      throw new IOException("the client closed the connection", e);
    }
  }
}
