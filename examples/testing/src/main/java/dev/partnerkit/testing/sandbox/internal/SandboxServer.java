package dev.partnerkit.testing.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.partnerkit.testing.Fault;
import dev.partnerkit.testing.SandboxRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Not API: the sandbox's HTTP server on the loopback address, built on the JDK's {@code
 * com.sun.net.httpserver} (no dependency, and enough for a test server: the client speaks HTTP/1.1
 * to it).
 *
 * <p>Each request goes through: the fault plan (latency, 429, 5xx, a dropped connection), the
 * bearer token (401), the rate limits (429, {@link RateLimiter}), the route (404, 405), then its
 * handler; changes run one at a time, and a Partner Center POST or PATCH with an {@code
 * MS-RequestId} runs once per caller and id (API-4). The answer echoes the request and correlation
 * ids. Nothing here logs a header or a body, so no token reaches a log. Thread-safe.
 *
 * <p>Connections: the JDK server reads a request's line, headers and body on an executor thread, so
 * a client that sends one byte and stops holds a thread. The executor therefore grows with the
 * connections being read (up to {@value #MAX_THREADS} threads; past that a new request's connection
 * is closed, never queued behind stalled ones), and the JDK's request and response timers close a
 * connection that takes longer than {@value #MAX_REQUEST_SECONDS} seconds to send its request or to
 * take its answer. The JDK reads those timers, and {@code TCP_NODELAY}, from system properties
 * once, when the first {@code HttpServer} of the JVM is created; this class sets them first unless
 * they were set already ({@link #configureJdkServer()}).
 */
public final class SandboxServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.partnerkit.testing.sandbox");
  private static final int MAX_BODY = 1 << 20;

  /**
   * The most threads serving at once: each request being read or handled holds one, and a stalled
   * client holds its thread until the request timer closes its connection.
   */
  static final int MAX_THREADS = 256;

  /**
   * The seconds a client may take to send a request (line, headers and body) or to take an answer.
   * Handling time does not count: the JDK stops the request timer when the body has been read.
   */
  static final int MAX_REQUEST_SECONDS = 30;

  /** The system properties the JDK server reads once, with the values the sandbox wants. */
  private static final Map<String, String> JDK_SERVER_PROPERTIES =
      Map.of(
          // Without it each answer on a kept-alive connection waits for the client's delayed ACK
          // (about 40 ms on Linux) before the next request can be sent.
          "sun.net.httpserver.nodelay", "true",
          "sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS),
          "sun.net.httpserver.maxRspTime", Integer.toString(MAX_REQUEST_SECONDS));

  static {
    configureJdkServer();
  }

  /** The most bytes of an over-long body read and thrown away, so that its 413 arrives. */
  private static final long MAX_DRAIN = 16L << 20;

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final SandboxContext context;
  private final TokenRegistry tokens;
  private final FaultInjector faults;
  private final RateLimiter limiter;
  private final Consumer<SandboxRequest> log;
  private final Router router = new Router();
  private final Idempotency idempotency = new Idempotency();
  private final ReentrantLock changes = new ReentrantLock();
  private final HttpServer server;
  private final ExecutorService executor;
  private final URI origin;

  /**
   * Binds the server; {@link #start()} starts serving.
   *
   * @param context the sandbox's context
   * @param tokens the token registry
   * @param faults the fault injector
   * @param limiter the rate limits
   * @param port the port on 127.0.0.1, 0 for a free one
   * @param log receives every request, for the sandbox's request log
   * @throws IOException when the port cannot be bound
   */
  public SandboxServer(
      SandboxContext context,
      TokenRegistry tokens,
      FaultInjector faults,
      RateLimiter limiter,
      int port,
      Consumer<SandboxRequest> log)
      throws IOException {
    this.context = Objects.requireNonNull(context, "context");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.log = Objects.requireNonNull(log, "log");
    PartnerCenterApi.register(router, context);
    OrderApi.register(router, context);
    SubscriptionApi.register(router, context);
    AgreementApi.register(router, context);
    CatalogApi.register(router, context);
    TransitionApi.register(router, context);
    GraphApi.register(router, context);
    AzureApi.register(router, context);
    CustomerApi.register(router, context);
    SeedApi.register(router, context);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    this.server = HttpServer.create(new InetSocketAddress(loopback, port), 64);
    // A hand-off queue: a request gets a thread at once or its connection is closed (the JDK server
    // closes it when execute is refused), so a request never waits behind stalled clients.
    this.executor =
        new ThreadPoolExecutor(
            0,
            MAX_THREADS,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "partnerkit-sandbox-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    this.origin =
        URI.create("http://" + loopback.getHostAddress() + ":" + server.getAddress().getPort());
    context.origin(origin);
  }

  /**
   * Sets the JDK server's system properties that the sandbox needs ({@code
   * sun.net.httpserver.nodelay}, {@code maxReqTime}, {@code maxRspTime}) unless the JVM was started
   * with them. It takes effect only when called before the JVM's first {@code HttpServer} is
   * created, since the JDK reads them once; the sandbox calls it before creating its own.
   *
   * @return the properties this call set, empty when every one was set already
   */
  public static Map<String, String> configureJdkServer() {
    Map<String, String> set = new java.util.TreeMap<>();
    synchronized (System.getProperties()) {
      JDK_SERVER_PROPERTIES.forEach(
          (name, value) -> {
            if (System.getProperty(name) == null) {
              System.setProperty(name, value);
              set.put(name, value);
            }
          });
    }
    return set;
  }

  /** Starts serving. */
  public void start() {
    server.start();
  }

  /**
   * Returns the origin served, such as {@code http://127.0.0.1:54321}.
   *
   * @return the origin
   */
  public URI origin() {
    return origin;
  }

  /** Stops serving at once and releases the threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try {
      serve(exchange);
    } catch (IOException | RuntimeException e) {
      LOG.log(
          System.Logger.Level.DEBUG,
          () ->
              "sandbox could not answer "
                  + exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI().getRawPath()
                  + ": "
                  + e.getClass().getSimpleName());
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    Instant now = context.now();
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    URI uri = exchange.getRequestURI();
    String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
    String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    String shown = rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    Optional<String> requestId =
        first(exchange, "MS-RequestId", "client-request-id", "x-ms-client-request-id");
    Optional<String> correlationId =
        first(exchange, "MS-CorrelationId", "x-ms-correlation-request-id");
    Api api = Api.forPath(rawPath).orElse(Api.SANDBOX);
    String errorId = requestId.orElseGet(() -> UUID.randomUUID().toString());

    // The body is read before any fault's pause: the JDK's request timer runs until the body is
    // read, and a latency fault (up to 60 s) would otherwise have the connection closed under it.
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        // Read the rest before answering 413: a connection closed with bytes unread is reset, and
        // the client would lose the answer. Past MAX_DRAIN it is reset all the same.
        drain(in);
      }
    }

    Optional<Fault> fault = faults.next(rawPath);
    Optional<Fault.Kind> kind = fault.map(Fault::getKind);
    if (fault.isPresent()) {
      Fault f = fault.get();
      Optional<ApiProblem> refused = Optional.empty();
      switch (f.getKind()) {
        case LATENCY -> pause(f.getDelay());
        case THROTTLE ->
            refused = Optional.of(ApiProblem.throttled(f.getRetryAfter().orElse(Duration.ZERO)));
        case SERVER_ERROR ->
            refused = Optional.of(ApiProblem.serverError(f.getStatus(), f.getRetryAfter()));
        case DISCONNECT -> {
          record(now, method, shown, 0, requestId, correlationId, kind, false);
          exchange.close();
          return;
        }
        case LOSE_RESPONSE -> {
          // handled below: the request is served, then its answer dropped
        }
      }
      if (refused.isPresent()) {
        ApiResponse answer = problem(api, refused.get(), errorId, now);
        record(now, method, shown, answer.status(), requestId, correlationId, kind, false);
        send(exchange, api, answer, requestId, correlationId);
        return;
      }
    }

    ApiResponse response;
    boolean replayed = false;
    try {
      if (body.length > MAX_BODY) {
        throw ApiProblem.of(
            413, ApiProblem.INVALID_REQUEST, "The request body is over " + MAX_BODY + " bytes.");
      }
      if (Api.forPath(rawPath).isEmpty()) {
        throw ApiProblem.notFound(
            "The sandbox serves /partnercenter, /graph/v1.0, /arm and /sandbox; not " + rawPath);
      }
      Caller caller = authenticate(exchange, now);
      Optional<Duration> wait =
          limiter.admit(api, rawPath.substring(api.prefix().length()), caller);
      if (wait.isPresent()) {
        // Refused before routing, so a refused request changes nothing.
        throw ApiProblem.throttled(wait.get());
      }
      List<String> segments = ApiRequest.segments(rawPath.substring(api.prefix().length()));
      Router.Match match =
          router
              .route(api, method, segments)
              .orElseThrow(
                  () -> ApiProblem.notFound("No " + method + " " + rawPath + " is served here."));
      // Partner Center dedupes a change by its request id (API-4), Graph does not: only the
      // former's changes are keyed, so that a repeat after a restart or on another instance is
      // the same actions, answered with their first outcomes.
      boolean keyed = !method.equals("GET") && api == Api.PARTNER_CENTER && requestId.isPresent();
      RequestKeys keys = keyed ? RequestKeys.of(caller.key(), requestId.get()) : RequestKeys.none();
      Function<Instant, ApiRequest> requestAt =
          at -> request(exchange, api, segments, match, rawQuery, body, caller, at, keys);
      if (method.equals("GET")) {
        response = match.handler().handle(requestAt.apply(now));
      } else {
        changes.lock();
        try {
          ApiRequest request = requestAt.apply(context.now());
          if (keyed) {
            String fingerprint = method + " " + shown + " " + Wire.sha256Hex(body);
            Idempotency.Result result =
                idempotency.once(
                    caller.key(),
                    requestId.get(),
                    fingerprint,
                    () -> match.handler().handle(request));
            response = result.response();
            replayed = result.replayed();
          } else {
            response = match.handler().handle(request);
          }
        } finally {
          changes.unlock();
        }
      }
    } catch (ApiProblem p) {
      response = problem(api, p, errorId, now);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          () -> "sandbox failed on " + method + " " + rawPath + ": " + e,
          e);
      response =
          problem(
              api,
              ApiProblem.of(
                  500,
                  ApiProblem.SERVER_ERROR,
                  "The sandbox failed on this request ("
                      + e.getClass().getSimpleName()
                      + "); this is a sandbox bug, please report it."),
              errorId,
              now);
    }
    // Recorded before answering, so that the log's order is the order the client saw.
    if (kind.filter(Fault.Kind.LOSE_RESPONSE::equals).isPresent()) {
      record(now, method, shown, 0, requestId, correlationId, kind, replayed);
      exchange.close();
      return;
    }
    record(now, method, shown, response.status(), requestId, correlationId, kind, replayed);
    send(exchange, api, response, requestId, correlationId);
  }

  private static ApiRequest request(
      HttpExchange exchange,
      Api api,
      List<String> segments,
      Router.Match match,
      String rawQuery,
      byte[] body,
      Caller caller,
      Instant now,
      RequestKeys keys) {
    return new ApiRequest(
        api,
        exchange.getRequestMethod().toUpperCase(Locale.ROOT),
        "/" + String.join("/", segments),
        match.variables(),
        rawQuery,
        exchange.getRequestHeaders(),
        body,
        caller,
        now,
        keys);
  }

  private Caller authenticate(HttpExchange exchange, Instant now) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiProblem.unauthorized();
    }
    return tokens.resolve(header.substring(7).trim(), now).orElseThrow(ApiProblem::unauthorized);
  }

  private ApiResponse problem(Api api, ApiProblem p, String requestId, Instant now) {
    ApiResponse response =
        new ApiResponse(
            p.status(),
            Map.of("Content-Type", "application/json"),
            api.errorBody(p, requestId, now));
    if (p.status() == 401) {
      response =
          response.withHeader(
              "WWW-Authenticate", "Bearer realm=\"partnerkit-sandbox\", error=\"invalid_token\"");
    }
    if (p.retryAfter().isPresent()) {
      response = response.withHeader("Retry-After", limiter.retryAfter(p.retryAfter().get()));
    }
    return response;
  }

  private static void send(
      HttpExchange exchange,
      Api api,
      ApiResponse response,
      Optional<String> requestId,
      Optional<String> correlationId)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    requestId.ifPresent(
        id -> {
          headers.set("MS-RequestId", id);
          if (api == Api.GRAPH) {
            headers.set("request-id", id);
            headers.set("client-request-id", id);
          } else if (api == Api.AZURE) {
            headers.set("x-ms-request-id", id);
          }
        });
    correlationId.ifPresent(
        id -> {
          headers.set("MS-CorrelationId", id);
          if (api == Api.AZURE) {
            headers.set("x-ms-correlation-request-id", id);
          }
        });
    byte[] body = response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private void record(
      Instant at,
      String method,
      String path,
      int status,
      Optional<String> requestId,
      Optional<String> correlationId,
      Optional<Fault.Kind> fault,
      boolean replayed) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            method
                + " "
                + path
                + " -> "
                + status
                + fault.map(k -> " (fault " + k + ")").orElse("")
                + (replayed ? " (replayed)" : ""));
    log.accept(
        new SandboxRequest(at, method, path, status, requestId, correlationId, fault, replayed));
  }

  private static Optional<String> first(HttpExchange exchange, String... names) {
    for (String name : names) {
      String value = exchange.getRequestHeaders().getFirst(name);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.length() > 128 ? value.substring(0, 128) : value);
      }
    }
    return Optional.empty();
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long left = MAX_DRAIN;
    int read;
    while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
      left -= read;
    }
  }
}
