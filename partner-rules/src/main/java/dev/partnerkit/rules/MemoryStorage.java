package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.Change.CustomerChange;
import dev.partnerkit.rules.Change.PartnerChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * Keeps a program's state in memory, in plain concurrent maps: each customer's state with its own
 * monitor, the partners, and the indexes of invitation ids, relationship ids and display names.
 * With an {@link EventSink} it is the heart of a durable store, such as partner-store's journal.
 *
 * <p>Thread-safe. Customer transactions hold the shared side of one read-write lock and their
 * customer's monitor, so actions on different customers run in parallel; partner transactions and
 * snapshots hold the exclusive side. Created by {@link PartnerProgram.Builder}.
 */
public final class MemoryStorage implements ProgramStorage {
  private final ServiceCatalog catalog;
  private final ConcurrentHashMap<PartnerId, Partner> partners = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<CustomerId, Slot> customers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<InvitationId, CustomerId> invitations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<RelationshipId, CustomerId> relationships =
      new ConcurrentHashMap<>();
  private final ConcurrentHashMap<NameKey, RelationshipId> displayNames = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<PartnerId, Set<CustomerId>> linked = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<IdempotencyKey, KeyedOutcome> keyed = new ConcurrentHashMap<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final AtomicLong sequence = new AtomicLong();

  /** Registered customers; slots whose registration is still being applied are not counted. */
  private final java.util.concurrent.atomic.AtomicInteger registered =
      new java.util.concurrent.atomic.AtomicInteger();

  /** The highest sequence number applied; below {@link #sequence} when a sink refused the last. */
  private final AtomicLong applied = new AtomicLong();

  /** The log, when the program keeps one in memory. */
  private final ConcurrentLinkedQueue<Event> log;

  private final EventSink sink;

  /** The event being replayed, which the next append returns; set and read by one thread. */
  private Event replayed;

  /** Guarded by the exclusive lock. */
  private Instant partnerClock = Instant.MIN;

  private final View view = new View();

  /** One customer's state and time; its monitor is the customer's lock. */
  private static final class Slot {
    /** Null while the customer's registration is being applied. */
    volatile CustomerState state;

    /** Guarded by the slot's monitor. */
    Instant clock = Instant.MIN;

    Slot(CustomerState state) {
      this.state = state;
    }
  }

  /** A partner's relationship display name, for GDAP-2's uniqueness. */
  private record NameKey(PartnerId partner, String displayName) {}

  private MemoryStorage(Builder builder) {
    this.catalog = builder.catalog;
    this.log = builder.keepLog ? new ConcurrentLinkedQueue<>() : null;
    this.sink = builder.sink;
  }

  /**
   * Returns a builder of an empty storage.
   *
   * @param catalog the service catalog the rules read
   * @return the builder; not thread-safe
   */
  public static Builder builder(ServiceCatalog catalog) {
    return new Builder(catalog);
  }

  @Override
  public void replaying(Event event) {
    this.replayed = event;
  }

  // ---------------------------------------------------------------- transactions

  @Override
  public <T> T transact(Target target, Function<StorageTransaction, T> work) {
    if (target instanceof Target.Partner) {
      Lock exclusive = lock.writeLock();
      exclusive.lock();
      try {
        return work.apply(new PartnerTx());
      } finally {
        exclusive.unlock();
      }
    }
    Lock shared = lock.readLock();
    shared.lock();
    try {
      if (target instanceof Target.Customer c && c.registers()) {
        return register(c.customer(), work);
      }
      CustomerId id = customerOf(target);
      Slot slot = id == null ? null : customers.get(id);
      if (slot == null) {
        return work.apply(new CustomerTx(id, null));
      }
      synchronized (slot) {
        return run(new CustomerTx(id, slot), work);
      }
    } finally {
      shared.unlock();
    }
  }

