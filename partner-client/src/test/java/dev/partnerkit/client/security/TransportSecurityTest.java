package dev.partnerkit.client.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.PartnerApiException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.faults.FaultServer;
import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.DelegatedAdminCustomer;
import dev.partnerkit.client.graph.NewDelegatedAdminRelationship;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client refuses plain http except to loopback, and never follows a redirect: not to another
 * host with the token, and not even to its own host. Two loopback servers stand for two hosts,
 * {@code 127.0.0.1} and {@code localhost}, which are different hosts to an HTTP client.
 */
class TransportSecurityTest {
  private static final String TOKEN = SecretsNeverLeakTest.TOKEN;
  private static final CustomerId CUSTOMER = CustomerId.fromName("fabrikam");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.com",
        "http://graph.microsoft.com/v1.0",
        "HTTP://EXAMPLE.COM",
        "http://10.0.0.1",
        "http://192.168.1.10:8080",
        "http://169.254.169.254/metadata",
        "http://127.0.0.1.nip.io",
        "http://localhost.example.com",
        "http://127.0.0.1@example.com",
        "http://user:secret@127.0.0.1",
        "http://[::ffff:127.0.0.1]",
        "http://[::2]",
        "http://0x7f000001",
        "http://2130706433",
        "http://127.1",
        "http://256.0.0.1",
        "ftp://127.0.0.1",
        "ws://127.0.0.1",
        "file:///etc/passwd",
        "/v1/customers",
        "http:///path",
        "https:opaque"
      })
  void baseUrisThatWouldSendTheTokenInPlainTextOrAstrayAreRefused(String uri) {
    URI base = URI.create(uri);
    for (Function<URI, PartnerClient.Builder> setter :
        List.<Function<URI, PartnerClient.Builder>>of(
            u -> PartnerClient.builder().partnerCenterBaseUri(u),
            u -> PartnerClient.builder().graphBaseUri(u),
            u -> PartnerClient.builder().azureManagementBaseUri(u))) {
      assertThatThrownBy(() -> setter.apply(base))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(" must ")
          .hasMessageNotContaining("secret");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://api.partnercenter.microsoft.com",
        "https://10.0.0.1:8443",
        "http://127.0.0.1:8080",
        "http://127.255.255.254",
        "http://localhost:1",
        "http://LOCALHOST",
        "http://[::1]:8080"
      })
  void httpsAndLoopbackHttpAreAccepted(String uri) {
    assertThatCode(() -> PartnerClient.builder().partnerCenterBaseUri(URI.create(uri)))
        .doesNotThrowAnyException();
  }

  @Test
  void aSuppliedHttpClientThatFollowsRedirectsIsRefused() {
    for (HttpClient.Redirect redirect :
        List.of(HttpClient.Redirect.NORMAL, HttpClient.Redirect.ALWAYS)) {
      HttpClient following = HttpClient.newBuilder().followRedirects(redirect).build();
      assertThatThrownBy(() -> PartnerClient.builder().httpClient(following))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Redirect.NEVER");
    }
    assertThatCode(
            () ->
                PartnerClient.builder()
                    .httpClient(
                        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void aRedirectIsNeverFollowed_neitherToAnotherHostNorToTheSameHost(int status) throws Exception {
    try (FaultServer other = FaultServer.start(FaultServer.ok("{\"id\":\"stolen\"}"))) {
      URI elsewhere = URI.create("http://localhost:" + other.uri().getPort() + "/steal");
      URI sameHost = URI.create("/v1/customers/elsewhere");
      for (URI location : List.of(elsewhere, sameHost)) {
        for (Consumer<PartnerClient> call : calls()) {
          try (FaultServer server =
                  FaultServer.start(
                      FaultServer.status(status, Map.of("Location", location.toString()), ""));
              PartnerClient client = client(server.uri())) {
            assertThatThrownBy(() -> call.accept(client))
                .isInstanceOf(PartnerApiException.class)
                .hasMessageContaining("HTTP " + status)
                .hasMessageContaining("does not follow")
                .satisfies(
                    e -> assertThat(((PartnerApiException) e).getStatus()).isEqualTo(status));
            assertThat(server.requests()).hasSize(1);
          }
        }
      }
      assertThat(other.requests()).as("requests that reached the other host").isEmpty();
      // The control: a client that follows redirects does reach the other host this way.
      try (FaultServer server =
          FaultServer.start(
              FaultServer.status(302, Map.of("Location", elsewhere.toString()), ""))) {
        HttpClient following =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
        following.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/customers")).build(),
            HttpResponse.BodyHandlers.discarding());
        assertThat(other.requests()).hasSize(1);
      }
    }
  }

  @Test
  void aGraphNextLinkToAnotherLoopbackHostIsNotFollowed() throws IOException {
    try (FaultServer other = FaultServer.start(FaultServer.ok("{\"value\":[]}"))) {
      String link = "http://localhost:" + other.uri().getPort() + "/v1.0/next";
      try (FaultServer server =
              FaultServer.start(
                  FaultServer.ok(
                      "{\"value\":[{\"id\":\"a\"}],\"@odata.nextLink\":\"" + link + "\"}"));
          PartnerClient client = client(server.uri())) {
        assertThatThrownBy(
                () -> client.gdap().customers().list().map(DelegatedAdminCustomer::getId).toList())
            .isInstanceOf(InvalidResponseException.class)
            .hasMessageContaining("points to http://localhost")
            .hasMessageNotContaining(TOKEN);
      }
      assertThat(other.requests()).isEmpty();
    }
  }

  /** A read, a Partner Center create and a Graph create: the three kinds of call. */
  private static List<Consumer<PartnerClient>> calls() {
    return List.of(
        c -> c.customers().get(CUSTOMER),
        c -> c.customers().create(PcCustomer.builder().addCustomDomain("fabrikam.example").build()),
        c ->
            c.gdap()
                .relationships()
                .create(
                    NewDelegatedAdminRelationship.builder()
                        .displayName("fabrikam")
                        .duration("P730D")
                        .accessDetails(
                            DelegatedAdminAccessDetails.of(Set.of(Role.USER_ADMINISTRATOR)))
                        .build()));
  }

  private static PartnerClient client(URI base) {
    return PartnerClient.builder()
        .partnerCenterBaseUri(base)
        .graphBaseUri(URI.create(base + "/v1.0"))
        .tokenProvider(audience -> CompletableFuture.completedFuture(AccessToken.of(TOKEN)))
        .deadline(Duration.ofSeconds(5))
        .build();
  }
}
