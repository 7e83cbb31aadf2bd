package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Change;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.Key;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.Rule;
import dev.partnerkit.rules.StorageTransaction;
import dev.partnerkit.rules.Target;
import dev.partnerkit.store.EventCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One action's unit of work in PostgreSQL, on one connection in one database transaction: it holds
 * the row lock on the action's {@link Target}, shows the state to the rules through its {@link
 * TxView}, claims keys in the tables that keep them unique, numbers the event, and writes the
 * change, the event and the customer's new state. {@link PostgresStorage} commits or rolls back the
 * database transaction once the program's work returns.
 *
 * <p>Claims: a registration inserts its customer's row (with a placeholder state that no other
 * transaction can see before the commit writes the real one); a relationship's display name inserts
 * the new relationship's row, or renames an existing one's, so two customers' transactions racing
 * for a name wait for each other and the loser is denied. Invitation and relationship ids are found
 * free in the index the rules read; the commit inserts an invitation's row (which needs the offer),
 * and a transaction that committed the same id first turns that insert into a serialization
 * failure, so the action is tried again and denied.
 *
 * <p>Idempotency keys: {@link #keyed} takes the key in {@code partnerkit_idempotency_key} before
 * the program decides, the event's row carries it, and {@link #deny} writes a keyed denial after
 * rolling back to a savepoint taken before the first claim that wrote. {@link #commitCheck} says
 * how another connection can find out whether this transaction committed. Not thread-safe: one
 * action, one thread.
 */
final class PostgresTransaction extends TxView implements StorageTransaction {
  /** Inserts an event; {@link #bindEvent} binds its parameters. */
  private static final String INSERT_EVENT =
      "INSERT INTO partnerkit_event (sequence, at, kind, customer_id, payload, idempotency_key)"
          + " VALUES (?, ?, ?, ?, ?::jsonb, ?)";

  private final boolean singleAdmin;
  private final boolean registers;

  /** The customer the action changes, when the target names it or its index found it. */
  private final Optional<CustomerId> customer;

  /** The customer's row, locked; empty for a partner's action, a registration or no customer. */
  private final Optional<LockedCustomer> row;

  private final Instant clock;

  /** Whether this transaction's claim inserted the row of the customer it registers. */
  private boolean inserted;

  /** The new relationships whose rows this transaction's claims wrote. */
  private final Set<RelationshipId> written = new HashSet<>();

  private Optional<Event> event = Optional.empty();
  private boolean committed;

  /** The idempotency key this transaction took, and the token it recorded with it. */
  private Optional<IdempotencyKey> idempotencyKey = Optional.empty();

  private UUID token;

  /**
   * Taken before the first claim that writes, in a keyed transaction only: a denial rolls back to
   * it, so that it commits its own record and nothing a claim wrote.
   */
  private Savepoint beforeClaims;

  private PostgresTransaction(
      Connection connection,
      ServiceCatalog catalog,
      PartnerLock partnerLock,
      boolean singleAdmin,
      boolean registers,
      Optional<CustomerId> customer,
      Optional<LockedCustomer> row,
      Instant clock) {
    super(connection, catalog, partnerLock, false);
    this.singleAdmin = singleAdmin;
    this.registers = registers;
    this.customer = customer;
    this.row = row;
    this.clock = clock;
  }

  /**
   * Locks the target and returns the transaction on it.
   *
   * @param singleAdmin whether grants are written as the seed policy's single admin
   */
  static PostgresTransaction begin(
      Connection c, ServiceCatalog catalog, boolean singleAdmin, Target target)
      throws SQLException {
    if (target instanceof Target.Partner p) {
      return beginPartner(c, catalog, singleAdmin, p.partner());
    }
    Optional<LockedCustomer> row;
    Optional<CustomerId> customer;
    boolean registers = false;
    if (target instanceof Target.Customer t) {
      registers = t.registers();
      customer = Optional.of(t.customer());
      row = registers ? Optional.empty() : lockCustomer(c, t.customer());
    } else if (target instanceof Target.Invitation t) {
      row = lockCustomerOf(c, t.invitation());
      customer = row.map(LockedCustomer::id);
    } else {
      row = lockCustomerOf(c, ((Target.Relationship) target).relationship());
      customer = row.map(LockedCustomer::id);
    }
    PostgresTransaction tx =
        new PostgresTransaction(
            c,
            catalog,
            PartnerLock.KEY_SHARE,
            singleAdmin,
            registers,
            customer,
            row,
            row.map(LockedCustomer::clock).orElse(Instant.MIN));
    if (target instanceof Target.Invitation t) {
      tx.hold(t.invitation(), customer);
    } else if (target instanceof Target.Relationship t) {
      tx.hold(t.relationship(), customer);
    }
    if (row.isPresent()) {
      tx.hold(row.get().id(), Optional.of(row.get().state()));
    } else if (customer.isPresent() && !registers) {
      tx.hold(customer.get(), Optional.empty());
    }
    return tx;
  }

  private static PostgresTransaction beginPartner(
      Connection c, ServiceCatalog catalog, boolean singleAdmin, PartnerId partner)
      throws SQLException {
    // Partner actions run one at a time, as in memory, on the program row's lock.
    Instant clock =
        queryOne(
                c,
                "SELECT partner_clock FROM partnerkit_program WHERE id = 1 FOR UPDATE",
                s -> {},
                r -> r.getString(1))
            .map(Instant::parse)
            .orElse(Instant.MIN);
    // FOR UPDATE waits for the customers' actions that read this partner FOR KEY SHARE.
    Optional<Partner> before =
        queryOne(
            c,
            "SELECT document::text FROM partnerkit_partner WHERE partner_id = ? FOR UPDATE",
            s -> s.setString(1, partner.value()),
            r -> StateCodec.decodePartner(r.getString(1)));
    PostgresTransaction tx =
        new PostgresTransaction(
            c,
            catalog,
            PartnerLock.NONE,
            singleAdmin,
            false,
            Optional.empty(),
            Optional.empty(),
            clock);
    tx.hold(partner, before);
    return tx;
  }

  /** Returns whether the work committed a change, which the database transaction then commits. */
  boolean committed() {
    return committed;
  }

  /**
   * Returns how to find out, from another connection, whether this transaction committed: by its
   * key's token when it took a key, by its event's number otherwise. Only for a transaction that
   * {@link #committed()}.
   */
  CommitCheck commitCheck() {
    if (!committed) {
      throw new IllegalStateException("only a committed transaction has a commit to check");
    }
    if (idempotencyKey.isPresent()) {
      return CommitCheck.ofKey(idempotencyKey.get(), token);
    }
    return CommitCheck.ofSequence(event.orElseThrow().sequence());
  }

  /** Returns the verb of the appended action, once there is one: for messages. */
  Optional<ActionKind> appended() {
    return event.map(e -> e.action().kind());
  }

  @Override
  public Instant clock() {
    return clock;
  }

  // ---------------------------------------------------------------- claims

  @Override
  public boolean claim(Key key) {
    if (key instanceof Key.Customer k) {
      return claimCustomer(k.customer());
    } else if (key instanceof Key.Invitation k) {
      return customerOfInvitation(k.invitation()).isEmpty();
    } else if (key instanceof Key.Relationship k) {
      return customerOfRelationship(k.relationship()).isEmpty();
    }
    return claimName((Key.DisplayName) key);
  }

  private boolean claimCustomer(CustomerId id) {
    if (!registers || !customer.equals(Optional.of(id)) || inserted) {
      throw new IllegalStateException("only the registration of customer " + id + " claims it");
    }
    beforeWritingClaim();
    // Version -1, so that the commit's version check finds this row and leaves it at 0.
    try (PreparedStatement s =
        connection()
            .prepareStatement(
                "INSERT INTO partnerkit_customer (customer_id, state, clock, version)"
                    + " VALUES (?, '{}'::jsonb, ?, -1) ON CONFLICT DO NOTHING")) {
      s.setObject(1, id.value());
      s.setString(2, Instant.MIN.toString());
      inserted = s.executeUpdate() == 1;
      return inserted;
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private boolean claimName(Key.DisplayName key) {
    CustomerId holder = customer.orElseThrow();
    boolean renames =
        row.isPresent() && row.get().state().relationships().containsKey(key.relationship());
    try {
      beforeWritingClaim();
      return renames ? rename(key, holder) : insertRelationship(key, holder);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /** Takes the savepoint a keyed denial rolls back to, before the first claim that writes. */
  private void beforeWritingClaim() {
    if (idempotencyKey.isPresent() && beforeClaims == null) {
      try {
        beforeClaims = connection().setSavepoint();
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
    }
  }

  private boolean rename(Key.DisplayName key, CustomerId holder) throws SQLException {
    int updated;
    try (PreparedStatement s =
        connection()
            .prepareStatement(
                "UPDATE partnerkit_relationship SET display_name = ?"
                    + " WHERE relationship_id = ? AND customer_id = ?")) {
      s.setString(1, key.displayName());
      s.setString(2, key.relationship().value());
      s.setObject(3, holder.value());
      updated = s.executeUpdate();
    } catch (SQLException e) {
      if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
        // The transaction is aborted now; the program denies at once and the storage rolls back.
        return false;
      }
      throw e;
    }
    if (updated != 1) {
      throw Projection.refused(
          Rule.GDAP_6,
          "the new name of relationship "
              + key.relationship()
              + ", because its row is missing although customer "
              + holder
              + "'s state holds it");
    }
    return true;
  }

  private boolean insertRelationship(Key.DisplayName key, CustomerId holder) throws SQLException {
    try (PreparedStatement s =
        connection()
            .prepareStatement(
                "INSERT INTO partnerkit_relationship (relationship_id, customer_id, partner_id,"
                    + " display_name, status) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setString(1, key.relationship().value());
      s.setObject(2, holder.value());
      s.setString(3, key.partner().value());
      s.setString(4, key.displayName());
      s.setString(5, RelationshipStatus.CREATED.name());
      if (s.executeUpdate() == 1) {
        written.add(key.relationship());
        return true;
      }
    }
    boolean idTaken =
        queryOne(
                connection(),
                "SELECT 1 FROM partnerkit_relationship WHERE relationship_id = ?",
                s -> s.setString(1, key.relationship().value()),
                r -> Boolean.TRUE)
            .isPresent();
    if (idTaken) {
      // The id looked free to this transaction's rules: the next attempt denies it for the id.
      throw Sql.lostRace("relationship id " + key.relationship());
    }
    return false;
  }

  // ---------------------------------------------------------------- the log and the commit

  /**
   * Takes the event's number. The event is written with the state in one statement at the commit;
   * claims come before, so a denial never uses a number up. A key was taken by {@link #keyed}.
   */
  @Override
  public Event append(Action action, Instant at, Optional<IdempotencyKey> key) {
    if (!key.equals(idempotencyKey)) {
      throw new IllegalStateException(
          "append with key "
              + key.map(IdempotencyKey::value).orElse("(none)")
              + " in a transaction that took "
              + idempotencyKey.map(IdempotencyKey::value).orElse("none")
              + ": call keyed(key) first, as PartnerProgram does");
    }
    long sequence =
        queryOne("SELECT nextval('partnerkit_event_sequence')", s -> {}, r -> r.getLong(1))
            .orElseThrow();
    Event appended = new Event(sequence, at, action, key);
    event = Optional.of(appended);
    return appended;
  }

  /**
   * Takes the key for this transaction, or returns the outcome it already has. The key's row is
   * inserted with {@code ON CONFLICT DO NOTHING}: a transaction that took the key and has not ended
   * makes this one wait for it, whatever customer it locked; then this one either takes the key
   * (the other rolled back) or finds it taken and reads the outcome the other committed. Under
   * repeatable read or serializable isolation a key committed after this transaction's snapshot is
   * a serialization failure instead, and the store runs the action again, which sees it.
   */
  @Override
  public Optional<KeyedOutcome> keyed(IdempotencyKey key) {
    if (idempotencyKey.isPresent()) {
      throw new IllegalStateException(
          "a transaction takes one idempotency key, and this one took " + idempotencyKey.get());
    }
    UUID candidate = UUID.randomUUID();
    int inserted;
    try (PreparedStatement s =
        connection()
            .prepareStatement(
                "INSERT INTO partnerkit_idempotency_key (idempotency_key, token) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
      s.setString(1, key.value());
      s.setObject(2, candidate);
      inserted = s.executeUpdate();
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
    if (inserted == 1) {
      idempotencyKey = Optional.of(key);
      token = candidate;
      return Optional.empty();
    }
    try {
      return Optional.of(
          readKeyed(connection(), key)
              .orElseThrow(
                  () ->
                      new StoreException(
                          "Idempotency key \""
                              + key.value()
                              + "\" is recorded in partnerkit_idempotency_key without an event or"
                              + " a denial; something deleted rows of partnerkit_event or"
                              + " partnerkit_denial")));
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /** Reads the first outcome recorded under a key: its event, or its denial. */
  static Optional<KeyedOutcome> readKeyed(Connection c, IdempotencyKey key) throws SQLException {
    return queryOne(
        c,
        "SELECT payload::text, sequence, NULL::text, NULL::timestamptz FROM partnerkit_event"
            + " WHERE idempotency_key = ?"
            + " UNION ALL SELECT action::text, NULL::bigint, reasons::text, at FROM partnerkit_denial"
            + " WHERE idempotency_key = ?",
        s -> {
          s.setString(1, key.value());
          s.setString(2, key.value());
        },
        r -> {
          String reasons = r.getString(3);
          if (reasons == null) {
            return KeyedOutcome.of(
                withKey(EventCodec.decode(r.getString(1)), r.getLong(2), Optional.of(key)));
          }
          return new KeyedOutcome(
              key,
              EventCodec.decodeAction(r.getString(1)),
              r.getObject(4, OffsetDateTime.class).toInstant(),
              new Outcome(Decision.denied(EventCodec.decodeReasons(reasons)), Optional.empty()));
        });
  }

  /**
   * Returns a stored event with the key of its row: the payload keeps the key out of the action's
   * JSON, and the row's column is the one the unique index guards.
   */
  static Event withKey(Event decoded, long sequence, Optional<IdempotencyKey> key) {
    return new Event(sequence, decoded.at(), decoded.action(), key);
  }

  /**
   * Writes the denial, having rolled back whatever the claims wrote, so that the commit keeps the
   * key and the denial only.
   */
  @Override
  public void deny(KeyedOutcome denial) {
    if (denial.outcome().isAllowed()) {
      throw new IllegalArgumentException("a denial's outcome must be denied: " + denial);
    }
    if (!idempotencyKey.equals(Optional.of(denial.key())) || event.isPresent()) {
      throw new IllegalStateException(
          "deny of key "
              + denial.key()
              + " in a transaction that took "
              + idempotencyKey.map(IdempotencyKey::value).orElse("none")
              + (event.isPresent() ? " and appended an event" : "")
              + ": call keyed(key) first and deny instead of append, as PartnerProgram does");
    }
    try {
      if (beforeClaims != null) {
        connection().rollback(beforeClaims);
      }
      try (PreparedStatement s =
          connection()
              .prepareStatement(
                  "INSERT INTO partnerkit_denial (idempotency_key, at, kind, action, reasons)"
                      + " VALUES (?, ?, ?, ?::jsonb, ?::jsonb)")) {
        s.setString(1, denial.key().value());
        Sql.setInstant(s, 2, denial.at());
        s.setString(3, denial.action().kind().name());
        s.setString(4, EventCodec.encodeAction(denial.action()));
        s.setString(5, EventCodec.encodeReasons(denial.outcome().decision().getReasons()));
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
    committed = true;
  }

  @Override
  public void commit(Change change, Instant at) {
    Event appended =
        event.orElseThrow(() -> new IllegalStateException("commit before the event's append"));
    try {
      if (change instanceof Change.PartnerChange p) {
        commitPartner(p.after(), appended);
      } else {
        commitCustomer((Change.CustomerChange) change, appended);
      }
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
    committed = true;
  }

  private void commitPartner(Partner after, Event appended) throws SQLException {
    try (PreparedStatement s =
        connection()
            .prepareStatement(
                "INSERT INTO partnerkit_partner (partner_id, document) VALUES (?, ?::jsonb)"
                    + " ON CONFLICT (partner_id) DO UPDATE SET document = EXCLUDED.document")) {
      s.setString(1, after.getId().value());
      s.setString(2, StateCodec.encode(after));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        connection()
            .prepareStatement(
                "WITH event AS ("
                    + INSERT_EVENT
                    + ") UPDATE partnerkit_program SET partner_clock = ? WHERE id = 1")) {
      int i = bindEvent(s, appended, Optional.empty());
      s.setString(i, appended.at().toString());
      s.executeUpdate();
    }
  }

  private static int bindEvent(PreparedStatement s, Event event, Optional<CustomerId> customer)
      throws SQLException {
    s.setLong(1, event.sequence());
    Sql.setInstant(s, 2, event.at());
    // The enum's name, as rows written before hold and queries on the column expect.
    s.setString(3, event.action().kind().name());
    s.setObject(4, customer.map(CustomerId::value).orElse(null));
    // The key has a column of its own, so the payload is the event without it.
    s.setString(5, EventCodec.encode(new Event(event.sequence(), event.at(), event.action())));
    s.setString(6, event.key().map(IdempotencyKey::value).orElse(null));
    return 7;
  }

  @SuppressWarnings("ReferenceEquality") // the program hands back the same state when unchanged
  private void commitCustomer(Change.CustomerChange change, Event appended) throws SQLException {
    CustomerState after = change.after();
    CustomerId id = customer.orElseThrow();
    CustomerState before =
        row.map(LockedCustomer::state).orElseGet(() -> CustomerState.of(after.customer()));
    checkNewRelationshipsWritten(before, after);
    Projection.write(connection(), before, after, singleAdmin);
    for (Key key : change.releases()) {
      release(key);
    }
    boolean changed = row.isEmpty() || after != row.get().state();
    long version = row.map(LockedCustomer::version).orElse(-1L);
    try (PreparedStatement s =
        connection()
            .prepareStatement(
                "WITH event AS ("
                    + INSERT_EVENT
                    + "), customer AS (UPDATE partnerkit_customer SET clock = ?,"
                    + " version = version + 1"
                    + (changed ? ", state = ?::jsonb" : "")
                    + " WHERE customer_id = ? AND version = ? RETURNING 1)"
                    + " SELECT count(*) FROM customer")) {
      int i = bindEvent(s, appended, Optional.of(id));
      s.setString(i++, appended.at().toString());
      if (changed) {
        s.setString(i++, StateCodec.encode(after));
      }
      s.setObject(i++, id.value());
      s.setLong(i, version);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        if (r.getLong(1) != 1) {
          throw new StoreException(
              "The row of customer "
                  + id
                  + " changed while this transaction held its lock; something writes the"
                  + " partnerkit_customer table without locking it, and the action was not"
                  + " applied");
        }
      }
    }
    if (change.linked().isPresent()) {
      link(change.linked().get(), id);
    }
  }

  /** Fails loudly if the program made a relationship without claiming its name, which writes it. */
  private void checkNewRelationshipsWritten(CustomerState before, CustomerState after) {
    for (GranularRelationship relationship : after.relationships().values()) {
      if (!before.relationships().containsKey(relationship.getId())
          && !written.contains(relationship.getId())) {
        throw new IllegalStateException(
            "relationship "
                + relationship.getId()
                + " is new but its display name was not claimed");
      }
    }
  }

  private void release(Key key) throws SQLException {
    if (key instanceof Key.Relationship k) {
      try (PreparedStatement s =
          connection()
              .prepareStatement(
                  "DELETE FROM partnerkit_relationship WHERE relationship_id = ? AND status = ?")) {
        s.setString(1, k.relationship().value());
        s.setString(2, RelationshipStatus.CREATED.name());
        if (s.executeUpdate() != 1) {
          throw Projection.refused(
              Rule.GDAP_6,
              "the deletion of relationship "
                  + k.relationship()
                  + ", because its row is no longer created");
        }
      }
    } else if (!(key instanceof Key.DisplayName)) {
      throw new IllegalStateException("the PostgreSQL storage never frees " + key);
    }
    // A display name needs no write of its own: it moved with its claim's rename, or it leaves
    // with its relationship's row.
  }

  private void link(PartnerId partner, CustomerId id) throws SQLException {
    try (PreparedStatement s =
        connection()
            .prepareStatement(
                "INSERT INTO partnerkit_partner_customer (partner_id, customer_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING")) {
      s.setString(1, partner.value());
      s.setObject(2, id.value());
      s.executeUpdate();
    }
  }
}
