package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Rule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the rows on which the database's constraints stand, from the change an action made to a
 * customer's state: new invitations, answers, grants and revocations, the partner of record, and
 * relationships with their display names and statuses.
 *
 * <p>Every write is conditional: an insert that meets a unique key or index does nothing, an update
 * names the status it expects. When one finds the database already holding a conflicting fact
 * (which the customer's lock rules out for this store's own transactions, so it means another
 * writer), the action is denied with the rule the constraint stands for, and the caller rolls the
 * whole transaction back. Thread-safe: a utility class.
 */
final class Projection {
  private Projection() {}

  /**
   * Writes the rows for the change from {@code before} to {@code after}.
   *
   * @return a denial when the database refused a fact, empty when every row was written
   */
  static Optional<Decision> write(
      Connection c, Action action, CustomerState before, CustomerState after, boolean singleAdmin)
      throws SQLException {
    Optional<Decision> refused = writeOffers(c, action, before, after);
    if (refused.isEmpty()) {
      refused = writeGrants(c, before, after, singleAdmin);
    }
    if (refused.isEmpty()) {
      writePartnerOfRecord(c, before, after);
      refused = writeRelationships(c, before, after);
    }
    return refused;
  }

  private static Optional<Decision> writeOffers(
      Connection c, Action action, CustomerState before, CustomerState after) throws SQLException {
    if (before.offers() == after.offers()) {
      return Optional.empty();
    }
    for (Offer offer : after.offers().values()) {
      Offer old = before.offers().get(offer.getId());
      if (old == offer) {
        continue;
      }
      if (old == null) {
        if (!insertInvitation(c, offer)) {
          return denied(
              Rule.OFFER_8,
              "Invitation id "
                  + offer.getId()
                  + " is already in use; give the new invitation its own id.",
              "invitation " + offer.getId());
        }
      } else if (old.getStatus() != offer.getStatus() && !insertAnswer(c, offer)) {
        return denied(
            action instanceof Action.Revoke ? Rule.OFFER_11 : Rule.OFFER_8,
            "Invitation " + offer.getId() + " was answered already; it takes one answer only.",
            "invitation " + offer.getId());
      }
    }
    return Optional.empty();
  }

