package dev.partnerkit.client.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.client.TokenRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link TokenProvider} that gets tokens from an Azure Identity {@link TokenCredential}, asking
 * for the scope of the client's cloud ({@link TokenRequest#scope()}), and caches each scope's token
 * until shortly before it expires.
 *
 * <pre>{@code
 * TokenCredential credential = new DefaultAzureCredentialBuilder().build();
 * PartnerClient client = PartnerClient.builder()
 *     .cloud(Cloud.CHINA_21VIANET)
 *     .tokenProvider(AzureTokenProvider.of(credential))
 *     .build();
 * }</pre>
 *
 * <p>A cached token is reused until {@link #DEFAULT_REFRESH_MARGIN} before its expiry (or the
 * earlier refresh time the credential suggests); a token that lives shorter than twice the margin
 * is reused for half its life. When many calls need a new token at once, the credential is asked
 * once and every call waits for that one answer. A failed request is not cached: the next call asks
 * again.
 *
 * <p>Immutable configuration, thread-safe; create with {@link #of(TokenCredential)} or {@link
 * #builder(TokenCredential)}. Needs azure-core on the class path (an optional dependency of
 * partner-client); add {@code com.azure:azure-identity} for the credentials themselves.
 */
public final class AzureTokenProvider implements TokenProvider {
  /** How long before a token's expiry it is replaced by default: 5 minutes, as Azure SDKs do. */
  public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

  private final TokenCredential credential;
  private final Optional<String> tenantId;
  private final Duration refreshMargin;
  private final Clock clock;
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  private AzureTokenProvider(Builder builder) {
    this.credential = builder.credential;
    this.tenantId = builder.tenantId;
    this.refreshMargin = builder.refreshMargin;
    this.clock = builder.clock;
  }

  /**
   * Returns a provider with the default refresh margin and the credential's own tenant.
   *
   * @param credential the credential, such as {@code DefaultAzureCredential}
   * @return the provider
   */
  public static AzureTokenProvider of(TokenCredential credential) {
    return builder(credential).build();
  }

  /**
   * Returns a builder.
   *
   * @param credential the credential
   * @return a builder; not thread-safe
   */
  public static Builder builder(TokenCredential credential) {
    return new Builder(credential);
  }

  /**
   * Returns a token for the request's scope: the cached one while it is fresh, else a new one from
   * the credential, asked for once however many calls wait.
   *
   * @param request the audience and cloud, whose {@link TokenRequest#scope()} is asked for
   * @return a stage that completes with the token, or with the credential's failure
   */
  @Override
  public CompletionStage<AccessToken> getToken(TokenRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    return slots.computeIfAbsent(request.scope(), Slot::new).get();
  }

  @Override
  public String toString() {
    return "AzureTokenProvider[credential="
        + credential.getClass().getSimpleName()
        + ", tenantId="
        + tenantId.orElse("(the credential's)")
        + ", refreshMargin="
        + refreshMargin
        + "]";
  }

  /** One scope's cached token and the request in flight for it, guarded by the slot's lock. */
  private final class Slot {
    private final String scope;
    private final Object lock = new Object();
    private AccessToken token;
    private Instant refreshAt = Instant.MIN;
    private CompletableFuture<AccessToken> inFlight;

    Slot(String scope) {
      this.scope = scope;
    }

    CompletableFuture<AccessToken> get() {
      CompletableFuture<AccessToken> promise;
      synchronized (lock) {
        if (token != null && clock.instant().isBefore(refreshAt)) {
          return CompletableFuture.completedFuture(token);
        }
        if (inFlight != null) {
          return inFlight;
        }
        promise = new CompletableFuture<>();
        inFlight = promise;
      }
      // Asked outside the lock: a credential that answers at once runs the completion below on this
      // thread, and waiting callers must not be held up by a slow one.
      fetch(promise);
      return promise;
    }

    private void fetch(CompletableFuture<AccessToken> promise) {
      TokenRequestContext context = new TokenRequestContext().addScopes(scope);
      tenantId.ifPresent(context::setTenantId);
      CompletableFuture<com.azure.core.credential.AccessToken> answer;
      try {
        answer = credential.getToken(context).toFuture();
      } catch (RuntimeException e) {
        answer = CompletableFuture.failedFuture(e);
      }
      var unused =
          answer.whenComplete(
              (azure, failure) -> {
                AccessToken converted = null;
                Throwable problem = failure;
                if (problem == null) {
                  try {
                    converted = convert(azure);
                  } catch (RuntimeException e) {
                    problem = e;
                  }
                }
                synchronized (lock) {
                  if (inFlight == promise) {
                    inFlight = null;
                  }
                  if (converted != null) {
                    token = converted;
                    refreshAt = refreshTime(azure);
                  }
                }
                if (problem != null) {
                  promise.completeExceptionally(problem);
                } else {
                  promise.complete(converted);
                }
              });
    }

    private AccessToken convert(com.azure.core.credential.AccessToken azure) {
      if (azure == null || azure.getToken() == null || azure.getExpiresAt() == null) {
        throw new IllegalStateException(
            "The TokenCredential "
                + credential.getClass().getSimpleName()
                + " completed without a token and its expiry for scope "
                + scope);
      }
      return AccessToken.of(azure.getToken());
    }

    private Instant refreshTime(com.azure.core.credential.AccessToken azure) {
      Instant now = clock.instant();
      Instant expiresAt = azure.getExpiresAt().toInstant();
      Duration life = Duration.between(now, expiresAt);
      Duration margin =
          life.dividedBy(2).compareTo(refreshMargin) < 0 ? life.dividedBy(2) : refreshMargin;
      Instant refresh = expiresAt.minus(margin);
      if (azure.getRefreshAt() != null && azure.getRefreshAt().toInstant().isBefore(refresh)) {
        refresh = azure.getRefreshAt().toInstant();
      }
      return refresh;
    }
  }

  /** Builds an {@link AzureTokenProvider}. Not thread-safe. */
  public static final class Builder {
    private final TokenCredential credential;
    private Optional<String> tenantId = Optional.empty();
    private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
    private Clock clock = Clock.systemUTC();

    private Builder(TokenCredential credential) {
      this.credential = Objects.requireNonNull(credential, "credential must not be null");
    }

    /**
     * Sets the tenant to ask tokens in, for a credential that may act in several (multi-tenant
     * applications); by default the credential's own tenant.
     *
     * @param tenantId the tenant's id (a GUID) or domain
     * @return this builder
     */
    public Builder tenantId(String tenantId) {
      Objects.requireNonNull(tenantId, "tenantId must not be null");
      if (tenantId.isBlank()) {
        throw new IllegalArgumentException("tenantId must not be blank");
      }
      this.tenantId = Optional.of(tenantId);
      return this;
    }

    /**
     * Sets how long before its expiry a cached token is replaced.
     *
     * @param margin zero or a positive duration; default {@link #DEFAULT_REFRESH_MARGIN}
     * @return this builder
     */
    public Builder refreshMargin(Duration margin) {
      Objects.requireNonNull(margin, "refreshMargin must not be null");
      if (margin.isNegative()) {
        throw new IllegalArgumentException("refreshMargin must not be negative, but was " + margin);
      }
      this.refreshMargin = margin;
      return this;
    }

    /**
     * Sets the clock that expiry is measured against; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Returns the provider.
     *
     * @return the provider, with an empty cache
     */
    public AzureTokenProvider build() {
      return new AzureTokenProvider(this);
    }
  }
}
