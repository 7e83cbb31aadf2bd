package dev.partnerkit.client;

import dev.partnerkit.client.arm.PartnerAdminLinkOperations;
import dev.partnerkit.client.graph.GdapOperations;
import dev.partnerkit.client.internal.ClientVersion;
import dev.partnerkit.client.internal.CompositeListener;
import dev.partnerkit.client.internal.EngineSettings;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Uris;
import dev.partnerkit.client.partnercenter.AgreementOperations;
import dev.partnerkit.client.partnercenter.CartOperations;
import dev.partnerkit.client.partnercenter.CatalogOperations;
import dev.partnerkit.client.partnercenter.CustomerOperations;
import dev.partnerkit.client.partnercenter.FulfillmentOperations;
import dev.partnerkit.client.partnercenter.OfferOperations;
import dev.partnerkit.client.partnercenter.OrderOperations;
import dev.partnerkit.client.partnercenter.ProfileOperations;
import dev.partnerkit.client.partnercenter.PromotionOperations;
import dev.partnerkit.client.partnercenter.SubscriptionOperations;
import dev.partnerkit.client.partnercenter.TransitionOperations;
import dev.partnerkit.model.Cloud;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A client for the remote APIs a partner's software calls: Partner Center REST (customers, the
 * relationship request, offers, the new-commerce catalog and promotions, carts, orders,
 * subscriptions, trial conversions and transitions), Microsoft Graph granular delegated admin, and
 * the Azure Partner Admin Link.
 *
 * <pre>{@code
 * try (PartnerClient client = PartnerClient.builder().tokenProvider(tokens).build()) {
 *   client.customers().list().forEach(c -> System.out.println(c.getId()));
 *   DelegatedAdminRelationship r = client.gdap().relationships().get(id);
 * }
 * }</pre>
 *
 * <p>Every call sends a new {@code MS-RequestId} (kept across its retries) and an {@code
 * MS-CorrelationId}, retries throttling and server errors with backoff when that is safe, honours
 * {@code Retry-After}, ends at its deadline, refuses responses over the size limit, and fails with
 * a {@link PartnerClientException}, never with null. Tokens go only to https base URIs (or http on
 * loopback) and never follow a redirect.
 *
 * <p>Thread-safe: share one client. Close it when done to release its threads; the views made by
 * {@link #withOptions(RequestOptions)} share it and close nothing. Create with {@link #builder()}.
 */
public final class PartnerClient implements AutoCloseable {
  /** The Partner Center REST API in the global cloud. */
  public static final URI PARTNER_CENTER_GLOBAL =
      URI.create("https://api.partnercenter.microsoft.com");

  /**
   * The Partner Center REST API operated by 21Vianet, as Microsoft's list of Partner Center REST
   * URLs gives it (https://learn.microsoft.com/partner-center/developer/partner-center-rest-urls).
   */
  public static final URI PARTNER_CENTER_21VIANET =
      URI.create("https://partner.partnercenterapi.microsoftonline.cn");

  /** Microsoft Graph v1.0 in the global cloud. */
  public static final URI GRAPH_GLOBAL = URI.create("https://graph.microsoft.com/v1.0");

  /** Microsoft Graph v1.0 operated by 21Vianet. */
  public static final URI GRAPH_21VIANET =
      URI.create("https://microsoftgraph.chinacloudapi.cn/v1.0");

  /** Azure Resource Manager in the global cloud. */
  public static final URI AZURE_MANAGEMENT_GLOBAL = URI.create("https://management.azure.com");

  /** Azure Resource Manager operated by 21Vianet. */
  public static final URI AZURE_MANAGEMENT_21VIANET =
      URI.create("https://management.chinacloudapi.cn");

  /** The default largest response body, 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private final HttpEngine engine;
  private final Cloud cloud;
  private final RequestOptions options;
  private final boolean root;
  private final CustomerOperations customers;
  private final OfferOperations offers;
  private final CatalogOperations catalog;
  private final TransitionOperations transitions;
  private final PromotionOperations promotions;
  private final CartOperations carts;
  private final OrderOperations orders;
  private final ProfileOperations profiles;
  private final SubscriptionOperations subscriptions;
  private final AgreementOperations agreements;
  private final FulfillmentOperations fulfillment;
  private final GdapOperations gdap;
  private final PartnerAdminLinkOperations partnerAdminLink;

  private PartnerClient(HttpEngine engine, Cloud cloud, RequestOptions options, boolean root) {
    this.engine = engine;
    this.cloud = cloud;
    this.options = options;
    this.root = root;
    this.customers = Operations.make(CustomerOperations.class, engine, options);
    this.offers = Operations.make(OfferOperations.class, engine, options);
    this.catalog = Operations.make(CatalogOperations.class, engine, options);
    this.transitions = Operations.make(TransitionOperations.class, engine, options);
    this.promotions = Operations.make(PromotionOperations.class, engine, options);
    this.carts = Operations.make(CartOperations.class, engine, options);
    this.orders = Operations.make(OrderOperations.class, engine, options);
    this.profiles = Operations.make(ProfileOperations.class, engine, options);
    this.subscriptions = Operations.make(SubscriptionOperations.class, engine, options);
    this.agreements = Operations.make(AgreementOperations.class, engine, options);
    this.fulfillment = Operations.make(FulfillmentOperations.class, engine, options);
    this.gdap = Operations.make(GdapOperations.class, engine, options);
    this.partnerAdminLink = Operations.make(PartnerAdminLinkOperations.class, engine, options);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a view of this client whose calls use the given options (correlation id, deadline). The
   * view shares this client's connections and settings; closing it does nothing.
   *
   * @param options the options
   * @return the view
   */
  public PartnerClient withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return new PartnerClient(engine, cloud, options, false);
  }

  /**
   * Returns the cloud this client's Partner Center belongs to, as its customers' {@code
   * toModel(cloud)} needs it.
   *
   * @return the cloud
   */
  public Cloud getCloud() {
    return cloud;
  }

  /**
   * Returns Partner Center's customer calls.
   *
   * @return the customer operations
   */
  public CustomerOperations customers() {
    return customers;
  }

  /**
   * Returns Partner Center's offer and offer category calls.
   *
   * @return the offer operations
   */
  public OfferOperations offers() {
    return offers;
  }

  /**
   * Returns Partner Center's new-commerce catalog calls: products, SKUs, availabilities (also as a
   * customer may buy them) and inventory checks.
   *
   * @return the catalog operations
   */
  public CatalogOperations catalog() {
    return catalog;
  }

  /**
   * Returns Partner Center's new-commerce transition calls: eligibilities, transitions and their
   * history.
   *
   * @return the transition operations
   */
  public TransitionOperations transitions() {
    return transitions;
  }

  /**
   * Returns Partner Center's new-commerce promotion calls: the promotions of a country, one
   * promotion, and the eligibility of prospective purchase lines.
   *
   * @return the promotion operations
   */
  public PromotionOperations promotions() {
    return promotions;
  }

  /**
   * Returns Partner Center's cart calls.
   *
   * @return the cart operations
   */
  public CartOperations carts() {
    return carts;
  }

  /**
   * Returns Partner Center's order calls.
   *
   * @return the order operations
   */
  public OrderOperations orders() {
    return orders;
  }

  /**
   * Returns Partner Center's calls for the partner's own profiles: MPN and legal business.
   *
   * @return the profile operations
   */
  public ProfileOperations profiles() {
    return profiles;
  }

  /**
   * Returns Partner Center's subscription and trial conversion calls.
   *
   * @return the subscription operations
   */
  public SubscriptionOperations subscriptions() {
    return subscriptions;
  }

  /**
   * Returns Partner Center's Microsoft Customer Agreement calls: metadata, attestation, and the
   * acceptances recorded for a customer.
   *
   * @return the agreement operations
   */
  public AgreementOperations agreements() {
    return agreements;
  }

  /**
   * Returns the calls that carry out the model's trial invitations, purchase offers and
   * delegated-admin invitations with Partner Center's real endpoints.
   *
   * @return the fulfillment operations
   */
  public FulfillmentOperations fulfillment() {
    return fulfillment;
  }

  /**
   * Returns Microsoft Graph's granular delegated admin calls.
   *
   * @return the GDAP operations
   */
  public GdapOperations gdap() {
    return gdap;
  }

  /**
   * Returns Azure Resource Manager's Partner Admin Link calls.
   *
   * @return the Partner Admin Link operations
   */
  public PartnerAdminLinkOperations partnerAdminLink() {
    return partnerAdminLink;
  }

  /**
   * Releases the client's threads; calls made afterwards fail with {@link IllegalStateException}.
   * Closing a view made by {@link #withOptions(RequestOptions)} does nothing.
   */
  @Override
  public void close() {
    if (root) {
      engine.close();
    }
  }

  /** Returns the client's cloud and base URIs; never a token. */
  @Override
  public String toString() {
    return "PartnerClient[cloud="
        + cloud
        + ", partnerCenter="
        + engine.baseUri(Audience.PARTNER_CENTER)
        + ", graph="
        + engine.baseUri(Audience.GRAPH)
        + ", azureManagement="
        + engine.baseUri(Audience.AZURE_RESOURCE_MANAGER)
        + ", options="
        + options
        + "]";
  }

  /**
   * Builds a {@link PartnerClient}. Not thread-safe.
   *
   * <p>Only a token provider is required. Defaults: the global cloud's base URIs, 10 s connect
   * timeout, 60 s per-attempt timeout, a 2 minute deadline per call, {@link
   * RetryPolicy#defaults()}, a 16 MiB response limit and random GUID correlation ids.
   */
  public static final class Builder {
    private Cloud cloud = Cloud.GLOBAL;
    private URI partnerCenter;
    private URI graph;
    private URI azureManagement;
    private final Map<Audience, TokenProvider> tokenProviders = new EnumMap<>(Audience.class);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private Duration deadline = Duration.ofMinutes(2);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private HttpClient httpClient;
    private Supplier<String> correlationIds = () -> UUID.randomUUID().toString();
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private Clock clock = Clock.systemUTC();
    private final List<ClientListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the cloud, which picks the default base URIs and the scopes token providers are asked
     * for ({@link TokenRequest#scope()}): {@link Cloud#GLOBAL} or {@link Cloud#CHINA_21VIANET}.
     * Base URIs set explicitly, such as a sandbox's, keep the cloud's scopes.
     *
     * @param cloud the cloud
     * @return this builder
     */
    public Builder cloud(Cloud cloud) {
      Objects.requireNonNull(cloud, "cloud must not be null");
      if (cloud != Cloud.GLOBAL && cloud != Cloud.CHINA_21VIANET) {
        throw new IllegalArgumentException(
            "cloud must be GLOBAL or CHINA_21VIANET to pick default base URIs, but was "
                + cloud
                + "; set partnerCenterBaseUri, graphBaseUri and azureManagementBaseUri instead");
      }
      this.cloud = cloud;
      return this;
    }

    /**
     * Sets the Partner Center base URI, such as {@link #PARTNER_CENTER_GLOBAL} or a sandbox's
     * {@code http://127.0.0.1:8080}; paths such as {@code /v1/customers} are appended.
     *
     * @param uri https, or http on a loopback address
     * @return this builder
     */
    public Builder partnerCenterBaseUri(URI uri) {
      this.partnerCenter = Uris.requireAllowed("partnerCenterBaseUri", uri);
      return this;
    }

    /**
     * Sets the Microsoft Graph base URI, version included, such as {@link #GRAPH_GLOBAL}; paths
     * such as {@code /tenantRelationships/...} are appended.
     *
     * @param uri https, or http on a loopback address
     * @return this builder
     */
    public Builder graphBaseUri(URI uri) {
      this.graph = Uris.requireAllowed("graphBaseUri", uri);
      return this;
    }

    /**
     * Sets the Azure Resource Manager base URI, such as {@link #AZURE_MANAGEMENT_GLOBAL}.
     *
     * @param uri https, or http on a loopback address
     * @return this builder
     */
    public Builder azureManagementBaseUri(URI uri) {
      this.azureManagement = Uris.requireAllowed("azureManagementBaseUri", uri);
      return this;
    }

    /**
     * Sets the token provider of every audience that has no provider of its own.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder tokenProvider(TokenProvider provider) {
      Objects.requireNonNull(provider, "provider must not be null");
      for (Audience audience : Audience.values()) {
        tokenProviders.putIfAbsent(audience, provider);
      }
      return this;
    }

    /**
     * Sets the token provider of one audience, replacing any other for it.
     *
     * @param audience the API
     * @param provider the provider
     * @return this builder
     */
    public Builder tokenProvider(Audience audience, TokenProvider provider) {
      tokenProviders.put(
          Objects.requireNonNull(audience, "audience must not be null"),
          Objects.requireNonNull(provider, "provider must not be null"));
      return this;
    }

    /**
     * Sets the connect timeout of the HTTP client the builder makes.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets the longest wait for one attempt's response headers; a timed-out attempt is retried when
     * the call allows it.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("requestTimeout", timeout);
      return this;
    }

    /**
     * Sets the default overall deadline of a call, all attempts and waits included; {@link
     * RequestOptions} can override it per call.
     *
     * @param deadline a positive duration
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      this.deadline = positive("deadline", deadline);
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy must not be null");
      return this;
    }

    /**
     * Sets the HTTP client to send requests with (the transport seam). It must not follow redirects
     * ({@link HttpClient.Redirect#NEVER}), so that a token never goes to another host. The client
     * does not close it.
     *
     * @param httpClient the HTTP client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      Objects.requireNonNull(httpClient, "httpClient must not be null");
      if (httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException(
            "httpClient must be built with followRedirects(HttpClient.Redirect.NEVER), but follows "
                + httpClient.followRedirects()
                + "; a followed redirect could carry the token to another host");
      }
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Sets where correlation ids come from for calls whose options set none.
     *
     * @param supplier gives a new id, such as a GUID, per call
     * @return this builder
     */
    public Builder correlationIdSupplier(Supplier<String> supplier) {
      this.correlationIds =
          Objects.requireNonNull(supplier, "correlationIdSupplier must not be null");
      return this;
    }

    /**
     * Sets the largest response body accepted; a larger one is refused as it streams in.
     *
     * @param bytes 1 KiB to 1 GiB
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024 || bytes > 1024L * 1024 * 1024) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be 1 KiB to 1 GiB, but was " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Sets the clock that {@code Retry-After} dates are measured against.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Adds a listener that observes every call, attempt, retry, throttling and passed deadline.
     * Listeners added earlier see each event first; an exception a listener throws never changes
     * the call.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ClientListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
      return this;
    }

    /**
     * Returns the client.
     *
     * @return the client; close it when done
     * @throws IllegalStateException when no token provider was set
     */
    public PartnerClient build() {
      if (tokenProviders.isEmpty()) {
        throw new IllegalStateException(
            "PartnerClient needs a TokenProvider; set one with tokenProvider(...)");
      }
      boolean china = cloud == Cloud.CHINA_21VIANET;
      Map<Audience, URI> bases = new EnumMap<>(Audience.class);
      bases.put(
          Audience.PARTNER_CENTER,
          partnerCenter != null
              ? partnerCenter
              : china ? PARTNER_CENTER_21VIANET : PARTNER_CENTER_GLOBAL);
      bases.put(Audience.GRAPH, graph != null ? graph : china ? GRAPH_21VIANET : GRAPH_GLOBAL);
      bases.put(
          Audience.AZURE_RESOURCE_MANAGER,
          azureManagement != null
              ? azureManagement
              : china ? AZURE_MANAGEMENT_21VIANET : AZURE_MANAGEMENT_GLOBAL);
      EngineSettings settings =
          new EngineSettings(
              bases,
              tokenProviders,
              retryPolicy,
              connectTimeout,
              requestTimeout,
              deadline,
              maxResponseBytes,
              correlationIds,
              () -> UUID.randomUUID().toString(),
              httpClient,
              clock,
              "partnerkit-client/" + ClientVersion.get(),
              cloud,
              CompositeListener.of(listeners));
      return new PartnerClient(new HttpEngine(settings), cloud, RequestOptions.defaults(), true);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, () -> name + " must not be null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, but was " + value);
      }
      return value;
    }
  }
}
