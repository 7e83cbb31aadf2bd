package dev.partnerkit.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 (a free port) that answers with scripted responses in order, then
 * with a default one, and records every request it got. For tests of what the client sends and how
 * it reacts; no mock of the client's own types.
 */
public final class LoopbackServer implements AutoCloseable {
  /** One request as the server saw it. */
  public record Seen(String method, String path, Map<String, List<String>> headers) {
    /** Returns the first value of a header, or null. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** One scripted answer. */
  public record Answer(int status, Map<String, String> headers, String body, Duration delay) {
    /** Returns an answer with a JSON body (or none, when empty) and no delay. */
    public static Answer of(int status, String body) {
      return new Answer(status, Map.of(), body, Duration.ZERO);
    }

    /** Returns a copy with one more header. */
    public Answer withHeader(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Answer(status, copy, body, delay);
    }

    /** Returns a copy answered after a delay. */
    public Answer after(Duration wait) {
      return new Answer(status, headers, body, wait);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private volatile Answer fallback;

  /**
   * Starts a server whose answer, once the script is used up, is the given one.
   *
   * @param fallback the default answer
   */
  public LoopbackServer(Answer fallback) {
    this.fallback = fallback;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Queues answers, given in order before the default one. */
  public LoopbackServer then(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  /** Returns the server's base URI with a path, such as {@code http://127.0.0.1:4711/pc}. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Returns the requests seen so far. */
  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
      seen.add(
          new Seen(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              Map.copyOf(exchange.getRequestHeaders())));
      Answer answer = script.poll();
      if (answer == null) {
        answer = fallback;
      }
      if (!answer.delay().isZero()) {
        try {
          Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      if (body.length > 0) {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
