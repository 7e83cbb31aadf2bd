package dev.partnerkit.client;

import dev.partnerkit.model.Cloud;
import java.util.Objects;

/**
 * Names the remote APIs the client calls; each has its own base URI and its own access token
 * audience.
 *
 * <p>A {@link TokenProvider} is asked for a token per audience and cloud (a {@link TokenRequest}),
 * so that one provider can serve all three APIs with the right scope each. The scopes of the two
 * clouds follow the hosts Microsoft documents:
 *
 * <table>
 *   <caption>Default scopes</caption>
 *   <tr><th>API</th><th>{@link Cloud#GLOBAL}</th><th>{@link Cloud#CHINA_21VIANET}</th></tr>
 *   <tr><td>Partner Center</td><td>{@code https://api.partnercenter.microsoft.com/.default}</td>
 *       <td>{@code https://partner.partnercenterapi.microsoftonline.cn/.default}</td></tr>
 *   <tr><td>Microsoft Graph</td><td>{@code https://graph.microsoft.com/.default}</td>
 *       <td>{@code https://microsoftgraph.chinacloudapi.cn/.default}</td></tr>
 *   <tr><td>Azure Resource Manager</td><td>{@code https://management.azure.com/.default}</td>
 *       <td>{@code https://management.chinacloudapi.cn/.default}</td></tr>
 * </table>
 *
 * <p>Sources: Partner Center's REST URLs per cloud
 * (https://learn.microsoft.com/partner-center/developer/partner-center-rest-urls), Microsoft Graph
 * national cloud deployments (https://learn.microsoft.com/graph/deployments) and the Azure China
 * developer guide's endpoints (https://learn.microsoft.com/azure/china/resources-developer-guide).
 */
public enum Audience {
  /** The Partner Center REST API. */
  PARTNER_CENTER(
      "Partner Center",
      "https://api.partnercenter.microsoft.com",
      "https://partner.partnercenterapi.microsoftonline.cn"),

  /** Microsoft Graph, for granular delegated admin. */
  GRAPH(
      "Microsoft Graph", "https://graph.microsoft.com", "https://microsoftgraph.chinacloudapi.cn"),

  /** Azure Resource Manager, for the Partner Admin Link. */
  AZURE_RESOURCE_MANAGER(
      "Azure Resource Manager",
      "https://management.azure.com",
      "https://management.chinacloudapi.cn");

  private final String displayName;
  private final String globalResource;
  private final String chinaResource;

  Audience(String displayName, String globalResource, String chinaResource) {
    this.displayName = displayName;
    this.globalResource = globalResource;
    this.chinaResource = chinaResource;
  }

  /**
   * Returns the API's name for messages, such as {@code Partner Center}.
   *
   * @return the display name
   */
  public String getDisplayName() {
    return displayName;
  }

  /**
   * Returns the API's resource (the host its tokens are issued for) in a cloud, such as {@code
   * https://microsoftgraph.chinacloudapi.cn} for Graph in {@link Cloud#CHINA_21VIANET}.
   *
   * @param cloud {@link Cloud#GLOBAL} or {@link Cloud#CHINA_21VIANET}
   * @return the resource, without a trailing slash
   * @throws IllegalArgumentException for another cloud, whose scopes the client does not know
   */
  public String getResource(Cloud cloud) {
    Objects.requireNonNull(cloud, "cloud must not be null");
    switch (cloud) {
      case GLOBAL:
        return globalResource;
      case CHINA_21VIANET:
        return chinaResource;
      default:
        throw new IllegalArgumentException(
            "cloud must be GLOBAL or CHINA_21VIANET to pick the scope of "
                + displayName
                + ", but was "
                + cloud
                + "; a TokenProvider for another cloud must choose its scopes itself");
    }
  }

  /**
   * Returns the OAuth 2.0 scope that asks Microsoft Entra ID for a token of this audience in a
   * cloud, such as {@code https://graph.microsoft.com/.default} in {@link Cloud#GLOBAL}.
   *
   * @param cloud {@link Cloud#GLOBAL} or {@link Cloud#CHINA_21VIANET}
   * @return the scope: the resource followed by {@code /.default}
   * @throws IllegalArgumentException for another cloud
   */
  public String getDefaultScope(Cloud cloud) {
    return getResource(cloud) + "/.default";
  }
}
