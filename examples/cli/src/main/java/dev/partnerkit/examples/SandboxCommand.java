package dev.partnerkit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.store.jdbc.JdbcUrlDataSource;
import dev.partnerkit.store.jdbc.PostgresStorage;
import dev.partnerkit.store.jdbc.StoreException;
import dev.partnerkit.store.journal.JournalException;
import dev.partnerkit.store.journal.JournalStorage;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxClock;
import dev.partnerkit.testing.SandboxLimits;
import dev.partnerkit.testing.scenario.Scenario;
import dev.partnerkit.testing.scenario.ScenarioFormatException;
import dev.partnerkit.testing.scenario.ScenarioParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code partnerkit sandbox [--port N] [--seed FILE] [--policy seed|modern] [--journal FILE |
 * --store JDBC_URL] [--limit-partner-center RATE] [--limit-graph RATE] [--retry-after-decimal]}
 * command: starts a {@link PartnerSandbox} on 127.0.0.1, prints its base URIs and a token for each
 * seeded partner and customer, and serves until Ctrl-C.
 *
 * <p>By default the program lives in memory and is gone at exit. {@code --journal FILE} keeps it in
 * an append-only journal ({@link JournalStorage}): a restart with the same file continues where the
 * last run stopped. {@code --store jdbc:postgresql://...} keeps it in PostgreSQL ({@link
 * PostgresStorage}, schema created or upgraded at start), so that several sandbox processes on
 * different ports serve one program; each process issues its own tokens. With either, the clock
 * resumes at the program's last event when that is later than the seed's start. The store URL is
 * better given in the {@value #STORE_URL_VARIABLE} environment variable: it often carries a
 * password, and a process's arguments are visible to every user of the machine (in {@code ps}).
 *
 * <p>{@code --seed FILE} names a JSON file of partners and customers in the scenario format ({@code
 * partners}, {@code customers}, and optionally {@code catalog}, {@code policy}, {@code start}),
 * plus an optional {@code resellers} list of {@code {"partner": "northwind", "customer":
 * "fabrikam"}}. Without it the sandbox holds the {@link Samples}.
 *
 * <p>{@code --limit-partner-center 500/min} and {@code --limit-graph 2000/20s} make the sandbox
 * answer 429 with {@code Retry-After} past those rates ({@link SandboxLimits}); {@code
 * --retry-after-decimal} sends the wait in decimal seconds, as Graph has. No limits by default.
 * Exit status: 0 after a clean stop, 2 for bad arguments, a bad seed file or a port that cannot be
 * bound (the message says which; never a stack trace).
 *
 * <p>Not thread-safe: picocli fills one instance per run; the static methods may be called from any
 * thread.
 */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    // Two columns wider than picocli's 80, since --limit-graph=RATE widens the option column.
    usageHelpWidth = 82,
    description = "Serve Partner Center, Graph and Azure on 127.0.0.1 until Ctrl-C.",
    footer = {
      "",
      "The store URL may carry a password: give it in " + SandboxCommand.STORE_URL_VARIABLE,
      "rather than with --store, whose value every user of the machine can see (ps).",
      "Exit status: 0 after a clean stop, 2 bad usage, a bad seed file or a busy port."
    })
public final class SandboxCommand implements Callable<Integer> {
  /** How long the printed tokens stay valid. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

  /** The environment variable that gives the store URL when {@code --store} is not given. */
  public static final String STORE_URL_VARIABLE = "PARTNERKIT_STORE_URL";

  private static final String NAME = "partnerkit sandbox: ";

  private static final Set<String> SEED_KEYS =
      Set.of("name", "partners", "customers", "catalog", "policy", "start", "resellers");

  private final PartnerkitCommand.Io io;
  private final Consumer<PartnerSandbox> whileServing;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Listen on 127.0.0.1:N (default: a free port).")
  private int port;

