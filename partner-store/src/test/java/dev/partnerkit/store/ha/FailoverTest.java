package dev.partnerkit.store.ha;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramRules;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.store.ha.Ledger.Entry;
import dev.partnerkit.store.ha.Ledger.Status;
import dev.partnerkit.store.jdbc.Fixtures;
import dev.partnerkit.store.jdbc.JdbcUrlDataSource;
import dev.partnerkit.store.jdbc.MultiProcessTest;
import dev.partnerkit.store.jdbc.PostgresStorage;
import dev.partnerkit.store.jdbc.TestPool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Failover on a real high-availability cluster: two program instances (two {@link PartnerProgram}s
 * on two {@link PostgresStorage}s, each with its own pool) apply actions through a multi-host JDBC
 * URL ({@code targetServerType=primary}) to a three-node Patroni cluster with synchronous
 * replication, while the test kills the leader's postmaster with SIGKILL again and again. Then,
 * from a fresh read of the database: every acknowledged action is there exactly once, as
 * acknowledged; nothing denied or never sent is there; an action whose call died with the primary
 * ("in doubt") is there at most once; the invariants hold and the log replays to the state; and
 * both instances resumed within a bound after every failover.
 *
 * <p>Runs when {@code PARTNERKIT_TEST_HA} names a cluster ({@code .ci/run} starts one when it can;
 * {@code .ci/ha-cluster COMMAND} does for any command), and is skipped with a message otherwise. 20
 * kills by default (3 to 6 minutes on 2 cores, with the load); {@code
 * -Dpartnerkit.reliability=long} kills 100 times, {@code -Dpartnerkit.ha.kills=N} N times; {@code
 * -Dpartnerkit.ha.seed=N} repeats a run's random choices (not the kills' timing). Actions carry
 * idempotency keys, and calls in doubt are retried with the same key until answered, when the store
 * keeps keys ({@code -Dpartnerkit.ha.keys=auto}, the default, asks it; {@code on} or {@code off}
 * forces).
 */
class FailoverTest {
  private static final boolean LONG = "long".equals(System.getProperty("partnerkit.reliability"));
  private static final int KILLS = Integer.getInteger("partnerkit.ha.kills", LONG ? 100 : 20);
  private static final String KEYS = System.getProperty("partnerkit.ha.keys", "auto");
  private static final Duration PAUSE_BOUND = Duration.ofSeconds(60);
  private static final Duration PATIENCE = Duration.ofMinutes(2);
  private static final Instant AT = Fixtures.START.plusSeconds(3600);
  private static final ProgramPolicy POLICY = ProgramPolicy.seed();
  private static final int INSTANCES = 2;
  private static final int WORKERS = 4;
  private static final PartnerId P0 = PartnerId.of("ha-p0");
  private static final PartnerId P1 = PartnerId.of("ha-p1");

  /**
   * The pgJDBC settings a failover needs: connect and log in quickly or try the next host, never
   * wait forever on a dead socket, and look again soon at which host is primary.
   */
  private static final String DRIVER_SETTINGS =
      "&connectTimeout=3&loginTimeout=5&socketTimeout=30&hostRecheckSeconds=1&tcpKeepAlive=true";