  private <T> T register(CustomerId id, Function<StorageTransaction, T> work) {
    Slot fresh = new Slot(null);
    synchronized (fresh) {
      Slot existing = customers.putIfAbsent(id, fresh);
      if (existing != null) {
        // Registered already: the decision denies it, and nothing needs the other's lock.
        return work.apply(new CustomerTx(id, null));
      }
      CustomerTx tx = new CustomerTx(id, fresh);
      try {
        return run(tx, work);
      } finally {
        if (!tx.committed) {
          customers.remove(id, fresh);
        }
      }
    }
  }

  private static <T> T run(CustomerTx tx, Function<StorageTransaction, T> work) {
    try {
      return work.apply(tx);
    } finally {
      if (!tx.committed) {
        tx.releaseClaims();
      }
    }
  }

  private CustomerId customerOf(Target target) {
    if (target instanceof Target.Customer c) {
      return c.customer();
    } else if (target instanceof Target.Invitation i) {
      return invitations.get(i.invitation());
    } else if (target instanceof Target.Relationship r) {
      return relationships.get(r.relationship());
    }
    throw new IllegalArgumentException("not a customer target: " + target);
  }

  private Event append(Action action, Instant at, Optional<IdempotencyKey> key) {
    Event event;
    if (replayed != null) {
      event = replayed;
      replayed = null;
      sequence.set(event.sequence());
      event.key().ifPresent(k -> keyed.put(k, KeyedOutcome.of(event)));
    } else {
      event = new Event(sequence.incrementAndGet(), at, action, key);
      // The key is taken before the sink writes, so that two actions given one key on different
      // customers cannot both reach the log; the loser's sequence number is skipped.
      KeyedOutcome first = key.isPresent() ? record(KeyedOutcome.of(event)) : null;
      if (sink != null) {
        try {
          sink.append(event);
        } catch (RuntimeException | Error e) {
          if (first != null) {
            keyed.remove(first.key(), first);
          }
          throw e;
        }
      }
    }
    if (log != null) {
      log.add(event);
    }
    for (long seen = applied.get(); seen < event.sequence(); seen = applied.get()) {
      if (applied.compareAndSet(seen, event.sequence())) {
        break;
      }
    }
    return event;
  }

  /** Takes a key for its first outcome, or fails when another action holds it. */
  private KeyedOutcome record(KeyedOutcome outcome) {
    KeyedOutcome held = keyed.putIfAbsent(outcome.key(), outcome);
    if (held != null) {
      throw new IdempotencyConflictException(outcome.key(), held.action(), outcome.action());
    }
    return outcome;
  }

  private void deny(KeyedOutcome denial) {
    if (denial.outcome().isAllowed()) {
      throw new IllegalArgumentException("a denial's outcome must be denied: " + denial);
    }
    record(denial);
    if (sink != null) {
      try {
        sink.denied(denial);
      } catch (RuntimeException | Error e) {
        keyed.remove(denial.key(), denial);
        throw e;
      }
    }
  }

  /**
   * Restores a denial read back from a durable log, so that a repeat of its action is answered with
   * it again: for stores built on this storage, such as partner-store's journal, while they replay.
   *
   * @param denial the recorded denial
   */
  public void restoreDenial(KeyedOutcome denial) {
    if (denial.outcome().isAllowed()) {
      throw new IllegalArgumentException("a denial's outcome must be denied: " + denial);
    }
    keyed.put(denial.key(), denial);
  }

  /**
   * Returns every first outcome kept under an idempotency key, for a durable store's snapshot.
   *
   * @return the outcomes, in no order
   */
  public Collection<KeyedOutcome> keyedOutcomes() {
    return List.copyOf(keyed.values());
  }

