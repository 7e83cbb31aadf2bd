package dev.partnerkit.testing;

import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.sandbox.internal.Api;
import dev.partnerkit.testing.sandbox.internal.ApiProblem;
import dev.partnerkit.testing.sandbox.internal.Caller;
import dev.partnerkit.testing.sandbox.internal.Directory;
import dev.partnerkit.testing.sandbox.internal.FaultInjector;
import dev.partnerkit.testing.sandbox.internal.RateLimiter;
import dev.partnerkit.testing.sandbox.internal.SandboxContext;
import dev.partnerkit.testing.sandbox.internal.SandboxServer;
import dev.partnerkit.testing.sandbox.internal.Seeding;
import dev.partnerkit.testing.sandbox.internal.TokenRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * An in-process stand-in for Partner Center, Microsoft Graph's granular delegated admin API and the
 * Azure Partner Admin Link: an HTTP server on 127.0.0.1 that serves the paths and JSON {@link
 * PartnerClient} calls, backed by the partner program's rules, so that a portal can be run and
 * tested offline without a Microsoft tenant.
 *
 * <pre>{@code
 * try (PartnerSandbox sandbox = PartnerSandbox.builder().start()) {
 *   PartnerClient client = sandbox.client(Samples.NORTHWIND.getId());
 *   PcCustomer created = client.customers().create(newCustomer);
 *   sandbox.partner(Samples.NORTHWIND.getId())
 *       .sendDelegatedAdminInvitation(Samples.FABRIKAM.getId());
 *   sandbox.customer(Samples.FABRIKAM.getId()).accept(invitationId);
 *   sandbox.clock().advance(Duration.ofDays(91));
 * }
 * }</pre>
 *
 * <p>Every call is checked against the program's state: a rule denial comes back as the error body
 * the real service sends, with the rule ids in its description. Bearer tokens, issued by {@link
 * #partnerToken} and {@link #customerToken}, say who calls: a partner sees and changes only its own
 * customers, relationships and invitations and what its grants allow. The customer's side, which
 * the real service offers only in its admin center, is a separate set of endpoints under {@code
 * /sandbox/customer} with {@link #customer(CustomerId)} as its client. Tests move the {@link
 * #clock()} and inject {@link #faults()}. {@code docs/sandbox.md} lists every endpoint.
 *
 * <p>Thread-safe. Create with {@link #builder()}; close it to stop the server and the clients it
 * made.
 */
public final class PartnerSandbox implements AutoCloseable {
  private static final int MAX_LOGGED_REQUESTS = 10_000;

  private final PartnerProgram program;
  private final SandboxClock clock;
  private final Duration tokenLifetime;
  private final int port;
  private final TokenRegistry tokens = new TokenRegistry();
  private final FaultInjector injector;
  private final SandboxLimits limits;
  private final SandboxFaults faults;
  private final SandboxContext context;
  private final Deque<SandboxRequest> requests = new ArrayDeque<>();
  private final List<PartnerClient> clients = new CopyOnWriteArrayList<>();
  private final ExecutorService httpThreads;
  private final HttpClient http;
  private volatile SandboxServer server;
  private volatile boolean closed;

  private PartnerSandbox(Builder builder, PartnerProgram program, Directory directory) {
    this.program = program;
    this.clock = builder.clock;
    this.tokenLifetime = builder.tokenLifetime;
    this.port = builder.port;
    this.injector = new FaultInjector(builder.faults);
    this.limits = builder.limits;
    this.faults = new SandboxFaults(injector);
    this.context = new SandboxContext(program, clock, directory);
    this.httpThreads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "partnerkit-sandbox-client");
              t.setDaemon(true);
              return t;
            });
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(httpThreads)
            .build();
  }

  /**
   * Returns a new builder: a free port, the seed policy, the sample catalog, partners and customers
   * of {@link Samples}, a fixed clock at {@link Samples#EPOCH}, no faults.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @return this sandbox
   * @throws UncheckedIOException when the port cannot be bound
   * @throws IllegalStateException when it was started or closed already
   */
  public synchronized PartnerSandbox start() {
    if (closed) {
      throw new IllegalStateException("This PartnerSandbox is closed; build a new one");
    }
    if (server != null) {
      throw new IllegalStateException("This PartnerSandbox is already running at " + baseUri());
    }
    try {
      SandboxServer started =
          new SandboxServer(context, tokens, injector, new RateLimiter(limits), port, this::record);
      started.start();
      server = started;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The sandbox could not listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    return this;
  }

  /**
   * Returns whether the sandbox is serving.
   *
   * @return true between {@link #start()} and {@link #close()}
   */
  public boolean isRunning() {
    return server != null && !closed;
  }

  /**
   * Returns the origin the sandbox serves on.
   *
   * @return such as {@code http://127.0.0.1:54321}
   * @throws IllegalStateException before {@link #start()}
   */
  public URI baseUri() {
    SandboxServer s = server;
    if (s == null) {
      throw new IllegalStateException("Start the sandbox with start() before asking its address");
    }
    return s.origin();
  }

  /**
   * Returns Partner Center's base URI in the sandbox, for {@code partnerCenterBaseUri}.
   *
   * @return {@code http://127.0.0.1:PORT/partnercenter}
   */
  public URI partnerCenterUri() {
    return under(Api.PARTNER_CENTER);
  }

  /**
   * Returns Microsoft Graph's base URI in the sandbox, version included, for {@code graphBaseUri}.
   *
   * @return {@code http://127.0.0.1:PORT/graph/v1.0}
   */
  public URI graphUri() {
    return under(Api.GRAPH);
  }

  /**
   * Returns Azure Resource Manager's base URI in the sandbox, for {@code azureManagementBaseUri}.
   *
   * @return {@code http://127.0.0.1:PORT/arm}
   */
  public URI azureManagementUri() {
    return under(Api.AZURE);
  }

  /**
   * Returns the base URI of the sandbox's own endpoints.
   *
   * @return {@code http://127.0.0.1:PORT/sandbox}
   */
  public URI sandboxUri() {
    return under(Api.SANDBOX);
  }

  private URI under(Api api) {
    return URI.create(baseUri() + api.prefix());
  }

  /**
   * Returns a new bearer token for a partner, valid for the token lifetime on the sandbox's clock.
   * Keep it secret as a real token: it is shown here once and never logged.
   *
   * @param partner a registered partner
   * @return the token
   * @throws IllegalArgumentException when no such partner is registered
   */
  public String partnerToken(PartnerId partner) {
    requirePartner(partner);
    return tokens.issue(new Caller.PartnerCaller(partner), clock.instant(), tokenLifetime);
  }

  /**
   * Returns a new bearer token for a customer's tenant, valid for the token lifetime on the
   * sandbox's clock.
   *
   * @param customer a registered customer
   * @return the token
   * @throws IllegalArgumentException when no such customer is registered
   */
  public String customerToken(CustomerId customer) {
    requireCustomer(customer);
    return tokens.issue(new Caller.CustomerCaller(customer), clock.instant(), tokenLifetime);
  }

  /**
   * Returns a builder for a client of a partner: all three base URIs point at the sandbox, a token
   * provider renews the partner's token before it expires on the sandbox's clock, and retries back
   * off briefly, as suits a local server. Set anything else before building; the caller closes the
   * client.
   *
   * @param partner a registered partner
   * @return the builder
   */
  public PartnerClient.Builder clientBuilder(PartnerId partner) {
    requirePartner(partner);
    return builderFor(new Caller.PartnerCaller(partner));
  }

  /**
   * Returns a client of a partner, connected to the sandbox; the sandbox closes it when it closes.
   *
   * @param partner a registered partner
   * @return the client
   */
  public PartnerClient client(PartnerId partner) {
    return track(clientBuilder(partner).build());
  }

  /**
   * Returns a client acting in a customer's tenant, for the calls made there: the Azure Partner
   * Admin Link. The sandbox closes it when it closes.
   *
   * @param customer a registered customer
   * @return the client
   */
  public PartnerClient clientForCustomer(CustomerId customer) {
    requireCustomer(customer);
    return track(builderFor(new Caller.CustomerCaller(customer)).build());
  }

  /**
   * Returns the client of the partner's side of the seed concepts, which Partner Center has no
   * endpoint for: sending trial invitations, purchase offers and delegated-admin invitations.
   *
   * @param partner a registered partner
   * @return the client
   */
  public SandboxPartnerClient partner(PartnerId partner) {
    requirePartner(partner);
    return new SandboxPartnerClient(partner, http(tokenSource(new Caller.PartnerCaller(partner))));
  }

  /**
   * Returns the client of a customer's side: answering invitations, approving relationships,
   * choosing the partner of record, revoking grants, filing service requests.
   *
   * @param customer a registered customer
   * @return the client
   */
  public SandboxCustomerClient customer(CustomerId customer) {
    requireCustomer(customer);
    return new SandboxCustomerClient(
        customer, http(tokenSource(new Caller.CustomerCaller(customer))));
  }

  /**
   * Returns the program's store, for assertions on the state behind the APIs.
   *
   * @return the store
   */
  public PartnerProgram program() {
    return program;
  }

  /**
   * Returns the sandbox's clock; advance it to make time-driven things happen.
   *
   * @return the clock
   */
  public SandboxClock clock() {
    return clock;
  }

  /**
   * Returns the request rates the sandbox enforces.
   *
   * @return the limits; {@link SandboxLimits#none()} unless the builder set some
   */
  public SandboxLimits limits() {
    return limits;
  }

  /**
   * Returns the fault knobs.
   *
   * @return the faults
   */
  public SandboxFaults faults() {
    return faults;
  }

  /**
   * Makes a partner the reseller of a customer, as if the customer had accepted its reseller
   * invitation, so that the customer is among the partner's customers. Under a policy with new
   * commerce the program records it ({@code AddReseller}, NCE-1).
   *
   * @param partner a registered partner
   * @param customer a registered customer
   * @return this sandbox
   * @throws IllegalStateException when the rules refuse the relationship (CLOUD-*)
   */
  public PartnerSandbox addReseller(PartnerId partner, CustomerId customer) {
    requireRegistered(program, partner, customer);
    try {
      context.addReseller(partner, customer, clock.instant());
    } catch (ApiProblem e) {
      throw new IllegalStateException(
          "The sandbox could not make "
              + partner
              + " the reseller of "
              + customer
              + ": "
              + e.getMessage(),
          e);
    }
    return this;
  }

  /**
   * Returns the requests received so far (the latest 10,000), oldest first; never a header or a
   * token.
   *
   * @return a copy of the log
   */
  public List<SandboxRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    synchronized (requests) {
      requests.clear();
    }
  }

  /**
   * Stops the server, closes the clients the sandbox made and, when it can be closed, the program
   * store the builder made; calling it again does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (PartnerClient client : clients) {
      client.close();
    }
    clients.clear();
    if (server != null) {
      server.close();
    }
    httpThreads.shutdownNow();
    try {
      program.close();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "The sandbox stopped, but its program's storage failed to close: " + e.getMessage(), e);
    }
  }

  /** Returns the sandbox's address and state; never a token. */
  @Override
  public String toString() {
    SandboxServer s = server;
    return "PartnerSandbox["
        + (s == null ? "not started" : s.origin().toString())
        + (closed ? ", closed" : "")
        + ", clock="
        + clock.instant()
        + "]";
  }

  private void record(SandboxRequest request) {
    synchronized (requests) {
      if (requests.size() == MAX_LOGGED_REQUESTS) {
        requests.removeFirst();
      }
      requests.addLast(request);
    }
  }

  private PartnerClient track(PartnerClient client) {
    clients.add(client);
    return client;
  }

  private PartnerClient.Builder builderFor(Caller caller) {
    Supplier<String> source = tokenSource(caller);
    TokenProvider provider =
        audience -> CompletableFuture.completedFuture(AccessToken.of(source.get()));
    return PartnerClient.builder()
        .partnerCenterBaseUri(partnerCenterUri())
        .graphBaseUri(graphUri())
        .azureManagementBaseUri(azureManagementUri())
        .tokenProvider(provider)
        .retryPolicy(
            RetryPolicy.builder()
                .initialBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofSeconds(1))
                .maxRetryAfter(Duration.ofSeconds(5))
                .build());
  }

  /** Returns a source of valid tokens for a caller: it renews the token before it expires. */
  private Supplier<String> tokenSource(Caller caller) {
    Duration margin =
        tokenLifetime.compareTo(Duration.ofMinutes(10)) > 0
            ? Duration.ofMinutes(5)
            : tokenLifetime.dividedBy(2);
    return new Supplier<>() {
      private String token;
      private Instant renewAt = Instant.MIN;

      @Override
      public synchronized String get() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
          token = tokens.issue(caller, now, tokenLifetime);
          renewAt = now.plus(tokenLifetime).minus(margin);
        }
        return token;
      }

      @Override
      public String toString() {
        return "sandbox token source for " + caller.key();
      }
    };
  }

  private SandboxHttp http(Supplier<String> token) {
    return new SandboxHttp(http, sandboxUri(), token);
  }

  private void requirePartner(PartnerId partner) {
    Objects.requireNonNull(partner, "partner");
    if (program.partner(partner).isEmpty()) {
      throw new IllegalArgumentException(
          "No partner " + partner + " is registered in the sandbox; seed it with the builder");
    }
  }

  private void requireCustomer(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    if (program.customer(customer).isEmpty()) {
      throw new IllegalArgumentException(
          "No customer " + customer + " is registered in the sandbox; seed it with the builder");
    }
  }

  private static void requireRegistered(
      PartnerProgram program, PartnerId partner, CustomerId customer) {
    if (program.partner(partner).isEmpty()) {
      throw new IllegalArgumentException("No partner " + partner + " is registered");
    }
    if (program.customer(customer).isEmpty()) {
      throw new IllegalArgumentException("No customer " + customer + " is registered");
    }
  }

  /**
   * Builds a {@link PartnerSandbox}. Not thread-safe.
   *
   * <p>The catalog and policy configure the default in-memory store; a store given with {@link
   * #programStore(Supplier)} brings its own. Partners and customers that the store does not hold
   * yet are registered when the sandbox is built, so a store reopened from a journal keeps its
   * state.
   */
  public static final class Builder {
    private int port;
    private ProgramPolicy policy;
    private ServiceCatalog catalog;
    private List<Partner> partners = Samples.partners();
    private List<Customer> customers = Samples.customers();
    private final Map<CustomerId, List<PartnerId>> resellers = new LinkedHashMap<>();
    private Supplier<? extends PartnerProgram> store;
    private SandboxClock clock = SandboxClock.fixed(Samples.EPOCH);
    private FaultPlan faults = FaultPlan.none();
    private SandboxLimits limits = SandboxLimits.none();
    private Duration tokenLifetime = Duration.ofHours(1);

    private Builder() {}

    /**
     * Sets the port on 127.0.0.1; 0, the default, picks a free one.
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535, but was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the policy of the default store; the seed policy by default.
     *
     * @param policy the policy, such as {@link ProgramPolicy#modern()}
     * @return this builder
     */
    public Builder policy(ProgramPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the catalog of the default store; {@link Samples#catalog()} by default.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder catalog(ServiceCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the partners registered at the start, replacing {@link Samples#partners()}.
     *
     * @param partners the partners
     * @return this builder
     */
    public Builder partners(Collection<? extends Partner> partners) {
      this.partners = List.copyOf(partners);
      return this;
    }

    /**
     * Sets the customers registered at the start, replacing {@link Samples#customers()}.
     *
     * @param customers the customers
     * @return this builder
     */
    public Builder customers(Collection<? extends Customer> customers) {
      this.customers = List.copyOf(customers);
      return this;
    }

    /**
     * Makes a partner a customer's reseller from the start, so that the customer is among the
     * partner's customers in Partner Center's calls. Under a policy with new commerce the program
     * records it at build time ({@code AddReseller}, NCE-1), so the partner may buy for the
     * customer.
     *
     * @param partner the partner
     * @param customer the customer
     * @return this builder
     */
    public Builder reseller(PartnerId partner, CustomerId customer) {
      resellers
          .computeIfAbsent(Objects.requireNonNull(customer, "customer"), c -> new ArrayList<>())
          .add(Objects.requireNonNull(partner, "partner"));
      return this;
    }

    /**
     * Sets the program, whose storage says where its state lives, such as a journal or PostgreSQL
     * ({@code JournalStorage.open}, {@code PostgresStorage.open}); an in-memory {@link
     * PartnerProgram} with the builder's catalog and policy by default. The program brings its own
     * catalog and policy, so set those on the program, not here.
     *
     * @param store makes the program when the sandbox is built
     * @return this builder
     */
    public Builder programStore(Supplier<? extends PartnerProgram> store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets a fixed clock at a start time; {@link Samples#EPOCH} by default.
     *
     * @param start the sandbox's time at the start
     * @return this builder
     */
    public Builder start(Instant start) {
      this.clock = SandboxClock.fixed(start);
      return this;
    }

    /**
     * Sets the clock, such as a {@link SandboxClock#ticking(Instant)} one.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(SandboxClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the random fault plan; none by default.
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder faults(FaultPlan plan) {
      this.faults = Objects.requireNonNull(plan, "plan");
      return this;
    }

    /**
     * Sets the request rates enforced, answering 429 with {@code Retry-After} past them; none by
     * default.
     *
     * @param limits the limits, such as {@link SandboxLimits#documented()}
     * @return this builder
     */
    public Builder limits(SandboxLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets how long a token stays valid on the sandbox's clock; one hour by default.
     *
     * @param lifetime one second to 30 days
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.compareTo(Duration.ofSeconds(1)) < 0
          || lifetime.compareTo(Duration.ofDays(30)) > 0) {
        throw new IllegalArgumentException(
            "tokenLifetime must be 1 second to 30 days, but was " + lifetime);
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Returns the sandbox, its partners and customers registered, not yet serving.
     *
     * @return the sandbox; call {@link PartnerSandbox#start()}
     * @throws IllegalStateException when a store was given together with a catalog or policy, or a
     *     partner or customer cannot be registered
     */
    public PartnerSandbox build() {
      PartnerProgram program;
      if (store != null) {
        if (catalog != null || policy != null) {
          throw new IllegalStateException(
              "A programStore brings its own catalog and policy; set them on the store, not on"
                  + " the sandbox builder");
        }
        program = Objects.requireNonNull(store.get(), "the programStore supplier gave null");
      } else {
        program =
            PartnerProgram.create(
                catalog == null ? Samples.catalog() : catalog,
                policy == null ? ProgramPolicy.seed() : policy);
      }
      try {
        return new PartnerSandbox(this, program, seed(program));
      } catch (RuntimeException e) {
        program.close();
        throw e;
      }
    }

    /** Registers the seeds and returns the directory of the program's state. */
    private Directory seed(PartnerProgram program) {
      Instant now = clock.instant();
      // Idempotent, so that sandboxes started together on one empty store all come up.
      for (Partner partner : partners) {
        Seeding.partner(program, partner, now);
      }
      for (Customer customer : customers) {
        Seeding.customer(program, customer, now);
      }
      long sequence = program.lastSequence();
      Directory directory = Directory.of(program.snapshot(), sequence, program.policy());
      resellers.forEach(
          (customer, list) -> {
            for (PartnerId partner : list) {
              requireRegistered(program, partner, customer);
              if (program.policy().allowsNewCommerce()) {
                Seeding.reseller(program, partner, customer, now);
              }
              directory.addReseller(partner, customer);
            }
          });
      return directory;
    }

    /**
     * Returns the sandbox, built and serving.
     *
     * @return the running sandbox
     */
    public PartnerSandbox start() {
      PartnerSandbox sandbox = build();
      try {
        return sandbox.start();
      } catch (RuntimeException e) {
        sandbox.close();
        throw e;
      }
    }
  }
}
