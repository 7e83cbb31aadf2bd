package dev.partnerkit.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Supplies access tokens for an {@link Audience} in the client's cloud, typically from Microsoft
 * Entra ID through MSAL or the Azure Identity library ({@code
 * dev.partnerkit.client.azure.AzureTokenProvider} adapts a {@code TokenCredential}).
 *
 * <p>The client asks for a token before every attempt of every request, so a provider should cache
 * tokens until shortly before they expire. Ask Entra ID for {@link TokenRequest#scope()}: it
 * follows the client's cloud. It may complete asynchronously; the client never blocks a thread on
 * it. Implementations must be thread-safe. A provider that fails (throws or completes
 * exceptionally) makes the call fail with a {@link TokenAcquisitionException}; the failure's
 * message must not contain secrets.
 */
@FunctionalInterface
public interface TokenProvider {
  /**
   * Returns a token for the request's audience and cloud, now or later.
   *
   * @param request the API the token is for, the client's cloud and the scope that follows
   * @return a stage that completes with the token
   */
  CompletionStage<AccessToken> getToken(TokenRequest request);

  /**
   * Returns a provider that computes tokens synchronously, for callers whose token source blocks.
   *
   * @param source returns the token's text for a request, such as one for {@link
   *     TokenRequest#scope()}
   * @return the provider
   */
  static TokenProvider of(Function<? super TokenRequest, String> source) {
    Objects.requireNonNull(source, "source");
    return request -> {
      try {
        return CompletableFuture.completedFuture(AccessToken.of(source.apply(request)));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    };
  }

  /**
   * Returns a provider that always gives the same token, for tests and short scripts.
   *
   * @param token the token's text
   * @return the provider
   */
  static TokenProvider fixed(String token) {
    AccessToken fixed = AccessToken.of(token);
    return request -> CompletableFuture.completedFuture(fixed);
  }
}
