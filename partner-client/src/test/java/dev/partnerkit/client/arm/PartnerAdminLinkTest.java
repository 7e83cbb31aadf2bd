package dev.partnerkit.client.arm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.client.WireJson;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PartnerAdminLinkTest extends WireMockSupport {
  private static final String PATH =
      "/arm/providers/Microsoft.ManagementPartner/partners/5512093?api-version=2018-02-01";

  private static String documentedBody() throws Exception {
    JsonNode file =
        WireJson.newMapper().readTree(example("azure-managementpartner-pal-put-example.json"));
    return file.path("responses").path("200").path("body").toString();
  }

  @Test
  void getLinkAndUnlink_useTheManagementPartnerPath() throws Exception {
    String body = documentedBody();
    server.stubFor(get(urlEqualTo(PATH)).willReturn(okJson(body)));
    server.stubFor(put(urlEqualTo(PATH)).willReturn(okJson(body)));
    server.stubFor(delete(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));

    PartnerAdminLink link = client.partnerAdminLink().link(MpnId.of("5512093"));
    PartnerAdminLink read = client.partnerAdminLink().get(MpnId.of("5512093"));
    client.partnerAdminLink().unlink(MpnId.of("5512093"));

    assertThat(read).isEqualTo(link);
    assertThat(link.getEtag()).contains(2);
    assertThat(link.getProperties().flatMap(PartnerAdminLinkProperties::getState))
        .contains(ManagementPartnerState.ACTIVE);
    assertThat(link.mpnId()).contains(MpnId.of("5512093"));
    PartnerOfRecord por = link.toModel().orElseThrow();
    assertThat(por.getCustomer())
        .isEqualTo(CustomerId.parse("68608603-5351-424a-a36a-6bf6c7aa52fa"));
    assertThat(por.getPartner()).isEqualTo(PartnerId.of("5512093"));
    assertThat(por.getDesignatedAt()).isEqualTo(Instant.parse("2025-05-06T07:08:09.1011121Z"));
    server.verify(
        putRequestedFor(urlEqualTo(PATH))
            .withHeader(
                "x-ms-client-request-id",
                com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
  }
}
