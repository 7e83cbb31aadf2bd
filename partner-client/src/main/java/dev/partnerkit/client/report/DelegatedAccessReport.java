package dev.partnerkit.client.report;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.bulk.Bulk;
import dev.partnerkit.client.bulk.BulkItem;
import dev.partnerkit.client.bulk.BulkProgress;
import dev.partnerkit.client.bulk.BulkRun;
import dev.partnerkit.client.graph.AccessAssignmentOperations;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipCustomerParticipant;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipStatus;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcCustomer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The delegated-access report: for every customer of a partner, its granular relationships and
 * their access assignments with roles by name, and what a security reviewer should look at ({@link
 * FindingKind}).
 *
 * <pre>{@code
 * ReportSummary summary =
 *     DelegatedAccessReport.builder()
 *         .client(client)
 *         .expiringWithin(Duration.ofDays(30))
 *         .parallelism(8)
 *         .build()
 *         .run(row -> writer.write(row));
 * }</pre>
 *
 * <p>The walk: the partner's relationships (Graph, every status, paged), grouped by customer; then
 * the partner's customers (Partner Center, paged), and after them any customer that Graph names but
 * Partner Center does not list (a customer reached through GDAP alone); for each, the access
 * assignments of its active relationships (Graph, paged) through {@link Bulk}, so the calls run
 * with bounded parallelism and share the client's throttling backoff (API-9). A customer whose
 * assignments cannot be read is a {@link ReportFailure}, never the end of the run.
 *
 * <p>Memory: rows go to the {@link ReportSink} as they complete and only counts stay, so rows and
 * findings take no memory per customer. The relationships list is held, in a compact form, until
 * each customer is reached, because Graph lists relationships in no customer order.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Each run reads the services anew.
 */
public final class DelegatedAccessReport {
  // A relationship has a handful of assignments; one page of Graph's default size nearly always
  // holds them all, so most relationships cost one call.
  private static final int ASSIGNMENT_PAGE_SIZE = 100;
  // Partner Center's largest customer page: counting 10,000 customers costs 20 calls.
  private static final int COUNT_PAGE_SIZE = 500;

  private final PartnerClient client;
  private final Duration expiringWithin;
  private final Duration approvalWindow;
  private final Clock clock;
  private final int parallelism;
  private final Consumer<? super BulkProgress> progress;
  private final boolean countCustomers;

