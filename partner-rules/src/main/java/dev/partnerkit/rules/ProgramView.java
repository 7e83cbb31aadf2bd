package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceCatalog;
import java.util.Optional;

/**
 * The part of a program's state that the rules read. {@link PartnerProgram} is one; an integrator
 * with its own store can implement it and call {@link ProgramRules} directly.
 *
 * <p>Implementations answer from one consistent moment for the duration of one decision.
 */
public interface ProgramView {
  /**
   * Returns the service catalog.
   *
   * @return the catalog
   */
  ServiceCatalog catalog();

  /**
   * Returns a registered partner.
   *
   * @param id the partner's id
   * @return the partner, or empty when none is registered under that id
   */
  Optional<Partner> partner(PartnerId id);

  /**
   * Returns a registered customer's state.
   *
   * @param id the customer's id
   * @return the state, or empty when none is registered under that id
   */
  Optional<CustomerState> customer(CustomerId id);

  /**
   * Returns the customer an invitation or offer is addressed to.
   *
   * @param id the invitation's id
   * @return the customer, or empty when no invitation has that id
   */
  Optional<CustomerId> customerOfInvitation(InvitationId id);

  /**
   * Returns the customer of a granular relationship.
   *
   * @param id the relationship's id
   * @return the customer, or empty when no relationship has that id
   */
  Optional<CustomerId> customerOfRelationship(RelationshipId id);

  /**
   * Returns whether one of the partner's relationships already has this display name (GDAP-2).
   *
   * @param partner the partner
   * @param displayName the name
   * @return true when taken
   */
  boolean isDisplayNameTaken(PartnerId partner, String displayName);
}
