package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile HTTP requests to the sandbox: each gets the status and message a real service would give
 * (or the JDK server's own 400 for bytes that are not HTTP), never a stack trace or a 500, and the
 * sandbox goes on serving. The table of docs/hostile-inputs.md lists these cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxHostileRequestsTest {
  private PartnerSandbox sandbox;
  private String token;

  /** One hostile request and what it must get. */
  private record Case(
      String name,
      String method,
      String path,
      String body,
      List<String> headers,
      boolean withToken,
      int status,
      String says) {}

  @BeforeAll
  void start() {
    sandbox = PartnerSandbox.builder().start();
    token = sandbox.partnerToken(Samples.NORTHWIND.getId());
  }

  @AfterAll
  void stop() {
    sandbox.close();
  }

  private static Case partnerCenter(
      String name, String method, String path, String body, int status, String says) {
    return new Case(name, method, "/partnercenter" + path, body, List.of(), true, status, says);
  }

  private static Case graph(
      String name, String method, String path, String body, int status, String says) {
    return new Case(name, method, "/graph/v1.0" + path, body, List.of(), true, status, says);
  }

  private static Case unauthenticated(String name, List<String> headers) {
    return new Case(
        name,
        "GET",
        "/partnercenter/v1/customers?size=1",
        null,
        headers,
        false,
        401,
        "The bearer token is missing, malformed, expired or unknown");
  }

  private static List<Case> cases() {
    String relationships = "/tenantRelationships/delegatedAdminRelationships";
    return List.of(
        partnerCenter(
            "malformed JSON",
            "POST",
            "/v1/customers",
            "{\"companyProfile\":",
            400,
            "Invalid JSON for PcCustomer at $.companyProfile: expected well-formed JSON"),
        partnerCenter(
            "JSON of the wrong shape",
            "POST",
            "/v1/customers",
            "{\"companyProfile\":5}",
            400,
            "expected a JSON object (PcCompanyProfile), but got a number"),
        partnerCenter("an array", "POST", "/v1/customers", "[]", 400, "but got an array"),
        partnerCenter("an empty body", "POST", "/v1/customers", "", 400, "but it was empty"),
        partnerCenter(
            "100,000 nested arrays",
            "POST",
            "/v1/customers",
            "[".repeat(100_000),
            400,
            "but got an array"),
        partnerCenter(
            "a 2 MiB body",
            "POST",
            "/v1/customers",
            "{\"x\":\"" + "a".repeat(2 << 20) + "\"}",
            413,
            "The request body is over 1048576 bytes."),
        partnerCenter(
            "not JSON at all", "POST", "/v1/customers", "hello", 400, "Unrecognized token 'hello'"),
        partnerCenter(
            "an unknown path",
            "GET",
            "/v1/nothing-here",
            null,
            404,
            "No GET /partnercenter/v1/nothing-here is served here."),
        new Case(
            "an unknown API prefix",
            "GET",
            "/nope/v1/customers",
            null,
            List.of(),
            true,
            404,
            "The sandbox serves /partnercenter, /graph/v1.0, /arm and /sandbox"),
        partnerCenter(
            "a method the path does not serve",
            "DELETE",
            "/v1/customers",
            null,
            405,
            "The method DELETE is not served on this path."),
        partnerCenter(
            "path traversal as a customer id",
            "GET",
            "/v1/customers/..%2F..%2Fetc%2Fpasswd",
            null,
            400,
            "CustomerId must be a tenant GUID"),
        partnerCenter(
            "another tenant's GUID",
            "GET",
            "/v1/customers/00000000-0000-0000-0000-000000000000",
            null,
            403,
            "has no relationship with customer"),
        partnerCenter(
            "a negative page size",
            "GET",
            "/v1/customers?size=-1",
            null,
            400,
            "size must be a whole number from 1 to 500, but was -1"),
        partnerCenter(
            "a page size past int",
            "GET",
            "/v1/customers?size=99999999999",
            null,
            400,
            "but was 99999999999"),
        new Case(
            "a forged continuation token",
            "GET",
            "/partnercenter/v1/customers?size=1&seekOperation=Next",
            null,
            List.of("MS-ContinuationToken", "garbage"),
            true,
            400,
            "The MS-ContinuationToken is not one the sandbox issued"),
        partnerCenter(
            "a three-letter country",
            "GET",
            "/v1/offers?country=ZZZ",
            null,
            400,
            "country must be an ISO 3166-1 alpha-2 code such as US, but was \\\"ZZZ\\\""),
        graph(
            "a $top that is no number",
            "GET",
            relationships + "?$top=abc",
            null,
            400,
            "$top must be 1 to 300, but was abc"),
        graph(
            "an injected $filter",
            "GET",
            relationships + "?$filter=status%20eq%20'%27)%20or%201=1",
            null,
            400,
            "The sandbox filters relationships by status, as in"),
        graph(
            "a malformed Graph body",
            "POST",
            relationships,
            "{\"displayName\":",
            400,
            "Invalid JSON for NewDelegatedAdminRelationship at $.displayName"),
        unauthenticated("no Authorization header", List.of()),
        unauthenticated("Basic credentials", List.of("Authorization", "Basic YTpi")),
        unauthenticated(
            "a 100 KB bearer token", List.of("Authorization", "Bearer " + "x".repeat(100_000))));
  }

  @TestFactory
  Stream<DynamicTest> eachHostileRequestGetsAClearAnswer() {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      RawHttp.Answer answer =
                          RawHttp.send(
                              c.method(),
                              URI.create(sandbox.baseUri() + c.path()),
                              c.withToken() ? token : null,
                              c.body(),
                              c.headers().toArray(new String[0]));
                      assertThat(answer.status()).as(answer.body()).isEqualTo(c.status());
                      assertThat(answer.body()).contains(c.says()).doesNotContain("Exception");
                      assertThat(answer.body().length()).isLessThan(2_000);
                    }));
  }

  @Test
  void bytesThatAreNotHttpGetTheServersOwn400() throws IOException {
    assertThat(exchange("HELLO\r\n\r\n")).startsWith("HTTP/1.1 400");
  }

  @Test
  void aConnectionThatNeverFinishesItsRequestDoesNotStopOthers() throws IOException {
    try (Socket stalled = new Socket("127.0.0.1", sandbox.baseUri().getPort())) {
      OutputStream out = stalled.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();

      RawHttp.Answer answer =
          RawHttp.get(URI.create(sandbox.partnerCenterUri() + "/v1/customers?size=1"), token);

      assertThat(answer.status()).isEqualTo(200);
    }
  }

  private String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", sandbox.baseUri().getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      return new String(in.readNBytes(64), StandardCharsets.ISO_8859_1);
    }
  }
}
