package dev.partnerkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.client.LoopbackServer.Answer;
import dev.partnerkit.model.CustomerId;
import org.junit.jupiter.api.Test;

class UserAgentVersionTest {
  private static final CustomerId CUSTOMER =
      CustomerId.parse("11111111-2222-3333-4444-555555555555");

  @Test
  void theUserAgentCarriesTheProjectVersion_evenWhenRunningFromClasses() {
    // Surefire passes the POM's version; the client reads it from its filtered resource here,
    // where no jar manifest exists.
    String expected = System.getProperty("partnerkit.expectedVersion");
    assertThat(expected).as("surefire's partnerkit.expectedVersion").isNotBlank();
    try (LoopbackServer server = new LoopbackServer(Answer.of(200, "{\"items\":[]}"));
        PartnerClient client =
            PartnerClient.builder()
                .partnerCenterBaseUri(server.uri("/pc"))
                .tokenProvider(TokenProvider.fixed("t"))
                .build()) {
      client.customers().partnerRelationships(CUSTOMER);
      assertThat(server.seen())
          .singleElement()
          .satisfies(
              seen ->
                  assertThat(seen.header("User-Agent"))
                      .isEqualTo("partnerkit-client/" + expected)
                      .doesNotEndWith("/dev"));
    }
  }
}