  /**
   * Everything a {@link MemoryStorage} holds but its in-memory log, at one moment: the state, the
   * time each target last changed, the indexes its transactions claim, the first outcome under each
   * idempotency key and the last sequence number. A durable store writes it as a snapshot and
   * restores it with {@link #restore(Image)}, instead of replaying every event before it.
   *
   * <p>Immutable and thread-safe.
   *
   * @param state the partners and the customers' states
   * @param partnerClock the time of the last partner action; {@link Instant#MIN} before the first
   * @param clocks each registered customer's time of its last action
   * @param invitations the customer each invitation id is claimed by
   * @param relationships the customer each relationship id is claimed by
   * @param displayNames the relationship display names claimed, each with its relationship
   * @param linked the customers some action linked to each partner
   * @param keyed the first outcome under each idempotency key
   * @param lastSequence the sequence number of the last event applied, 0 before the first
   */
  public record Image(
      ProgramSnapshot state,
      Instant partnerClock,
      Map<CustomerId, Instant> clocks,
      Map<InvitationId, CustomerId> invitations,
      Map<RelationshipId, CustomerId> relationships,
      List<Key.DisplayName> displayNames,
      Map<PartnerId, Set<CustomerId>> linked,
      List<KeyedOutcome> keyed,
      long lastSequence) {
    /** Copies the parts and checks that every customer has a clock. */
    public Image {
      java.util.Objects.requireNonNull(state, "Image.state");
      java.util.Objects.requireNonNull(partnerClock, "Image.partnerClock");
      clocks = Map.copyOf(clocks);
      invitations = Map.copyOf(invitations);
      relationships = Map.copyOf(relationships);
      displayNames = List.copyOf(displayNames);
      Map<PartnerId, Set<CustomerId>> links = new HashMap<>(linked.size() * 2);
      linked.forEach((partner, ids) -> links.put(partner, Set.copyOf(ids)));
      linked = Map.copyOf(links);
      keyed = List.copyOf(keyed);
      if (lastSequence < 0) {
        throw new IllegalArgumentException(
            "Image.lastSequence must not be negative, but was " + lastSequence);
      }
      if (!clocks.keySet().equals(state.customers().keySet())) {
        throw new IllegalArgumentException(
            "Image.clocks must hold the time of each customer in Image.state and no other");
      }
    }
  }

  /**
   * Returns everything this storage holds but its in-memory log, at one moment while no action
   * runs: for a durable store's snapshot.
   *
   * @return the image
   */
  public Image image() {
    Lock exclusive = lock.writeLock();
    exclusive.lock();
    try {
      Map<CustomerId, CustomerState> states = new HashMap<>(customers.size() * 2);
      Map<CustomerId, Instant> clocks = new HashMap<>(customers.size() * 2);
      customers.forEach(
          (id, slot) -> {
            if (slot.state != null) {
              states.put(id, slot.state);
              clocks.put(id, slot.clock);
            }
          });
      List<Key.DisplayName> names = new ArrayList<>(displayNames.size());
      displayNames.forEach(
          (name, relationship) ->
              names.add(new Key.DisplayName(name.partner(), name.displayName(), relationship)));
      return new Image(
          new ProgramSnapshot(partners, states),
          partnerClock,
          clocks,
          invitations,
          relationships,
          names,
          linked,
          List.copyOf(keyed.values()),
          applied.get());
    } finally {
      exclusive.unlock();
    }
  }

  /**
   * Makes this empty storage hold an image, as {@link #image()} returned it from another: a durable
   * store restores its snapshot so, then replays the events after it. The in-memory log starts
   * empty: {@link #events} lists only the events applied or replayed after the image.
   *
   * @param image the image
   * @throws IllegalStateException when the storage already holds something
   */
  public void restore(Image image) {
    java.util.Objects.requireNonNull(image, "image");
    Lock exclusive = lock.writeLock();
    exclusive.lock();
    try {
      if (!customers.isEmpty() || !partners.isEmpty() || !keyed.isEmpty() || sequence.get() != 0) {
        throw new IllegalStateException(
            "a storage restores an image only while empty, before any action or replay");
      }
      partners.putAll(image.state().partners());
      image
          .state()
          .customers()
          .forEach(
              (id, state) -> {
                Slot slot = new Slot(state);
                slot.clock = image.clocks().get(id);
                customers.put(id, slot);
              });
      registered.set(image.state().customers().size());
      partnerClock = image.partnerClock();
      invitations.putAll(image.invitations());
      relationships.putAll(image.relationships());
      for (Key.DisplayName name : image.displayNames()) {
        displayNames.put(nameKey(name), name.relationship());
      }
      image
          .linked()
          .forEach(
              (partner, ids) -> {
                Set<CustomerId> set = ConcurrentHashMap.newKeySet(ids.size());
                set.addAll(ids);
                linked.put(partner, set);
              });
      for (KeyedOutcome outcome : image.keyed()) {
        keyed.put(outcome.key(), outcome);
      }
      sequence.set(image.lastSequence());
      applied.set(image.lastSequence());
    } finally {
      exclusive.unlock();
    }
  }

