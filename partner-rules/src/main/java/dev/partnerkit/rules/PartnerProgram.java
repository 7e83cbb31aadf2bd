package dev.partnerkit.rules;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.Cloud;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;

/**
 * A partner program's state: partners, customers, offers, grants, partners of record, subscriptions
 * and granular relationships, changed only by {@link #apply(Action, Instant)}.
 *
 * <p><b>Atomic and thread-safe.</b> Each action is decided by {@link ProgramRules} and applied
 * atomically: a denied action changes nothing; an allowed one changes state and appends one {@link
 * Event} to the ordered log, and to the {@link EventSink} if one is set, before the change becomes
 * visible. Actions on different customers run in parallel (each customer has its own lock); actions
 * on partners (registration, agreement, enrollment) run alone. So the invariants hold under any
 * concurrency: under the seed policy no customer ever has two active delegated admins, and every
 * allowed action is in the log.
 *
 * <p><b>Time.</b> The caller passes the time of each action; the program reads no clock and runs no
 * thread. Time-driven changes (invitation expiry, trial end, relationship expiry and
 * auto-extension) take effect as the times passed in move past them. A customer's time never runs
 * backwards: an action given an earlier time than the customer's last is applied at the later one.
 *
 * <p><b>Cost.</b> Every action and query looks up what it needs by key, so its cost does not grow
 * with the number of partners and customers.
 *
 * <p>Create with {@link #builder()} or {@link #create(ServiceCatalog, ProgramPolicy)}; rebuild from
 * a log with {@link #replay}.
 */
public final class PartnerProgram implements ProgramView, ProgramStore {
  private final ServiceCatalog catalog;
  private final ProgramPolicy policy;

  /** Set once by the builder after replay, before the program is handed out. */
  private EventSink sink;

  private final boolean keepLog;

  /** Answers the hot delegated-admin question from the slots and entries when it can. */
  private final AcceptanceFacts facts;

  private final ConcurrentHashMap<PartnerId, AcceptanceFacts.PartnerEntry> partners =
      new ConcurrentHashMap<>();

  /** The customers' slots, by id; a decision loads the table's cell and the slot, nothing else. */
  private final KeyedTable<CustomerId, Slot> customers = new KeyedTable<>();

  private final ConcurrentHashMap<InvitationId, CustomerId> invitations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RelationshipId, CustomerId> relationships =
      new ConcurrentHashMap<>();
  private final ConcurrentHashMap<NameKey, RelationshipId> displayNames = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<PartnerId, Set<CustomerId>> customersByPartner =
      new ConcurrentHashMap<>();

  /**
   * Customer actions hold it shared (the stripe of their customer), partner actions and snapshots
   * exclusively.
   */
  private final StripedLock partnerLock = new StripedLock(64);

  private final AtomicLong sequence = new AtomicLong();

  /** The highest sequence number applied; below {@link #sequence} when a sink refused the last. */
  private final AtomicLong applied = new AtomicLong();

  private final ConcurrentLinkedQueue<Event> log = new ConcurrentLinkedQueue<>();
  private Instant partnerClock = Instant.MIN;

  /**
   * One customer's current state and its time, guarded by the slot's monitor, with the two facts
   * the delegated-admin decision reads (see {@link AcceptanceFacts}) kept beside them.
   */
  private static final class Slot implements KeyedTable.Keyed<CustomerId> {
    /** The customer's id, its key in the table. */
    final CustomerId id;

    volatile CustomerState state;
    Instant clock = Instant.MIN;

    /** The customer's cloud; a customer's record never changes after registration. */
    final Cloud cloud;

    /** {@link AcceptanceFacts#activeAdmin} of the state's grants; written before the state. */
    volatile PartnerId activeAdmin;

    Slot(CustomerState state, PartnerId activeAdmin) {
      this.id = state.customer().getId();
      this.state = state;
      this.cloud = state.customer().getCloud();
      this.activeAdmin = activeAdmin;
    }

    @Override
    public CustomerId key() {
      return id;
    }
  }

  /** A partner's relationship display name, for GDAP-2's uniqueness. */
  private record NameKey(PartnerId partner, String displayName) {}

  private PartnerProgram(Builder builder) {
    this.catalog = builder.catalog;
    this.policy = builder.policy;
    this.keepLog = builder.keepLog;
    this.facts = new AcceptanceFacts(policy);
  }

