package dev.partnerkit.client.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.PartnerClientException;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.TokenAcquisitionException;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.client.faults.FaultServer;
import dev.partnerkit.client.faults.FaultServer.Fault;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcUserCredentials;
import dev.partnerkit.model.CustomerId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Configures the client with a recognizable token and a customer's initial password, drives it
 * through success and every kind of failure (401, 403, 429, 500, malformed answers, resets, a
 * closed port, a deadline, a failing token provider), and captures everything a secret could leak
 * into: every log record at every level ({@code System.Logger} goes to {@code java.util.logging},
 * captured on the root logger at {@code ALL}), the message, {@code toString} and stack trace of
 * every exception, and the {@code toString} of the client, its options, policy, token and wire
 * types. Neither secret may appear anywhere.
 */
class SecretsNeverLeakTest {
  /** Long, like a real bearer token, so that messages that cut values cut inside it. */
  static final String TOKEN = "pk-SECRET-token-" + "7f3a9c1e5b".repeat(20);

  static final String PASSWORD = "pk-SECRET-password-b52e90";

  private static final CustomerId CUSTOMER = CustomerId.fromName("fabrikam");
  private static final String BODY = "{\"id\":\"" + CUSTOMER + "\"}";

  private final List<String> captured = new CopyOnWriteArrayList<>();
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Logger root = Logger.getLogger("");
  private Level rootLevel;
  private Handler handler;

