package dev.partnerkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.Cloud;
import org.junit.jupiter.api.Test;

class AudienceScopeTest {
  @Test
  void globalScopesAreTheGlobalHosts() {
    assertThat(Audience.PARTNER_CENTER.getDefaultScope(Cloud.GLOBAL))
        .isEqualTo("https://api.partnercenter.microsoft.com/.default");
    assertThat(Audience.GRAPH.getDefaultScope(Cloud.GLOBAL))
        .isEqualTo("https://graph.microsoft.com/.default");
    assertThat(Audience.AZURE_RESOURCE_MANAGER.getDefaultScope(Cloud.GLOBAL))
        .isEqualTo("https://management.azure.com/.default");
  }

  @Test
  void chinaScopesAreThe21VianetHosts() {
    assertThat(TokenRequest.of(Audience.PARTNER_CENTER, Cloud.CHINA_21VIANET).scope())
        .isEqualTo("https://partner.partnercenterapi.microsoftonline.cn/.default");
    assertThat(TokenRequest.of(Audience.GRAPH, Cloud.CHINA_21VIANET).scope())
        .isEqualTo("https://microsoftgraph.chinacloudapi.cn/.default");
    assertThat(TokenRequest.of(Audience.AZURE_RESOURCE_MANAGER, Cloud.CHINA_21VIANET).scope())
        .isEqualTo("https://management.chinacloudapi.cn/.default");
  }

  @Test
  void theChinaPartnerCenterBaseUriIsTheResourceItsTokensAreFor() {
    assertThat(PartnerClient.PARTNER_CENTER_21VIANET.toString())
        .isEqualTo(Audience.PARTNER_CENTER.getResource(Cloud.CHINA_21VIANET));
    assertThat(PartnerClient.PARTNER_CENTER_GLOBAL.toString())
        .isEqualTo(Audience.PARTNER_CENTER.getResource(Cloud.GLOBAL));
  }

  @Test
  void aCloudWithoutKnownScopesIsRefusedNamingTheWayOut() {
    assertThatThrownBy(() -> TokenRequest.of(Audience.GRAPH, Cloud.US_GOVERNMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GLOBAL or CHINA_21VIANET")
        .hasMessageContaining("US_GOVERNMENT");
  }
}