  private DelegatedAccessReport(Builder builder) {
    this.client =
        Objects.requireNonNull(builder.client, "DelegatedAccessReport.client is required");
    this.expiringWithin = builder.expiringWithin;
    this.approvalWindow = builder.approvalWindow;
    this.clock = builder.clock;
    this.parallelism = builder.parallelism;
    this.progress = builder.progress;
    this.countCustomers = builder.countCustomers;
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
   * Runs the report, holding every row, and returns it sorted by customer tenant id; for partners
   * with few enough customers to hold at once.
   *
   * @return the report
   * @throws dev.partnerkit.client.PartnerClientException when the relationship or customer list
   *     cannot be read, without which there is nothing to report
   */
  public CollectedReport run() {
    List<CustomerAccess> rows = new ArrayList<>();
    List<ReportFailure> failures = new ArrayList<>();
    ReportSummary summary =
        run(
            new ReportSink() {
              @Override
              public void customer(CustomerAccess row) {
                rows.add(row);
              }

              @Override
              public void failure(ReportFailure failure) {
                failures.add(failure);
              }
            });
    rows.sort(Comparator.comparing(CustomerAccess::customerId));
    failures.sort(Comparator.comparing(ReportFailure::customerId));
    return new CollectedReport(rows, failures, summary);
  }

  /**
   * Runs the report, handing each customer's row to {@code sink} as soon as it is complete.
   *
   * @param sink takes the rows and failures, on this thread
   * @return the counts
   * @throws dev.partnerkit.client.PartnerClientException when the relationship or customer list
   *     cannot be read, without which there is nothing to report
   */
  public ReportSummary run(ReportSink sink) {
    Objects.requireNonNull(sink, "sink must not be null");
    ReportWindow window = new ReportWindow(clock.instant(), expiringWithin, approvalWindow);
    Counts counts = new Counts();
    Map<String, Pending> byCustomer = new LinkedHashMap<>();
    try (Stream<DelegatedAdminRelationship> relationships = client.gdap().relationships().list()) {
      relationships.forEach(
          r -> {
            counts.relationships++;
            Optional<DelegatedAdminRelationshipCustomerParticipant> customer = r.getCustomer();
            Optional<String> tenant =
                customer.flatMap(DelegatedAdminRelationshipCustomerParticipant::getTenantId);
            if (tenant.isEmpty() || tenant.get().isBlank()) {
              counts.failures++;
              sink.failure(
                  new ReportFailure(
                      "",
                      new IllegalStateException(
                          "relationship " + r.getId() + " names no customer.tenantId")));
              return;
            }
            byCustomer
                .computeIfAbsent(
                    tenant.get(),
                    t ->
                        new Pending(
                            customer.flatMap(
                                DelegatedAdminRelationshipCustomerParticipant::getDisplayName)))
                .relationships
                .add(RelationshipAccess.of(r, List.of()));
          });
    }
    OptionalLong total = countCustomers ? OptionalLong.of(count(byCustomer)) : OptionalLong.empty();
    Consumer<BulkProgress> told =
        p -> progress.accept(new BulkProgress(p.started(), p.succeeded(), p.failed(), total));
    try (Stream<PcCustomer> customers = client.customers().list();
        BulkRun<Target, CustomerAccess> run =
            Bulk.forEach(new Targets(customers.iterator(), byCustomer), t -> row(t, window))
                .parallelism(parallelism)
                .onProgress(told)
                .start()) {
      while (run.hasNext()) {
        BulkItem<Target, CustomerAccess> item = run.next();
        counts.customers++;
        if (item instanceof BulkItem.Succeeded<Target, CustomerAccess> done) {
          CustomerAccess row = done.value();
          row.relationships().forEach(r -> counts.assignments += r.assignments().size());
          row.findings().forEach(f -> counts.findings.merge(f.kind(), 1L, Long::sum));
          sink.customer(row);
        } else if (item instanceof BulkItem.Failed<Target, CustomerAccess> failed) {
          counts.failures++;
          sink.failure(new ReportFailure(failed.item().customerId(), failed.cause()));
        }
      }
    }
    return new ReportSummary(
        window.now(),
        counts.customers,
        counts.relationships,
        counts.assignments,
        counts.failures,
        counts.findings);
  }

  /**
   * Counts the customers the walk will reach: those Partner Center lists, read in its largest
   * pages, and those only Graph names; the index is left as it was.
   */
  private long count(Map<String, Pending> byCustomer) {
    long listed = 0;
    try (Stream<PcCustomer> customers = client.customers().list(COUNT_PAGE_SIZE)) {
      for (Iterator<PcCustomer> it = customers.iterator(); it.hasNext(); ) {
        listed++;
        tenantId(it.next()).map(byCustomer::get).ifPresent(p -> p.listed = true);
      }
    }
    return listed + byCustomer.values().stream().filter(p -> !p.listed).count();
  }

  private static Optional<String> tenantId(PcCustomer customer) {
    return customer.id().or(() -> customer.companyProfile().flatMap(PcCompanyProfile::tenantId));
  }

  /** Reads the assignments of a customer's active relationships, one after another. */
  private CompletableFuture<CustomerAccess> row(Target target, ReportWindow window) {
    CompletableFuture<List<RelationshipAccess>> read =
        CompletableFuture.completedFuture(new ArrayList<>());
    for (RelationshipAccess relationship : target.relationships()) {
      read =
          read.thenCompose(
              done -> {
                if (relationship.status() != DelegatedAdminRelationshipStatus.ACTIVE) {
                  done.add(relationship);
                  return CompletableFuture.completedFuture(done);
                }
                return assignments(relationship.id(), Optional.empty(), new ArrayList<>())
                    .thenApply(
                        assignments -> {
                          done.add(relationship.withAssignments(assignments));
                          return done;
                        });
              });
    }
    return read.thenApply(
        relationships ->
            AccessFindings.row(target.customerId(), target.name(), relationships, window));
  }

  private CompletableFuture<List<AssignmentAccess>> assignments(
      String relationshipId, Optional<String> token, List<AssignmentAccess> read) {
    AccessAssignmentOperations operations = client.gdap().accessAssignments();
    return operations
        .pageAsync(relationshipId, ASSIGNMENT_PAGE_SIZE, token)
        .thenCompose(
            page -> {
              page.items().forEach(a -> read.add(AssignmentAccess.of(a)));
              return page.nextToken().isPresent()
                  ? assignments(relationshipId, page.nextToken(), read)
                  : CompletableFuture.completedFuture(read);
            });
  }

  /** A customer to report on: its tenant id, its name and its relationships as listed. */
  private record Target(
      String customerId, Optional<String> name, List<RelationshipAccess> relationships) {}

  /** A customer's relationships gathered from Graph's list, with the name Graph gives it. */
  private static final class Pending {
    final Optional<String> name;
    final List<RelationshipAccess> relationships = new ArrayList<>();
    // Set by the count: Partner Center lists this customer too, so it is counted once.
    boolean listed;

    Pending(Optional<String> name) {
      this.name = name;
    }
  }

  /** Running counts; touched only by the thread that runs the report. */
  private static final class Counts {
    long customers;
    long relationships;
    long assignments;
    long failures;
    final Map<FindingKind, Long> findings = new EnumMap<>(FindingKind.class);
  }

  /**
   * The customers to report on: Partner Center's, each taking its relationships out of the index,
   * then the customers only Graph names. Read by the bulk run on the reporting thread alone, as it
   * frees slots, so the index needs no lock.
   */
  private static final class Targets implements Iterator<Target> {
    private final Iterator<PcCustomer> listed;
    private final Map<String, Pending> byCustomer;
    private Iterator<Map.Entry<String, Pending>> unlisted;

    Targets(Iterator<PcCustomer> listed, Map<String, Pending> byCustomer) {
      this.listed = listed;
      this.byCustomer = byCustomer;
    }

    @Override
    public boolean hasNext() {
      if (listed.hasNext()) {
        return true;
      }
      if (unlisted == null) {
        unlisted = byCustomer.entrySet().iterator();
      }
      return unlisted.hasNext();
    }

    @Override
    public Target next() {
      if (!hasNext()) {
        throw new NoSuchElementException("every customer has been reported");
      }
      if (unlisted == null) {
        PcCustomer customer = listed.next();
        Optional<PcCompanyProfile> profile = customer.companyProfile();
        String id =
            tenantId(customer)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "Partner Center listed a customer with neither id nor"
                                + " companyProfile.tenantId"));
        Pending pending = byCustomer.remove(id);
        Optional<String> name = profile.flatMap(PcCompanyProfile::companyName);
        return pending == null
            ? new Target(id, name, List.of())
            : new Target(id, name.or(() -> pending.name), pending.relationships);
      }
      Map.Entry<String, Pending> entry = unlisted.next();
      unlisted.remove();
      return new Target(entry.getKey(), entry.getValue().name, entry.getValue().relationships);
    }
  }

  /**
   * Configures a report.
   *
   * <p>Not thread-safe; configure on one thread, then {@link #build()}.
   */
  public static final class Builder {
    private PartnerClient client;
    private Duration expiringWithin = Duration.ofDays(30);
    private Duration approvalWindow = ReportWindow.GDAP_8_APPROVAL_WINDOW;
    private Clock clock = Clock.systemUTC();
    private int parallelism = 4;
    private Consumer<? super BulkProgress> progress = p -> {};
    private boolean countCustomers;

    private Builder() {}

    /**
     * Sets the client to read with; required. Its token provider must give the partner's tokens for
     * Partner Center and Graph.
     *
     * @param client the client
     * @return this
     */
    public Builder client(PartnerClient client) {
      this.client = Objects.requireNonNull(client, "client must not be null");
      return this;
    }

    /**
     * Sets how soon an end or a lapse must come to be reported; 30 days by default.
     *
     * @param within zero or more, such as {@code Duration.ofDays(30)}
     * @return this
     */
    public Builder expiringWithin(Duration within) {
      Objects.requireNonNull(within, "expiringWithin must not be null");
      if (within.isNegative()) {
        throw new IllegalArgumentException(
            "expiringWithin must be zero or more, such as P30D, but was " + within);
      }
      this.expiringWithin = within;
      return this;
    }

    /**
     * Sets how long a locked relationship waits for approval before it expires; GDAP-8's 90 days
     * unless a test needs another.
     *
     * @param window positive
     * @return this
     */
    public Builder approvalWindow(Duration window) {
      Objects.requireNonNull(window, "approvalWindow must not be null");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException(
            "approvalWindow must be positive, such as P90D, but was " + window);
      }
      this.approvalWindow = window;
      return this;
    }

    /**
     * Sets the clock whose instant, read once when a run starts, is the report's "now"; the
     * system's UTC clock by default.
     *
     * @param clock the clock
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Sets the report's "now" to a fixed instant, as for a report that must read the same each
     * time.
     *
     * @param now the instant
     * @return this
     */
    public Builder now(java.time.Instant now) {
      return clock(
          Clock.fixed(
              Objects.requireNonNull(now, "now must not be null"), java.time.ZoneOffset.UTC));
    }

    /**
     * Sets how many customers are read at once; 4 by default.
     *
     * @param parallelism 1 to {@link Bulk#MAX_PARALLELISM}
     * @return this
     */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1 || parallelism > Bulk.MAX_PARALLELISM) {
        throw new IllegalArgumentException(
            "parallelism must be 1 to " + Bulk.MAX_PARALLELISM + ", but was " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Sets what is told after each customer completes, on the thread that runs the report. The
     * total is empty unless {@link #countCustomers(boolean)} is on, since the customers are listed
     * as the walk goes.
     *
     * @param progress the listener
     * @return this
     */
    public Builder progress(Consumer<? super BulkProgress> progress) {
      this.progress = Objects.requireNonNull(progress, "progress must not be null");
      return this;
    }

    /**
     * Sets whether to count the customers before the walk, so that progress has a total: one more
     * pass over Partner Center's customer list in pages of 500 (20 calls for 10,000 customers) that
     * holds only the count. Off by default.
     *
     * @param count true to count first
     * @return this
     */
    public Builder countCustomers(boolean count) {
      this.countCustomers = count;
      return this;
    }

    /**
     * Returns the report, ready to run.
     *
     * @return the report
     * @throws NullPointerException when no client was set
     */
    public DelegatedAccessReport build() {
      return new DelegatedAccessReport(this);
    }
  }
}