  @BeforeEach
  void captureEveryLogRecord() {
    rootLevel = root.getLevel();
    handler =
        new Handler() {
          private final SimpleFormatter format = new SimpleFormatter();

          @Override
          public synchronized void publish(LogRecord record) {
            records.add(record);
            captured.add(format.format(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
    root.setLevel(Level.ALL);
  }

  @AfterEach
  void restoreLogging() {
    root.removeHandler(handler);
    root.setLevel(rootLevel);
  }

  @Test
  void neitherTheTokenNorThePasswordAppearsInLogsMessagesOrToString() throws Exception {
    PcCustomer withPassword =
        PcCustomer.builder()
            .addCustomDomain("fabrikam.example")
            .userCredentials(
                PcUserCredentials.builder().userName("admin").password(PASSWORD).build())
            .build();
    captured.add(withPassword.toString());
    captured.add(withPassword.userCredentials().orElseThrow().toString());
    captured.add(AccessToken.of(TOKEN).toString());
    captured.add(RetryPolicy.defaults().toString());

    // Success, both ways: a read and a create that sends the password.
    drive(new Fault[] {FaultServer.ok(BODY)}, c -> c.customers().get(CUSTOMER));
    drive(new Fault[] {FaultServer.ok(BODY)}, c -> c.customers().create(withPassword));
    // Error answers, retried and not.
    for (int status : new int[] {400, 401, 403, 404, 409, 412, 500, 503}) {
      drive(
          new Fault[] {
            FaultServer.status(
                status, Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""), errorBody())
          },
          c -> c.customers().create(withPassword));
    }
    drive(new Fault[] {FaultServer.throttle(0)}, c -> c.customers().get(CUSTOMER));
    // Answers that cannot be read.
    drive(new Fault[] {FaultServer.ok("{\"id\":")}, c -> c.customers().get(CUSTOMER));
    drive(new Fault[] {FaultServer.ok("")}, c -> c.gdap().relationships().get("r1"));
    drive(new Fault[] {FaultServer.huge()}, c -> c.customers().get(CUSTOMER));
    // Transport failures and a deadline.
    drive(new Fault[] {FaultServer.reset()}, c -> c.customers().create(withPassword));
    drive(new Fault[] {FaultServer.garbage()}, c -> c.customers().get(CUSTOMER));
    drive(new Fault[] {FaultServer.neverAnswer()}, c -> c.customers().get(CUSTOMER));
    drive(new Fault[] {FaultServer.dripForever()}, c -> c.customers().get(CUSTOMER));
    closedPort(c -> c.customers().create(withPassword));
    // A token provider that fails: its own message is the caller's; ours must add nothing secret.
    tokenFailure();

    assertThat(records)
        .as("the client's DEBUG lines were captured, so the search below means something")
        .anyMatch(r -> r.getLoggerName().equals("dev.partnerkit.client"));
    assertThat(captured).isNotEmpty();
    assertThat(containing(TOKEN)).isEmpty();
    assertThat(containing(PASSWORD)).isEmpty();
    assertThat(containing("SECRET")).isEmpty();
  }

  /**
   * A server that echoes the request's token in its answers (some gateways put the Authorization
   * header in a diagnostic): the client shows the service's error description and the start of a
   * malformed value in its messages, but never the token the call sent.
   */
  @Test
  void aTokenEchoedByTheServerIsNotRepeatedInMessages() throws Exception {
    String echo =
        "{\"error\":{\"code\":\"Bearer "
            + TOKEN
            + "\",\"message\":\"Token Bearer "
            + TOKEN
            + " expired\"}}";
    drive(new Fault[] {FaultServer.status(401, Map.of(), echo)}, c -> c.customers().get(CUSTOMER));
    // The description is cut at 1,024 characters, inside the token.
    String cut = "{\"description\":\"" + "x".repeat(1_000) + " Bearer " + TOKEN + "\"}";
    drive(new Fault[] {FaultServer.status(400, Map.of(), cut)}, c -> c.customers().get(CUSTOMER));
    // A malformed value is quoted, cut at 64 characters, inside the token.
    drive(
        new Fault[] {FaultServer.ok("{\"allowDelegatedAccess\":\"Bearer " + TOKEN + "\"}")},
        c -> c.customers().get(CUSTOMER));
    drive(
        new Fault[] {FaultServer.ok("{\"id\":\"r\",\"createdDateTime\":\"" + TOKEN + "\"}")},
        c -> c.gdap().relationships().get("r"));

    assertThat(containing(TOKEN.substring(0, 12))).isEmpty();
    assertThat(containing("expired")).isNotEmpty();
    assertThat(containing("[redacted]")).hasSizeGreaterThanOrEqualTo(4);
  }

  /**
   * The error body names neither secret; {@link #aTokenEchoedByTheServerIsNotRepeatedInMessages}.
   */
  private static String errorBody() {
    return "{\"code\":\"InvalidAuthenticationToken\",\"description\":\"Access token is invalid.\"}";
  }

  private void drive(Fault[] script, Consumer<PartnerClient> call) throws IOException {
    try (FaultServer server = FaultServer.start(script)) {
      run(client(server.uri(), audience -> token()), call);
      assertThat(server.requests())
          .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN));
    }
  }

  private void closedPort(Consumer<PartnerClient> call) throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      port = probe.getLocalPort();
    }
    run(client(URI.create("http://127.0.0.1:" + port), audience -> token()), call);
  }

  private void tokenFailure() {
    TokenProvider failing =
        audience ->
            CompletableFuture.failedFuture(
                new IllegalStateException("AADSTS7000215: Invalid client secret provided"));
    PartnerClient client = client(URI.create("http://127.0.0.1:9"), failing);
    try (client) {
      assertThatThrownBy(() -> client.customers().get(CUSTOMER))
          .isInstanceOf(TokenAcquisitionException.class)
          .satisfies(e -> captureException((PartnerClientException) e));
    }
  }

  private void run(PartnerClient client, Consumer<PartnerClient> call) {
    try (client) {
      captured.add(client.toString());
      captured.add(
          client.withOptions(RequestOptions.builder().correlationId("c").build()).toString());
      try {
        call.accept(client);
      } catch (PartnerClientException e) {
        captureException(e);
      }
    }
  }

  private void captureException(PartnerClientException e) {
    captured.add(e.getMessage());
    captured.add(e.toString());
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    captured.add(trace.toString());
  }

  /** Returns the captured texts that contain {@code secret}, so that a failure shows only those. */
  private List<String> containing(String secret) {
    return captured.stream().filter(text -> text.contains(secret)).toList();
  }

  private static CompletableFuture<AccessToken> token() {
    return CompletableFuture.completedFuture(AccessToken.of(TOKEN));
  }

  static PartnerClient client(URI base, TokenProvider tokens) {
    return PartnerClient.builder()
        .partnerCenterBaseUri(base)
        .graphBaseUri(URI.create(base + "/v1.0"))
        .tokenProvider(tokens)
        .tokenProvider(Audience.GRAPH, tokens)
        .connectTimeout(Duration.ofSeconds(1))
        .requestTimeout(Duration.ofMillis(500))
        .deadline(Duration.ofSeconds(1))
        .maxResponseBytes(64 * 1024)
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(2)
                .initialBackoff(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(20))
                .build())
        .build();
  }
}
