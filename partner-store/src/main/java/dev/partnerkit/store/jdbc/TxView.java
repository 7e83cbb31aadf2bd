package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.StorageView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The program's state as one transaction sees it, for the rules and the program's queries to read.
 * What the transaction already holds (the locked customer, a locked partner) is given to it;
 * everything else is read on first use and kept for the rest of the transaction.
 *
 * <p>For a customer's action, partners are read {@code FOR KEY SHARE}: a partner's own action locks
 * its row {@code FOR UPDATE}, so it cannot change a partner that a customer's action has decided on
 * until that action commits, and the two are logged in the order they took effect. A read-only view
 * fetches a customer's state in the same statement that finds it through an invitation, a
 * relationship or a partner, since a query that looks one up reads it next. Not thread-safe: one
 * transaction, one thread.
 */
class TxView implements StorageView {
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

  /** A customer's row, locked by this transaction. */
  record LockedCustomer(CustomerId id, CustomerState state, Instant clock, long version) {}

  private static final String LOCKED_COLUMNS =
      "SELECT c.customer_id, c.state::text, c.clock, c.version FROM ";

  private final Connection connection;
  private final ServiceCatalog catalog;
  private final PartnerLock partnerLock;
  private final boolean readOnly;
  private final Map<PartnerId, Optional<Partner>> partners = new HashMap<>();
  private final Map<CustomerId, Optional<CustomerState>> customers = new HashMap<>();
  private final Map<InvitationId, Optional<CustomerId>> invitations = new HashMap<>();
  private final Map<RelationshipId, Optional<CustomerId>> relationships = new HashMap<>();

  /**
   * Creates a view on the connection's transaction.
   *
   * @param readOnly whether the transaction only reads, so that lookups may fetch states ahead
   */
  TxView(Connection connection, ServiceCatalog catalog, PartnerLock partnerLock, boolean readOnly) {
    this.connection = connection;
    this.catalog = catalog;
    this.partnerLock = partnerLock;
    this.readOnly = readOnly;
  }

  /** Returns the connection, whose transaction the view reads. */
  final Connection connection() {
    return connection;
  }

  /** Answers for this customer from a state the transaction read itself. */
  final void hold(CustomerId id, Optional<CustomerState> state) {
    customers.put(id, state);
  }

  /** Answers for this partner from a state the transaction read itself. */
  final void hold(PartnerId id, Optional<Partner> partner) {
    partners.put(id, partner);
  }

  /** Answers for this invitation from a lookup the transaction made itself. */
  final void hold(InvitationId id, Optional<CustomerId> customer) {
    invitations.put(id, customer);
  }

  /** Answers for this relationship from a lookup the transaction made itself. */
  final void hold(RelationshipId id, Optional<CustomerId> customer) {
    relationships.put(id, customer);
  }

  // ---------------------------------------------------------------- locking

  /** Locks a customer's row ({@code FOR UPDATE}) and reads it. */
  static Optional<LockedCustomer> lockCustomer(Connection c, CustomerId id) throws SQLException {
    return queryOne(
        c,
        LOCKED_COLUMNS + "partnerkit_customer c WHERE c.customer_id = ? FOR UPDATE",
        s -> s.setObject(1, id.value()),
        TxView::lockedRow);
  }

  /** Finds the customer an invitation is addressed to and locks its row, in one statement. */
  static Optional<LockedCustomer> lockCustomerOf(Connection c, InvitationId id)
      throws SQLException {
    return lockThrough(c, "partnerkit_invitation", "invitation_id", id.value());
  }

  /** Finds the customer a relationship belongs to and locks its row, in one statement. */
  static Optional<LockedCustomer> lockCustomerOf(Connection c, RelationshipId id)
      throws SQLException {
    return lockThrough(c, "partnerkit_relationship", "relationship_id", id.value());
  }

  private static Optional<LockedCustomer> lockThrough(
      Connection c, String table, String key, String value) throws SQLException {
    return queryOne(
        c,
        LOCKED_COLUMNS
            + table
            + " k JOIN partnerkit_customer c ON c.customer_id = k.customer_id WHERE k."
            + key
            + " = ? FOR UPDATE OF c",
        s -> s.setString(1, value),
        TxView::lockedRow);
  }

