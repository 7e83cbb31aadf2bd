package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import java.util.Objects;

/**
 * A name that one customer's record holds exclusively across the whole program: its own tenant id,
 * an invitation id, a relationship id, or a relationship display name within its partner (GDAP-2).
 * Two actions on different customers may race for one key; a {@link ProgramStorage} lets only one
 * of them claim it, and {@link PartnerProgram} denies the other with {@link #conflict()}.
 *
 * <p>A closed union of records; immutable and thread-safe.
 */
public sealed interface Key {
  /**
   * Returns the denial of an action whose key another action claimed first.
   *
   * @return the decision
   */
  Decision conflict();

  /**
   * A customer's tenant id, claimed by its registration.
   *
   * @param customer the customer
   */
  record Customer(CustomerId customer) implements Key {
    /** Checks the part. */
    public Customer {
      Objects.requireNonNull(customer, "customer");
    }

    @Override
    public Decision conflict() {
      return Decision.denied(Messages.alreadyRegistered(customer));
    }
  }

  /**
   * An invitation or offer id, claimed by the customer it is addressed to.
   *
   * @param invitation the id
   */
  record Invitation(InvitationId invitation) implements Key {
    /** Checks the part. */
    public Invitation {
      Objects.requireNonNull(invitation, "invitation");
    }

    @Override
    public Decision conflict() {
      return Decision.denied(Messages.invitationIdInUse(invitation));
    }
  }

  /**
   * A granular relationship's id, claimed by its customer.
   *
   * @param relationship the id
   */
  record Relationship(RelationshipId relationship) implements Key {
    /** Checks the part. */
    public Relationship {
      Objects.requireNonNull(relationship, "relationship");
    }

    @Override
    public Decision conflict() {
      return Decision.denied(Messages.relationshipIdInUse(relationship));
    }
  }

  /**
   * A relationship's display name, unique among one partner's relationships (GDAP-2).
   *
   * @param partner the partner
   * @param displayName the name
   * @param relationship the relationship that holds it
   */
  record DisplayName(PartnerId partner, String displayName, RelationshipId relationship)
      implements Key {
    /** Checks the parts. */
    public DisplayName {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(relationship, "relationship");
    }

    @Override
    public Decision conflict() {
      return Decision.denied(Messages.displayNameTaken(relationship, partner, displayName));
    }
  }
}
