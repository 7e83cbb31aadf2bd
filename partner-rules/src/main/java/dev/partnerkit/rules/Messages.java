package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.rules.internal.About;

/**
 * The sentences that more than one family of rules, or the rules and the engine, write: each is
 * written once here, so that the same facts always give the same sentence.
 *
 * <p>{@link #alreadyRegistered}, {@link #invitationIdInUse}, {@link #relationshipIdInUse} and
 * {@link #displayNameTaken} are also the denials of {@link Key#conflict()}, when two actions race
 * for one key that the rules saw free: the loser is told what the rules tell an action whose key
 * was taken before. A utility class.
 */
final class Messages {
  private Messages() {}

  /** Returns {@code No customer X is registered.} */
  static String unknownCustomer(CustomerId id) {
    return "No customer " + id + " is registered.";
  }

  /** Returns the reason, citing {@code rule}, that no customer {@code id} is registered. */
  static Reason unknownCustomer(Rule rule, CustomerId id) {
    return About.customer(id).reason(rule, unknownCustomer(id));
  }

  /** Returns {@code No partner X is registered.} */
  static String unknownPartner(PartnerId id) {
    return "No partner " + id + " is registered.";
  }

  /** Returns the reason, citing {@code rule}, that no partner {@code id} is registered. */
  static Reason unknownPartner(Rule rule, PartnerId id) {
    return About.partner(id).reason(rule, unknownPartner(id));
  }

  /** Returns the REG-1 reason that a partner with this id is already registered. */
  static Reason alreadyRegistered(PartnerId id) {
    return About.partner(id)
        .reason(
            Rule.REG_1,
            "A partner with id " + id + " is already registered; register each partner once.");
  }

  /** Returns the REG-1 reason that a customer with this tenant id is already registered. */
  static Reason alreadyRegistered(CustomerId id) {
    return About.customer(id)
        .reason(
            Rule.REG_1,
            "A customer with tenant id "
                + id
                + " is already registered; register each customer once.");
  }

  /**
   * Returns the OFFER-8 reason that a new invitation's id is already in use, by an invitation sent
   * earlier or by one sent at the same moment.
   */
  static Reason invitationIdInUse(InvitationId id) {
    return About.invitation(id)
        .reason(
            Rule.OFFER_8,
            "Invitation id " + id + " is already in use; give the new invitation its own id.");
  }

  /**
   * Returns the GDAP-6 reason that a new relationship's id is already in use, by a relationship
   * created earlier or by one created at the same moment.
   */
  static Reason relationshipIdInUse(RelationshipId id) {
    return About.relationship(id)
        .reason(
            Rule.GDAP_6,
            "Relationship id " + id + " is already in use; a new relationship needs its own id.");
  }

  /**
   * Returns the GDAP-2 reason that the partner already has a relationship named {@code
   * displayName}, for relationship {@code id} being created or renamed.
   */
  static Reason displayNameTaken(RelationshipId id, PartnerId partner, String displayName) {
    return About.relationship(id)
        .and(partner)
        .reason(
            Rule.GDAP_2,
            "Partner "
                + partner
                + " already has a relationship named \""
                + displayName
                + "\"; display names are unique per partner.");
  }
}