  private static LockedCustomer lockedRow(ResultSet r) throws SQLException {
    return new LockedCustomer(
        CustomerId.of(r.getObject(1, UUID.class)),
        StateCodec.decode(r.getString(2)),
        Instant.parse(r.getString(3)),
        r.getLong(4));
  }

  // ---------------------------------------------------------------- what the rules read

  @Override
  public final ServiceCatalog catalog() {
    return catalog;
  }

  @Override
  public final Optional<Partner> partner(PartnerId id) {
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
  public final Optional<CustomerState> customer(CustomerId id) {
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
  public final Optional<CustomerId> customerOfInvitation(InvitationId id) {
    Optional<CustomerId> known = invitations.get(id);
    if (known == null) {
      known = lookUp("partnerkit_invitation", "invitation_id", id.value());
      invitations.put(id, known);
    }
    return known;
  }

  @Override
  public final Optional<CustomerId> customerOfRelationship(RelationshipId id) {
    Optional<CustomerId> known = relationships.get(id);
    if (known == null) {
      known = lookUp("partnerkit_relationship", "relationship_id", id.value());
      relationships.put(id, known);
    }
    return known;
  }

  private Optional<CustomerId> lookUp(String table, String key, String value) {
    if (!readOnly) {
      // A transaction that changes one customer must not read another's state for nothing.
      return queryOne(
          "SELECT customer_id FROM " + table + " WHERE " + key + " = ?",
          s -> s.setString(1, value),
          r -> CustomerId.of(r.getObject(1, UUID.class)));
    }
    return queryOne(
        "SELECT c.customer_id, c.state::text FROM "
            + table
            + " k JOIN partnerkit_customer c ON c.customer_id = k.customer_id WHERE k."
            + key
            + " = ?",
        s -> s.setString(1, value),
        r -> {
          CustomerId id = CustomerId.of(r.getObject(1, UUID.class));
          customers.putIfAbsent(id, Optional.of(StateCodec.decode(r.getString(2))));
          return id;
        });
  }

  @Override
  public final boolean isDisplayNameTaken(PartnerId partner, String displayName) {
    return queryOne(
            "SELECT 1 FROM partnerkit_relationship WHERE partner_id = ? AND display_name = ?",
            s -> {
              s.setString(1, partner.value());
              s.setString(2, displayName);
            },
            r -> Boolean.TRUE)
        .isPresent();
  }

  // ---------------------------------------------------------------- what the queries list

  /**
   * Returns the customers linked to the partner, and holds their states too: the program reads each
   * of them next, and one statement is far cheaper than one per customer.
   */
  @Override
  public final List<CustomerId> linkedCustomers(PartnerId partner) {
    return queryAll(
        "SELECT c.customer_id, c.state::text FROM partnerkit_partner_customer pc"
            + " JOIN partnerkit_customer c ON c.customer_id = pc.customer_id"
            + " WHERE pc.partner_id = ? ORDER BY c.customer_id",
        s -> s.setString(1, partner.value()),
        r -> {
          CustomerId id = CustomerId.of(r.getObject(1, UUID.class));
          customers.putIfAbsent(id, Optional.of(StateCodec.decode(r.getString(2))));
          return id;
        });
  }

  @Override
  public final List<Partner> partners() {
    return queryAll(
        "SELECT document::text FROM partnerkit_partner ORDER BY partner_id",
        s -> {},
        r -> StateCodec.decodePartner(r.getString(1)));
  }

  @Override
  public final List<CustomerId> customerIds() {
    return queryAll(
        "SELECT customer_id FROM partnerkit_customer ORDER BY customer_id",
        s -> {},
        r -> CustomerId.of(r.getObject(1, UUID.class)));
  }

  // ---------------------------------------------------------------- statements

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

  /** Runs a query on the view's connection; a failure leaves as a {@link SqlFailure}. */
  final <T> Optional<T> queryOne(String sql, Binder binder, RowReader<T> reader) {
    try {
      return queryOne(connection, sql, binder, reader);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  private <T> List<T> queryAll(String sql, Binder binder, RowReader<T> reader) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      List<T> rows = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          rows.add(reader.read(row));
        }
      }
      return rows;
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
