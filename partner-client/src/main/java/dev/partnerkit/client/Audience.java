package dev.partnerkit.client;

/**
 * Names the remote APIs the client calls; each has its own base URI and its own access token
 * audience.
 *
 * <p>A {@link TokenProvider} is asked for a token per audience, so that one provider can serve all
 * three APIs with the right scope each.
 */
public enum Audience {
  /** The Partner Center REST API ({@code https://api.partnercenter.microsoft.com}). */
  PARTNER_CENTER("Partner Center", "https://api.partnercenter.microsoft.com/.default"),

  /** Microsoft Graph, for granular delegated admin ({@code https://graph.microsoft.com}). */
  GRAPH("Microsoft Graph", "https://graph.microsoft.com/.default"),

  /** Azure Resource Manager, for the Partner Admin Link ({@code https://management.azure.com}). */
  AZURE_RESOURCE_MANAGER("Azure Resource Manager", "https://management.azure.com/.default");

  private final String displayName;
  private final String defaultScope;

  Audience(String displayName, String defaultScope) {
    this.displayName = displayName;
    this.defaultScope = defaultScope;
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
   * Returns the OAuth 2.0 scope that asks Microsoft Entra ID for a token of this audience in the
   * global cloud, such as {@code https://graph.microsoft.com/.default}.
   *
   * @return the scope
   */
  public String getDefaultScope() {
    return defaultScope;
  }
}
