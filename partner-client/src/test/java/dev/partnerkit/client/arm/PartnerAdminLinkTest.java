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
      "/arm/providers/Microsoft.ManagementPartner/partners/123456?api-version=2018-02-01";

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

    PartnerAdminLink link = client.partnerAdminLink().link(MpnId.of("123456"));
    PartnerAdminLink read = client.partnerAdminLink().get(MpnId.of("123456"));
    client.partnerAdminLink().unlink(MpnId.of("123456"));

    assertThat(read).isEqualTo(link);
    assertThat(link.getEtag()).contains(3);
    assertThat(link.getProperties().flatMap(PartnerAdminLinkProperties::getState))
        .contains(ManagementPartnerState.ACTIVE);
    assertThat(link.mpnId()).contains(MpnId.of("123456"));
    PartnerOfRecord por = link.toModel().orElseThrow();
    assertThat(por.getCustomer())
        .isEqualTo(CustomerId.parse("1b1121dd-6900-412a-af73-e8d44f81e1c1"));
    assertThat(por.getPartner()).isEqualTo(PartnerId.of("123456"));
    assertThat(por.getDesignatedAt()).isEqualTo(Instant.parse("2018-01-20T01:52:57.9126052Z"));
    server.verify(
        putRequestedFor(urlEqualTo(PATH))
            .withHeader(
                "x-ms-client-request-id",
                com.github.tomakehurst.wiremock.client.WireMock.matching(".+")));
  }
}
