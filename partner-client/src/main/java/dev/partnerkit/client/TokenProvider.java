package dev.partnerkit.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Supplies access tokens for an {@link Audience}, typically from Microsoft Entra ID through MSAL or
 * the Azure Identity library.
 *
 * <p>The client asks for a token before every attempt of every request, so a provider should cache
 * tokens until shortly before they expire. It may complete asynchronously; the client never blocks
 * a thread on it. Implementations must be thread-safe. A provider that fails (throws or completes
 * exceptionally) makes the call fail with a {@link TokenAcquisitionException}; the failure's
 * message must not contain secrets.
 */
@FunctionalInterface
public interface TokenProvider {
  /**
   * Returns a token for the audience, now or later.
   *
   * @param audience the API the token is for
   * @return a stage that completes with the token
   */
  CompletionStage<AccessToken> getToken(Audience audience);

  /**
   * Returns a provider that computes tokens synchronously, for callers whose token source blocks.
   *
   * @param source returns the token's text for an audience
   * @return the provider
   */
  static TokenProvider of(Function<? super Audience, String> source) {
    Objects.requireNonNull(source, "source");
    return audience -> {
      try {
        return CompletableFuture.completedFuture(AccessToken.of(source.apply(audience)));
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
    return audience -> CompletableFuture.completedFuture(fixed);
  }
}
