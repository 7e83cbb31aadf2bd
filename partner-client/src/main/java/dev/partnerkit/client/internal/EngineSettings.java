package dev.partnerkit.client.internal;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.model.Cloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Not API: everything the engine needs, gathered and checked by {@code PartnerClient.Builder}.
 *
 * @param baseUris the base URI of each API
 * @param tokenProviders the token provider of each API that has one
 * @param retryPolicy the retry policy
 * @param connectTimeout the TCP and TLS connect timeout
 * @param requestTimeout the longest wait for one attempt's response headers
 * @param deadline the default overall deadline of a call
 * @param maxResponseBytes the largest response body accepted
 * @param correlationIds supplies a correlation id per call
 * @param requestIds supplies a request id per call
 * @param httpClient the caller's HTTP client, or null for one the engine owns
 * @param clock the clock for HTTP-dates
 * @param userAgent the User-Agent header
 * @param cloud the cloud, which picks the token scopes
 * @param listener the listeners, empty when none is registered
 */
public record EngineSettings(
    Map<Audience, URI> baseUris,
    Map<Audience, TokenProvider> tokenProviders,
    RetryPolicy retryPolicy,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration deadline,
    long maxResponseBytes,
    Supplier<String> correlationIds,
    Supplier<String> requestIds,
    HttpClient httpClient,
    Clock clock,
    String userAgent,
    Cloud cloud,
    CompositeListener listener) {
  /** Copies the maps. */
  public EngineSettings {
    baseUris = Map.copyOf(baseUris);
    tokenProviders = Map.copyOf(tokenProviders);
  }
}
