package dev.partnerkit.client.report;

import dev.partnerkit.client.Page;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.bulk.Bulk;
import dev.partnerkit.client.bulk.BulkItem;
import dev.partnerkit.client.bulk.BulkProgress;
import dev.partnerkit.client.bulk.BulkRun;
import dev.partnerkit.client.graph.AccessAssignmentOperations;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipCustomerParticipant;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipStatus;
import dev.partnerkit.client.graph.RelationshipOperations;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.validation.Limits;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * <p>The walk: the partner's customers (Partner Center, paged), then the customers of the partner's
 * relationships (Graph, every status, paged) that Partner Center does not list (a customer reached
 * through GDAP alone); for each customer, its relationships ({@code $filter} on the customer's
 * tenant id) and the access assignments of its active relationships (Graph, paged), through {@link
 * Bulk}, so the calls run with bounded parallelism and share the client's throttling backoff
 * (API-9). A customer whose relationships or assignments cannot be read is a {@link ReportFailure},
 * never the end of the run.
 *
 * <p>Memory: rows go to the {@link ReportSink} as they complete and only counts stay, so the walk
 * holds the customers in flight and, to tell the customers only Graph names, the tenant ids Partner
 * Center listed (and those it did not): 16 bytes a customer in an open-addressing table (about 40
 * bytes with its slack), some 400 KB for 10,000 customers.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Each run reads the services anew.
 */
