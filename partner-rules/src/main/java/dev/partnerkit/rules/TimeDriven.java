package dev.partnerkit.rules;

import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.ImmutableGranularRelationship;
import dev.partnerkit.model.ImmutableSubscription;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Derives time-driven state from stored state and the time: an invitation past its validity is
 * expired (OFFER-9), a trial past its end has lapsed (TRIAL-5), a relationship left unapproved
 * expires (GDAP-8) and an active one expires or auto-extends at its end (GDAP-10).
 *
 * <p>Pure functions; nothing here is stored, so time passing needs no background work and replay
 * needs no clock. {@link PartnerProgram}'s queries and the rules read time through these.
 * Thread-safe: a utility class.
 */
final class TimeDriven {
  private TimeDriven() {}

  /**
   * Returns an offer's status at {@code now}.
   *
   * @param offer the stored offer
   * @param now the time
   * @return the status, {@code EXPIRED} once a pending offer's validity ended
   */
  public static OfferStatus status(Offer offer, Instant now) {
    OfferStatus stored = offer.getStatus();
    return stored == OfferStatus.PENDING && !now.isBefore(offer.getExpiresAt())
        ? OfferStatus.EXPIRED
        : stored;
  }

  /**
   * Returns an offer as it stands at {@code now}.
   *
   * @param offer the stored offer
   * @param now the time
   * @return the offer, closed as expired at its validity end when that passed
   */
  public static Offer offer(Offer offer, Instant now) {
    return status(offer, now) == OfferStatus.EXPIRED && offer.getStatus() == OfferStatus.PENDING
        ? offer.close(OfferStatus.EXPIRED, offer.getExpiresAt())
        : offer;
  }

  /**
   * Returns whether a subscription is in use at {@code now}: active, and not a trial past its end.
   *
   * @param subscription the stored subscription
   * @param now the time
   * @return true when in use
   */
  public static boolean isInUse(Subscription subscription, Instant now) {
    if (subscription.getStatus() != SubscriptionStatus.ACTIVE) {
      return false;
    }
    return !(subscription.isTrial()
        && subscription.getEnd().isPresent()
        && !now.isBefore(subscription.getEnd().get()));
  }

  /**
   * Returns a subscription as it stands at {@code now}.
   *
   * @param subscription the stored subscription
   * @param now the time
   * @return the subscription, expired when it is a trial past its end
   */
  public static Subscription subscription(Subscription subscription, Instant now) {
    return subscription.getStatus() == SubscriptionStatus.ACTIVE && !isInUse(subscription, now)
        ? ImmutableSubscription.copyOf(subscription).withStatus(SubscriptionStatus.EXPIRED)
        : subscription;
  }

  /**
   * Returns a relationship's status at {@code now}.
   *
   * @param relationship the stored relationship
   * @param now the time
   * @param policy the policy, for the approval window
   * @return the status
   */
  public static RelationshipStatus status(
      GranularRelationship relationship, Instant now, ProgramPolicy policy) {
    RelationshipStatus stored = relationship.getStatus();
    if (stored == RelationshipStatus.APPROVAL_PENDING && relationship.getLockedAt().isPresent()) {
      Instant deadline = relationship.getLockedAt().get().plus(policy.getApprovalWindow());
      return now.isBefore(deadline) ? stored : RelationshipStatus.EXPIRED;
    }
    if (stored.isInForce() && relationship.getEndsAt().isPresent()) {
      Instant end = relationship.getEndsAt().get();
      return now.isBefore(end) || relationship.isAutoExtending()
          ? stored
          : RelationshipStatus.EXPIRED;
    }
    return stored;
  }

  /**
   * Returns whether a relationship is in force at {@code now}.
   *
   * @param relationship the stored relationship
   * @param now the time
   * @param policy the policy
   * @return true when active
   */
  public static boolean isInForce(
      GranularRelationship relationship, Instant now, ProgramPolicy policy) {
    return status(relationship, now, policy).isInForce();
  }

  /**
   * Returns a relationship as it stands at {@code now}: expired when its approval window or term
   * passed, or with its end moved on by whole auto-extensions (GDAP-10).
   *
   * @param relationship the stored relationship
   * @param now the time
   * @param policy the policy
   * @return the relationship at {@code now}
   */
  public static GranularRelationship relationship(
      GranularRelationship relationship, Instant now, ProgramPolicy policy) {
    RelationshipStatus status = status(relationship, now, policy);
    ImmutableGranularRelationship copy = ImmutableGranularRelationship.copyOf(relationship);
    if (status != relationship.getStatus()) {
      Instant endedAt =
          relationship.getStatus() == RelationshipStatus.APPROVAL_PENDING
              ? relationship.getLockedAt().orElseThrow().plus(policy.getApprovalWindow())
              : relationship.getEndsAt().orElseThrow();
      return copy.withStatus(status).withEndsAt(endedAt);
    }
    if (status.isInForce()
        && relationship.isAutoExtending()
        && relationship.getEndsAt().isPresent()) {
      Instant end = relationship.getEndsAt().get();
      if (!now.isBefore(end)) {
        Duration step = relationship.getAutoExtendDuration();
        long steps = Duration.between(end, now).dividedBy(step) + 1;
        return copy.withEndsAt(end.plus(step.multipliedBy(steps)));
      }
    }
    return relationship;
  }
}