  @Test
  void everyAcknowledgedActionIsThereExactlyOnceAfterRepeatedLeaderKills() throws Exception {
    HaCluster cluster = HaCluster.fromEnvironment();
    long seed = Long.getLong("partnerkit.ha.seed", System.nanoTime());
    cluster.awaitLeaderWithSyncStandby(PATIENCE);
    String schema = "pk_failover_" + UUID.randomUUID().toString().substring(0, 8);
    String server = cluster.jdbcUrl() + DRIVER_SETTINGS;
    execute(JdbcUrlDataSource.of(server), "CREATE SCHEMA " + schema);
    String url = server + "&currentSchema=" + schema;
    PostgresStorage.migrate(JdbcUrlDataSource.of(url));

    List<TestPool> pools = new ArrayList<>();
    List<PartnerProgram> programs = new ArrayList<>();
    Ledger ledger = new Ledger();
    Resumption resumption = new Resumption();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> workerFailure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    List<Long> pauses = new ArrayList<>();
    List<String> kills = new ArrayList<>();
    int failovers = 0;
    int missed = 0;
    AssertionError killFailure = null;
    boolean keyed;
    try {
      for (int i = 0; i < INSTANCES; i++) {
        TestPool pool = new TestPool(JdbcUrlDataSource.of(url), WORKERS);
        pools.add(pool);
        programs.add(
            PostgresStorage.builder()
                .dataSource(pool)
                .catalog(Fixtures.CATALOG)
                .policy(POLICY)
                .program());
      }
      keyed = keysInUse(programs.get(0), ledger);
      ledger.record(
          applyOnce(
              programs.get(1), new Action.RegisterPartner(Fixtures.partner(P1.value())), keyed));

      for (int w = 0; w < WORKERS; w++) {
        Worker worker =
            new Worker(
                w,
                new SplittableRandom(seed + w),
                programs,
                pools,
                ledger,
                resumption,
                keyed,
                stop);
        Thread thread = new Thread(worker, "failover-worker-" + w);
        thread.setUncaughtExceptionHandler((t, e) -> workerFailure.compareAndSet(null, e));
        workers.add(thread);
        thread.start();
      }
      resumption.awaitAcknowledgements(40, PATIENCE);

      SplittableRandom timing = new SplittableRandom(seed);
      while (pauses.size() < KILLS && workerFailure.get() == null && killFailure == null) {
        try {
          String leader = cluster.awaitLeaderWithSyncStandby(PATIENCE);
          // Kill at a random moment of the work, not right after the cluster recovered.
          Thread.sleep(200 + timing.nextInt(800));
          long armed = resumption.arm();
          Optional<HaCluster.Kill> killed = cluster.kill(leader);
          if (killed.isEmpty()) {
            // Patroni is changing that node right now; ask again who leads.
            assertThat(++missed).as("leaders whose postmaster could not be found").isLessThan(60);
            Thread.sleep(500);
            continue;
          }
          HaCluster.Kill kill = killed.get();
          long[] resumed = resumption.awaitResumed(PAUSE_BOUND);
          pauses.add(Arrays.stream(resumed).max().orElseThrow() - armed);
          String newLeader = cluster.awaitRecovered(kill, PATIENCE);
          // Patroni restarts the killed leader in place when it finds no synchronous standby fit
          // to promote at that moment; no commit is lost either way.
          if (!newLeader.equals(leader)) {
            failovers++;
          }
          kills.add(
              String.format(
                  Locale.ROOT,
                  "kill %d: %s (postmaster %d) -> %s%s; instances resumed after %.2f s and %.2f s",
                  pauses.size(),
                  kill.node(),
                  kill.pid(),
                  newLeader,
                  newLeader.equals(leader) ? " (restarted in place)" : "",
                  (resumed[0] - armed) / 1e9,
                  (resumed[1] - armed) / 1e9));
        } catch (AssertionError e) {
          // Checked below, after the data: what was acknowledged must hold whatever happened.
          killFailure = e;
        }
      }
      Thread.sleep(1000);
    } finally {
      stop.set(true);
      for (Thread thread : workers) {
        thread.join(PATIENCE.toMillis());
      }
      pools.forEach(TestPool::close);
    }
    assertThat(workerFailure.get()).as("a worker failed").isNull();
    assertThat(workers).noneMatch(Thread::isAlive);

    // A fresh read: a new program on a new data source, nothing cached from the workers.
    cluster.awaitLeaderWithSyncStandby(PATIENCE);
    DataSource fresh = JdbcUrlDataSource.of(url);
    PartnerProgram reader = PostgresStorage.open(fresh, Fixtures.CATALOG, POLICY);
    Map<Action, List<Event>> log =
        MultiProcessTest.log(reader).values().stream()
            .collect(Collectors.groupingBy(Event::action));
    ProgramSnapshot snapshot = reader.snapshot();
    List<Entry> entries = ledger.entries();

    // Count first, and write the report, so that a failing run still says what it saw.
    long lost = 0;
    long duplicated = 0;
    long inDoubtApplied = 0;
    for (Entry entry : entries) {
      int found = log.getOrDefault(entry.action(), List.of()).size();
      if (entry.status() == Status.ACKNOWLEDGED) {
        lost += found == 0 ? 1 : 0;
        duplicated += found > 1 ? 1 : 0;
      } else if (entry.status() == Status.IN_DOUBT) {
        inDoubtApplied += found;
      }
    }
    List<Long> sorted = pauses.stream().sorted().toList();
    String summary =
        summary(
            seed,
            keyed,
            failovers,
            ledger,
            lost,
            duplicated,
            inDoubtApplied,
            sorted,
            kills,
            log.values().stream().mapToInt(List::size).sum());
    System.out.println(summary);
    Files.writeString(Path.of("target", "failover-report.txt"), summary, StandardCharsets.UTF_8);

    for (Entry entry : entries) {
      List<Event> found = log.getOrDefault(entry.action(), List.of());
      switch (entry.status()) {
        case ACKNOWLEDGED ->
            assertThat(found)
                .as("acknowledged exactly once, as acknowledged: %s", entry.action())
                .containsExactly(entry.event().orElseThrow());
        case DENIED, NOT_APPLIED ->
            assertThat(found).as("%s but in the log: %s", entry.status(), entry).isEmpty();
        case IN_DOUBT ->
            assertThat(found)
                .as("in doubt, so at most once: %s", entry.action())
                .hasSizeLessThan(2);
      }
    }
    Set<Action> sent = entries.stream().map(Entry::action).collect(Collectors.toSet());
    assertThat(log.keySet().stream().filter(action -> !sent.contains(action)).toList())
        .as("actions in the log that no caller sent")
        .isEmpty();
    if (keyed) {
      assertThat(ledger.count(Status.IN_DOUBT))
          .as("with idempotency keys every call in doubt is retried until it is answered")
          .isZero();
    }

    // The invariants, in the state and in the rows.
    for (CustomerState state : snapshot.customers().values()) {
      assertThat(ProgramRules.delegatedAdmins(state, AT, POLICY)).hasSizeLessThan(2);
      List<String> titles = state.serviceRequests().stream().map(ServiceRequest::getTitle).toList();
      assertThat(titles).as("service requests of %s", state).doesNotHaveDuplicates();
    }
    assertThat(
            query(
                fresh,
                "SELECT count(*) FROM (SELECT customer_id FROM partnerkit_grant"
                    + " WHERE status = 'ACTIVE' GROUP BY customer_id HAVING count(*) > 1) two"))
        .as("customers with two active delegated admins")
        .isZero();
    MultiProcessTest.assertThatTheLogReplaysToTheDatabase(reader);

    if (killFailure != null) {
      throw killFailure;
    }
    assertThat(pauses).as("leader kills survived").hasSize(KILLS);
    assertThat(ledger.count(Status.ACKNOWLEDGED))
        .as("the workload did real work between kills")
        .isGreaterThan(10L * KILLS);
    execute(fresh, "DROP SCHEMA " + schema + " CASCADE");
  }

