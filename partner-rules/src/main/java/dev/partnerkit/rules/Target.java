package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import java.util.Objects;

/**
 * The record an action changes, which a store locks while it decides and applies the action: one
 * partner, one customer, or the customer an invitation is addressed to or a relationship belongs to
 * (found through the store's index). {@link #of(Action)} gives each verb's target.
 *
 * <p>A closed union of records; immutable and thread-safe.
 */
public sealed interface Target {
  /**
   * A partner's record. Partner actions run alone: no other action runs while one is applied.
   *
   * @param partner the partner
   */
  record Partner(PartnerId partner) implements Target {
    /** Checks the part. */
    public Partner {
      Objects.requireNonNull(partner, "partner");
    }
  }

  /**
   * A customer's record.
   *
   * @param customer the customer
   * @param registers whether the action registers it, so that it does not exist yet
   */
  record Customer(CustomerId customer, boolean registers) implements Target {
    /** Checks the part. */
    public Customer {
      Objects.requireNonNull(customer, "customer");
    }
  }

  /**
   * The record of the customer an invitation or offer is addressed to.
   *
   * @param invitation the invitation
   */
  record Invitation(InvitationId invitation) implements Target {
    /** Checks the part. */
    public Invitation {
      Objects.requireNonNull(invitation, "invitation");
    }
  }

  /**
   * The record of the customer a granular relationship belongs to.
   *
   * @param relationship the relationship
   */
  record Relationship(RelationshipId relationship) implements Target {
    /** Checks the part. */
    public Relationship {
      Objects.requireNonNull(relationship, "relationship");
    }
  }

  /**
   * Returns the record the action changes.
   *
   * @param action the action
   * @return its target
   */
  static Target of(Action action) {
    return action.accept(Targets.INSTANCE);
  }
}
