package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.ProgramView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The program's state as one transaction sees it, for the rules to read. What the transaction
 * already holds (the locked customer, a locked partner) is given to it; everything else is read on
 * first use and kept for the rest of the decision.
 *
 * <p>For a customer's action, partners are read {@code FOR KEY SHARE}: a partner's own action locks
 * its row {@code FOR UPDATE}, so it cannot change a partner that a customer's action has decided on
 * until that action commits, and the two are logged in the order they took effect. Not thread-safe:
 * one transaction, one thread.
 */
final class TxView implements ProgramView {
  /** How partner rows are read. */
  enum PartnerLock {
    /** Plain reads: the transaction holds the lock it needs already, or only reads. */
    NONE(""),
    /** Shared key locks, which a partner's own action waits for. */
    KEY_SHARE(" FOR KEY SHARE");

    private final String clause;

    PartnerLock(String clause) {
      this.clause = clause;
    }
  }

  private final Connection connection;
  private final ServiceCatalog catalog;
  private final PartnerLock partnerLock;
  private final Map<PartnerId, Optional<Partner>> partners = new HashMap<>();
  private final Map<CustomerId, Optional<CustomerState>> customers = new HashMap<>();
  private final Map<InvitationId, Optional<CustomerId>> invitations = new HashMap<>();
  private final Map<RelationshipId, Optional<CustomerId>> relationships = new HashMap<>();
  private boolean lockOnResolve;
  private LockedCustomer locked;

  /** A customer's row, locked by this transaction. */
  record LockedCustomer(CustomerId id, CustomerState state, Instant clock, long version) {}

  private static final String LOCKED_COLUMNS =
      "SELECT c.customer_id, c.state::text, c.clock, c.version FROM ";

  TxView(Connection connection, ServiceCatalog catalog, PartnerLock partnerLock) {
    this.connection = connection;
    this.catalog = catalog;
    this.partnerLock = partnerLock;
  }

  /** Answers for this customer from a state the transaction read itself. */
  void hold(CustomerId id, Optional<CustomerState> state) {
    customers.put(id, state);
  }

  /** Answers for this partner from a state the transaction read itself. */
  void hold(PartnerId id, Optional<Partner> partner) {
    partners.put(id, partner);
  }

  /**
   * Sets whether looking up the customer of an invitation or relationship also locks that
   * customer's row, in the same statement: on while the store finds the customer an action changes,
   * off for every other lookup, so that no other customer is ever locked.
   */
  void lockOnResolve(boolean on) {
    this.lockOnResolve = on;
  }

  /** Returns the customer row locked while resolving, if any. */
  Optional<LockedCustomer> locked() {
    return Optional.ofNullable(locked);
  }

  /** Locks a customer's row ({@code FOR UPDATE}) and reads it. */
  static Optional<LockedCustomer> lockCustomer(Connection c, CustomerId id) throws SQLException {
    return queryOne(
        c,
        LOCKED_COLUMNS + "partnerkit_customer c WHERE c.customer_id = ? FOR UPDATE",
        s -> s.setObject(1, id.value()),
        TxView::lockedRow);
  }

  private static LockedCustomer lockedRow(ResultSet r) throws SQLException {
    return new LockedCustomer(
        CustomerId.of(r.getObject(1, UUID.class)),
        StateCodec.decode(r.getString(2)),
        Instant.parse(r.getString(3)),
        r.getLong(4));
  }

  /** Locks the customer found through a key table, as {@link #lockOnResolve} asks. */
  private Optional<CustomerId> resolveAndLock(String table, String key, String value) {
    Optional<LockedCustomer> row =
        queryOne(
            LOCKED_COLUMNS
                + table
                + " k JOIN partnerkit_customer c ON c.customer_id = k.customer_id WHERE k."
                + key
                + " = ? FOR UPDATE OF c",
            s -> s.setString(1, value),
            TxView::lockedRow);
    row.ifPresent(
        r -> {
          locked = r;
          customers.put(r.id(), Optional.of(r.state()));
        });
    return row.map(LockedCustomer::id);
  }

  @Override
  public ServiceCatalog catalog() {
    return catalog;
  }

  @Override
  public Optional<Partner> partner(PartnerId id) {
    Optional<Partner> known = partners.get(id);
    if (known == null) {
      known =
          queryOne(
              "SELECT document::text FROM partnerkit_partner WHERE partner_id = ?"
                  + partnerLock.clause,
              s -> s.setString(1, id.value()),
              r -> StateCodec.decodePartner(r.getString(1)));
      partners.put(id, known);
    }
    return known;
  }

  @Override
  public Optional<CustomerState> customer(CustomerId id) {
    Optional<CustomerState> known = customers.get(id);
    if (known == null) {
      known =
          queryOne(
              "SELECT state::text FROM partnerkit_customer WHERE customer_id = ?",
              s -> s.setObject(1, id.value()),
              r -> StateCodec.decode(r.getString(1)));
      customers.put(id, known);
    }
    return known;
  }

  @Override
  public Optional<CustomerId> customerOfInvitation(InvitationId id) {
    Optional<CustomerId> known = invitations.get(id);
    if (known == null && lockOnResolve) {
      known = resolveAndLock("partnerkit_invitation", "invitation_id", id.value());
      invitations.put(id, known);
    }
    if (known == null) {
      known =
          queryOne(
              "SELECT customer_id FROM partnerkit_invitation WHERE invitation_id = ?",
              s -> s.setString(1, id.value()),
              r -> CustomerId.of(r.getObject(1, UUID.class)));
      invitations.put(id, known);
    }
    return known;
  }

  @Override
  public Optional<CustomerId> customerOfRelationship(RelationshipId id) {
    Optional<CustomerId> known = relationships.get(id);
    if (known == null && lockOnResolve) {
      known = resolveAndLock("partnerkit_relationship", "relationship_id", id.value());
      relationships.put(id, known);
    }
    if (known == null) {
      known =
          queryOne(
              "SELECT customer_id FROM partnerkit_relationship WHERE relationship_id = ?",
              s -> s.setString(1, id.value()),
              r -> CustomerId.of(r.getObject(1, UUID.class)));
      relationships.put(id, known);
    }
    return known;
  }

  @Override
  public boolean isDisplayNameTaken(PartnerId partner, String displayName) {
    return queryOne(
            "SELECT 1 FROM partnerkit_relationship WHERE partner_id = ? AND display_name = ?",
            s -> {
              s.setString(1, partner.value());
              s.setString(2, displayName);
            },
            r -> Boolean.TRUE)
        .isPresent();
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> Optional<T> queryOne(String sql, Binder binder, RowReader<T> reader) {
    try {
      return queryOne(connection, sql, binder, reader);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /** Runs a query and reads its first row; empty when there is none or the reader returns null. */
  static <T> Optional<T> queryOne(
      Connection connection, String sql, Binder binder, RowReader<T> reader) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.ofNullable(reader.read(row)) : Optional.empty();
      }
    }
  }
}