  /**
   * Registers the first partner with a key when the switch says so or, on {@code auto}, when the
   * store keeps keys (it throws {@link UnsupportedOperationException} when it does not).
   */
  private static boolean keysInUse(PartnerProgram program, Ledger ledger) {
    Action first = new Action.RegisterPartner(Fixtures.partner(P0.value()));
    if ("off".equals(KEYS)) {
      ledger.record(applyOnce(program, first, false));
      return false;
    }
    try {
      ledger.record(applyOnce(program, first, true));
      return true;
    } catch (UnsupportedOperationException e) {
      if ("on".equals(KEYS)) {
        throw e;
      }
      System.out.println(
          "Failover test: the store keeps no idempotency keys ("
              + e.getMessage()
              + "); calls in doubt are counted, not retried");
      ledger.record(applyOnce(program, first, false));
      return false;
    }
  }

  private static Entry applyOnce(PartnerProgram program, Action action, boolean keyed) {
    Outcome outcome =
        keyed ? program.apply(action, AT, Worker.keyOf(action)) : program.apply(action, AT);
    assertThat(outcome.isAllowed()).as("%s: %s", action, outcome.decision()).isTrue();
    return new Entry(action, Status.ACKNOWLEDGED, outcome.event(), Optional.empty(), 1, "");
  }

