package dev.partnerkit.client.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.faults.FaultServer;
import dev.partnerkit.client.graph.DelegatedAdminCustomer;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for what fuzzing and reviewing the response decoding found: answers that decoded
 * but then escaped as the wrong exception or produced a wrong link. Each runs through the public
 * API against a loopback server, so that the whole path is covered, not only the function that was
 * fixed.
 */
class ResponseFindingsTest {
  @Test
  void invitationLink_whoseAmpersandsAreNotInAQuery_isAnInvalidResponseNotALinkToAnotherHost()
      throws IOException {
    // The fuzzer's input: the flag was rewritten inside what a URI reads as the authority.
    String url =
        "https://admin.m08d-9b0aaf2169a7&msppId=0&DAP=false#/BillingAccounts/partner-invitation";

    assertThatThrownBy(() -> invitationLink(url, true))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("not an absolute http(s) URL with a host");
  }

  @Test
  void invitationLink_thatIsNoUri_isAnInvalidResponseNotAnIllegalArgument() {
    assertThatThrownBy(() -> invitationLink("https://admin.microsoft.com/a b?DAP=false", true))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("not a valid URI");
    assertThatThrownBy(() -> invitationLink("mailto:partner@example.com", true))
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void invitationLink_carriesExactlyOneDapFlag() throws IOException {
    assertThat(invitationLink("https://admin.microsoft.com/x?DAP=false&dap=TRUE&a=1#/f", true))
        .hasToString("https://admin.microsoft.com/x?DAP=true&a=1#/f");
    assertThat(invitationLink("https://admin.microsoft.com/x", false))
        .hasToString("https://admin.microsoft.com/x?DAP=false");
    assertThat(invitationLink("https://admin.microsoft.com/x?invType=R#/B", true))
        .hasToString("https://admin.microsoft.com/x?invType=R&DAP=true#/B");
    assertThat(invitationLink("https://admin.microsoft.com/x?DAPX=1", false))
        .hasToString("https://admin.microsoft.com/x?DAPX=1&DAP=false");
  }

  @Test
  void graphNextLinkThatIsNoUri_endsTheStreamWithAnInvalidResponse() throws IOException {
    try (FaultServer server =
            FaultServer.start(
                FaultServer.ok(
                    "{\"value\":[{\"id\":\"a\"}],\"@odata.nextLink\":\"http://127.0.0.1:1/ x\"}"));
        PartnerClient client = client(server.uri())) {
      assertThatThrownBy(
              () -> client.gdap().customers().list().map(DelegatedAdminCustomer::getId).toList())
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("is not a valid URI");
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void continuationTokenThatCannotBeAHeader_endsTheStreamWithAnInvalidResponse()
      throws IOException {
    try (FaultServer server =
            FaultServer.start(
                FaultServer.ok(
                    "{\"items\":[{\"id\":\"a\"}],\"continuationToken\":\"abc\\r\\nX-Evil: 1\"}"));
        PartnerClient client = client(server.uri())) {
      assertThatThrownBy(() -> client.customers().list().map(PcCustomer::id).toList())
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("MS-ContinuationToken");
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void relationshipWithANegativeDuration_mapsToNoModelInsteadOfThrowing() throws IOException {
    String relationship =
        "{\"id\":\"r1\",\"displayName\":\"x\",\"duration\":\"%s\",\"autoExtendDuration\":\"%s\","
            + "\"customer\":{\"tenantId\":\""
            + CustomerId.fromName("fabrikam")
            + "\"},\"createdDateTime\":\"2026-01-01T00:00:00Z\"}";
    try (FaultServer server =
            FaultServer.start(
                FaultServer.ok(String.format(relationship, "-P730D", "PT0S")),
                FaultServer.ok(String.format(relationship, "P730D", "P-1Y")),
                FaultServer.ok(String.format(relationship, "P2Y", "P180D")));
        PartnerClient client = client(server.uri())) {
      PartnerId partner = PartnerId.of("northwind");

      assertThat(client.gdap().relationships().get("r1").toModel(partner, List.of())).isEmpty();
      assertThat(client.gdap().relationships().get("r1").toModel(partner, List.of())).isEmpty();
      assertThat(client.gdap().relationships().get("r1").toModel(partner, List.of()))
          .hasValueSatisfying(r -> assertThat(r.getDuration()).isEqualTo(Duration.ofDays(730)));
    }
  }

  @Test
  void aWireTypeOfTheWrongShapeIsNamedInTheMessage() throws IOException {
    try (FaultServer server = FaultServer.start(FaultServer.ok("{\"companyProfile\":5}"));
        PartnerClient client = client(server.uri())) {
      assertThatThrownBy(() -> client.customers().get(CustomerId.fromName("fabrikam")))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageStartingWith(
              "Invalid JSON for PcCustomer at $.companyProfile: expected a JSON object"
                  + " (PcCompanyProfile), but got the number 5, in the answer to Partner Center GET");
    }
  }

  private static URI invitationLink(String url, boolean delegatedAdmin) throws IOException {
    String body =
        "{\"url\":\"" + url + "\",\"attributes\":{\"objectType\":\"RelationshipRequest\"}}";
    try (FaultServer server = FaultServer.start(FaultServer.ok(body));
        PartnerClient client = client(server.uri())) {
      return client.customers().invitationLink(delegatedAdmin);
    }
  }

  private static PartnerClient client(URI base) {
    return PartnerClient.builder()
        .partnerCenterBaseUri(base)
        .graphBaseUri(URI.create(base + "/v1.0"))
        .tokenProvider(audience -> CompletableFuture.completedFuture(AccessToken.of("t")))
        .build();
  }
}
