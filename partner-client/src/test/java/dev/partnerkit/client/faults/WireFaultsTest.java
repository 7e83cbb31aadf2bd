package dev.partnerkit.client.faults;

import static dev.partnerkit.client.faults.FaultServer.dripForever;
import static dev.partnerkit.client.faults.FaultServer.garbage;
import static dev.partnerkit.client.faults.FaultServer.halfBody;
import static dev.partnerkit.client.faults.FaultServer.huge;
import static dev.partnerkit.client.faults.FaultServer.neverAnswer;
import static dev.partnerkit.client.faults.FaultServer.ok;
import static dev.partnerkit.client.faults.FaultServer.reset;
import static dev.partnerkit.client.faults.FaultServer.shortBodyThenClose;
import static dev.partnerkit.client.faults.FaultServer.shortBodyThenStall;
import static dev.partnerkit.client.faults.FaultServer.status;
import static dev.partnerkit.client.faults.FaultServer.throttle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.DeadlineExceededException;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.PartnerClientException;
import dev.partnerkit.client.ResponseTooLargeException;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.ServerErrorException;
import dev.partnerkit.client.ThrottledException;
import dev.partnerkit.client.TransportException;
import dev.partnerkit.client.faults.FaultServer.Fault;
import dev.partnerkit.client.faults.FaultServer.Recorded;
import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.NewDelegatedAdminRelationship;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Role;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the client against a {@link FaultServer} that resets connections, half-writes bodies,
 * declares more body than it sends, drips a body forever, throttles, fails with 5xx, answers with
 * garbage or a huge body, or never answers, and against a closed port. Every combination of fault
 * and call (a Partner Center GET, a Partner Center POST that Partner Center de-duplicates by {@code
 * MS-RequestId}, and a Microsoft Graph POST that is never repeated) runs at once, each on its own
 * server, and must end within its deadline plus a generous margin, with the right result or a typed
 * {@link PartnerClientException}. The server records every request it read, so the test also checks
 * that the Graph POST reached the server at most once and that every repeat of a call carried the
 * same {@code MS-RequestId}.
 */
class WireFaultsTest {
  static final Duration DEADLINE = Duration.ofSeconds(3);

  /** Generous: the machines that run this are sometimes heavily loaded. */
  static final Duration MARGIN = Duration.ofSeconds(10);

  static final int MAX_ATTEMPTS = 4;

  private static final CustomerId CUSTOMER = CustomerId.fromName("fabrikam");
  private static final String ID = CUSTOMER.toString();
  private static final String BODY = "{\"id\":\"" + ID + "\",\"displayName\":\"Fabrikam\"}";

  /** The three kinds of call: safe, de-duplicated by request id, and never repeated. */
  enum Kind {
    PARTNER_CENTER_GET,
    PARTNER_CENTER_POST,
    GRAPH_POST
  }

  /** What a fault must end in for each kind of call: success (null) or one of the exceptions. */
  record Case(
      String fault,
      Supplier<Fault[]> script,
      Map<Kind, Set<Class<? extends PartnerClientException>>> expected) {}

  /** One call's outcome: the value's id or the failure, the time it took and what was recorded. */
  record Outcome(
      Case c, Kind kind, String id, Throwable failure, Duration took, List<Recorded> seen) {
    @Override
    public String toString() {
      return c.fault()
          + " / "
          + kind
          + " -> "
          + (failure == null ? "ok " + id : failure.getClass().getSimpleName())
          + " after "
          + took.toMillis()
          + " ms, "
          + seen.size()
          + " request(s)";
    }
  }

  private static final Set<Class<? extends PartnerClientException>> OK = Set.of();

  @BeforeAll
  static void warmUp() throws Exception {
    // The first call of a JVM loads the HTTP client's classes; keep that out of the deadlines.
    try (FaultServer server = FaultServer.start(ok(BODY));
        PartnerClient client = client(server.uri())) {
      assertThat(client.customers().get(CUSTOMER).id()).contains(ID);
    }
  }

