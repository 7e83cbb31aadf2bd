package dev.partnerkit.rules;

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
import dev.partnerkit.model.SubscriptionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A partner program: its partners, customers, offers, grants, partners of record, subscriptions and
 * granular relationships, changed only by {@link #apply(Action, Instant)}, on whatever {@link
 * ProgramStorage} keeps them: memory ({@link #create}), or a journal file or PostgreSQL from
 * partner-store. This one class owns how an action is applied and how every query is answered;
 * storages only keep state.
 *
 * <p><b>Atomic and thread-safe.</b> Each action is applied in one storage transaction that locks
 * its {@link Target}: decided by {@link ProgramRules}, changed as its verb says, its new ids and
 * names claimed program-wide, its event appended to the ordered log, and then committed. A denied
 * action changes nothing. Actions on different customers run in parallel; actions on partners run
 * alone. So the invariants hold under any concurrency: under the seed policy no customer ever has
 * two active delegated admins, and every allowed action is in the log.
 *
 * <p><b>Time.</b> The caller passes the time of each action; the program reads no clock and runs no
 * thread. Time-driven changes (invitation expiry, trial end, relationship expiry and
 * auto-extension) take effect as the times passed in move past them. A record's time never runs
 * backwards: an action given an earlier time than its target's last is applied at the later one.
 *
 * <p>Create with {@link #create(ServiceCatalog, ProgramPolicy)} or {@link #builder()}; rebuild from
 * a log with {@link #replay}.
 */
public final class PartnerProgram implements ProgramView, ProgramStore, AutoCloseable {
  private final ServiceCatalog catalog;
  private final ProgramPolicy policy;
  private final ProgramStorage storage;
  // Null when no listener is registered, so that apply neither makes an event nor loads a
  // listener class on the way to a first decision.
  private final CompositeDecisionListener listener;

  private PartnerProgram(
      ServiceCatalog catalog,
      ProgramPolicy policy,
      ProgramStorage storage,
      CompositeDecisionListener listener) {
    this.catalog = catalog;
    this.policy = policy;
    this.storage = storage;
    this.listener = listener;
  }

  /**
   * Returns a new, empty program in memory, with an in-memory log and no sink.
   *
   * @param catalog the service catalog
   * @param policy the policy
   * @return the program
   */
  public static PartnerProgram create(ServiceCatalog catalog, ProgramPolicy policy) {
    return builder().catalog(catalog).policy(policy).build();
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
   * Returns a program in memory rebuilt by applying the events, in sequence order, to a new program
   * with the given catalog and policy. The new program keeps the original sequence numbers.
   *
   * @param catalog the catalog the events were applied with
   * @param policy the policy the events were applied with
   * @param events the log
   * @return the rebuilt program
   * @throws IllegalStateException when an event no longer applies, which means the catalog or
   *     policy differ from the original's or the log was altered
   */
  public static PartnerProgram replay(
      ServiceCatalog catalog, ProgramPolicy policy, Iterable<Event> events) {
    return builder().catalog(catalog).policy(policy).replaying(events).build();
  }

  /**
   * Returns the catalog.
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
  public ProgramPolicy policy() {
    return policy;
  }

  /**
   * Returns the storage the program keeps its state in.
   *
   * @return the storage
   */
  public ProgramStorage storage() {
    return storage;
  }

  // ---------------------------------------------------------------- applying

  /**
   * Checks an action against the rules at {@code now} and, when allowed, applies it atomically.
   *
   * @param action the action
   * @param now the time of the action
   * @return the decision and, when allowed, the logged event
   * @throws RuntimeException whatever the storage throws; the action is then not applied, unless
   *     the storage says otherwise (a database that lost its connection during a commit)
   */
  @Override
  public Outcome apply(Action action, Instant now) {
    return apply(action, now, Optional.empty());
  }

  /**
   * Applies an action at most once under the caller's idempotency key: the first time as {@link
   * #apply(Action, Instant)} does, recording the key with the event or the denial in the same
   * write; every repeat of the same action with the same key, here, after a restart or on another
   * instance of the same store, returns that first outcome ({@link Outcome#replayed()}) and applies
   * nothing.
   *
   * @param action the action
   * @param now the time of the action; a repeat's time is ignored
   * @param key the caller's key for this action
   * @return the decision and, when allowed, the logged event; the first ones for a repeat
   * @throws IdempotencyConflictException when the key was first given for a different action
   * @throws RuntimeException whatever the storage throws; the action is then not applied, unless
   *     the storage says otherwise
   */
  @Override
  public Outcome apply(Action action, Instant now, IdempotencyKey key) {
    return apply(action, now, Optional.of(Objects.requireNonNull(key, "key")));
  }

  private Outcome apply(Action action, Instant now, Optional<IdempotencyKey> key) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(now, "now");
    if (listener == null) {
      return storage.transact(Target.of(action), new Applying(action, now, key));
    }
    listener.applying(action, now);
    Outcome outcome;
    try {
      outcome = storage.transact(Target.of(action), new Applying(action, now, key));
    } catch (RuntimeException e) {
      listener.failed(action, e);
      throw e;
    }
    listener.decided(new DecisionEvent(action, now, outcome));
    return outcome;
  }

  /**
   * One action's work in its transaction. A class rather than a lambda, like the acceptance
   * question below: a fresh JVM's first lambda costs tens of milliseconds of bootstrap, and a
   * portal's first decision should not pay it.
   */
  private final class Applying implements Function<StorageTransaction, Outcome> {
    private final Action action;
    private final Instant now;
    private final Optional<IdempotencyKey> key;

    Applying(Action action, Instant now, Optional<IdempotencyKey> key) {
      this.action = action;
      this.now = now;
      this.key = key;
    }

    @Override
    public Outcome apply(StorageTransaction tx) {
      if (key.isPresent()) {
        Optional<KeyedOutcome> first = tx.keyed(key.get());
        if (first.isPresent()) {
          if (!first.get().action().equals(action)) {
            throw new IdempotencyConflictException(key.get(), first.get().action(), action);
          }
          return first.get().replay();
        }
      }
      return PartnerProgram.this.apply(tx, action, now, key);
    }
  }

  private Outcome apply(
      StorageTransaction tx, Action action, Instant now, Optional<IdempotencyKey> key) {
    Instant clock = tx.clock();
    Instant at = now.isBefore(clock) ? clock : now;
    Decision decision = ProgramRules.decide(tx, action, at, policy);
    if (decision.isAllowed()) {
      Change change = Transitions.of(tx, action, at, policy);
      if (change instanceof Change.CustomerChange c) {
        for (Key claim : c.claims()) {
          if (!tx.claim(claim)) {
            decision = claim.conflict();
            break;
          }
        }
      }
      if (decision.isAllowed()) {
        Event event = tx.append(action, at, key);
        tx.commit(change, at);
        return new Outcome(decision, Optional.of(event));
      }
    }
    Outcome denied = new Outcome(decision, Optional.empty());
    if (key.isPresent()) {
      tx.deny(new KeyedOutcome(key.get(), action, at, denied));
    }
    return denied;
  }

  /**
   * Decides an action at {@code now} without applying it.
   *
   * @param action the action
   * @param now the time
   * @return the decision {@link #apply} would reach now
   */
  @Override
  public Decision decide(Action action, Instant now) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(now, "now");
    return storage.read(view -> ProgramRules.decide(view, action, now, policy));
  }

  // ---------------------------------------------------------------- the view the rules read

  @Override
  public Optional<Partner> partner(PartnerId id) {
    return storage.read(view -> view.partner(id));
  }

  @Override
  public Optional<CustomerState> customer(CustomerId id) {
    return storage.read(view -> view.customer(id));
  }

  @Override
  public Optional<CustomerId> customerOfInvitation(InvitationId id) {
    return storage.read(view -> view.customerOfInvitation(id));
  }

  @Override
  public Optional<CustomerId> customerOfRelationship(RelationshipId id) {
    return storage.read(view -> view.customerOfRelationship(id));
  }

  @Override
  public boolean isDisplayNameTaken(PartnerId partner, String displayName) {
    return storage.read(view -> view.isDisplayNameTaken(partner, displayName));
  }

  // ---------------------------------------------------------------- queries

  /**
   * Decides whether the customer may accept the partner's delegated-admin option now (ELIG-5, DA-2
   * and the cloud rules).
   *
   * @param customer the customer
   * @param partner the partner
   * @param now the time
   * @return allowed, or denied with every reason
   */
  @Override
  public Decision mayAcceptDelegatedAdmin(CustomerId customer, PartnerId partner, Instant now) {
    return storage.read(new AcceptanceQuestion(customer, partner, now));
  }

  /**
   * The delegated-admin question, asked of one view; a class for the reason {@link Applying} is.
   */
  private final class AcceptanceQuestion implements Function<StorageView, Decision> {
    private final CustomerId customer;
    private final PartnerId partner;
    private final Instant now;

    AcceptanceQuestion(CustomerId customer, PartnerId partner, Instant now) {
      this.customer = customer;
      this.partner = partner;
      this.now = now;
    }

    @Override
    public Decision apply(StorageView view) {
      return ProgramRules.mayAcceptDelegatedAdmin(view, customer, partner, now, policy);
    }
  }

  /**
   * Decides whether the partner may perform the task for the customer now, and if not, why.
   *
   * @param partner the partner
   * @param customer the customer
   * @param task the task
   * @param now the time
   * @return allowed, or denied with what would allow it
   */
  @Override
  public Decision mayPerform(PartnerId partner, CustomerId customer, AdminTask task, Instant now) {
    return storage.read(
        view -> ProgramRules.mayPerform(view, partner, customer, task, now, policy));
  }

  /**
   * Returns the customer's delegated admins now: partners with an active grant or a granular
   * relationship in force.
   *
   * @param customer the customer
   * @param now the time
   * @return the partners, in the order they were authorized; empty for an unknown customer
   */
  @Override
  public Set<PartnerId> delegatedAdmins(CustomerId customer, Instant now) {
    return customer(customer)
        .map(state -> ProgramRules.delegatedAdmins(state, now, policy))
        .orElse(Set.of());
  }

  /**
   * Returns the customer's delegated-admin grants, active and revoked.
   *
   * @param customer the customer
   * @return the grants; empty for an unknown customer
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
   */
  @Override
  public List<Subscription> subscriptions(CustomerId customer, Instant now) {
    Optional<CustomerState> state = customer(customer);
    if (state.isEmpty()) {
      return List.of();
    }
    List<Subscription> result = new ArrayList<>();
    for (Subscription subscription : state.get().subscriptions().values()) {
      result.add(TimeDriven.subscription(subscription, now, policy));
    }
    return result;
  }

  /**
   * Returns what the partner that bought a new-commerce subscription may still do with it now, and
   * until when, as the rules would decide it (see {@link ProgramRules#subscriptionOptions}).
   *
   * @param customer the customer
   * @param id the subscription
   * @param now the time
   * @return the options; empty for an unknown subscription or under the seed policy
   */
  public Optional<SubscriptionOptions> subscriptionOptions(
      CustomerId customer, SubscriptionId id, Instant now) {
    return storage.read(view -> ProgramRules.subscriptionOptions(view, customer, id, now, policy));
  }

  /**
   * Returns an invitation or offer as it stands now (expired once its validity passed).
   *
   * @param id the invitation's id
   * @param now the time
   * @return the offer, if one has that id
   */
  @Override
  public Optional<Offer> offer(InvitationId id, Instant now) {
    return customerOfInvitation(id)
        .flatMap(this::customer)
        .map(c -> c.offers().get(id))
        .map(o -> TimeDriven.offer(o, now));
  }

  /**
   * Returns the invitations and offers addressed to the customer that are pending now.
   *
   * @param customer the customer
   * @param now the time
   * @return the pending offers
   */
  @Override
  public List<Offer> pendingInvitations(CustomerId customer, Instant now) {
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
   * Returns every invitation and offer addressed to the customer, as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the offers
   */
  @Override
  public List<Offer> offers(CustomerId customer, Instant now) {
    List<Offer> offers = new ArrayList<>();
    customer(customer)
        .ifPresent(
            state -> state.offers().values().forEach(o -> offers.add(TimeDriven.offer(o, now))));
    return offers;
  }

  /**
   * Returns a granular relationship as it stands now (expired or auto-extended as time passed).
   *
   * @param id the relationship's id
   * @param now the time
   * @return the relationship, if one has that id
   */
  @Override
  public Optional<GranularRelationship> relationship(RelationshipId id, Instant now) {
    return customerOfRelationship(id)
        .flatMap(this::customer)
        .map(c -> c.relationships().get(id))
        .map(r -> TimeDriven.relationship(r, now, policy));
  }

  /**
   * Returns the customer's granular relationships as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the relationships
   */
  @Override
  public List<GranularRelationship> relationships(CustomerId customer, Instant now) {
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
   */
  @Override
  public Set<CustomerId> customersOf(PartnerId partner, Instant now) {
    return storage.read(
        view -> {
          Set<CustomerId> result = new LinkedHashSet<>();
          for (CustomerId id : view.linkedCustomers(partner)) {
            Optional<CustomerState> state = view.customer(id);
            if (state.isPresent() && ProgramRules.isCustomerOf(state.get(), partner, now, policy)) {
              result.add(id);
            }
          }
          return result;
        });
  }

  /**
   * Returns the registered partners.
   *
   * @return the partners, in no particular order
   */
  public List<Partner> partners() {
    return storage.read(StorageView::partners);
  }

  /**
   * Returns the number of registered customers.
   *
   * @return the count
   */
  public int customerCount() {
    return storage.read(StorageView::customerCount);
  }

  /**
   * Returns the ids of the registered customers.
   *
   * @return the ids, in no particular order
   */
  public Set<CustomerId> customerIds() {
    return storage.read(view -> Set.copyOf(view.customerIds()));
  }

  /**
   * Returns the log: every event so far, in sequence order. Empty when the storage keeps no log it
   * can read back.
   *
   * @return the events
   */
  public List<Event> events() {
    List<Event> events = new ArrayList<>();
    long after = 0;
    while (true) {
      List<Event> page = storage.events(after, 10_000);
      if (page.isEmpty()) {
        return events;
      }
      events.addAll(page);
      after = page.get(page.size() - 1).sequence();
    }
  }

  /**
   * Returns the sequence number of the last event applied.
   *
   * @return 0 before the first event
   */
  public long lastSequence() {
    return storage.lastSequence();
  }

  /**
   * Returns the whole stored state at one moment: no action runs while it is taken.
   *
   * @return the snapshot
   */
  public ProgramSnapshot snapshot() {
    return storage.snapshot();
  }

  /** Closes the storage: its files or connections. */
  @Override
  public void close() {
    storage.close();
  }

  /** Returns a short description naming the storage. */
  @Override
  public String toString() {
    return "PartnerProgram[" + storage + "]";
  }

  /** Builds a {@link PartnerProgram}. Not thread-safe. */
  public static final class Builder {
    private ServiceCatalog catalog;
    private ProgramPolicy policy = ProgramPolicy.seed();
    private ProgramStorage storage;
    private EventSink sink;
    private boolean keepLog = true;
    private Iterable<Event> replay = List.of();
    private final List<DecisionListener> listeners = new ArrayList<>();

    private Builder() {}

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
     * Sets the storage, such as partner-store's journal or PostgreSQL storage; in memory by
     * default. A storage of one's own excludes {@link #eventSink} and {@link #keepLog}, which
     * configure the default one.
     *
     * @param storage the storage
     * @return this builder
     */
    public Builder storage(ProgramStorage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      return this;
    }

    /**
     * Sets a sink that receives each event before its change becomes visible, such as a durable
     * journal. Events replayed at build time are not sent to it.
     *
     * @param sink the sink
     * @return this builder
     */
    public Builder eventSink(EventSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /**
     * Sets whether the program keeps its log in memory for {@link #events()}; true by default. Turn
     * it off when a sink keeps the log and memory matters.
     *
     * @param keepLog whether to keep the log
     * @return this builder
     */
    public Builder keepLog(boolean keepLog) {
      this.keepLog = keepLog;
      return this;
    }

    /**
     * Adds a listener that hears every action applied and its decision; several may be added, and
     * hear each action in the order they were added. Events replayed at build time are not told.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(DecisionListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets events to replay, in sequence order, before the program is returned; each is decided and
     * applied again, keeping its number, and the storage writes none of them again ({@link
     * ProgramStorage#replaying}).
     *
     * @param events the events
     * @return this builder
     */
    public Builder replaying(Iterable<Event> events) {
      this.replay = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * Returns the program.
     *
     * @return the program
     * @throws IllegalStateException when no catalog was set, a storage was combined with memory
     *     settings, or a replayed event no longer applies
     * @throws UnsupportedOperationException when events are replayed into a storage that does not
     *     replay
     */
    public PartnerProgram build() {
      if (catalog == null) {
        throw new IllegalStateException(
            "PartnerProgram needs a catalog: call catalog(...) before build()");
      }
      if (storage != null && (sink != null || !keepLog)) {
        throw new IllegalStateException(
            "eventSink and keepLog configure the memory storage; give them to the storage's own"
                + " builder instead");
      }
      ProgramStorage on = storage != null ? storage : memoryStorage(catalog, sink, keepLog);
      // Replayed unobserved: rebuilding state decides nothing new.
      PartnerProgram program = new PartnerProgram(catalog, policy, on, null);
      List<Event> ordered = new ArrayList<>();
      for (Event event : replay) {
        ordered.add(event);
      }
      // Sorted only when there is something to sort: a new program then makes no lambda.
      if (ordered.size() > 1) {
        ordered.sort(Comparator.comparingLong(Event::sequence));
      }
      for (Event event : ordered) {
        on.replaying(event);
        Outcome outcome = program.apply(event.action(), event.at());
        if (!outcome.isAllowed()) {
          throw new IllegalStateException(
              "Event "
                  + event.sequence()
                  + " ("
                  + event.action().kind()
                  + ") no longer applies: "
                  + outcome.decision()
                  + "; replay with the catalog and policy the log was written with");
        }
      }
      return listeners.isEmpty()
          ? program
          : new PartnerProgram(catalog, policy, on, CompositeDecisionListener.of(listeners));
    }

    private static MemoryStorage memoryStorage(
        ServiceCatalog catalog, EventSink sink, boolean keepLog) {
      MemoryStorage.Builder memory = MemoryStorage.builder(catalog).keepLog(keepLog);
      if (sink != null) {
        memory.eventSink(sink);
      }
      return memory.build();
    }
  }
}
