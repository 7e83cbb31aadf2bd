package dev.partnerkit.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.ClientListener.AttemptFinished;
import dev.partnerkit.client.ClientListener.AttemptStarted;
import dev.partnerkit.client.ClientListener.CallFinished;
import dev.partnerkit.client.ClientListener.CallInfo;
import dev.partnerkit.client.ClientListener.CallStarted;
import dev.partnerkit.client.ClientListener.DeadlineExceeded;
import dev.partnerkit.client.ClientListener.RetryReason;
import dev.partnerkit.client.ClientListener.RetryScheduled;
import dev.partnerkit.client.ClientListener.Throttled;
import dev.partnerkit.client.ConflictException;
import dev.partnerkit.client.DeadlineExceededException;
import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.PartnerApiException;
import dev.partnerkit.client.PartnerClientException;
import dev.partnerkit.client.PreconditionFailedException;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.ResponseTooLargeException;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.ServerErrorException;
import dev.partnerkit.client.ThrottledException;
import dev.partnerkit.client.TokenAcquisitionException;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.client.TokenRequest;
import dev.partnerkit.client.TransportException;
import dev.partnerkit.client.UnauthorizedException;
import dev.partnerkit.model.json.JsonException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Not API: sends calls with the headers, retries, deadlines and limits that RULES API-1 to API-7
 * ask for, and turns error answers into exceptions.
 *
 * <p>Thread-safe; one engine serves a client and all its views.
 */