  @Option(
      names = "--seed",
      paramLabel = "FILE",
      description = "Partners and customers in the scenario format (default: the samples).")
  private Path seed;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      completionCandidates = PolicyNames.class,
      description = "seed (default) or modern; overrides the seed file's policy.")
  private String policyName;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description = "Keep the program in an append-only journal; a restart replays it.")
  private Path journal;

  @Option(
      names = "--store",
      paramLabel = "JDBC_URL",
      description = {
        "Keep the program in PostgreSQL, at a jdbc:postgresql: URL; sandboxes on one database"
            + " serve one program (docs/postgres.md).",
        "Default: the " + STORE_URL_VARIABLE + " environment variable."
      })
  private String storeOption;

  @Option(
      names = "--limit-partner-center",
      paramLabel = "RATE",
      description =
          "Answer 429 past RATE per partner tenant on customers, subscriptions and orders, such"
              + " as 500/min (Partner Center's documented limit). Default: no limit.")
  private String partnerCenterLimit;

  @Option(
      names = "--limit-graph",
      paramLabel = "RATE",
      description =
          "Answer 429 past RATE per caller on Graph, such as 2000/20s. Default: no limit.")
  private String graphLimit;

  @Option(
      names = "--retry-after-decimal",
      description = "Send Retry-After in decimal seconds (2.128), as Graph has; whole by default.")
  private boolean retryAfterDecimal;

  SandboxCommand(PartnerkitCommand.Io io, Consumer<PartnerSandbox> whileServing) {
    this.io = io;
    this.whileServing = whileServing;
  }

  /**
   * Runs the command and serves until the JVM shuts down (Ctrl-C).
   *
   * @param args the arguments after {@code sandbox}
   * @param out where the addresses and tokens go
   * @param err where errors and usage go
   * @return the exit status
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    return serve(args, out, err, SandboxCommand::untilShutdown);
  }

  /**
   * Runs the command, calls {@code whileServing} once the sandbox listens, and stops the sandbox
   * when it returns: the command for embedding and tests. The store URL may come from the process's
   * environment ({@value #STORE_URL_VARIABLE}).
   *
   * @param args the arguments after {@code sandbox}
   * @param out where the addresses and tokens go
   * @param err where errors and usage go
   * @param whileServing runs while the sandbox serves
   * @return the exit status: 0 after a clean stop, 2 for bad input
   */
  public static int serve(
      List<String> args, PrintStream out, PrintStream err, Consumer<PartnerSandbox> whileServing) {
    List<String> line = new ArrayList<>(args.size() + 1);
    line.add("sandbox");
    line.addAll(args);
    return PartnerkitCommand.commandLine(
            new PartnerkitCommand.Io(out, err, System::getenv), whileServing, "sandbox")
        .execute(line.toArray(String[]::new));
  }

  @Override
  public Integer call() {
    PrintStream out = io.out();
    PrintStream err = io.err();
    if (port < 0 || port > 65_535) {
      err.println(NAME + "--port takes 0 to 65535, but got " + port);
      return 2;
    }
    if (policyName != null && !PolicyNames.NAMES.contains(policyName)) {
      err.println(NAME + "--policy takes seed or modern, but got " + policyName);
      return 2;
    }
    SandboxLimits limits;
    try {
      limits = limits();
    } catch (IllegalArgumentException e) {
      err.println(NAME + e.getMessage());
      return 2;
    }
    // The option wins over the variable, as a command line's options win over its environment.
    String storeSource = storeOption != null ? "--store" : STORE_URL_VARIABLE;
    String fromEnvironment = io.environment().apply(STORE_URL_VARIABLE);
    String storeUrl =
        storeOption != null
            ? storeOption
            : fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    if (storeUrl != null && !storeUrl.startsWith("jdbc:postgresql:")) {
      err.println(
          NAME
              + storeSource
              + " takes a PostgreSQL JDBC URL such as"
              + " jdbc:postgresql://127.0.0.1:5432/portal?user=portal, but got "
              + JdbcUrlDataSource.redact(storeUrl));
      return 2;
    }
    if (journal != null && storeUrl != null) {
      err.println(
          NAME + "--journal and " + storeSource + " are two places for one program; give one");
      return 2;
    }
    Seed loaded;
    try {
      loaded = seed == null ? Seed.samples() : Seed.read(seed);
    } catch (ScenarioFormatException e) {
      err.println("partnerkit sandbox: " + e.getMessage());
      return 2;
    }
    ProgramPolicy policy =
        policyName == null
            ? loaded.policy()
            : policyName.equals("modern") ? ProgramPolicy.modern() : ProgramPolicy.seed();
    ServiceCatalog catalog = loaded.scenario().catalog();
    Durable durable;
    try {
      durable =
          journal != null
              ? Durable.journal(journal, catalog, policy)
              : storeUrl != null ? Durable.postgres(storeUrl, catalog, policy) : null;
    } catch (JournalException | StoreException | IllegalArgumentException e) {
      err.println("partnerkit sandbox: " + e.getMessage());
      return 2;
    }
    // A program that outlives the process resumes at its last event's time: a clock that started
    // over from the seed would show earlier times than the program already recorded.
    Instant start = loaded.scenario().start();
    if (durable != null && durable.lastEventAt().isPresent()) {
      Instant last = durable.lastEventAt().get();
      start = last.isAfter(start) ? last : start;
    }
    PartnerSandbox.Builder builder =
        PartnerSandbox.builder()
            .port(port)
            .partners(loaded.scenario().partners())
            .customers(loaded.scenario().customers())
            .clock(SandboxClock.ticking(start))
            .tokenLifetime(TOKEN_LIFETIME)
            .limits(limits);
    if (durable == null) {
      builder.policy(policy).catalog(catalog);
    } else {
      builder.programStore(durable::store);
    }
    loaded.resellers().forEach(pair -> builder.reseller(pair.partner(), pair.customer()));
    PartnerSandbox sandbox;
    try {
      sandbox = builder.start();
    } catch (UncheckedIOException | JournalException | StoreException e) {
      Durable.closeQuietly(durable);
      err.println("partnerkit sandbox: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException | IllegalStateException e) {
      Durable.closeQuietly(durable);
      err.println("partnerkit sandbox: the seed does not hold together: " + e.getMessage());
      return 2;
    }
    try (sandbox) {
      banner(out, sandbox, loaded, policy, durable == null ? "memory" : durable.description());
      out.flush();
      whileServing.accept(sandbox);
    }
    return 0;
  }

  private SandboxLimits limits() {
    SandboxLimits.Builder limits = SandboxLimits.builder().decimalRetryAfter(retryAfterDecimal);
    if (partnerCenterLimit != null) {
      limits.partnerCenter(rate("--limit-partner-center", partnerCenterLimit));
    }
    if (graphLimit != null) {
      limits.graph(rate("--limit-graph", graphLimit));
    }
    return limits.build();
  }

  private static SandboxLimits.Rate rate(String option, String text) {
    try {
      return SandboxLimits.Rate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }

  private static void banner(
      PrintStream out, PartnerSandbox sandbox, Seed seed, ProgramPolicy policy, String where) {
    String era = policy.getEra().name().toLowerCase(java.util.Locale.ROOT);
    out.println("Partnerkit sandbox (" + era + " policy) listening on " + sandbox.baseUri());
    out.println("  Program state in " + where);
    if (sandbox.limits().isLimited()) {
      out.println("  Rate limits      " + sandbox.limits());
    }
    out.println("  Partner Center   " + sandbox.partnerCenterUri());
    out.println("  Microsoft Graph  " + sandbox.graphUri());
    out.println("  Azure RM         " + sandbox.azureManagementUri());
    out.println(
        "  Sandbox          " + sandbox.sandboxUri() + "  (customer side: /sandbox/customer)");
    out.println(
        "Clock starts at "
            + sandbox.clock().instant()
            + " and ticks. Tokens are valid for "
            + TOKEN_LIFETIME.toHours()
            + " hours; send them as \"Authorization: Bearer TOKEN\".");
    out.println("Partner tokens:");
    String example = null;
    for (Partner partner : seed.scenario().partners()) {
      String token = sandbox.partnerToken(partner.getId());
      example = example == null ? token : example;
      out.printf("  %-18s %s%n", partner.getId(), token);
    }
    out.println("Customer tokens:");
    int width = 0;
    for (Customer customer : seed.scenario().customers()) {
      width = Math.max(width, seed.label(customer).length());
    }
    for (Customer customer : seed.scenario().customers()) {
      String label = seed.label(customer);
      out.println(
          "  "
              + label
              + " ".repeat(width - label.length())
              + "  "
              + customer.getId()
              + "  "
              + sandbox.customerToken(customer.getId()));
    }
    if (example != null) {
      out.println("Try:");
      out.println(
          "  curl -H \"Authorization: Bearer "
              + example
              + "\" \""
              + sandbox.partnerCenterUri()
              + "/v1/offers?country=US\"");
    }
    out.println("Press Ctrl-C to stop.");
  }

  static void untilShutdown(PartnerSandbox sandbox) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  sandbox.close();
                  stopped.countDown();
                },
                "partnerkit-sandbox-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The policies {@code --policy} takes, offered by shell completion. */
  static final class PolicyNames implements Iterable<String> {
    static final List<String> NAMES = List.of("seed", "modern");

    @Override
    public Iterator<String> iterator() {
      return NAMES.iterator();
    }
  }

  /**
   * A program that outlives the process, opened before the sandbox so that the sandbox's clock can
   * resume where the program stopped.
   */
  private record Durable(PartnerProgram store, Optional<Instant> lastEventAt, String description) {
    static Durable journal(Path file, ServiceCatalog catalog, ProgramPolicy policy) {
      PartnerProgram program = JournalStorage.open(file, catalog, policy);
      List<Event> events = program.events();
      return new Durable(
          program,
          events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1).at()),
          "journal " + file.toAbsolutePath());
    }

    static Durable postgres(String url, ServiceCatalog catalog, ProgramPolicy policy) {
      JdbcUrlDataSource dataSource = JdbcUrlDataSource.of(url);
      PostgresStorage.migrate(dataSource);
      PartnerProgram store = PostgresStorage.open(dataSource, catalog, policy);
      long last = store.lastSequence();
      Optional<Instant> at =
          last == 0
              ? Optional.empty()
              : store.storage().events(last - 1, 1).stream().map(Event::at).findFirst();
      return new Durable(store, at, "PostgreSQL " + JdbcUrlDataSource.redact(url));
    }

    static void closeQuietly(Durable durable) {
      if (durable != null) {
        try {
          durable.store().close();
        } catch (Exception e) {
          // The command is failing already with a clearer message; the store's own is secondary.
        }
      }
    }
  }

  /** A reseller relationship to seed. */
  private record Reseller(PartnerId partner, CustomerId customer) {}

  /** The seed: a scenario without steps, readable names and resellers. */
  private record Seed(Scenario scenario, List<Reseller> resellers) {
    static Seed samples() {
      Scenario scenario =
          new Scenario(
              "samples",
              "the Samples fixtures",
              List.of(),
              ProgramPolicy.seed(),
              Samples.EPOCH,
              Samples.catalog(),
              Samples.partners(),
              Samples.customers(),
              List.of(),
              Map.of());
      return new Seed(scenario, List.of());
    }

    static Seed read(Path file) {
      String source = file.toString();
      String text;
      try {
        if (!Files.isRegularFile(file)) {
          throw new ScenarioFormatException(
              source, "$", "expected a readable seed file, but there is none");
        }
        if (Files.size(file) > ScenarioParser.MAX_FILE_SIZE) {
          throw new ScenarioFormatException(
              source, "$", "expected a file of at most " + ScenarioParser.MAX_FILE_SIZE + " bytes");
        }
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ScenarioFormatException(
            source, "$", "expected a readable UTF-8 file, but reading failed: " + e.getMessage());
      }
      JsonNode root;
      try {
        root = PartnerJson.mapper().readTree(text);
      } catch (JsonProcessingException e) {
        throw new ScenarioFormatException(
            source, "$", "expected well-formed JSON, but " + e.getOriginalMessage());
      }
      if (root == null || !root.isObject()) {
        throw new ScenarioFormatException(
            source, "$", "expected a JSON object of partners and customers");
      }
      for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!SEED_KEYS.contains(name)) {
          throw new ScenarioFormatException(
              source,
              "$." + name,
              "expected only partners, customers, catalog, policy, start and resellers, but found \""
                  + name
                  + "\"");
        }
      }
      ObjectNode scenario = ((ObjectNode) root).deepCopy();
      JsonNode resellers = scenario.remove("resellers");
      if (!scenario.has("name")) {
        scenario.put("name", "sandbox seed " + file.getFileName());
      }
      scenario.putArray("steps");
      Scenario parsed = ScenarioParser.parse(scenario.toString(), source);
      return new Seed(parsed, resellers(resellers, parsed, source));
    }

    private static List<Reseller> resellers(JsonNode node, Scenario scenario, String source) {
      if (node == null) {
        return List.of();
      }
      if (!node.isArray()) {
        throw new ScenarioFormatException(source, "$.resellers", "expected an array");
      }
      Map<String, PartnerId> partners = new LinkedHashMap<>();
      scenario.partners().forEach(p -> partners.put(p.getId().value(), p.getId()));
      Map<String, CustomerId> customers = new LinkedHashMap<>();
      scenario.names().forEach((id, name) -> customers.put(name, CustomerId.parse(id)));
      java.util.ArrayList<Reseller> list = new java.util.ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        String path = "$.resellers[" + i + "]";
        JsonNode entry = node.get(i);
        String partner = entry.path("partner").asText("");
        String customer = entry.path("customer").asText("");
        if (!partners.containsKey(partner)) {
          throw new ScenarioFormatException(
              source,
              path + ".partner",
              "expected a partner declared in partners, but got \"" + partner + "\"");
        }
        if (!customers.containsKey(customer)) {
          throw new ScenarioFormatException(
              source,
              path + ".customer",
              "expected a customer declared in customers, but got \"" + customer + "\"");
        }
        list.add(new Reseller(partners.get(partner), customers.get(customer)));
      }
      return List.copyOf(list);
    }

    ProgramPolicy policy() {
      return scenario.policy();
    }

    String label(Customer customer) {
      String name = scenario.names().get(customer.getId().toString());
      return name != null ? name : customer.getProfile().getCompanyName();
    }
  }
}