  /** The transaction of a partner's action, under the exclusive lock. */
  private final class PartnerTx extends View implements StorageTransaction {
    @Override
    public Instant clock() {
      return partnerClock;
    }

    @Override
    public boolean claim(Key key) {
      throw new IllegalStateException("a partner's action claims no key: " + key);
    }

    @Override
    public Event append(Action action, Instant at, Optional<IdempotencyKey> key) {
      return MemoryStorage.this.append(action, at, key);
    }

    @Override
    public Optional<KeyedOutcome> keyed(IdempotencyKey key) {
      return Optional.ofNullable(keyed.get(key));
    }

    @Override
    public void deny(KeyedOutcome denial) {
      MemoryStorage.this.deny(denial);
    }

    @Override
    public void commit(Change change, Instant at) {
      Partner after = ((PartnerChange) change).after();
      partners.put(after.getId(), after);
      partnerClock = at;
    }
  }

  /** The transaction of a customer's action, under its slot's monitor. */
  private final class CustomerTx extends View implements StorageTransaction {
    private final CustomerId id;
    private final Slot slot;
    private final List<Key> claimed = new ArrayList<>(2);
    boolean committed;

    CustomerTx(CustomerId id, Slot slot) {
      this.id = id;
      this.slot = slot;
    }

    @Override
    public Instant clock() {
      return slot == null ? Instant.MIN : slot.clock;
    }

    @Override
    public boolean claim(Key key) {
      boolean won;
      if (key instanceof Key.Customer c) {
        // Claimed when the transaction began: its slot is in the map.
        won = slot != null && c.customer().equals(id);
      } else if (key instanceof Key.Invitation i) {
        won = invitations.putIfAbsent(i.invitation(), id) == null;
      } else if (key instanceof Key.Relationship r) {
        won = relationships.putIfAbsent(r.relationship(), id) == null;
      } else {
        Key.DisplayName n = (Key.DisplayName) key;
        won = displayNames.putIfAbsent(nameKey(n), n.relationship()) == null;
      }
      if (won) {
        claimed.add(key);
      }
      return won;
    }

    void releaseClaims() {
      for (Key key : claimed) {
        release(key);
      }
    }

    @Override
    public Event append(Action action, Instant at, Optional<IdempotencyKey> key) {
      return MemoryStorage.this.append(action, at, key);
    }

    @Override
    public Optional<KeyedOutcome> keyed(IdempotencyKey key) {
      return Optional.ofNullable(keyed.get(key));
    }

    @Override
    public void deny(KeyedOutcome denial) {
      MemoryStorage.this.deny(denial);
    }

    @Override
    public void commit(Change change, Instant at) {
      CustomerChange c = (CustomerChange) change;
      for (Key key : c.releases()) {
        release(key);
      }
      if (slot.state == null) {
        registered.incrementAndGet();
      }
      slot.state = c.after();
      slot.clock = at;
      if (c.linked().isPresent()) {
        link(c.linked().get(), id);
      }
      committed = true;
    }
  }

  private void release(Key key) {
    if (key instanceof Key.Invitation i) {
      invitations.remove(i.invitation());
    } else if (key instanceof Key.Relationship r) {
      relationships.remove(r.relationship());
    } else if (key instanceof Key.DisplayName n) {
      displayNames.remove(nameKey(n), n.relationship());
    }
  }