  /**
   * Returns a new, empty program with an in-memory log and no sink.
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
   * Returns a program rebuilt by applying the events, in sequence order, to a new program with the
   * given catalog and policy. The new program keeps the original sequence numbers.
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
  @Override
  public ProgramPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------- applying

  /**
   * Checks an action against the rules at {@code now} and, when allowed, applies it atomically.
   *
   * @param action the action
   * @param now the time of the action
   * @return the decision and, when allowed, the logged event
   * @throws RuntimeException whatever the {@link EventSink} throws; the action is then not applied
   */
  @Override
  public Outcome apply(Action action, Instant now) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(now, "now");
    Target target = Target.of(action);
    if (target instanceof Target.Partner) {
      return applyToPartner(action, now);
    }
    // Found before locking: the indexes it reads change under customer actions only, never under
    // the partner actions the lock keeps out.
    Optional<CustomerId> customer =
        action instanceof Action.RegisterCustomer register
            ? Optional.of(register.customer().getId())
            : customerOf(target);
    Lock shared = partnerLock.reader(customer.isPresent() ? customer.get() : target);
    shared.lock();
    try {
      if (action instanceof Action.RegisterCustomer register) {
        return registerCustomer(register, now);
      }
      Slot slot = customer.isPresent() ? customers.get(customer.get()) : null;
      if (slot == null) {
        Decision decision = ProgramRules.decide(this, action, now, policy);
        if (decision.isAllowed()) {
          throw new IllegalStateException(
              "rules allowed " + action.kind() + " for an unknown customer");
        }
        return new Outcome(decision, Optional.empty());
      }
      synchronized (slot) {
        Instant at = now.isBefore(slot.clock) ? slot.clock : now;
        Decision decision = ProgramRules.decide(this, action, at, policy);
        if (decision.isDenied()) {
          return new Outcome(decision, Optional.empty());
        }
        CustomerState before = slot.state;
        CustomerState after = Transitions.applyToCustomer(before, action, at, policy, catalog);
        Decision claimed = claimKeys(action, before, after);
        if (claimed.isDenied()) {
          return new Outcome(claimed, Optional.empty());
        }
        Event event;
        try {
          event = record(action, at);
        } catch (RuntimeException e) {
          releaseKeys(action, before, after);
          throw e;
        }
        releaseOldNames(before, after);
        if (before.grants() != after.grants()) {
          slot.activeAdmin = activeAdmin(after.grants());
        }
        slot.state = after;
        slot.clock = at;
        Optional<PartnerId> partner = Transitions.partnerOf(action);
        if (partner.isPresent()) {
          indexCustomer(partner.get(), after.customer().getId());
        }
        return new Outcome(Decision.allowed(), Optional.of(event));
      }
    } finally {
      shared.unlock();
    }
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
    return ProgramRules.decide(this, action, now, policy);
  }

  /**
   * Returns {@link AcceptanceFacts#activeAdmin} of the grants as the very id instance the partner's
   * entry holds, so that the hot decision can compare the two by identity.
   */
  private PartnerId activeAdmin(List<DelegationGrant> grants) {
    PartnerId admin = AcceptanceFacts.activeAdmin(grants);
    AcceptanceFacts.PartnerEntry entry =
        admin == null || admin == AcceptanceFacts.SEVERAL ? null : partners.get(admin);
    return entry == null ? admin : entry.id;
  }

  private Outcome applyToPartner(Action action, Instant now) {
    partnerLock.lockAll();
    try {
      Instant at = now.isBefore(partnerClock) ? partnerClock : now;
      Decision decision = ProgramRules.decide(this, action, at, policy);
      if (decision.isDenied()) {
        return new Outcome(decision, Optional.empty());
      }
      Partner after =
          action instanceof Action.RegisterPartner register
              ? register.partner()
              : Transitions.applyToPartner(partners.get(partnerOf(action)).partner, action, at);
      Event event = record(action, at);
      partners.put(after.getId(), facts.entry(after));
      partnerClock = at;
      return new Outcome(decision, Optional.of(event));
    } finally {
      partnerLock.unlockAll();
    }
  }

  private Outcome registerCustomer(Action.RegisterCustomer action, Instant now) {
    CustomerState registered = CustomerState.of(action.customer());
    Slot slot = new Slot(registered, activeAdmin(registered.grants()));
    synchronized (slot) {
      if (customers.putIfAbsent(slot) != null) {
        return new Outcome(ProgramRules.decide(this, action, now, policy), Optional.empty());
      }
      try {
        Event event = record(action, now);
        slot.clock = now;
        return new Outcome(Decision.allowed(), Optional.of(event));
      } catch (RuntimeException e) {
        customers.remove(slot);
        throw e;
      }
    }
  }

  /**
   * Adds a customer to a partner's customers. It reads before it writes: the customer is mostly
   * there already, and a read takes no lock while a write locks part of the map.
   */
  private void indexCustomer(PartnerId partner, CustomerId customer) {
    Set<CustomerId> ids = customersByPartner.get(partner);
    if (ids == null) {
      ids = customersByPartner.computeIfAbsent(partner, k -> ConcurrentHashMap.newKeySet());
    }
    if (!ids.contains(customer)) {
      ids.add(customer);
    }
  }

  private Event record(Action action, Instant at) {
    Event event = new Event(sequence.incrementAndGet(), at, action);
    if (sink != null) {
      sink.append(event);
    }
    if (keepLog) {
      log.add(event);
    }
    applied.accumulateAndGet(event.sequence(), Math::max);
    return event;
  }

  /**
   * Claims the global keys a new invitation, relationship or display name needs; another customer's
   * action may have claimed one since the decision, and then this action is denied.
   */
  private Decision claimKeys(Action action, CustomerState before, CustomerState after) {
    CustomerId customer = after.customer().getId();
    if (action instanceof Action.SendTrialInvitation
        || action instanceof Action.SendPurchaseOffer
        || action instanceof Action.SendDelegatedAdminInvitation) {
      InvitationId id = newInvitationId(action);
      if (invitations.putIfAbsent(id, customer) != null) {
        return Decision.denied(
            Rule.OFFER_8,
            "Invitation id " + id + " is already in use; give the new invitation its own id.",
            "invitation " + id);
      }
    } else if (action instanceof Action.CreateRelationship a) {
      if (relationships.putIfAbsent(a.id(), customer) != null) {
        return Decision.denied(
            Rule.GDAP_6,
            "Relationship id " + a.id() + " is already in use.",
            "relationship " + a.id());
      }
      if (displayNames.putIfAbsent(new NameKey(a.partner(), a.displayName()), a.id()) != null) {
        relationships.remove(a.id(), customer);
        return Decision.denied(
            Rule.GDAP_2,
            "Partner "
                + a.partner()
                + " already has a relationship named \""
                + a.displayName()
                + "\".",
            "relationship " + a.id());
      }
    } else if (action instanceof Action.UpdateRelationship a && a.displayName().isPresent()) {
      GranularRelationship old = before.relationships().get(a.id());
      String name = a.displayName().get();
      if (!old.getDisplayName().equals(name)
          && displayNames.putIfAbsent(new NameKey(old.getPartner(), name), a.id()) != null) {
        return Decision.denied(
            Rule.GDAP_2,
            "Partner " + old.getPartner() + " already has a relationship named \"" + name + "\".",
            "relationship " + a.id());
      }
    }
    return Decision.allowed();
  }

  /** Undoes {@link #claimKeys} when the sink refused the event. */
  private void releaseKeys(Action action, CustomerState before, CustomerState after) {
    CustomerId customer = after.customer().getId();
    if (action instanceof Action.CreateRelationship a) {
      relationships.remove(a.id(), customer);
      displayNames.remove(new NameKey(a.partner(), a.displayName()), a.id());
    } else if (action instanceof Action.UpdateRelationship a && a.displayName().isPresent()) {
      GranularRelationship old = before.relationships().get(a.id());
      if (!old.getDisplayName().equals(a.displayName().get())) {
        displayNames.remove(new NameKey(old.getPartner(), a.displayName().get()), a.id());
      }
    } else {
      InvitationId id = newInvitationId(action);
      if (id != null) {
        invitations.remove(id, customer);
      }
    }
  }

  /** Frees the names of renamed and deleted relationships once the change is committed. */
  private void releaseOldNames(CustomerState before, CustomerState after) {
    if (before.relationships() == after.relationships()) {
      return;
    }
    for (GranularRelationship old : before.relationships().values()) {
      GranularRelationship now = after.relationships().get(old.getId());
      if (now == null || !now.getDisplayName().equals(old.getDisplayName())) {
        displayNames.remove(new NameKey(old.getPartner(), old.getDisplayName()), old.getId());
      }
      if (now == null) {
        relationships.remove(old.getId(), old.getCustomer());
      }
    }
  }

  private Optional<CustomerId> customerOf(Target target) {
    if (target instanceof Target.Customer c) {
      return Optional.of(c.customer());
    } else if (target instanceof Target.Invitation i) {
      return customerOfInvitation(i.invitation());
    } else if (target instanceof Target.Relationship r) {
      return customerOfRelationship(r.relationship());
    }
    return Optional.empty();
  }

  private static InvitationId newInvitationId(Action action) {
    if (action instanceof Action.SendTrialInvitation a) {
      return a.id();
    } else if (action instanceof Action.SendPurchaseOffer a) {
      return a.id();
    } else if (action instanceof Action.SendDelegatedAdminInvitation a) {
      return a.id();
    }
    return null;
  }

  private static PartnerId partnerOf(Action action) {
    if (action instanceof Action.SignAgreement a) {
      return a.partner();
    } else if (action instanceof Action.Enroll a) {
      return a.partner();
    } else if (action instanceof Action.Withdraw a) {
      return a.partner();
    }
    throw new IllegalArgumentException("not a partner action: " + action.kind());
  }

  // ---------------------------------------------------------------- the view the rules read

  @Override
  public Optional<Partner> partner(PartnerId id) {
    AcceptanceFacts.PartnerEntry entry = partners.get(id);
    return entry == null ? Optional.empty() : Optional.of(entry.partner);
  }

  @Override
  public Optional<CustomerState> customer(CustomerId id) {
    Slot slot = customers.get(id);
    return slot == null ? Optional.empty() : Optional.of(slot.state);
  }

  @Override
  public Optional<CustomerId> customerOfInvitation(InvitationId id) {
    return Optional.ofNullable(invitations.get(id));
  }

  @Override
  public Optional<CustomerId> customerOfRelationship(RelationshipId id) {
    return Optional.ofNullable(relationships.get(id));
  }

  @Override
  public boolean isDisplayNameTaken(PartnerId partner, String displayName) {
    return displayNames.containsKey(new NameKey(partner, displayName));
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
    Slot slot = customers.get(customer);
    AcceptanceFacts.PartnerEntry entry = partners.get(partner);
    if (slot != null
        && entry != null
        && facts.provesAllowed(slot.cloud, slot.activeAdmin, entry, now)) {
      return Decision.allowed();
    }
    return ProgramRules.mayAcceptDelegatedAdmin(
        customer,
        slot == null ? null : slot.state,
        partner,
        entry == null ? null : entry.partner,
        now,
        policy);
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
    return ProgramRules.mayPerform(this, partner, customer, task, now, policy);
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
      result.add(TimeDriven.subscription(subscription, now));
    }
    return result;
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
    Set<CustomerId> result = new LinkedHashSet<>();
    for (CustomerId id : customersByPartner.getOrDefault(partner, Set.of())) {
      CustomerState state = customers.get(id).state;
      if (ProgramRules.isCustomerOf(state, partner, now, policy)) {
        result.add(id);
      }
    }
    return result;
  }

  /**
   * Returns the registered partners.
   *
   * @return the partners, in no particular order
   */
  public List<Partner> partners() {
    List<Partner> result = new ArrayList<>(partners.size());
    partners.values().forEach(entry -> result.add(entry.partner));
    return List.copyOf(result);
  }

  /**
   * Returns the number of registered customers.
   *
   * @return the count
   */
  public int customerCount() {
    return customers.size();
  }

  /**
   * Returns the ids of the registered customers.
   *
   * @return the ids, in no particular order
   */
  public Set<CustomerId> customerIds() {
    List<CustomerId> ids = new ArrayList<>();
    customers.values().forEach(slot -> ids.add(slot.id));
    return Set.copyOf(ids);
  }

  /**
   * Returns the log: every event so far, in sequence order. Empty when the program was built
   * without an in-memory log.
   *
   * @return the events
   */
  public List<Event> events() {
    List<Event> events = new ArrayList<>(log);
    events.sort(Comparator.comparingLong(Event::sequence));
    return events;
  }

  /**
   * Returns the sequence number of the last event applied.
   *
   * @return 0 before the first event
   */
  @Override
  public long lastSequence() {
    return applied.get();
  }

  /**
   * Returns the whole stored state at one moment: no action runs while it is taken.
   *
   * @return the snapshot
   */
  @Override
  public ProgramSnapshot snapshot() {
    partnerLock.lockAll();
    try {
      Map<CustomerId, CustomerState> states = new HashMap<>(customers.size() * 2);
      customers.values().forEach(slot -> states.put(slot.id, slot.state));
      Map<PartnerId, Partner> registered = new HashMap<>(partners.size() * 2);
      partners.forEach((id, entry) -> registered.put(id, entry.partner));
      return new ProgramSnapshot(Map.copyOf(registered), states);
    } finally {
      partnerLock.unlockAll();
    }
  }

  /** Builds a {@link PartnerProgram}. Not thread-safe. */
  public static final class Builder {
    private ServiceCatalog catalog;
    private ProgramPolicy policy = ProgramPolicy.seed();
    private EventSink sink;
    private boolean keepLog = true;
    private Iterable<Event> replay = List.of();

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
     * Sets events to replay, in sequence order, before the program is returned.
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
     * @throws IllegalStateException when no catalog was set, or a replayed event no longer applies
     */
    public PartnerProgram build() {
      if (catalog == null) {
        throw new IllegalStateException(
            "PartnerProgram needs a catalog: call catalog(...) before build()");
      }
      PartnerProgram program = new PartnerProgram(this);
      List<Event> ordered = new ArrayList<>();
      for (Event event : replay) {
        ordered.add(event);
      }
      // Sorted only when there is something to sort: a new program then makes no lambda, which a
      // fresh JVM pays for in class generation.
      if (ordered.size() > 1) {
        ordered.sort(Comparator.comparingLong(Event::sequence));
      }
      for (Event event : ordered) {
        program.sequence.set(event.sequence() - 1);
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
      program.sink = sink;
      return program;
    }
  }
}
