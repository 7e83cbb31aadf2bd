package dev.partnerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.testing.PartnerSandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code partnerkit sandbox} command: what it prints, serves and refuses. */
class SandboxCommandTest {
  private static final Pattern TOKEN = Pattern.compile("(?m)^  (\\S+)\\s+(pks_\\S+)$");

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  /** Runs the command with {@code during} while it serves, capturing what it printed. */
  static Run serve(List<String> args, java.util.function.Consumer<PartnerSandbox> during) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SandboxCommand.serve(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            during);
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Sends a GET with a bearer token, as a user's curl would with the printed token. */
  static HttpResponse<String> get(URI uri, String token) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void itPrintsTheBaseUrisAndATokenThatWorks(@TempDir Path dir) throws Exception {
    Path seed = dir.resolve("seed.json");
    Files.writeString(
        seed,
        "{\"policy\": \"modern\","
            + " \"partners\": [{\"id\": \"litware\", \"programs\": [\"CSP_DIRECT\"]}],"
            + " \"customers\": [{\"id\": \"northwood\"}],"
            + " \"resellers\": [{\"partner\": \"litware\", \"customer\": \"northwood\"}]}");
    AtomicReference<Integer> answered = new AtomicReference<>();
    AtomicReference<String> body = new AtomicReference<>();
    AtomicReference<URI> origin = new AtomicReference<>();

    Run run =
        serve(
            List.of("--seed", seed.toString()),
            sandbox -> {
              origin.set(sandbox.baseUri());
              HttpResponse<String> answer =
                  get(
                      URI.create(sandbox.partnerCenterUri() + "/v1/customers"),
                      sandbox.partnerToken(PartnerId.of("litware")));
              answered.set(answer.statusCode());
              body.set(answer.body());
            });

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("modern policy")
        .contains("Partner Center   " + origin.get() + "/partnercenter")
        .contains("Microsoft Graph  " + origin.get() + "/graph/v1.0")
        .contains("Azure RM         " + origin.get() + "/arm")
        .contains("Press Ctrl-C to stop.");
    Matcher tokens = TOKEN.matcher(run.out());
    assertThat(tokens.find()).isTrue();
    assertThat(tokens.group(1)).isEqualTo("litware");
    assertThat(answered.get()).isEqualTo(200);
    assertThat(body.get()).contains(CustomerId.fromName("northwood").toString());
    assertThat(run.out()).contains("northwood");
  }

  @Test
  void thePrintedTokenIsAcceptedWhileItServes() {
    AtomicReference<String> banner = new AtomicReference<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    AtomicReference<Integer> status = new AtomicReference<>();

    int exit =
        SandboxCommand.serve(
            List.of("--policy", "seed"),
            print,
            print,
            sandbox -> {
              banner.set(out.toString(StandardCharsets.UTF_8));
              Matcher token = TOKEN.matcher(banner.get());
              assertThat(token.find()).isTrue();
              status.set(
                  get(
                          URI.create(sandbox.partnerCenterUri() + "/v1/offers?country=US"),
                          token.group(2))
                      .statusCode());
            });

    assertThat(exit).isZero();
    assertThat(banner.get())
        .contains("seed policy")
        .contains("northwind")
        .contains("Fabrikam, Inc.");
    assertThat(status.get()).isEqualTo(200);
  }

  @Test
  void aBadSeedFileOrArgumentExitsTwoWithAClearMessage(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"partners\": [], \"customers\": [], \"steps\": []}");
    Path missing = dir.resolve("missing.json");

    Run unknownKey = serve(List.of("--seed", bad.toString()), s -> {});
    Run noFile = serve(List.of("--seed", missing.toString()), s -> {});
    Run badPolicy = serve(List.of("--policy", "legacy"), s -> {});
    Run badPort = serve(List.of("--port", "70000"), s -> {});

    assertThat(unknownKey.status()).isEqualTo(2);
    assertThat(unknownKey.err()).contains(bad.toString()).contains("$.steps");
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.err()).contains("missing.json");
    assertThat(badPolicy.status()).isEqualTo(2);
    assertThat(badPolicy.err()).contains("seed or modern");
    assertThat(badPort.status()).isEqualTo(2);
  }

  @Test
  void rateLimitOptionsMakeTheSandboxAnswer429PastThem() {
    AtomicReference<Integer> third = new AtomicReference<>();
    AtomicReference<String> retryAfter = new AtomicReference<>();

    Run run =
        serve(
            List.of("--limit-partner-center", "2/min", "--retry-after-decimal"),
            sandbox -> {
              String token = sandbox.partnerToken(PartnerId.of("northwind"));
              URI customers = URI.create(sandbox.partnerCenterUri() + "/v1/customers?size=1");
              get(customers, token);
              get(customers, token);
              HttpResponse<String> answer = get(customers, token);
              third.set(answer.statusCode());
              retryAfter.set(answer.headers().firstValue("Retry-After").orElse(""));
            });
    Run badRate = serve(List.of("--limit-graph", "fast"), s -> {});

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Rate limits").contains("2 per PT1M");
    assertThat(third.get()).isEqualTo(429);
    assertThat(retryAfter.get()).matches("[0-9]+\\.[0-9]{3}");
    assertThat(badRate.status()).isEqualTo(2);
    assertThat(badRate.err()).contains("--limit-graph").contains("500/min").contains("fast");
  }

  @Test
  void theCommandIsListedInTheUsage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        PartnerkitCommand.run(
            new String[] {"--help"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("partnerkit sandbox")
        .contains("[--port=N]")
        .contains("[--journal=FILE]")
        .contains("[--store=JDBC_URL]");
  }
}