  private static NameKey nameKey(Key.DisplayName key) {
    return new NameKey(key.partner(), key.displayName());
  }

  /**
   * Adds a customer to a partner's linked customers. It reads before it writes: the customer is
   * mostly there already, and a read takes no lock while a write locks part of the map.
   */
  private void link(PartnerId partner, CustomerId customer) {
    Set<CustomerId> ids = linked.get(partner);
    if (ids == null) {
      ids = linked.computeIfAbsent(partner, k -> ConcurrentHashMap.newKeySet());
    }
    if (!ids.contains(customer)) {
      ids.add(customer);
    }
  }

  // ---------------------------------------------------------------- reading

  @Override
  public <T> T read(Function<StorageView, T> query) {
    return query.apply(view);
  }

  /** The live state, for decisions and queries; each lookup sees a committed value. */
  private class View implements StorageView {
    @Override
    public ServiceCatalog catalog() {
      return catalog;
    }

    @Override
    public Optional<Partner> partner(PartnerId id) {
      return Optional.ofNullable(partners.get(id));
    }

    @Override
    public Optional<CustomerState> customer(CustomerId id) {
      Slot slot = customers.get(id);
      return slot == null ? Optional.empty() : Optional.ofNullable(slot.state);
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

    @Override
    public Collection<CustomerId> linkedCustomers(PartnerId partner) {
      return linked.getOrDefault(partner, Set.of());
    }

    @Override
    public List<Partner> partners() {
      return List.copyOf(partners.values());
    }

    @Override
    public int customerCount() {
      return registered.get();
    }

    @Override
    public Collection<CustomerId> customerIds() {
      List<CustomerId> ids = new ArrayList<>(customers.size());
      customers.forEach(
          (id, slot) -> {
            if (slot.state != null) {
              ids.add(id);
            }
          });
      return ids;
    }
  }

  // ---------------------------------------------------------------- the log and snapshots

  @Override
  public List<Event> events(long after, int limit) {
    if (log == null) {
      return List.of();
    }
    List<Event> events = new ArrayList<>();
    for (Event event : log) {
      if (event.sequence() > after) {
        events.add(event);
      }
    }
    events.sort(Comparator.comparingLong(Event::sequence));
    return events.size() > limit ? List.copyOf(events.subList(0, limit)) : events;
  }

  @Override
  public long lastSequence() {
    return applied.get();
  }

  @Override
  public ProgramSnapshot snapshot() {
    Lock exclusive = lock.writeLock();
    exclusive.lock();
    try {
      Map<CustomerId, CustomerState> states = new HashMap<>(customers.size() * 2);
      customers.forEach(
          (id, slot) -> {
            if (slot.state != null) {
              states.put(id, slot.state);
            }
          });
      return new ProgramSnapshot(Map.copyOf(partners), states);
    } finally {
      exclusive.unlock();
    }
  }

  @Override
  public String toString() {
    return "MemoryStorage[" + customers.size() + " customers, " + partners.size() + " partners]";
  }

  /** Builds a {@link MemoryStorage}. Not thread-safe. */
  public static final class Builder {
    private final ServiceCatalog catalog;
    private EventSink sink;
    private boolean keepLog = true;

    private Builder(ServiceCatalog catalog) {
      this.catalog = java.util.Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Sets a sink that receives each event before its change becomes visible, such as a durable
     * journal; events replayed are not sent to it.
     *
     * @param sink the sink
     * @return this builder
     */
    public Builder eventSink(EventSink sink) {
      this.sink = java.util.Objects.requireNonNull(sink, "sink");
      return this;
    }

    /**
     * Sets whether the storage keeps the log in memory for {@link #events}; true by default. Turn
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
     * Returns the storage.
     *
     * @return the storage
     */
    public MemoryStorage build() {
      return new MemoryStorage(this);
    }
  }
}
