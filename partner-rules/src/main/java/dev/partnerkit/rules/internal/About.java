package dev.partnerkit.rules.internal;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.Reason;
import dev.partnerkit.rules.Rule;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link Reason} is about: its subject, whose text is written once here for each kind of
 * party, and the typed ids of its parties. The rules start from the subject ({@link
 * #customer(CustomerId)}, ...) and add the other parties with {@code and(...)}, so that a subject's
 * text and its typed id always come from the same id.
 *
 * <p>Immutable and thread-safe. Not API.
 *
 * @param subject the subject as text, such as {@code customer fabrikam}
 * @param partner the partner, if any
 * @param customer the customer, if any
 * @param invitation the invitation or offer, if any
 * @param relationship the granular relationship, if any
 * @param subscription the subscription, if any
 */
public record About(
    String subject,
    Optional<PartnerId> partner,
    Optional<CustomerId> customer,
    Optional<InvitationId> invitation,
    Optional<RelationshipId> relationship,
    Optional<SubscriptionId> subscription) {

  private static About of(String subject) {
    return new About(
        subject,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns a subject that is a partner.
   *
   * @param id the partner
   * @return {@code partner ID}, naming the partner
   */
  public static About partner(PartnerId id) {
    return of("partner " + id).and(id);
  }

  /**
   * Returns a subject that is a customer.
   *
   * @param id the customer
   * @return {@code customer ID}, naming the customer
   */
  public static About customer(CustomerId id) {
    return of("customer " + id).and(id);
  }

  /**
   * Returns a subject that is an invitation or offer.
   *
   * @param id the invitation
   * @return {@code invitation ID}, naming the invitation
   */
  public static About invitation(InvitationId id) {
    return of("invitation " + id).and(id);
  }

  /**
   * Returns a subject that is a granular relationship.
   *
   * @param id the relationship
   * @return {@code relationship ID}, naming the relationship
   */
  public static About relationship(RelationshipId id) {
    return of("relationship " + id).and(id);
  }

  /**
   * Returns a subject that is a subscription.
   *
   * @param id the subscription
   * @return {@code subscription ID}, naming the subscription
   */
  public static About subscription(SubscriptionId id) {
    return of("subscription " + id).and(id);
  }

  /**
   * Returns a subject that is the policy itself (POLICY-1), which names no party.
   *
   * @param policy the policy
   * @return {@code policy seed} or {@code policy modern}
   */
  public static About policy(ProgramPolicy policy) {
    return of("policy " + policyName(policy));
  }

  /**
   * Returns the policy's name as messages write it.
   *
   * @param policy the policy
   * @return {@code seed} or {@code modern}
   */
  public static String policyName(ProgramPolicy policy) {
    return policy.getEra().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns these parties and the partner; the subject stays.
   *
   * @param id the partner
   * @return the parties
   */
  public About and(PartnerId id) {
    return new About(subject, Optional.of(id), customer, invitation, relationship, subscription);
  }

  /**
   * Returns these parties and the customer; the subject stays.
   *
   * @param id the customer
   * @return the parties
   */
  public About and(CustomerId id) {
    return new About(subject, partner, Optional.of(id), invitation, relationship, subscription);
  }

  /**
   * Returns these parties and the invitation; the subject stays.
   *
   * @param id the invitation
   * @return the parties
   */
  public About and(InvitationId id) {
    return new About(subject, partner, customer, Optional.of(id), relationship, subscription);
  }

  /**
   * Returns these parties and the relationship; the subject stays.
   *
   * @param id the relationship
   * @return the parties
   */
  public About and(RelationshipId id) {
    return new About(subject, partner, customer, invitation, Optional.of(id), subscription);
  }

  /**
   * Returns these parties and the subscription; the subject stays.
   *
   * @param id the subscription
   * @return the parties
   */
  public About and(SubscriptionId id) {
    return new About(subject, partner, customer, invitation, relationship, Optional.of(id));
  }

  /**
   * Returns the reason for {@code rule} with {@code message} about these parties.
   *
   * @param rule the rule broken
   * @param message what was wrong and what to do
   * @return the reason
   */
  public Reason reason(Rule rule, String message) {
    return new Reason(
        rule, message, subject, partner, customer, invitation, relationship, subscription);
  }
}