public final class DelegatedAccessReport {
  // A customer has a few relationships and a relationship a handful of assignments; one page of
  // Graph's default size nearly always holds them all, so most reads cost one call.
  private static final int PAGE_SIZE = 100;
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
    OptionalLong total = countCustomers ? OptionalLong.of(count()) : OptionalLong.empty();
    Consumer<BulkProgress> told =
        p -> progress.accept(new BulkProgress(p.started(), p.succeeded(), p.failed(), total));
    TenantIds listed = new TenantIds();
    try (Stream<PcCustomer> customers = client.customers().list();
        Stream<DelegatedAdminRelationship> relationships = client.gdap().relationships().list();
        BulkRun<Target, CustomerAccess> run =
            Bulk.forEach(targets(customers, relationships, listed), t -> row(t, window))
                .parallelism(parallelism)
                .onProgress(told)
                .start()) {
      while (run.hasNext()) {
        BulkItem<Target, CustomerAccess> item = run.next();
        counts.customers++;
        if (item instanceof BulkItem.Succeeded<Target, CustomerAccess> done) {
          CustomerAccess row = done.value();
          counts.relationships += row.relationships().size();
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
   * pages, and those only Graph names.
   */
  private long count() {
    TenantIds listed = new TenantIds();
    try (Stream<PcCustomer> customers = client.customers().list(COUNT_PAGE_SIZE);
        Stream<DelegatedAdminRelationship> relationships = client.gdap().relationships().list()) {
      Iterator<Target> all = targets(customers, relationships, listed);
      long count = 0;
      for (; all.hasNext(); all.next()) {
        count++;
      }
      return count;
    }
  }

  /**
   * The customers to report on, lazily: Partner Center's, each noted in {@code listed}, then the
   * customers of the partner's relationships (every status) that it did not list. Graph's list is
   * read only once Partner Center's is read to its end, so {@code listed} is whole by then; both
   * are read on the reporting thread.
   */
  private static Iterator<Target> targets(
      Stream<PcCustomer> customers,
      Stream<DelegatedAdminRelationship> relationships,
      TenantIds listed) {
    Stream<Target> fromPartnerCenter =
        customers.map(
            c -> {
              String id =
                  tenantId(c)
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "Partner Center listed a customer with neither id nor"
                                      + " companyProfile.tenantId"));
              listed.add(id);
              return new Target(
                  id, c.companyProfile().flatMap(PcCompanyProfile::companyName), Optional.empty());
            });
    // Each relationship's customer that Partner Center did not list, once: those reached through
    // GDAP alone, which only this set holds. A relationship that names no customer is a failure.
    TenantIds reached = new TenantIds();
    Stream<Target> fromGraphAlone =
        relationships
            .map(
                r -> {
                  Optional<DelegatedAdminRelationshipCustomerParticipant> customer =
                      r.getCustomer();
                  Optional<String> name =
                      customer.flatMap(
                          DelegatedAdminRelationshipCustomerParticipant::getDisplayName);
                  return customer
                      .flatMap(DelegatedAdminRelationshipCustomerParticipant::getTenantId)
                      .filter(t -> !t.isBlank())
                      .map(t -> new Target(t, name, Optional.empty()))
                      .orElseGet(
                          () ->
                              new Target(
                                  "",
                                  name,
                                  Optional.of(
                                      "relationship "
                                          + r.getId()
                                          + " names no customer.tenantId")));
                })
            .filter(
                t ->
                    t.problem().isPresent()
                        || (!listed.contains(t.customerId()) && reached.add(t.customerId())));
    return Stream.concat(fromPartnerCenter, fromGraphAlone).iterator();
  }

  private static Optional<String> tenantId(PcCustomer customer) {
    return customer.id().or(() -> customer.companyProfile().flatMap(PcCompanyProfile::tenantId));
  }

  /**
   * Reads a customer's relationships, then the assignments of its active ones, one after another;
   * the customer's name is Partner Center's, or else the one Graph gives it.
   */
  private CompletableFuture<CustomerAccess> row(Target target, ReportWindow window) {
    if (target.problem().isPresent()) {
      return CompletableFuture.failedFuture(new IllegalStateException(target.problem().get()));
    }
    RelationshipOperations relationships = client.gdap().relationships();
    return all(
            token -> relationships.pageForCustomerAsync(target.customerId(), PAGE_SIZE, token),
            Function.identity())
        .thenCompose(
            listed -> {
              Optional<String> name =
                  target
                      .name()
                      .or(
                          () ->
                              listed.stream()
                                  .map(DelegatedAdminRelationship::getCustomer)
                                  .flatMap(Optional::stream)
                                  .map(
                                      DelegatedAdminRelationshipCustomerParticipant::getDisplayName)
                                  .flatMap(Optional::stream)
                                  .findFirst());
              return withAssignments(listed)
                  .thenApply(read -> AccessFindings.row(target.customerId(), name, read, window));
            });
  }

  private CompletableFuture<List<RelationshipAccess>> withAssignments(
      List<DelegatedAdminRelationship> listed) {
    AccessAssignmentOperations assignments = client.gdap().accessAssignments();
    CompletableFuture<List<RelationshipAccess>> read =
        CompletableFuture.completedFuture(new ArrayList<>());
    for (DelegatedAdminRelationship relationship : listed) {
      RelationshipAccess access = RelationshipAccess.of(relationship, List.of());
      read =
          read.thenCompose(
              done -> {
                if (access.status() != DelegatedAdminRelationshipStatus.ACTIVE) {
                  done.add(access);
                  return CompletableFuture.completedFuture(done);
                }
                return all(
                        token -> assignments.pageAsync(access.id(), PAGE_SIZE, token),
                        AssignmentAccess::of)
                    .thenApply(
                        assigned -> {
                          done.add(access.withAssignments(assigned));
                          return done;
                        });
              });
    }
    return read;
  }

  /** Reads every page of a collection, one after another, mapping each item. */
  private static <T, R> CompletableFuture<List<R>> all(
      Function<Optional<String>, CompletableFuture<Page<T>>> page, Function<T, R> map) {
    List<R> read = new ArrayList<>();
    return pages(page, map, Optional.empty(), read).thenApply(done -> read);
  }

  private static <T, R> CompletableFuture<Void> pages(
      Function<Optional<String>, CompletableFuture<Page<T>>> page,
      Function<T, R> map,
      Optional<String> token,
      List<R> read) {
    return page.apply(token)
        .thenCompose(
            p -> {
              p.items().forEach(item -> read.add(map.apply(item)));
              return p.nextToken().isPresent()
                  ? pages(page, map, p.nextToken(), read)
                  : CompletableFuture.completedFuture(null);
            });
  }

  /**
   * A customer to report on: its tenant id and the name Partner Center or Graph gives it; or, with
   * a problem, a relationship that names no customer, reported as a failure.
   */
  private record Target(String customerId, Optional<String> name, Optional<String> problem) {}

  /** Running counts; touched only by the thread that runs the report. */
  private static final class Counts {
    long customers;
    long relationships;
    long assignments;
    long failures;
    final Map<FindingKind, Long> findings = new EnumMap<>(FindingKind.class);
  }

  /**
   * Configures a report.
   *
   * <p>Not thread-safe; configure on one thread, then {@link #build()}.
   */
  public static final class Builder {
    private PartnerClient client;
    private Duration expiringWithin = Duration.ofDays(30);
    private Duration approvalWindow = Limits.GDAP_APPROVAL_WINDOW;
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
