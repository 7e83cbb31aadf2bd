package dev.partnerkit.client;

import dev.partnerkit.model.Cloud;
import java.util.Objects;

/**
 * What the client asks a {@link TokenProvider} for: a token for one API in the client's cloud.
 *
 * <p>Immutable and thread-safe; the client makes one per attempt, and tests make them with {@link
 * #of(Audience, Cloud)}.
 *
 * @param audience the API the token is for
 * @param cloud the client's cloud, set with {@code PartnerClient.builder().cloud(...)}
 */
public record TokenRequest(Audience audience, Cloud cloud) {
  /** Checks that both parts are present and that the cloud has known scopes. */
  public TokenRequest {
    Objects.requireNonNull(audience, "TokenRequest.audience must not be null");
    Objects.requireNonNull(cloud, "TokenRequest.cloud must not be null");
    // Fails here, at the first request, rather than later inside a provider.
    audience.getResource(cloud);
  }

  /**
   * Returns a request.
   *
   * @param audience the API
   * @param cloud {@link Cloud#GLOBAL} or {@link Cloud#CHINA_21VIANET}
   * @return the request
   */
  public static TokenRequest of(Audience audience, Cloud cloud) {
    return new TokenRequest(audience, cloud);
  }

  /**
   * Returns the scope to ask Microsoft Entra ID for: the audience's {@code /.default} scope in the
   * cloud, such as {@code https://microsoftgraph.chinacloudapi.cn/.default}.
   *
   * @return the scope
   */
  public String scope() {
    return audience.getDefaultScope(cloud);
  }
}
