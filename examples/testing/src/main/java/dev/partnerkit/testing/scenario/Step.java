package dev.partnerkit.testing.scenario;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One step of a scenario: an action with its expectation, a clock advance, or a check of the state.
 *
 * <p>A closed union of records; immutable and thread-safe.
 */
public sealed interface Step permits Step.Act, Step.Advance, Step.Check {
  /**
   * Returns the step's number, from 1.
   *
   * @return the number
   */
  int number();

  /**
   * Returns the step as a person reads it, such as {@code accept t1 by fabrikam}.
   *
   * @return the description
   */
  String text();

  /**
   * An action and what it must yield.
   *
   * @param number the step's number
   * @param text the description
   * @param action the action
   * @param expectedDenials empty when the action must be allowed; else the rule ids its denial must
   *     include
   */
  record Act(int number, String text, Action action, Optional<Set<String>> expectedDenials)
      implements Step {
    /** Refuses nulls. */
    public Act {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(action, "action");
      expectedDenials = expectedDenials.map(Set::copyOf);
    }
  }

  /**
   * The clock moving on.
   *
   * @param number the step's number
   * @param text the description
   * @param by how far
   */
  record Advance(int number, String text, Duration by) implements Step {
    /** Refuses nulls. */
    public Advance {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * An assertion about the state.
   *
   * @param number the step's number
   * @param text the description
   * @param expectation what must hold
   */
  record Check(int number, String text, Expectation expectation) implements Step {
    /** Refuses nulls. */
    public Check {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(expectation, "expectation");
    }
  }

  /** What a check step asserts. A closed union of records. */
  sealed interface Expectation
      permits DelegatedAdmins,
          PartnerOfRecordIs,
          InvitationStatusIs,
          RelationshipStatusIs,
          Owns,
          SubscriptionIs {}

  /**
   * The customer's delegated admins are exactly these partners, in any order.
   *
   * @param customer the customer
   * @param partners the partners
   */
  record DelegatedAdmins(CustomerId customer, Set<PartnerId> partners) implements Expectation {}

  /**
   * The customer's partner of record is this partner, or none.
   *
   * @param customer the customer
   * @param partner the partner, empty for none
   */
  record PartnerOfRecordIs(CustomerId customer, Optional<PartnerId> partner)
      implements Expectation {}

  /**
   * The invitation has this status.
   *
   * @param invitation the invitation
   * @param status the status
   */
  record InvitationStatusIs(InvitationId invitation, OfferStatus status) implements Expectation {}

  /**
   * The relationship has this status.
   *
   * @param relationship the relationship
   * @param status the status
   */
  record RelationshipStatusIs(RelationshipId relationship, RelationshipStatus status)
      implements Expectation {}

  /**
   * The customer has a subscription of the service in use, optionally with this license count and
   * trial flag.
   *
   * @param customer the customer
   * @param service the service
   * @param licenses the license count, if asserted
   * @param trial whether it is a trial, if asserted
   */
  record Owns(
      CustomerId customer, ServiceId service, Optional<Integer> licenses, Optional<Boolean> trial)
      implements Expectation {}

  /**
   * Holds when a new-commerce subscription matches every field given.
   *
   * @param customer the customer whose subscription it is (from the step that created it)
   * @param subscription the subscription's id
   * @param status the status it must have, if given
   * @param service the service it must be of, if given
   * @param seats the seats it must have, if given
   * @param term the term it must have, if given
   * @param billing the billing frequency it must have, if given
   * @param autoRenew whether auto-renew must be on, if given
   * @param trial whether it must be a trial, if given
   * @param termEnd the instant its term must end, if given
   */
  record SubscriptionIs(
      CustomerId customer,
      SubscriptionId subscription,
      Optional<SubscriptionStatus> status,
      Optional<ServiceId> service,
      Optional<Integer> seats,
      Optional<Term> term,
      Optional<BillingCycle> billing,
      Optional<Boolean> autoRenew,
      Optional<Boolean> trial,
      Optional<Instant> termEnd)
      implements Expectation {}
}
