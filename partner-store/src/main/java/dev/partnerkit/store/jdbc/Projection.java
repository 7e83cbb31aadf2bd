package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Rule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the rows on which the database's constraints stand, from the change an allowed action made
 * to a customer's state: new invitations, answers, grants and revocations, the partner of record,
 * and relationships' statuses. (A new relationship's row and a renamed one's name are written when
 * the transaction claims the name; a deleted one's row goes with its released key.)
 *
 * <p>Every write is conditional: an insert that meets a unique key or index does nothing, an update
 * names the status it expects. The customer's lock means that the store's own transactions never
 * meet these constraints, except on an invitation id, which another customer's transaction may have
 * taken first: that is reported as a serialization failure, so the action is tried again and then
 * denied. Any other refusal means that a row was written without the customer's lock and
 * contradicts the state the rules allowed the action on: the action is not applied and a {@link
 * StoreException} names the rule the database upheld. Thread-safe: a utility class.
 */
final class Projection {
  private Projection() {}

  /**
   * Writes the rows for the change from {@code before} to {@code after}.
   *
   * @throws SQLException with SQLState 40001 when a concurrent transaction took a new invitation's
   *     id first
   * @throws StoreException when the database refuses a fact the state allowed
   */
  static void write(Connection c, CustomerState before, CustomerState after, boolean singleAdmin)
      throws SQLException {
    writeOffers(c, before, after);
    writeGrants(c, before, after, singleAdmin);
    writePartnerOfRecord(c, before, after);
    writeRelationshipStatuses(c, before, after);
  }

  private static void writeOffers(Connection c, CustomerState before, CustomerState after)
      throws SQLException {
    if (before.offers() == after.offers()) {
      return;
    }
    for (Offer offer : after.offers().values()) {
      Offer old = before.offers().get(offer.getId());
      if (old == offer) {
        continue;
      }
      if (old == null) {
        if (!insertInvitation(c, offer)) {
          throw Sql.lostRace("invitation id " + offer.getId());
        }
      } else if (old.getStatus() != offer.getStatus() && !insertAnswer(c, offer)) {
        throw refused(
            offer.getStatus() == OfferStatus.REVOKED ? Rule.OFFER_11 : Rule.OFFER_8,
            "invitation " + offer.getId() + "'s answer, because it holds one already");
      }
    }
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
              t -> "TRIAL_INVITATION",
              p -> "PURCHASE_OFFER",
              d -> "DELEGATED_ADMIN_INVITATION",
              r -> "RESELLER_INVITATION"));
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

  private static void writeGrants(
      Connection c, CustomerState before, CustomerState after, boolean singleAdmin)
      throws SQLException {
    if (before.grants() == after.grants()) {
      return;
    }
    Map<GrantId, DelegationGrant> old = new HashMap<>();
    for (DelegationGrant grant : before.grants()) {
      old.put(grant.getId(), grant);
    }
    for (DelegationGrant grant : after.grants()) {
      DelegationGrant was = old.get(grant.getId());
      if (was == null) {
        if (!insertGrant(c, grant, singleAdmin)) {
          throw refused(
              Rule.DA_2,
              "partner "
                  + grant.getPartner()
                  + "'s grant, because customer "
                  + grant.getCustomer()
                  + " has an active delegated admin in its rows already");
        }
      } else if (was.getStatus() != grant.getStatus() && !revokeGrant(c, grant)) {
        throw refused(
            Rule.DA_5,
            "the revocation of partner "
                + grant.getPartner()
                + "'s grant, because its row holds no active grant");
      }
    }
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

  /**
   * Moves each relationship's stored status as the state moved it. A new relationship's row was
   * written as {@code CREATED} when its name was claimed.
   */
  private static void writeRelationshipStatuses(
      Connection c, CustomerState before, CustomerState after) throws SQLException {
    if (before.relationships() == after.relationships()) {
      return;
    }
    for (GranularRelationship relationship : after.relationships().values()) {
      GranularRelationship old = before.relationships().get(relationship.getId());
      if (old == relationship) {
        continue;
      }
      RelationshipStatus was = old == null ? RelationshipStatus.CREATED : old.getStatus();
      if (was != relationship.getStatus() && !moveStatus(c, relationship, was)) {
        throw refused(
            Rule.GDAP_6,
            "relationship "
                + relationship.getId()
                + "'s move from "
                + was.getWireName()
                + " to "
                + relationship.getStatus().getWireName()
                + ", because its row is no longer "
                + was.getWireName());
      }
    }
  }

  private static boolean moveStatus(
      Connection c, GranularRelationship relationship, RelationshipStatus from)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE partnerkit_relationship SET status = ?"
                + " WHERE relationship_id = ? AND status = ?")) {
      s.setString(1, relationship.getStatus().name());
      s.setString(2, relationship.getId().value());
      s.setString(3, from.name());
      return s.executeUpdate() == 1;
    }
  }

  /**
   * Returns the failure of an action whose row the database refused although the customer's state
   * allowed it: something wrote the rows without the customer's lock.
   *
   * @param rule the rule the refusing constraint stands for
   * @param what what was refused, and why
   */
  static StoreException refused(Rule rule, String what) {
    return new StoreException(
        "The database refused "
            + what
            + " ("
            + rule.getId()
            + "), although the customer's state allowed the action: a row was written without the"
            + " store and contradicts the state. The action was not applied; correct or remove"
            + " that row");
  }
}