  private static boolean insertInvitation(Connection c, Offer offer) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO partnerkit_invitation (invitation_id, customer_id, partner_id, kind,"
                + " delegated_admin, sent_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      s.setString(1, offer.getId().value());
      s.setObject(2, offer.getCustomer().value());
      s.setString(3, offer.getPartner().value());
      s.setString(
          4,
          offer.fold(
              t -> "TRIAL_INVITATION", p -> "PURCHASE_OFFER", d -> "DELEGATED_ADMIN_INVITATION"));
      s.setBoolean(5, offer.isDelegatedAdmin());
      Sql.setInstant(s, 6, offer.getSentAt());
      Sql.setInstant(s, 7, offer.getExpiresAt());
      return s.executeUpdate() == 1;
    }
  }

  private static boolean insertAnswer(Connection c, Offer offer) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO partnerkit_invitation_answer (invitation_id, answer, answered_at)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setString(1, offer.getId().value());
      s.setString(2, offer.getStatus().name());
      Sql.setInstant(s, 3, offer.getClosedAt().orElseThrow());
      return s.executeUpdate() == 1;
    }
  }

  private static Optional<Decision> writeGrants(
      Connection c, CustomerState before, CustomerState after, boolean singleAdmin)
      throws SQLException {
    if (before.grants() == after.grants()) {
      return Optional.empty();
    }
    Map<GrantId, DelegationGrant> old = new HashMap<>();
    for (DelegationGrant grant : before.grants()) {
      old.put(grant.getId(), grant);
    }
    for (DelegationGrant grant : after.grants()) {
      DelegationGrant was = old.get(grant.getId());
      if (was == null) {
        if (!insertGrant(c, grant, singleAdmin)) {
          return denied(
              Rule.DA_2,
              "Customer "
                  + grant.getCustomer()
                  + " already has an active delegated admin in the database, and a customer has at"
                  + " most one; the customer must revoke that grant first.",
              "customer " + grant.getCustomer());
        }
      } else if (was.getStatus() != grant.getStatus() && !revokeGrant(c, grant)) {
        return denied(
            Rule.DA_5,
            "Partner "
                + grant.getPartner()
                + " holds no active delegated-admin grant from customer "
                + grant.getCustomer()
                + " to revoke.",
            "customer " + grant.getCustomer());
      }
    }
    return Optional.empty();
  }

  private static boolean insertGrant(Connection c, DelegationGrant grant, boolean singleAdmin)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO partnerkit_grant (grant_id, customer_id, partner_id, origin, status,"
                + " single_admin, granted_at) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      s.setString(1, grant.getId().value());
      s.setObject(2, grant.getCustomer().value());
      s.setString(3, grant.getPartner().value());
      s.setString(4, grant.getOrigin().value());
      s.setBoolean(5, singleAdmin);
      Sql.setInstant(s, 6, grant.getGrantedAt());
      return s.executeUpdate() == 1;
    }
  }

  private static boolean revokeGrant(Connection c, DelegationGrant grant) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE partnerkit_grant SET status = 'REVOKED', revoked_at = ?"
                + " WHERE grant_id = ? AND status = 'ACTIVE'")) {
      Sql.setInstant(s, 1, grant.getRevokedAt().orElseThrow());
      s.setString(2, grant.getId().value());
      return s.executeUpdate() == 1;
    }
  }

  private static void writePartnerOfRecord(Connection c, CustomerState before, CustomerState after)
      throws SQLException {
    if (Objects.equals(before.partnerOfRecord(), after.partnerOfRecord())) {
      return;
    }
    CustomerId customer = after.customer().getId();
    if (after.partnerOfRecord().isEmpty()) {
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM partnerkit_partner_of_record WHERE customer_id = ?")) {
        s.setObject(1, customer.value());
        s.executeUpdate();
      }
      return;
    }
    PartnerOfRecord designation = after.partnerOfRecord().get();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO partnerkit_partner_of_record (customer_id, partner_id, designated_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (customer_id) DO UPDATE"
                + " SET partner_id = EXCLUDED.partner_id, designated_at = EXCLUDED.designated_at")) {
      s.setObject(1, customer.value());
      s.setString(2, designation.getPartner().value());
      Sql.setInstant(s, 3, designation.getDesignatedAt());
      s.executeUpdate();
    }
  }

  private static Optional<Decision> writeRelationships(
      Connection c, CustomerState before, CustomerState after) throws SQLException {
    if (before.relationships() == after.relationships()) {
      return Optional.empty();
    }
    for (GranularRelationship old : before.relationships().values()) {
      if (!after.relationships().containsKey(old.getId()) && !deleteRelationship(c, old.getId())) {
        return denied(
            Rule.GDAP_6,
            "Relationship " + old.getId() + " can be deleted only while it is created.",
            "relationship " + old.getId());
      }
    }
    for (GranularRelationship relationship : after.relationships().values()) {
      GranularRelationship old = before.relationships().get(relationship.getId());
      if (old == relationship) {
        continue;
      }
      Optional<Decision> refused =
          old == null
              ? insertRelationship(c, relationship)
              : updateRelationship(c, old, relationship);
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }

  private static Optional<Decision> insertRelationship(Connection c, GranularRelationship r)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO partnerkit_relationship (relationship_id, customer_id, partner_id,"
                + " display_name, status) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setString(1, r.getId().value());
      s.setObject(2, r.getCustomer().value());
      s.setString(3, r.getPartner().value());
      s.setString(4, r.getDisplayName());
      s.setString(5, r.getStatus().name());
      if (s.executeUpdate() == 1) {
        return Optional.empty();
      }
    }
    boolean idTaken =
        TxView.queryOne(
                c,
                "SELECT 1 FROM partnerkit_relationship WHERE relationship_id = ?",
                s -> s.setString(1, r.getId().value()),
                row -> Boolean.TRUE)
            .isPresent();
    return idTaken
        ? denied(
            Rule.GDAP_6,
            "Relationship id " + r.getId() + " is already in use.",
            "relationship " + r.getId())
        : nameTaken(r);
  }

  private static Optional<Decision> updateRelationship(
      Connection c, GranularRelationship old, GranularRelationship now) throws SQLException {
    if (!old.getDisplayName().equals(now.getDisplayName())) {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE partnerkit_relationship SET display_name = ? WHERE relationship_id = ?")) {
        s.setString(1, now.getDisplayName());
        s.setString(2, now.getId().value());
        s.executeUpdate();
      } catch (SQLException e) {
        if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
          // The transaction is aborted now; the caller rolls it back on the denial.
          return nameTaken(now);
        }
        throw e;
      }
    }
    if (old.getStatus() != now.getStatus()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE partnerkit_relationship SET status = ?"
                  + " WHERE relationship_id = ? AND status = ?")) {
        s.setString(1, now.getStatus().name());
        s.setString(2, now.getId().value());
        s.setString(3, old.getStatus().name());
        if (s.executeUpdate() != 1) {
          return denied(
              Rule.GDAP_6,
              "Relationship "
                  + now.getId()
                  + " is no longer "
                  + old.getStatus().getWireName()
                  + " in the database, so it cannot become "
                  + now.getStatus().getWireName()
                  + ".",
              "relationship " + now.getId());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean deleteRelationship(Connection c, RelationshipId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "DELETE FROM partnerkit_relationship WHERE relationship_id = ? AND status = ?")) {
      s.setString(1, id.value());
      s.setString(2, RelationshipStatus.CREATED.name());
      return s.executeUpdate() == 1;
    }
  }

  private static Optional<Decision> nameTaken(GranularRelationship r) {
    return denied(
        Rule.GDAP_2,
        "Partner "
            + r.getPartner()
            + " already has a relationship named \""
            + r.getDisplayName()
            + "\".",
        "relationship " + r.getId());
  }

  private static Optional<Decision> denied(Rule rule, String message, String subject) {
    return Optional.of(Decision.denied(rule, message, subject));
  }
}
