package dev.partnerkit.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server on 127.0.0.1 (dynamic port) and a client pointed at it, with short waits so
 * that retry tests finish fast. Partner Center is served under {@code /pc}, Graph under {@code
 * /graph/v1.0} and Azure Resource Manager under {@code /arm}, as a sandbox would.
 */
public abstract class WireMockSupport {
  /** The token every test client sends; tests check that it never leaks. */
  public static final String TOKEN = "eyJ0eXAiOiJKV1QiLCJzZWNyZXQiOiJ0b3AifQ.very-secret-token";

  protected WireMockServer server;
  protected PartnerClient client;

  @BeforeEach
  void startServer() {
    server =
        new WireMockServer(
            options().bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true));
    server.start();
    client = clientBuilder().build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.stop();
  }

  /** Returns a builder for a client on the server, with fast retries and a 5 s deadline. */
  protected PartnerClient.Builder clientBuilder() {
    return PartnerClient.builder()
        .partnerCenterBaseUri(base("/pc"))
        .graphBaseUri(base("/graph/v1.0"))
        .azureManagementBaseUri(base("/arm"))
        .tokenProvider(TokenProvider.fixed(TOKEN))
        .requestTimeout(Duration.ofSeconds(3))
        .deadline(Duration.ofSeconds(5))
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(4)
                .initialBackoff(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(40))
                .maxRetryAfter(Duration.ofSeconds(2))
                .build());
  }

  protected URI base(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** Returns the requests the server received that match, oldest first. */
  protected List<LoggedRequest> requests(
      com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
    return server.findAll(pattern);
  }

  /**
   * Returns one of the project's own payloads, under {@code src/test/resources/payloads}: written
   * for Partnerkit in the shapes of the documented examples (the same file names, fields and
   * structure, other values), so that every test runs on a clean clone. {@code SharedExamplesTest}
   * holds them to Microsoft's examples when {@code shared/api-examples} is beside the repository.
   */
  public static String example(String name) {
    return resource("/payloads/" + name);
  }

  /**
   * Returns Microsoft's documented example of this name from {@code shared/api-examples}, when that
   * folder is beside the repository and holds it.
   */
  public static Optional<String> sharedExample(String name) {
    return examplesDir()
        .map(dir -> dir.resolve(name))
        .filter(Files::isRegularFile)
        .map(f -> read(f));
  }

  /**
   * Returns the folder of Microsoft's examples: the one {@code -Dpartnerkit.apiExamples} names (a
   * missing folder there stands for a clean clone), or else {@code shared/api-examples} found by
   * walking up from the module.
   */
  public static Optional<Path> examplesDir() {
    String given = System.getProperty("partnerkit.apiExamples");
    if (given != null) {
      return Optional.of(Path.of(given)).filter(Files::isDirectory);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("api-examples");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a response file written from the documentation, under {@code src/test/resources/wire}.
   */
  public static String wire(String name) {
    return resource("/wire/" + name);
  }

  private static String resource(String path) {
    try (var in = WireMockSupport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
