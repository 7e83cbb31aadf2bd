package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.SubscriptionId;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a rule denies an action: the {@link Rule} broken, a message a portal can show to a person
 * (what was wrong and what to do), the subject the reason is about as text, such as {@code
 * invitation t1} or {@code customer fabrikam}, and the parties it is about as typed ids.
 *
 * <p>Code that needs to know which partner, customer, invitation, relationship or subscription a
 * reason concerns reads {@link #partner()}, {@link #customer()}, {@link #invitation()}, {@link
 * #relationship()} or {@link #subscription()}; {@link #subject()} and {@link #message()} are for
 * people and are never meant to be parsed. A reason names at most one party of each kind: the
 * subject itself and the parties of the thing that broke the rule (an invitation's sender and
 * addressee, a relationship's partner and customer, a subscription's customer). The rules of this
 * library always fill in the party their subject names; a reason made with {@link #Reason(Rule,
 * String, String)} has text only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule broken
 * @param message what was wrong and what to do, in a sentence or two
 * @param subject what the reason is about, as text for people
 * @param partner the partner the reason is about, if any
 * @param customer the customer the reason is about, if any
 * @param invitation the invitation or offer the reason is about, if any
 * @param relationship the granular relationship the reason is about, if any
 * @param subscription the subscription the reason is about, if any
 */
public record Reason(
    Rule rule,
    String message,
    String subject,
    Optional<PartnerId> partner,
    Optional<CustomerId> customer,
    Optional<InvitationId> invitation,
    Optional<RelationshipId> relationship,
    Optional<SubscriptionId> subscription) {
  /** Checks that no part is null. */
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(invitation, "invitation");
    Objects.requireNonNull(relationship, "relationship");
    Objects.requireNonNull(subscription, "subscription");
  }

  /**
   * Creates a reason whose subject is text only, naming no typed party; kept for callers written
   * before reasons carried typed ids.
   *
   * @param rule the rule broken
   * @param message what was wrong and what to do
   * @param subject what the reason is about, as text
   */
  public Reason(Rule rule, String message, String subject) {
    this(
        rule,
        message,
        subject,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns the broken rule's id, such as {@code DA-2}.
   *
   * @return the id
   */
  public String ruleId() {
    return rule.getId();
  }

  /** Returns {@code RULE-ID subject: message}. */
  @Override
  public String toString() {
    return rule.getId() + " " + subject + ": " + message;
  }
}