  static List<Case> cases() {
    return List.of(
        recovers("reset twice, then ok", () -> new Fault[] {reset(), reset(), ok(BODY)}),
        failsAll(
            "reset on every attempt",
            () -> new Fault[] {reset()},
            Set.of(TransportException.class)),
        recovers("half-written body, then ok", () -> new Fault[] {halfBody(BODY), ok(BODY)}),
        recovers(
            "Content-Length longer than the body, then close, then ok",
            () -> new Fault[] {shortBodyThenClose(BODY), ok(BODY)}),
        failsAll(
            "Content-Length longer than the body, then stall",
            () -> new Fault[] {shortBodyThenStall(BODY)},
            Set.of(DeadlineExceededException.class, TransportException.class)),
        failsAll(
            "a body that never ends",
            () -> new Fault[] {dripForever()},
            Set.of(DeadlineExceededException.class, TransportException.class)),
        failsAll(
            "429 storm (Retry-After: 0)",
            () -> new Fault[] {throttle(0)},
            Set.of(ThrottledException.class)),
        new Case(
            "429 twice (Retry-After: 1), then ok",
            () -> new Fault[] {throttle(1), throttle(0), ok(BODY)},
            Map.of(
                Kind.PARTNER_CENTER_GET, OK,
                Kind.PARTNER_CENTER_POST, OK,
                Kind.GRAPH_POST, Set.of(ThrottledException.class))),
        failsAll(
            "429 with a Retry-After past the cap",
            () -> new Fault[] {throttle(3_600), ok(BODY)},
            Set.of(ThrottledException.class)),
        new Case(
            "5xx burst (503, 502, 500), then ok",
            () ->
                new Fault[] {
                  status(503, Map.of(), "{}"),
                  status(502, Map.of(), ""),
                  status(500, Map.of(), "{\"code\":\"x\"}"),
                  ok(BODY)
                },
            Map.of(
                Kind.PARTNER_CENTER_GET, OK,
                Kind.PARTNER_CENTER_POST, OK,
                Kind.GRAPH_POST, Set.of(ServerErrorException.class))),
        failsAll(
            "500 on every attempt",
            () -> new Fault[] {status(500, Map.of(), "{\"code\":\"boom\"}")},
            Set.of(ServerErrorException.class)),
        failsAll(
            "accepts and never answers",
            () -> new Fault[] {neverAnswer()},
            Set.of(DeadlineExceededException.class, TransportException.class)),
        recovers("never answers once, then ok", () -> new Fault[] {neverAnswer(), ok(BODY)}),
        recovers("answers with garbage, then ok", () -> new Fault[] {garbage(), ok(BODY)}),
        failsAll(
            "declares a 100 MiB body",
            () -> new Fault[] {huge()},
            Set.of(ResponseTooLargeException.class)),
        failsAll(
            "200 with malformed JSON",
            () -> new Fault[] {ok("{\"id\":")},
            Set.of(InvalidResponseException.class)),
        failsAll(
            "200 with an empty body",
            () -> new Fault[] {ok("")},
            Set.of(InvalidResponseException.class)));
  }

  @Test
  void everyCallEndsInTimeWithAResultOrATypedExceptionAndNoUnsafeRepeat() throws Exception {
    List<Case> cases = cases();
    List<FaultServer> servers = new ArrayList<>();
    List<PartnerClient> clients = new ArrayList<>();
    List<CompletableFuture<Outcome>> running = new ArrayList<>();
    try {
      for (Case c : cases) {
        for (Kind kind : Kind.values()) {
          FaultServer server = FaultServer.start(c.script().get());
          servers.add(server);
          PartnerClient client = client(server.uri());
          clients.add(client);
          running.add(call(client, kind, c, server::requests));
        }
      }
      running.addAll(closedPortCalls(clients));
      List<Outcome> outcomes = new ArrayList<>();
      for (CompletableFuture<Outcome> future : running) {
        outcomes.add(future.get(DEADLINE.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS));
      }
      SoftAssertions softly = new SoftAssertions();
      for (Outcome o : outcomes) {
        System.out.println(o);
        check(softly, o);
      }
      softly.assertAll();
      assertThat(outcomes).hasSize((cases.size() + 1) * Kind.values().length);
    } finally {
      for (PartnerClient client : clients) {
        client.close();
      }
      for (FaultServer server : servers) {
        server.close();
      }
    }
  }