public final class HttpEngine implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.partnerkit.client");
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final EngineSettings settings;
  private final CompositeListener listener;
  private final HttpClient http;
  private final ExecutorService ownedExecutor;
  private final SharedBackoff backoff = new SharedBackoff();
  private volatile boolean closed;

  /**
   * Creates an engine; it owns an HTTP client (with redirects off) unless the settings bring one.
   *
   * @param settings the checked settings
   */
  public HttpEngine(EngineSettings settings) {
    this.settings = settings;
    this.listener = settings.listener();
    if (settings.httpClient() != null) {
      this.http = settings.httpClient();
      this.ownedExecutor = null;
    } else {
      this.ownedExecutor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "partnerkit-http-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      this.http =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(settings.connectTimeout())
              .executor(ownedExecutor)
              .build();
    }
  }

  /**
   * Returns the base URI of an API.
   *
   * @param audience the API
   * @return its base URI
   */
  public URI baseUri(Audience audience) {
    return settings.baseUris().get(audience);
  }

  /**
   * Sends a call and decodes its JSON body.
   *
   * @param <T> the result type
   * @param call the call
   * @param options the caller's options
   * @param type the body's type
   * @return the decoded body
   */
  public <T> CompletableFuture<T> execute(Call call, RequestOptions options, JavaType type) {
    return run(call, options, response -> decode(call, response, type));
  }

  /**
   * Sends a call and decodes its JSON body.
   *
   * @param <T> the result type
   * @param call the call
   * @param options the caller's options
   * @param type the body's type
   * @return the decoded body
   */
  public <T> CompletableFuture<T> execute(Call call, RequestOptions options, Class<T> type) {
    return execute(call, options, Json.MAPPER.constructType(type));
  }

  /**
   * Sends a call whose answer has no body worth reading.
   *
   * @param call the call
   * @param options the caller's options
   * @return completes when the service answered with a success status
   */
  public CompletableFuture<Void> executeNoContent(Call call, RequestOptions options) {
    return run(call, options, response -> null);
  }

  /**
   * Sends a call and reads its successful answer with a function of its own, for calls whose answer
   * is more than a body: a {@code 202 Accepted} with a {@code Location}, say.
   *
   * @param <T> the result type
   * @param call the call
   * @param options the caller's options
   * @param read reads the successful answer; it throws {@link
   *     dev.partnerkit.client.InvalidResponseException} for one it cannot use
   * @return what {@code read} made of the answer
   */
  public <T> CompletableFuture<T> executeReading(
      Call call, RequestOptions options, Function<Response, T> read) {
    return run(call, options, read);
  }

  private <T> CompletableFuture<T> run(
      Call call, RequestOptions options, Function<Response, T> read) {
    Attempts state = start(call, options);
    CompletableFuture<T> decoded = state.result.thenApply(read);
    if (listener.isEmpty()) {
      return decoded;
    }
    // The caller's future completes after the listener saw the end, so that what a caller reads
    // from its metrics after a call includes that call.
    return decoded.whenComplete((value, failure) -> finished(state, unwrap(failure)));
  }

  /**
   * Returns a value as JSON bytes for a request body.
   *
   * @param value the body
   * @return the bytes
   */
  public static byte[] toJson(Object value) {
    try {
      return Json.MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Could not write "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Sends a call: new request and correlation ids, then attempts until success, a final failure,
   * the attempts' end or the deadline.
   *
   * @param call the call
   * @param options the caller's options
   * @return the successful response
   */
  public CompletableFuture<Response> send(Call call, RequestOptions options) {
    return start(call, options).result;
  }

  private Attempts start(Call call, RequestOptions options) {
    if (closed) {
      throw new IllegalStateException("This PartnerClient is closed; build a new one");
    }
    URI base = settings.baseUris().get(call.audience());
    URI uri = call.absolute() != null ? call.absolute() : Uris.join(base, call.pathAndQuery());
    Uris.requireAllowed(call.audience().getDisplayName() + " request URI", uri);
    TokenProvider tokens = settings.tokenProviders().get(call.audience());
    if (tokens == null) {
      throw new IllegalStateException(
          "No TokenProvider for "
              + call.audience()
              + "; set one with PartnerClient.builder().tokenProvider(...)");
    }
    Duration deadline = options.getDeadline().orElse(settings.deadline());
    Attempts state =
        new Attempts(
            call,
            uri,
            tokens,
            settings.requestIds().get(),
            options.getCorrelationId().orElseGet(settings.correlationIds()),
            System.nanoTime(),
            deadline);
    if (!listener.isEmpty()) {
      String path = call.pathAndQuery() != null ? call.pathAndQuery() : relativePath(base, uri);
      state.info =
          new CallInfo(
              call.audience(),
              OperationNames.of(call.method(), path),
              state.requestId,
              state.correlationId);
      listener.callStarted(new CallStarted(state.info, deadline));
    }
    attempt(state);
    return state;
  }

  private static String relativePath(URI base, URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String prefix = base.getRawPath() == null ? "" : base.getRawPath();
    return !prefix.isEmpty() && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  private void finished(Attempts s, Throwable failure) {
    listener.callFinished(
        new CallFinished(
            s.info,
            OperationNames.outcome(failure),
            s.lastStatus < 0 ? OptionalInt.empty() : OptionalInt.of(s.lastStatus),
            s.attempt,
            Duration.ofNanos(System.nanoTime() - s.startNanos),
            Optional.ofNullable(failure)));
  }

  private static final class Attempts {
    final Call call;
    final URI uri;
    final TokenProvider tokens;
    final String requestId;
    final String correlationId;
    final long startNanos;
    final long deadlineNanos;
    final Duration deadline;
    final CompletableFuture<Response> result = new CompletableFuture<>();
    // Plain fields: the steps of a call run one after another, each started by the completion of
    // the one before, which orders their reads and writes.
    int attempt;
    int lastStatus = -1;
    // The send slot this call waits for, if any, and when its last attempt was sent.
    SharedBackoff.Slot slot;
    long sentNanos;
    // Set only when a listener is registered.
    CallInfo info;

    Attempts(
        Call call,
        URI uri,
        TokenProvider tokens,
        String requestId,
        String correlationId,
        long startNanos,
        Duration deadline) {
      this.call = call;
      this.uri = uri;
      this.tokens = tokens;
      this.requestId = requestId;
      this.correlationId = correlationId;
      this.startNanos = startNanos;
      this.deadlineNanos = startNanos + deadline.toNanos();
      this.deadline = deadline;
    }

    String describe() {
      return call.audience().getDisplayName() + " " + call.method() + " " + uri.getRawPath();
    }

    String ids() {
      return " (MS-RequestId " + requestId + ", MS-CorrelationId " + correlationId + ")";
    }

    long remainingNanos() {
      return deadlineNanos - System.nanoTime();
    }
  }

  private void attempt(Attempts s) {
    if (s.result.isDone()) {
      return;
    }
    // Every call takes a send slot of its service (API-9); one woken at its slot takes another if
    // a 429 came while it waited.
    SharedBackoff.Slot waited = s.slot;
    s.slot = null;
    if (waited == null || backoff.throttledSince(s.call.audience(), waited)) {
      SharedBackoff.Slot slot = backoff.reserve(s.call.audience(), System.nanoTime());
      if (slot.delayNanos() > 0) {
        s.slot = slot;
        holdBack(s, Duration.ofNanos(slot.delayNanos()));
        return;
      }
    }
    s.attempt++;
    long remaining = s.remainingNanos();
    if (remaining <= 0) {
      s.result.completeExceptionally(deadlineExceeded(s, null));
      return;
    }
    CompletableFuture<AccessToken> token;
    try {
      token =
          s.tokens
              .getToken(TokenRequest.of(s.call.audience(), settings.cloud()))
              .toCompletableFuture();
    } catch (RuntimeException e) {
      token = CompletableFuture.failedFuture(e);
    }
    var unusedToken =
        token.whenComplete(
            (value, failure) -> {
              if (failure != null || value == null) {
                Throwable cause = unwrap(failure);
                s.result.completeExceptionally(
                    new TokenAcquisitionException(
                        "The TokenProvider gave no token for "
                            + s.call.audience()
                            + " ("
                            + (cause == null
                                ? "it returned null"
                                : cause.getClass().getSimpleName())
                            + "); "
                            + s.describe()
                            + " was not sent"
                            + s.ids(),
                        cause,
                        s.call.audience(),
                        s.requestId,
                        s.correlationId));
                return;
              }
              sendAttempt(s, value);
            });
  }

  private void sendAttempt(Attempts s, AccessToken token) {
    long remaining = s.remainingNanos();
    if (remaining <= 0) {
      s.result.completeExceptionally(deadlineExceeded(s, null));
      return;
    }
    Duration timeout = Duration.ofNanos(Math.min(settings.requestTimeout().toNanos(), remaining));
    HttpRequest request;
    try {
      request = buildRequest(s, token, timeout);
    } catch (IllegalArgumentException e) {
      s.result.completeExceptionally(e);
      return;
    }
    if (!listener.isEmpty()) {
      listener.attemptStarted(new AttemptStarted(s.info, s.attempt));
    }
    long started = System.nanoTime();
    s.sentNanos = started;
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent = http.sendAsync(request, LimitedBody.handler(settings.maxResponseBytes()));
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<HttpResponse<byte[]>> guarded = new CompletableFuture<>();
    CompletableFuture<HttpResponse<byte[]>> inFlight = sent;
    var unusedSent =
        sent.whenComplete(
            (response, failure) -> {
              if (failure != null) {
                guarded.completeExceptionally(failure);
              } else {
                guarded.complete(response);
              }
            });
    var unusedTimeout = guarded.orTimeout(remaining, TimeUnit.NANOSECONDS);
    var unusedGuarded =
        guarded.whenComplete(
            (response, failure) -> {
              long nanos = System.nanoTime() - started;
              long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
              Throwable cause = failure == null ? null : unwrap(failure);
              if (cause == null) {
                s.lastStatus = response.statusCode();
              }
              if (!listener.isEmpty()) {
                listener.attemptFinished(
                    new AttemptFinished(
                        s.info,
                        s.attempt,
                        cause == null ? OptionalInt.of(response.statusCode()) : OptionalInt.empty(),
                        cause == null
                            ? Optional.empty()
                            : Optional.of(cause.getClass().getSimpleName()),
                        Duration.ofNanos(nanos)));
              }
              if (cause != null) {
                inFlight.cancel(true);
                onFailure(s, cause, millis);
              } else {
                onResponse(s, response, millis, token);
              }
            });
  }

  private HttpRequest buildRequest(Attempts s, AccessToken token, Duration timeout) {
    HttpRequest.BodyPublisher publisher =
        s.call
            .bodyBytes()
            .map(HttpRequest.BodyPublishers::ofByteArray)
            .orElseGet(HttpRequest.BodyPublishers::noBody);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(s.uri)
            .timeout(timeout)
            .method(s.call.method(), publisher)
            .header("Authorization", "Bearer " + token.value())
            .header("Accept", "application/json")
            .header("User-Agent", settings.userAgent())
            .header("MS-RequestId", s.requestId)
            .header("MS-CorrelationId", s.correlationId);
    if (s.call.body() != null) {
      builder.header("Content-Type", "application/json");
    }
    switch (s.call.audience()) {
      case PARTNER_CENTER:
        builder.header("MS-Contract-Version", "v1");
        break;
      case GRAPH:
        builder.header("Prefer", "include-unknown-enum-members");
        builder.header("client-request-id", s.requestId);
        break;
      case AZURE_RESOURCE_MANAGER:
        builder.header("x-ms-client-request-id", s.requestId);
        builder.header("x-ms-correlation-request-id", s.correlationId);
        break;
    }
    s.call.headers().forEach(builder::header);
    return builder.build();
  }

  private void onResponse(
      Attempts s, HttpResponse<byte[]> response, long millis, AccessToken token) {
    int status = response.statusCode();
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            s.describe()
                + " attempt "
                + s.attempt
                + " -> "
                + status
                + " in "
                + millis
                + " ms"
                + s.ids());
    byte[] body = response.body() == null ? new byte[0] : response.body();
    if (status >= 200 && status < 300) {
      backoff.succeeded(s.call.audience());
      s.result.complete(
          new Response(
              status, response.headers(), body, s.uri, s.requestId, s.correlationId, token));
      return;
    }
    Optional<Duration> retryAfter =
        RetryAfter.parse(
            response.headers().firstValue("Retry-After").orElse(null), settings.clock());
    if (status == 429) {
      // Every call of this client to the service waits with this one, and is paced (API-9).
      backoff.throttled(s.call.audience(), retryAfter, s.sentNanos, System.nanoTime());
    }
    PartnerApiException error = apiException(s, status, body, retryAfter.orElse(null), token);
    RetryPolicy policy = settings.retryPolicy();
    boolean retryable =
        policy.getRetryableStatuses().contains(status) && s.call.retry() != Retry.NEVER;
    if (!retryable || s.attempt >= policy.getMaxAttempts()) {
      throttled(s, status, retryAfter, null);
      s.result.completeExceptionally(error);
      return;
    }
    if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.getMaxRetryAfter()) > 0) {
      LOG.log(
          System.Logger.Level.DEBUG,
          () ->
              s.describe()
                  + ": Retry-After "
                  + retryAfter.get()
                  + " exceeds the cap; not retrying");
      throttled(s, status, retryAfter, null);
      s.result.completeExceptionally(error);
      return;
    }
    Duration wait = retryAfter.orElseGet(() -> jitter(s.attempt));
    throttled(s, status, retryAfter, fitsBeforeDeadline(s, wait) ? wait : null);
    RetryReason reason =
        status == 429
            ? RetryReason.THROTTLED
            : status >= 500 ? RetryReason.SERVER_ERROR : RetryReason.RETRYABLE_STATUS;
    retryLater(s, wait, error, reason, OptionalInt.of(status));
  }

  /**
   * Sends the call once the service's shared hold has passed (API-9), or fails it at once, unsent,
   * when the hold is longer than the policy's cap or the call's remaining deadline, as a call that
   * met the 429 itself would.
   */
  private void holdBack(Attempts s, Duration held) {
    Duration cap = settings.retryPolicy().getMaxRetryAfter();
    String tooLong =
        held.compareTo(cap) > 0
            ? "the retry policy's maxRetryAfter of " + cap
            : fitsBeforeDeadline(s, held) ? null : "the call's remaining deadline";
    if (tooLong != null) {
      s.result.completeExceptionally(
          new ThrottledException(
              s.describe()
                  + " was not sent: "
                  + s.call.audience().getDisplayName()
                  + " answered this client with HTTP 429, and the call's send slot is "
                  + held.toMillis()
                  + " ms away, more than "
                  + tooLong
                  + s.ids(),
              new PartnerApiException.ErrorDetails(
                  s.call.audience(), 429, null, null, s.requestId, s.correlationId),
              held));
      return;
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> s.describe() + ": held " + held.toMillis() + " ms after 429s" + s.ids());
    try {
      later(held).execute(() -> attempt(s));
    } catch (RuntimeException e) {
      s.result.completeExceptionally(e);
    }
  }

  private Executor later(Duration wait) {
    return ownedExecutor == null
        ? CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS)
        : CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, ownedExecutor);
  }

  private void throttled(Attempts s, int status, Optional<Duration> retryAfter, Duration wait) {
    if (status == 429 && !listener.isEmpty()) {
      listener.throttled(new Throttled(s.info, s.attempt, retryAfter, Optional.ofNullable(wait)));
    }
  }

  private static boolean fitsBeforeDeadline(Attempts s, Duration wait) {
    return TimeUnit.NANOSECONDS.toMillis(s.remainingNanos()) > wait.toMillis();
  }

  private void onFailure(Attempts s, Throwable failure, long millis) {
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            s.describe()
                + " attempt "
                + s.attempt
                + " failed after "
                + millis
                + " ms: "
                + failure.getClass().getSimpleName()
                + s.ids());
    if (failure instanceof LimitedBody.TooLarge tooLarge) {
      s.result.completeExceptionally(
          new ResponseTooLargeException(
              s.describe()
                  + " answered with a body larger than the client's limit of "
                  + tooLarge.getLimit()
                  + " bytes; it was refused unread. Raise PartnerClient.builder().maxResponseBytes"
                  + " if such answers are expected"
                  + s.ids(),
              null,
              s.call.audience(),
              s.requestId,
              s.correlationId));
      return;
    }
    if (failure instanceof PartnerClientException || failure instanceof IllegalArgumentException) {
      s.result.completeExceptionally(failure);
      return;
    }
    boolean timedOut =
        failure instanceof TimeoutException || failure instanceof HttpTimeoutException;
    if (timedOut && s.remainingNanos() <= TimeUnit.MILLISECONDS.toNanos(5)) {
      s.result.completeExceptionally(deadlineExceeded(s, failure));
      return;
    }
    TransportException error =
        new TransportException(
            s.describe()
                + " failed on attempt "
                + s.attempt
                + (timedOut
                    ? ": no response within the request timeout of " + settings.requestTimeout()
                    : ": " + failure.getClass().getSimpleName() + describeCause(failure))
                + s.ids(),
            failure,
            s.call.audience(),
            s.requestId,
            s.correlationId);
    boolean retryable =
        (failure instanceof IOException || failure instanceof TimeoutException)
            && s.call.retry() != Retry.NEVER
            && s.attempt < settings.retryPolicy().getMaxAttempts();
    if (!retryable) {
      s.result.completeExceptionally(error);
      return;
    }
    retryLater(
        s,
        jitter(s.attempt),
        error,
        timedOut ? RetryReason.TIMEOUT : RetryReason.CONNECTION,
        OptionalInt.empty());
  }

  private static String describeCause(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? "" : " (" + message + ")";
  }

  private void retryLater(
      Attempts s,
      Duration wait,
      PartnerClientException lastError,
      RetryReason reason,
      OptionalInt status) {
    if (!fitsBeforeDeadline(s, wait)) {
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> s.describe() + ": a retry after " + wait + " would pass the deadline; giving up");
      s.result.completeExceptionally(lastError);
      return;
    }
    LOG.log(
        System.Logger.Level.DEBUG,
        () -> s.describe() + ": retrying in " + wait.toMillis() + " ms" + s.ids());
    if (!listener.isEmpty()) {
      listener.retryScheduled(new RetryScheduled(s.info, s.attempt, reason, status, wait));
    }
    try {
      later(wait).execute(() -> attempt(s));
    } catch (RuntimeException e) {
      s.result.completeExceptionally(lastError);
    }
  }

  private Duration jitter(int retry) {
    long bound = settings.retryPolicy().backoffBound(retry).toMillis();
    return Duration.ofMillis(bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
  }

  private DeadlineExceededException deadlineExceeded(Attempts s, Throwable cause) {
    if (!listener.isEmpty()) {
      listener.deadlineExceeded(new DeadlineExceeded(s.info, s.attempt, s.deadline));
    }
    return new DeadlineExceededException(
        s.describe()
            + " did not finish within its deadline of "
            + s.deadline
            + " ("
            + s.attempt
            + (s.attempt == 1 ? " attempt" : " attempts")
            + "); raise the deadline with RequestOptions or the builder if the service is slow"
            + s.ids(),
        cause,
        s.call.audience(),
        s.requestId,
        s.correlationId);
  }

  private PartnerApiException apiException(
      Attempts s, int status, byte[] body, Duration retryAfter, AccessToken token) {
    ErrorBody parsed = ErrorBody.parse(body).redact(token);
    PartnerApiException.ErrorDetails details =
        new PartnerApiException.ErrorDetails(
            s.call.audience(),
            status,
            parsed.code(),
            parsed.description(),
            s.requestId,
            s.correlationId);
    StringBuilder message =
        new StringBuilder(s.describe()).append(" failed with HTTP ").append(status);
    if (status >= 300 && status < 400) {
      message.append(
          " (a redirect, which the client does not follow so that the token never leaves the configured host)");
    }
    if (parsed.code() != null) {
      message.append(", error code ").append(parsed.code());
    }
    if (parsed.description() != null) {
      message.append(": ").append(parsed.description());
    }
    if (retryAfter != null) {
      message.append(" (Retry-After ").append(retryAfter.toMillis() / 1000.0).append(" s)");
    }
    message.append(" after ").append(s.attempt).append(s.attempt == 1 ? " attempt" : " attempts");
    message.append(s.ids());
    String text = message.toString();
    switch (status) {
      case 400:
        return new BadRequestException(text, details);
      case 401:
        return new UnauthorizedException(text, details);
      case 403:
        return new ForbiddenException(text, details);
      case 404:
        return new NotFoundException(text, details);
      case 409:
        return new ConflictException(text, details);
      case 412:
        return new PreconditionFailedException(text, details);
      case 429:
        return new ThrottledException(text, details, retryAfter);
      default:
        return status >= 500 && status < 600
            ? new ServerErrorException(text, details)
            : new PartnerApiException(text, details);
    }
  }

  /**
   * Decodes a successful response's JSON body; a pure function, so that it can be fuzzed without a
   * server.
   *
   * @param <T> the result type
   * @param call the call that was answered
   * @param response the answer
   * @param type the body's type
   * @return the decoded body, never null
   * @throws InvalidResponseException when the body is empty, null, malformed or does not fit the
   *     type
   */
  public static <T> T decode(Call call, Response response, JavaType type) {
    String what = type.getRawClass().getSimpleName();
    String where =
        call.audience().getDisplayName()
            + " "
            + call.method()
            + " "
            + response.uri().getRawPath()
            + " (MS-RequestId "
            + response.requestId()
            + ", MS-CorrelationId "
            + response.correlationId()
            + ")";
    if (response.body().length == 0) {
      throw new InvalidResponseException(
          "Expected a JSON " + what + " in the answer to " + where + ", but the body was empty",
          null,
          call.audience(),
          response.requestId(),
          response.correlationId());
    }
    try (JsonParser parser = Json.createParser(response.body(), call)) {
      T value;
      try {
        value = Json.MAPPER.readValue(parser, type);
      } catch (JsonProcessingException e) {
        // Explained while the parser is open: closing it forgets the token it stopped at.
        throw invalidJson(call, response, type, where, e);
      }
      if (value == null) {
        throw new InvalidResponseException(
            "Expected a JSON " + what + " in the answer to " + where + ", but the body was null",
            null,
            call.audience(),
            response.requestId(),
            response.correlationId());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw invalidJson(call, response, type, where, e);
    } catch (IOException e) {
      throw new InvalidResponseException(
          "Could not read the answer to " + where + ": " + e.getClass().getSimpleName(),
          e,
          call.audience(),
          response.requestId(),
          response.correlationId());
    }
  }

  private static InvalidResponseException invalidJson(
      Call call, Response response, JavaType type, String where, JsonProcessingException e) {
    JsonException json = JsonException.from(type.getRawClass(), e);
    // The message quotes the start of a bad value, which a server may have echoed the token in;
    // then Jackson's exceptions below it quote the value too, and are left out.
    return new InvalidResponseException(
        Redaction.redact(json.getMessage(), response.token()) + ", in the answer to " + where,
        Redaction.appearsIn(json, response.token()) ? null : json,
        call.audience(),
        response.requestId(),
        response.correlationId());
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** Stops taking calls and, when the engine owns its HTTP client, its threads. */
  @Override
  public void close() {
    closed = true;
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
  }
}