  private static String summary(
      long seed,
      boolean keyed,
      int failovers,
      Ledger ledger,
      long lost,
      long duplicated,
      long inDoubtApplied,
      List<Long> pauses,
      List<String> kills,
      int events) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "Failover test, seed %d, %s idempotency keys%n",
            seed,
            keyed ? "with" : "without"));
    s.append(
        String.format(
            Locale.ROOT,
            "leader kills survived: %d (failed over %d, restarted in place %d); log events: %d;"
                + " calls sent again after a failure: %d%n"
                + "acknowledged: %d (lost %d, duplicated %d); denied: %d; not applied (no connection): %d%n"
                + "in doubt: %d (found applied %d, not applied %d)%n",
            pauses.size(),
            failovers,
            pauses.size() - failovers,
            events,
            ledger.entries().stream().mapToInt(e -> e.attempts() - 1).sum(),
            ledger.count(Status.ACKNOWLEDGED),
            lost,
            duplicated,
            ledger.count(Status.DENIED),
            ledger.count(Status.NOT_APPLIED),
            ledger.count(Status.IN_DOUBT),
            inDoubtApplied,
            ledger.count(Status.IN_DOUBT) - inDoubtApplied));
    if (!pauses.isEmpty()) {
      s.append(
          String.format(
              Locale.ROOT,
              "pause from kill to both instances' next acknowledged action: min %.2f s, median %.2f s,"
                  + " p90 %.2f s, max %.2f s%n",
              pauses.get(0) / 1e9,
              pauses.get(pauses.size() / 2) / 1e9,
              pauses.get(Math.min(pauses.size() - 1, pauses.size() * 9 / 10)) / 1e9,
              pauses.get(pauses.size() - 1) / 1e9));
      s.append("all pauses (s, sorted): ")
          .append(
              pauses.stream()
                  .map(p -> String.format(Locale.ROOT, "%.2f", p / 1e9))
                  .collect(Collectors.joining(" ")))
          .append(System.lineSeparator());
    }
    Map<String, Long> denials =
        ledger.entries().stream()
            .filter(e -> e.denial().isPresent())
            .collect(
                Collectors.groupingBy(
                    e -> String.join(",", e.denial().get().getRuleIds()),
                    TreeMap::new,
                    Collectors.counting()));
    s.append("denials by rule: ").append(denials).append(System.lineSeparator());
    kills.forEach(k -> s.append(k).append(System.lineSeparator()));
    return s.toString();
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long query(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * When each instance first acknowledged an action it began after the latest kill took effect for
   * it: the pause a failover caused is the time from the kill until both did. A killed postmaster's
   * backends live on until they notice, long enough to acknowledge an action begun a few
   * milliseconds after the kill; so an action counts only if it began after the instance's first
   * failed call since the kill (or, for an instance that saw none, a second after the kill, when no
   * backend of the old primary is left). Thread-safe.
   */
  static final class Resumption {
    private static final long SETTLED_NANOS = 1_000_000_000L;

    private long killedAt = Long.MAX_VALUE;
    private final long[] failedAt = new long[INSTANCES];
    private final long[] resumedAt = new long[INSTANCES];
    private long acknowledged;

    /** Records an acknowledged action of the instance that began and ended at these times. */
    synchronized void acknowledged(int instance, long began, long ended) {
      acknowledged++;
      long since = failedAt[instance] != 0 ? failedAt[instance] : killedAt + SETTLED_NANOS;
      if (began >= killedAt && began > since && resumedAt[instance] == 0) {
        resumedAt[instance] = ended;
      }
      notifyAll();
    }

    /** Records a failed call of the instance that ended at this time. */
    synchronized void failed(int instance, long ended) {
      if (ended >= killedAt && failedAt[instance] == 0) {
        failedAt[instance] = ended;
      }
    }

    /** Starts a new measurement; returns its start, to be taken just before the kill. */
    synchronized long arm() {
      killedAt = System.nanoTime();
      Arrays.fill(failedAt, 0);
      Arrays.fill(resumedAt, 0);
      return killedAt;
    }

    /** Waits until every instance resumed; fails when one has not within the bound. */
    synchronized long[] awaitResumed(Duration bound) throws InterruptedException {
      long deadline = killedAt + bound.toNanos();
      while (Arrays.stream(resumedAt).anyMatch(at -> at == 0)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "an instance did not resume within "
                  + bound
                  + " after the kill: resumed at "
                  + Arrays.toString(resumedAt));
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return resumedAt.clone();
    }

    /** Waits until the workers acknowledged this many actions in all. */
    synchronized void awaitAcknowledgements(long count, Duration timeout)
        throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (acknowledged < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("only " + acknowledged + " actions acknowledged in " + timeout);
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
  }

  /**
   * One caller: it onboards customer after customer, sending each action to one of the two
   * instances at random, and records what it was told. Every action it makes is distinct (names
   * carry the worker and a counter), so the log shows whether and how often each was applied.
   */
  static final class Worker implements Runnable {
    private static final Duration GIVE_UP = Duration.ofMinutes(2);

    private final int id;
    private final SplittableRandom random;
    private final List<PartnerProgram> programs;
    private final List<TestPool> pools;
    private final Ledger ledger;
    private final Resumption resumption;
    private final boolean keyed;
    private final AtomicBoolean stop;

    Worker(
        int id,
        SplittableRandom random,
        List<PartnerProgram> programs,
        List<TestPool> pools,
        Ledger ledger,
        Resumption resumption,
        boolean keyed,
        AtomicBoolean stop) {
      this.id = id;
      this.random = random;
      this.programs = programs;
      this.pools = pools;
      this.ledger = ledger;
      this.resumption = resumption;
      this.keyed = keyed;
      this.stop = stop;
    }

    /** Returns the action's idempotency key: the action names what makes it unique. */
    static IdempotencyKey keyOf(Action action) {
      String text =
          action.kind()
              + ":"
              + UUID.nameUUIDFromBytes(action.toString().getBytes(StandardCharsets.UTF_8));
      return IdempotencyKey.of(text);
    }

    @Override
    public void run() {
      for (int n = 0; !stop.get(); n++) {
        for (Action action : story("ha-" + id + "-" + n)) {
          if (stop.get()) {
            return;
          }
          apply(action);
        }
      }
    }

    /**
     * One customer's onboarding: registration, two partners' delegated-admin invitations and both
     * acceptances (the second is denied, DA-2), service requests from the customer and from its
     * delegated admin, and two changes of partner of record.
     */
    private List<Action> story(String name) {
      CustomerId customer = CustomerId.fromName(name);
      Actor self = Actor.customer(customer);
      boolean p0First = random.nextBoolean();
      PartnerId first = p0First ? P0 : P1;
      PartnerId second = p0First ? P1 : P0;
      InvitationId one = InvitationId.of(name + "-" + first.value());
      InvitationId two = InvitationId.of(name + "-" + second.value());
      return List.of(
          new Action.RegisterCustomer(Fixtures.customer(name)),
          new Action.SendDelegatedAdminInvitation(one, first, customer),
          new Action.SendDelegatedAdminInvitation(two, second, customer),
          new Action.Accept(one, self),
          new Action.Accept(two, self),
          new Action.SubmitServiceRequest(customer, self, name + " asks"),
          new Action.DesignatePartnerOfRecord(customer, first, self),
          new Action.SubmitServiceRequest(customer, Actor.partner(first), name + " for it"),
          new Action.DesignatePartnerOfRecord(customer, second, self));
    }

    /**
     * Applies one action until the caller knows its fate: an answer; a failure before any
     * connection (not applied, so tried again, with backoff, until stopped); or a failure after
     * one, which without keys leaves the action in doubt and with keys is retried under the same
     * key.
     */
    private void apply(Action action) {
      int instance = random.nextInt(INSTANCES);
      PartnerProgram program = programs.get(instance);
      TestPool pool = pools.get(instance);
      Optional<IdempotencyKey> key = keyed ? Optional.of(keyOf(action)) : Optional.empty();
      long giveUp = System.nanoTime() + GIVE_UP.toNanos();
      long backoffMillis = 10;
      boolean hadConnection = false;
      String error = "";
      for (int attempt = 1; ; attempt++) {
        long handedOut = pool.handedOut();
        long began = System.nanoTime();
        try {
          Outcome outcome =
              key.isPresent() ? program.apply(action, AT, key.get()) : program.apply(action, AT);
          if (outcome.isAllowed()) {
            resumption.acknowledged(instance, began, System.nanoTime());
            ledger.record(
                new Entry(
                    action,
                    Status.ACKNOWLEDGED,
                    outcome.event(),
                    Optional.empty(),
                    attempt,
                    error));
          } else {
            ledger.record(
                new Entry(
                    action,
                    Status.DENIED,
                    Optional.empty(),
                    Optional.of(outcome.decision()),
                    attempt,
                    error));
          }
          return;
        } catch (RuntimeException e) {
          resumption.failed(instance, System.nanoTime());
          error = e.toString();
          hadConnection |= pool.handedOut() != handedOut;
          boolean retry = (!hadConnection || keyed) && System.nanoTime() < giveUp;
          // Without a key, an action that may have been applied is not sent again: a second
          // service request would be a second request. Stopping ends only safe retries.
          if (!retry || (!hadConnection && stop.get())) {
            ledger.record(
                new Entry(
                    action,
                    hadConnection ? Status.IN_DOUBT : Status.NOT_APPLIED,
                    Optional.empty(),
                    Optional.empty(),
                    attempt,
                    error));
            return;
          }
        }
        sleep(random.nextLong(backoffMillis + 1));
        backoffMillis = Math.min(1000, backoffMillis * 2);
      }
    }

    private static void sleep(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("worker interrupted", e);
      }
    }
  }
}