  private static void check(SoftAssertions softly, Outcome o) {
    String what = o.toString();
    softly.assertThat(o.took()).as("%s: time", what).isLessThan(DEADLINE.plus(MARGIN));
    Set<Class<? extends PartnerClientException>> expected = o.c().expected().get(o.kind());
    if (expected.isEmpty()) {
      softly.assertThat(o.failure()).as("%s: failure", what).isNull();
      softly.assertThat(o.id()).as("%s: result", what).isEqualTo(ID);
    } else {
      softly
          .assertThat(o.failure())
          .as("%s: failure", what)
          .isNotNull()
          .matches(f -> expected.contains(f.getClass()), "is one of " + expected);
    }
    List<String> requestIds = o.seen().stream().map(r -> r.header("MS-RequestId")).toList();
    softly.assertThat(requestIds).as("%s: request ids", what).doesNotContainNull();
    softly
        .assertThat(Set.copyOf(requestIds))
        .as("%s: every repeat carries the call's one MS-RequestId", what)
        .hasSizeLessThanOrEqualTo(1);
    // The JDK's HttpClient itself sends an idempotent GET once more when a connection fails before
    // any response arrives, so a GET may reach the server twice per attempt; never a POST.
    softly
        .assertThat(o.seen())
        .as("%s: attempts", what)
        .hasSizeLessThanOrEqualTo(
            switch (o.kind()) {
              case PARTNER_CENTER_GET -> 2 * MAX_ATTEMPTS;
              case PARTNER_CENTER_POST -> MAX_ATTEMPTS;
              case GRAPH_POST -> 1;
            });
    if (o.failure() instanceof PartnerClientException e && !requestIds.isEmpty()) {
      softly
          .assertThat(e.getRequestId())
          .as("%s: the exception names the request id sent", what)
          .contains(requestIds.get(0));
    }
  }

  private static CompletableFuture<Outcome> call(
      PartnerClient client, Kind kind, Case c, Supplier<List<Recorded>> seen) {
    long start = System.nanoTime();
    CompletableFuture<String> id;
    try {
      id =
          switch (kind) {
            case PARTNER_CENTER_GET ->
                client.customers().getAsync(CUSTOMER).thenApply(cu -> cu.id().orElse(null));
            case PARTNER_CENTER_POST ->
                client
                    .customers()
                    .createAsync(PcCustomer.builder().addCustomDomain("fabrikam.example").build())
                    .thenApply(cu -> cu.id().orElse(null));
            case GRAPH_POST ->
                client
                    .gdap()
                    .relationships()
                    .createAsync(
                        NewDelegatedAdminRelationship.builder()
                            .displayName("fabrikam")
                            .duration("P730D")
                            .accessDetails(
                                DelegatedAdminAccessDetails.of(Set.of(Role.USER_ADMINISTRATOR)))
                            .build())
                    .thenApply(r -> r.getId());
          };
    } catch (RuntimeException e) {
      id = CompletableFuture.failedFuture(e);
    }
    return id.handle(
        (value, failure) ->
            new Outcome(
                c,
                kind,
                value,
                unwrap(failure),
                Duration.ofNanos(System.nanoTime() - start),
                seen.get()));
  }

  /** Calls to a port that nothing listens on: connection refused, a typed failure in time. */
  private static List<CompletableFuture<Outcome>> closedPortCalls(List<PartnerClient> clients)
      throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      port = probe.getLocalPort();
    }
    Case closed = failsAll("closed port", () -> new Fault[0], Set.of(TransportException.class));
    List<CompletableFuture<Outcome>> calls = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      PartnerClient client = client(URI.create("http://127.0.0.1:" + port));
      clients.add(client);
      calls.add(call(client, kind, closed, List::of));
    }
    return calls;
  }

  static PartnerClient client(URI base) {
    return PartnerClient.builder()
        .partnerCenterBaseUri(base)
        .graphBaseUri(URI.create(base + "/v1.0"))
        .tokenProvider(audience -> CompletableFuture.completedFuture(AccessToken.of("fault-token")))
        .connectTimeout(Duration.ofSeconds(1))
        .requestTimeout(Duration.ofMillis(800))
        .deadline(DEADLINE)
        .maxResponseBytes(1024 * 1024)
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(MAX_ATTEMPTS)
                .initialBackoff(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(50))
                .maxRetryAfter(Duration.ofSeconds(2))
                .build())
        .build();
  }

  private static Case recovers(String fault, Supplier<Fault[]> script) {
    return new Case(
        fault,
        script,
        Map.of(
            Kind.PARTNER_CENTER_GET, OK,
            Kind.PARTNER_CENTER_POST, OK,
            Kind.GRAPH_POST, Set.of(TransportException.class)));
  }

  private static Case failsAll(
      String fault,
      Supplier<Fault[]> script,
      Set<Class<? extends PartnerClientException>> expected) {
    return new Case(
        fault,
        script,
        java.util.Arrays.stream(Kind.values())
            .collect(Collectors.toMap(Function.identity(), kind -> expected)));
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
