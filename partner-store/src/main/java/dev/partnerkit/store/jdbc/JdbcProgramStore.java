package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Era;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramRules;
import dev.partnerkit.rules.ProgramSnapshot;
import dev.partnerkit.rules.ProgramStore;
import dev.partnerkit.rules.Target;
import dev.partnerkit.rules.TimeDriven;
import dev.partnerkit.rules.Transitions;
import dev.partnerkit.store.EventCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A program store in a PostgreSQL database (or one that speaks its SQL), over plain JDBC: several
 * instances of an application, in separate processes, share one program through it and every
 * invariant holds across them.
 *
 * <p><b>One transaction per action.</b> {@link #apply} locks the row of the customer the action
 * changes ({@code SELECT ... FOR UPDATE}), the same per-customer serialization as {@link
 * dev.partnerkit.rules.PartnerProgram}; reads the partners it needs {@code FOR KEY SHARE}, so a
 * partner's own action (which locks the partner {@code FOR UPDATE}) cannot change them halfway;
 * decides with {@link ProgramRules}; computes the new state with {@link Transitions}; and writes
 * it, the rows the database's constraints guard, and the event, then commits. A denied action
 * changes nothing. An action is applied whole or not at all, and {@code apply} returns only after
 * the commit. Serialization failures and deadlocks are retried a bounded number of times with
 * jittered backoff, then reported as a {@link StoreException}.
 *
 * <p><b>The database holds the invariants.</b> Unique keys and a partial unique index refuse a
 * second active delegated admin under the seed policy (DA-2), a second partner of record (POR-4), a
 * second answer to an invitation (OFFER-8), and a reused invitation id, relationship id or display
 * name (OFFER-8, GDAP-6, GDAP-2), whatever any writer does; when one refuses, the action is denied
 * with that rule. See {@code V1__program.sql} and {@code docs/postgres.md}.
 *
 * <p><b>Time.</b> As with {@code PartnerProgram}, the caller passes the time; a customer's time
 * (and the partners' time) never runs backwards. Time-driven changes (expiry, trial end,
 * auto-extension) are never written: every instance derives them from the stored state and the time
 * ({@link TimeDriven}), so all instances agree and nothing needs applying when time passes.
 *
 * <p><b>The log.</b> Sequence numbers come from a database sequence: unique, and increasing along
 * each customer's and each partner's history and between actions that depend on each other. They
 * can have gaps where a transaction died after taking its number (a killed instance, a lost
 * connection), and across customers they may commit out of order; replay sorts by sequence and
 * needs neither.
 *
 * <p>Thread-safe: each call takes a connection from the {@link DataSource} and returns it. Create
 * with {@link #builder()} or {@link #create(DataSource, ServiceCatalog, ProgramPolicy)} after
 * {@link #migrate(DataSource)}; the connections' schema ({@code currentSchema} in a PostgreSQL URL,
 * or the {@code search_path}) holds one program.
 */
public final class JdbcProgramStore implements ProgramStore {
  /** The schema version this store reads and writes. */
  public static final int SCHEMA_VERSION = SchemaMigrator.LATEST;

  private static final System.Logger LOG = System.getLogger(JdbcProgramStore.class.getName());

  private static final String SCRIPT_FOLDER = "dev/partnerkit/store/jdbc/";

  private final DataSource dataSource;
  private final ServiceCatalog catalog;
  private final ProgramPolicy policy;
  private final RetryPolicy retry;
  private final boolean singleAdmin;

  private JdbcProgramStore(Builder builder) {
    this.dataSource = builder.dataSource;
    this.catalog = builder.catalog;
    this.policy = builder.policy;
    this.retry = new RetryPolicy(builder.maxAttempts, builder.initialBackoff, builder.maxBackoff);
    this.singleAdmin = policy.getEra() == Era.SEED;
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
   * Returns a store on the program in the data source's schema, with the default retries.
   *
   * @param dataSource where connections come from; its schema must be migrated
   * @param catalog the service catalog
   * @param policy the policy; must be of the era the program was first opened with
   * @return the store
   * @throws StoreException when the schema is missing, of another version, or holds a program of
   *     another era, or the database cannot be reached
   */
  public static JdbcProgramStore create(
      DataSource dataSource, ServiceCatalog catalog, ProgramPolicy policy) {
    return builder().dataSource(dataSource).catalog(catalog).policy(policy).build();
  }

  /**
   * Creates or upgrades the store's schema in the data source's schema: applies, in one
   * transaction, each versioned script of {@link #schemaScripts()} that the database has not
   * applied yet. Safe to call on every start, from several instances at once.
   *
   * @param dataSource where connections come from
   * @return the versions applied; empty when the schema was current
   * @throws StoreException when the database refuses, or holds a newer schema than this code reads
   */
  public static List<Integer> migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return SchemaMigrator.migrate(dataSource, Builder.DEFAULT_RETRY);
  }

  /**
   * Returns the class path resources of the versioned schema scripts, in version order, for a
   * migration tool of one's own: Flyway finds them at {@code classpath:dev/partnerkit/store/jdbc}.
   *
   * @return resource paths such as {@code dev/partnerkit/store/jdbc/V1__program.sql}
   */
  public static List<String> schemaScripts() {
    List<String> paths = new ArrayList<>();
    for (SchemaMigrator.Script script : SchemaMigrator.SCRIPTS) {
      paths.add(SCRIPT_FOLDER + script.resource());
    }
    return List.copyOf(paths);
  }

  /**
   * Returns the service catalog.
   *
   * @return the catalog
   */
  @Override
  public ServiceCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  @Override
  public ProgramPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- applying

  /**
   * Checks an action against the rules at {@code now} and, when allowed, applies it in one
   * transaction; returns after the commit.
   *
   * @param action the action
   * @param now the time of the action
   * @return the decision and, when allowed, the logged event
   * @throws StoreException when the database fails, or the action met serialization failures or
   *     deadlocks on every attempt; the action is then not applied (unless the connection was lost
   *     during the commit itself, when the database alone knows)
   */
  @Override
  public Outcome apply(Action action, Instant now) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(now, "now");
    return inTransaction(
        "applying " + action.kind(),
        c ->
            Target.of(action) instanceof Target.Partner
                ? applyToPartner(c, action, now)
                : applyToCustomer(c, action, now));
  }

  private Outcome applyToCustomer(Connection c, Action action, Instant now) throws SQLException {
    TxView view = new TxView(c, catalog, TxView.PartnerLock.KEY_SHARE);
    if (action instanceof Action.RegisterCustomer register) {
      return registerCustomer(c, view, register, now);
    }
    view.lockOnResolve(true);
    Optional<CustomerId> customer = customerOf(view, Target.of(action));
    view.lockOnResolve(false);
    Optional<TxView.LockedCustomer> locked =
        view.locked().filter(row -> customer.equals(Optional.of(row.id())));
    if (locked.isEmpty() && customer.isPresent()) {
      locked = TxView.lockCustomer(c, customer.get());
    }
    if (locked.isEmpty()) {
      Decision decision = ProgramRules.decide(view, action, now, policy);
      c.rollback();
      if (decision.isAllowed()) {
        throw new IllegalStateException(
            "rules allowed " + action.kind() + " for an unknown customer");
      }
      return new Outcome(decision, Optional.empty());
    }
    TxView.LockedCustomer row = locked.get();
    view.hold(row.id(), Optional.of(row.state()));
    Instant at = now.isBefore(row.clock()) ? row.clock() : now;
    Decision decision = ProgramRules.decide(view, action, at, policy);
    if (decision.isDenied()) {
      c.rollback();
      return new Outcome(decision, Optional.empty());
    }
    CustomerState after = Transitions.applyToCustomer(row.state(), action, at, policy, catalog);
    Optional<Decision> refused = Projection.write(c, action, row.state(), after, singleAdmin);
    if (refused.isPresent()) {
      c.rollback();
      return new Outcome(refused.get(), Optional.empty());
    }
    Optional<PartnerId> partner = Transitions.partnerOf(action);
    if (partner.isPresent()) {
      link(c, partner.get(), row.id());
    }
    Event event = append(c, action, at, Optional.of(row), Optional.of(after));
    c.commit();
    return new Outcome(Decision.allowed(), Optional.of(event));
  }

  private Outcome registerCustomer(
      Connection c, TxView view, Action.RegisterCustomer action, Instant now) throws SQLException {
    CustomerId id = action.customer().getId();
    int inserted;
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO partnerkit_customer (customer_id, state, clock, version)"
                + " VALUES (?, ?::jsonb, ?, 0) ON CONFLICT DO NOTHING")) {
      s.setObject(1, id.value());
      s.setString(2, StateCodec.encode(CustomerState.of(action.customer())));
      s.setString(3, now.toString());
      inserted = s.executeUpdate();
    }
    if (inserted == 0) {
      c.rollback();
      return new Outcome(ProgramRules.decide(view, action, now, policy), Optional.empty());
    }
    Event event = append(c, action, now, Optional.empty(), Optional.empty());
    c.commit();
    return new Outcome(Decision.allowed(), Optional.of(event));
  }

  private Outcome applyToPartner(Connection c, Action action, Instant now) throws SQLException {
    // Partner actions run one at a time, as in PartnerProgram, on the program row's lock.
    Instant clock =
        TxView.queryOne(
                c,
                "SELECT partner_clock FROM partnerkit_program WHERE id = 1 FOR UPDATE",
                s -> {},
                r -> r.getString(1))
            .map(Instant::parse)
            .orElse(Instant.MIN);
    Instant at = now.isBefore(clock) ? clock : now;
    TxView view = new TxView(c, catalog, TxView.PartnerLock.NONE);
    PartnerId id = partnerOf(action);
    // FOR UPDATE waits for the customers' actions that read this partner FOR KEY SHARE.
    Optional<Partner> before =
        TxView.queryOne(
            c,
            "SELECT document::text FROM partnerkit_partner WHERE partner_id = ? FOR UPDATE",
            s -> s.setString(1, id.value()),
            r -> StateCodec.decodePartner(r.getString(1)));
    view.hold(id, before);
    Decision decision = ProgramRules.decide(view, action, at, policy);
    if (decision.isDenied()) {
      c.rollback();
      return new Outcome(decision, Optional.empty());
    }
    if (action instanceof Action.RegisterPartner register) {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO partnerkit_partner (partner_id, document) VALUES (?, ?::jsonb)")) {
        s.setString(1, id.value());
        s.setString(2, StateCodec.encode(register.partner()));
        s.executeUpdate();
      }
    } else {
      Partner after = Transitions.applyToPartner(before.orElseThrow(), action, at);
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE partnerkit_partner SET document = ?::jsonb WHERE partner_id = ?")) {
        s.setString(1, StateCodec.encode(after));
        s.setString(2, id.value());
        s.executeUpdate();
      }
    }
    Event event = append(c, action, at, Optional.empty(), Optional.empty());
    try (PreparedStatement s =
        c.prepareStatement("UPDATE partnerkit_program SET partner_clock = ? WHERE id = 1")) {
      s.setString(1, at.toString());
      s.executeUpdate();
    }
    c.commit();
    return new Outcome(decision, Optional.of(event));
  }

  private static PartnerId partnerOf(Action action) {
    if (action instanceof Action.RegisterPartner a) {
      return a.partner().getId();
    } else if (action instanceof Action.SignAgreement a) {
      return a.partner();
    } else if (action instanceof Action.Enroll a) {
      return a.partner();
    } else if (action instanceof Action.Withdraw a) {
      return a.partner();
    }
    throw new IllegalArgumentException("not a partner action: " + action.kind());
  }

  private static Optional<CustomerId> customerOf(TxView view, Target target) {
    if (target instanceof Target.Customer c) {
      return Optional.of(c.customer());
    } else if (target instanceof Target.Invitation i) {
      return view.customerOfInvitation(i.invitation());
    } else if (target instanceof Target.Relationship r) {
      return view.customerOfRelationship(r.relationship());
    }
    return Optional.empty();
  }

  private static void link(Connection c, PartnerId partner, CustomerId customer)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO partnerkit_partner_customer (partner_id, customer_id) VALUES (?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      s.setString(1, partner.value());
      s.setObject(2, customer.value());
      s.executeUpdate();
    }
  }

  /**
   * Appends the event and, for a customer's action, writes the customer's new state, time and
   * version, in one statement: the event's number is taken last, once every guarded write has
   * succeeded, so that a denial never uses one up.
   */
  @SuppressWarnings("ReferenceEquality") // Transitions returns the same state when nothing changed
  private static Event append(
      Connection c,
      Action action,
      Instant at,
      Optional<TxView.LockedCustomer> row,
      Optional<CustomerState> after)
      throws SQLException {
    boolean changed = row.isPresent() && after.orElseThrow() != row.get().state();
    StringBuilder sql =
        new StringBuilder(
            "WITH event AS (INSERT INTO partnerkit_event (sequence, at, kind, customer_id, payload)"
                + " SELECT n, ?, ?, ?, jsonb_set(?::jsonb, '{sequence}', to_jsonb(n))"
                + " FROM (SELECT nextval('partnerkit_event_sequence') AS n) next RETURNING sequence)");
    if (row.isPresent()) {
      sql.append(", customer AS (UPDATE partnerkit_customer SET clock = ?, version = version + 1")
          .append(changed ? ", state = ?::jsonb" : "")
          .append(" WHERE customer_id = ? AND version = ? RETURNING 1)")
          .append(" SELECT (SELECT sequence FROM event), (SELECT count(*) FROM customer)");
    } else {
      sql.append(" SELECT sequence, 1 FROM event");
    }
    Optional<CustomerId> customer =
        row.isPresent()
            ? row.map(TxView.LockedCustomer::id)
            : Target.of(action) instanceof Target.Customer t
                ? Optional.of(t.customer())
                : Optional.empty();
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      int i = 1;
      Sql.setInstant(s, i++, at);
      s.setString(i++, action.kind().name());
      s.setObject(i++, customer.map(CustomerId::value).orElse(null));
      // The number is not known yet; the statement writes it into the payload.
      s.setString(i++, EventCodec.encode(new Event(1, at, action)));
      if (row.isPresent()) {
        s.setString(i++, at.toString());
        if (changed) {
          s.setString(i++, StateCodec.encode(after.get()));
        }
        s.setObject(i++, row.get().id().value());
        s.setLong(i, row.get().version());
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        long sequence = r.getLong(1);
        if (r.getLong(2) != 1) {
          throw new StoreException(
              "The row of customer "
                  + row.get().id()
                  + " changed while this transaction held its lock; something writes the"
                  + " partnerkit_customer table without locking it, and the action was not applied");
        }
        return new Event(sequence, at, action);
      }
    }
  }

  // ---------------------------------------------------------------- deciding

  /**
   * Decides an action at {@code now} without applying it, on one consistent snapshot of the
   * database; takes no locks.
   *
   * @param action the action
   * @param now the time
   * @return the decision {@link #apply} would reach now, unless another instance changes the state
   *     first
   * @throws StoreException when the database fails
   */
  @Override
  public Decision decide(Action action, Instant now) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(now, "now");
    return inTransaction(
        "deciding " + action.kind(),
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
          }
          Decision decision =
              ProgramRules.decide(
                  new TxView(c, catalog, TxView.PartnerLock.NONE), action, now, policy);
          c.commit();
          return decision;
        });
  }

  /**
   * Decides whether the customer may accept the partner's delegated-admin option now, reading both
   * in one statement.
   *
   * @param customer the customer
   * @param partner the partner
   * @param now the time
   * @return allowed, or denied with every reason
   * @throws StoreException when the database fails
   */
  @Override
  public Decision mayAcceptDelegatedAdmin(CustomerId customer, PartnerId partner, Instant now) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(now, "now");
    return read(
        "deciding whether customer " + customer + " may accept a delegated admin",
        c -> {
          TxView view = new TxView(c, catalog, TxView.PartnerLock.NONE);
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT (SELECT state::text FROM partnerkit_customer WHERE customer_id = ?),"
                      + " (SELECT document::text FROM partnerkit_partner WHERE partner_id = ?)")) {
            s.setObject(1, customer.value());
            s.setString(2, partner.value());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              view.hold(customer, Optional.ofNullable(r.getString(1)).map(StateCodec::decode));
              view.hold(
                  partner, Optional.ofNullable(r.getString(2)).map(StateCodec::decodePartner));
            }
          }
          return ProgramRules.mayAcceptDelegatedAdmin(view, customer, partner, now, policy);
        });
  }

  /**
   * Decides whether the partner may perform the task for the customer now, and if not, why.
   *
   * @param partner the partner
   * @param customer the customer
   * @param task the task
   * @param now the time
   * @return allowed, or denied with what would allow it
   * @throws StoreException when the database fails
   */
  @Override
  public Decision mayPerform(PartnerId partner, CustomerId customer, AdminTask task, Instant now) {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(now, "now");
    return read(
        "deciding whether partner " + partner + " may perform " + task,
        c ->
            ProgramRules.mayPerform(
                new TxView(c, catalog, TxView.PartnerLock.NONE),
                partner,
                customer,
                task,
                now,
                policy));
  }

  // ---------------------------------------------------------------- queries

  /**
   * Returns a registered partner.
   *
   * @param id the partner's id
   * @return the partner
   * @throws StoreException when the database fails
   */
  @Override
  public Optional<Partner> partner(PartnerId id) {
    Objects.requireNonNull(id, "id");
    return read(
        "reading partner " + id,
        c ->
            TxView.queryOne(
                c,
                "SELECT document::text FROM partnerkit_partner WHERE partner_id = ?",
                s -> s.setString(1, id.value()),
                r -> StateCodec.decodePartner(r.getString(1))));
  }

  /**
   * Returns a registered customer's stored state.
   *
   * @param id the customer's id
   * @return the state
   * @throws StoreException when the database fails
   */
  @Override
  public Optional<CustomerState> customer(CustomerId id) {
    Objects.requireNonNull(id, "id");
    return read(
        "reading customer " + id,
        c ->
            TxView.queryOne(
                c,
                "SELECT state::text FROM partnerkit_customer WHERE customer_id = ?",
                s -> s.setObject(1, id.value()),
                r -> StateCodec.decode(r.getString(1))));
  }

  /**
   * Returns the customer's delegated admins now: partners with an active grant or a granular
   * relationship in force.
   *
   * @param customer the customer
   * @param now the time
   * @return the partners, in the order they were authorized; empty for an unknown customer
   * @throws StoreException when the database fails
   */
  @Override
  public Set<PartnerId> delegatedAdmins(CustomerId customer, Instant now) {
    Objects.requireNonNull(now, "now");
    return customer(customer)
        .map(state -> ProgramRules.delegatedAdmins(state, now, policy))
        .orElse(Set.of());
  }

  /**
   * Returns the customer's delegated-admin grants, active and revoked.
   *
   * @param customer the customer
   * @return the grants; empty for an unknown customer
   * @throws StoreException when the database fails
   */
  @Override
  public List<DelegationGrant> grants(CustomerId customer) {
    return customer(customer).map(CustomerState::grants).orElse(List.of());
  }

  /**
   * Returns the customer's partner of record.
   *
   * @param customer the customer
   * @return the designation, if any
   * @throws StoreException when the database fails
   */
  @Override
  public Optional<PartnerOfRecord> partnerOfRecord(CustomerId customer) {
    return customer(customer).flatMap(CustomerState::partnerOfRecord);
  }

  /**
   * Returns the customer's subscriptions as they stand now: lapsed trials show as expired.
   *
   * @param customer the customer
   * @param now the time
   * @return the subscriptions; empty for an unknown customer
   * @throws StoreException when the database fails
   */
  @Override
  public List<Subscription> subscriptions(CustomerId customer, Instant now) {
    Objects.requireNonNull(now, "now");
    List<Subscription> result = new ArrayList<>();
    customer(customer)
        .ifPresent(
            state ->
                state
                    .subscriptions()
                    .values()
                    .forEach(s -> result.add(TimeDriven.subscription(s, now))));
    return result;
  }

  /**
   * Returns an invitation or offer as it stands now (expired once its validity passed).
   *
   * @param id the invitation's id
   * @param now the time
   * @return the offer, if one has that id
   * @throws StoreException when the database fails
   */
  @Override
  public Optional<Offer> offer(InvitationId id, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    return read(
            "reading invitation " + id,
            c ->
                TxView.queryOne(
                    c,
                    "SELECT c.state::text FROM partnerkit_invitation i"
                        + " JOIN partnerkit_customer c ON c.customer_id = i.customer_id"
                        + " WHERE i.invitation_id = ?",
                    s -> s.setString(1, id.value()),
                    r -> StateCodec.decode(r.getString(1))))
        .map(state -> state.offers().get(id))
        .map(offer -> TimeDriven.offer(offer, now));
  }

  /**
   * Returns every invitation and offer addressed to the customer, as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the offers
   * @throws StoreException when the database fails
   */
  @Override
  public List<Offer> offers(CustomerId customer, Instant now) {
    Objects.requireNonNull(now, "now");
    List<Offer> offers = new ArrayList<>();
    customer(customer)
        .ifPresent(
            state -> state.offers().values().forEach(o -> offers.add(TimeDriven.offer(o, now))));
    return offers;
  }

  /**
   * Returns the invitations and offers addressed to the customer that are pending now.
   *
   * @param customer the customer
   * @param now the time
   * @return the pending offers
   * @throws StoreException when the database fails
   */
  @Override
  public List<Offer> pendingInvitations(CustomerId customer, Instant now) {
    Objects.requireNonNull(now, "now");
    List<Offer> pending = new ArrayList<>();
    customer(customer)
        .ifPresent(
            state -> {
              for (Offer offer : state.offers().values()) {
                if (TimeDriven.status(offer, now) == OfferStatus.PENDING) {
                  pending.add(offer);
                }
              }
            });
    return pending;
  }

  /**
   * Returns a granular relationship as it stands now (expired or auto-extended as time passed).
   *
   * @param id the relationship's id
   * @param now the time
   * @return the relationship, if one has that id
   * @throws StoreException when the database fails
   */
  @Override
  public Optional<GranularRelationship> relationship(RelationshipId id, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    return read(
            "reading relationship " + id,
            c ->
                TxView.queryOne(
                    c,
                    "SELECT c.state::text FROM partnerkit_relationship r"
                        + " JOIN partnerkit_customer c ON c.customer_id = r.customer_id"
                        + " WHERE r.relationship_id = ?",
                    s -> s.setString(1, id.value()),
                    r -> StateCodec.decode(r.getString(1))))
        .map(state -> state.relationships().get(id))
        .map(r -> TimeDriven.relationship(r, now, policy));
  }

  /**
   * Returns the customer's granular relationships as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the relationships
   * @throws StoreException when the database fails
   */
  @Override
  public List<GranularRelationship> relationships(CustomerId customer, Instant now) {
    Objects.requireNonNull(now, "now");
    List<GranularRelationship> result = new ArrayList<>();
    customer(customer)
        .ifPresent(
            state ->
                state
                    .relationships()
                    .values()
                    .forEach(r -> result.add(TimeDriven.relationship(r, now, policy))));
    return result;
  }

  /**
   * Returns the partner's customers now: those for which it holds an active grant or a granular
   * relationship in force, is the partner of record, or sold a subscription in use.
   *
   * @param partner the partner
   * @param now the time
   * @return the customer ids
   * @throws StoreException when the database fails
   */
  @Override
  public Set<CustomerId> customersOf(PartnerId partner, Instant now) {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(now, "now");
    List<CustomerState> states =
        read(
            "reading the customers of partner " + partner,
            c -> {
              List<CustomerState> found = new ArrayList<>();
              try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT c.state::text FROM partnerkit_partner_customer pc"
                          + " JOIN partnerkit_customer c ON c.customer_id = pc.customer_id"
                          + " WHERE pc.partner_id = ? ORDER BY c.customer_id")) {
                s.setString(1, partner.value());
                try (ResultSet r = s.executeQuery()) {
                  while (r.next()) {
                    found.add(StateCodec.decode(r.getString(1)));
                  }
                }
              }
              return found;
            });
    Set<CustomerId> result = new LinkedHashSet<>();
    for (CustomerState state : states) {
      if (ProgramRules.isCustomerOf(state, partner, now, policy)) {
        result.add(state.customer().getId());
      }
    }
    return result;
  }

  /**
   * Returns the highest sequence number in the log.
   *
   * @return 0 before the first event
   * @throws StoreException when the database fails
   */
  @Override
  public long lastSequence() {
    return read(
        "reading the last sequence number",
        c ->
            TxView.queryOne(
                    c,
                    "SELECT coalesce(max(sequence), 0) FROM partnerkit_event",
                    s -> {},
                    r -> r.getLong(1))
                .orElse(0L));
  }

  /**
   * Returns up to {@code limit} events of the log with a sequence number above {@code after}, in
   * sequence order: the whole log page by page, to replay it elsewhere or to audit it.
   *
   * @param after the sequence number to start after; 0 for the beginning
   * @param limit the most events to return
   * @return the events
   * @throws StoreException when the database fails
   */
  public List<Event> events(long after, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 or more, but was " + limit);
    }
    return read(
        "reading the log after " + after,
        c -> {
          List<Event> events = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT payload::text FROM partnerkit_event WHERE sequence > ?"
                      + " ORDER BY sequence LIMIT ?")) {
            s.setLong(1, after);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                events.add(EventCodec.decode(r.getString(1)));
              }
            }
          }
          return events;
        });
  }

  /**
   * Returns the whole stored state at one moment, read in one statement.
   *
   * @return the snapshot
   * @throws StoreException when the database fails
   */
  @Override
  public ProgramSnapshot snapshot() {
    return read(
        "reading a snapshot",
        c -> {
          Map<PartnerId, Partner> partners = new HashMap<>();
          Map<CustomerId, CustomerState> customers = new HashMap<>();
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT 'p', document::text FROM partnerkit_partner"
                          + " UNION ALL SELECT 'c', state::text FROM partnerkit_customer")) {
            while (r.next()) {
              if ("p".equals(r.getString(1))) {
                Partner partner = StateCodec.decodePartner(r.getString(2));
                partners.put(partner.getId(), partner);
              } else {
                CustomerState state = StateCodec.decode(r.getString(2));
                customers.put(state.customer().getId(), state);
              }
            }
          }
          return new ProgramSnapshot(partners, customers);
        });
  }

  /**
   * Returns a description naming the data source, the era and the schema version.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "JdbcProgramStore["
        + dataSource
        + ", "
        + policy.getEra()
        + ", schema version "
        + SCHEMA_VERSION
        + "]";
  }

  // ---------------------------------------------------------------- transactions

  /** Work in one transaction; it commits or rolls back itself. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs a read of one statement or more, in autocommit mode, without retries. */
  private <T> T read(String doing, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(doing, 1, e);
    } catch (SqlFailure e) {
      throw new StoreException(doing, 1, e.sqlException());
    } catch (JsonException e) {
      throw damaged(doing, e);
    }
  }

  /** Runs work in a transaction, retrying serialization failures and deadlocks. */
  private <T> T inTransaction(String doing, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(work);
      } catch (SQLException e) {
        if (attempt < retry.maxAttempts() && RetryPolicy.isRetryable(e)) {
          LOG.log(
              System.Logger.Level.DEBUG,
              () ->
                  "Retrying "
                      + doing
                      + " after SQLState "
                      + e.getSQLState()
                      + " ("
                      + e.getMessage()
                      + ")");
          retry.pause(attempt);
          continue;
        }
        throw new StoreException(doing, attempt, e);
      } catch (JsonException e) {
        throw damaged(doing, e);
      }
    }
  }

  private <T> T attempt(Work<T> work) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        return work.run(c);
      } catch (SqlFailure e) {
        rollbackQuietly(c, e.sqlException());
        throw e.sqlException();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        restoreAutoCommit(c);
      }
    }
  }

  private static StoreException damaged(String doing, JsonException e) {
    return new StoreException(
        "A JSON document of the store could not be read or written while "
            + doing
            + ": "
            + e.getMessage()
            + "; the database may hold a document this Partnerkit does not read",
        e);
  }

  /** Rolls back after a failure; a failure to roll back is added to the first one. */
  static void rollbackQuietly(Connection c, Exception failure) {
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Leaves a connection in autocommit mode for whoever takes it next from a pool. */
  static void restoreAutoCommit(Connection c) {
    try {
      if (!c.isClosed()) {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.DEBUG, "Could not restore autocommit on a connection", e);
    }
  }

  // ---------------------------------------------------------------- opening

  private void open() {
    read(
        "opening the program store",
        c -> {
          Optional<Integer> version = SchemaMigrator.currentVersion(c);
          if (version.isEmpty()) {
            throw new StoreException(
                "The database schema has no Partnerkit tables; call JdbcProgramStore.migrate(dataSource)"
                    + " first, or apply "
                    + schemaScripts()
                    + " with your migration tool, in the schema the connections use");
          }
          if (version.get() > SCHEMA_VERSION) {
            throw SchemaMigrator.newerSchema(version.get());
          }
          if (version.get() < SCHEMA_VERSION) {
            throw new StoreException(
                "The database holds Partnerkit schema version "
                    + version.get()
                    + ", older than version "
                    + SCHEMA_VERSION
                    + "; call JdbcProgramStore.migrate(dataSource) to upgrade it");
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO partnerkit_program (id, era) VALUES (1, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, policy.getEra().name());
            s.executeUpdate();
          }
          String era =
              TxView.queryOne(
                      c,
                      "SELECT era FROM partnerkit_program WHERE id = 1",
                      s -> {},
                      r -> r.getString(1))
                  .orElseThrow();
          if (!era.equals(policy.getEra().name())) {
            throw new StoreException(
                "The program in this schema follows the "
                    + era
                    + " policy, not "
                    + policy.getEra()
                    + "; open it with a policy of its era, or use another schema for the other"
                    + " program");
          }
          return null;
        });
  }

  /** Builds a {@link JdbcProgramStore}. Not thread-safe. */
  public static final class Builder {
    static final RetryPolicy DEFAULT_RETRY =
        new RetryPolicy(8, Duration.ofMillis(2), Duration.ofMillis(200));

    private DataSource dataSource;
    private ServiceCatalog catalog;
    private ProgramPolicy policy = ProgramPolicy.seed();
    private int maxAttempts = DEFAULT_RETRY.maxAttempts();
    private Duration initialBackoff = Duration.ofMillis(2);
    private Duration maxBackoff = Duration.ofMillis(200);

    private Builder() {}

    /**
     * Sets where connections come from; required. Its connections' schema holds the program.
     *
     * @param dataSource the data source, usually a pool
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * Sets the service catalog; required.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder catalog(ServiceCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Sets the policy; the seed policy by default.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(ProgramPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how many times an action is tried when the database aborts it for a serialization
     * failure or a deadlock; 8 by default.
     *
     * @param maxAttempts 1 or more; 1 means no retry
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be 1 or more, but was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the backoff between attempts: a random wait up to {@code initial}, doubling with each
     * attempt up to {@code max}; 2 ms up to 200 ms by default.
     *
     * @param initial the first attempt's cap
     * @param max the largest cap
     * @return this builder
     */
    public Builder backoff(Duration initial, Duration max) {
      RetryPolicy.checkBackoff(initial, max);
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Returns the store, after checking that the schema is current and holds a program of the
     * policy's era (recording the era on first use).
     *
     * @return the store
     * @throws IllegalStateException when no data source or catalog was set
     * @throws StoreException when the schema is missing or of another version, holds a program of
     *     another era, or the database cannot be reached
     */
    public JdbcProgramStore build() {
      if (dataSource == null || catalog == null) {
        throw new IllegalStateException(
            "JdbcProgramStore needs a data source and a catalog: call dataSource(...) and"
                + " catalog(...) before build()");
      }
      JdbcProgramStore store = new JdbcProgramStore(this);
      store.open();
      return store;
    }
  }
}
