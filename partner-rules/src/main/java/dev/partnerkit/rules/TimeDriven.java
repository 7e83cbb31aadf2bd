package dev.partnerkit.rules;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.ImmutableGranularRelationship;
import dev.partnerkit.model.ImmutableSubscription;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Derives time-driven state from stored state and the time: an invitation past its validity is
 * expired (OFFER-9), a trial past its end has lapsed (TRIAL-5), a relationship left unapproved
 * expires (GDAP-8) and an active one expires or auto-extends at its end (GDAP-10), and a
 * new-commerce subscription renews, converts, expires, is disabled and deleted (NCE-9, NCE-14).
 *
 * <p>Pure functions; nothing here is stored, so time passing needs no background work and replay
 * needs no clock. {@link PartnerProgram}'s queries and the rules read time through these.
 * Thread-safe: a utility class.
 */
final class TimeDriven {
  /** The default policy's new-commerce periods, for callers that pass no policy. */
  private static final ProgramPolicy DEFAULT_PERIODS = ProgramPolicy.modern();

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
    if (subscription.isNewCommerce()) {
      // Renewal and a trial's conversion keep an auto-renewing subscription active for ever; time
      // ends only one whose auto-renew is off (NCE-9, NCE-14).
      return subscription.isAutoRenew() || now.isBefore(subscription.getEnd().orElseThrow());
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
    if (subscription.isNewCommerce()) {
      return newCommerce(subscription, now, DEFAULT_PERIODS);
    }
    return subscription.getStatus() == SubscriptionStatus.ACTIVE && !isInUse(subscription, now)
        ? ImmutableSubscription.copyOf(subscription).withStatus(SubscriptionStatus.EXPIRED)
        : subscription;
  }

  /**
   * Returns a subscription as it stands at {@code now}, with the policy's new-commerce periods.
   *
   * @param subscription the stored subscription
   * @param now the time
   * @param policy the policy, for the expired and disabled periods (NCE-9)
   * @return the subscription at {@code now}
   */
  public static Subscription subscription(
      Subscription subscription, Instant now, ProgramPolicy policy) {
    return subscription.isNewCommerce()
        ? newCommerce(subscription, now, policy)
        : subscription(subscription, now);
  }

  /**
   * Returns a new-commerce subscription as it stands at {@code now}: each term end reached with
   * auto-renew on renews it for its term with its scheduled changes applied, opening a new window
   * (NCE-9, NCE-10), or converts a trial to a year billed monthly (NCE-14); with auto-renew off it
   * expires, then is disabled and deleted; a suspended one is disabled at its term end and deleted
   * later (NCE-9). Terms are calendar periods in UTC, each counted from its own start.
   *
   * @param stored the stored subscription
   * @param now the time
   * @param policy the policy, for the expired and disabled periods
   * @return the subscription at {@code now}
   */
  static Subscription newCommerce(Subscription stored, Instant now, ProgramPolicy policy) {
    Subscription s = stored;
    while (true) {
      SubscriptionStatus status = s.getStatus();
      Instant end = s.getEnd().orElseThrow();
      if (now.isBefore(end)
          || (status != SubscriptionStatus.ACTIVE && status != SubscriptionStatus.SUSPENDED)) {
        return s;
      }
      ImmutableSubscription copy = ImmutableSubscription.copyOf(s);
      if (status == SubscriptionStatus.SUSPENDED) {
        return copy.withStatus(
            now.isBefore(end.plus(policy.getDisabledPeriod()))
                ? SubscriptionStatus.DISABLED
                : SubscriptionStatus.DELETED);
      }
      if (!s.isAutoRenew() || s.getTerm().orElseThrow().getPeriod().isZero()) {
        Instant disabledAt = end.plus(policy.getExpiredPeriod());
        SubscriptionStatus after =
            now.isBefore(disabledAt)
                ? SubscriptionStatus.EXPIRED
                : now.isBefore(disabledAt.plus(policy.getDisabledPeriod()))
                    ? SubscriptionStatus.DISABLED
                    : SubscriptionStatus.DELETED;
        return copy.withStatus(after);
      }
      s = s.isTrial() ? converted(copy, end) : renewed(copy, end);
    }
  }

  /** NCE-14: a trial reaching its end with auto-renew on becomes a year billed monthly. */
  private static Subscription converted(ImmutableSubscription trial, Instant at) {
    return startTerm(
        trial.withTrial(false).withBillingCycle(BillingCycle.MONTHLY),
        Term.P1Y,
        trial.getLicenses(),
        at);
  }

  /** NCE-9, NCE-10: a renewal for the same term, or the scheduled one, with the changes applied. */
  private static Subscription renewed(ImmutableSubscription s, Instant at) {
    ScheduledChange change = s.getScheduledChange().orElse(ScheduledChange.builder().build());
    ImmutableSubscription next =
        s.withService(change.getService().orElse(s.getService()))
            .withBillingCycle(change.getBilling().or(s::getBillingCycle));
    return startTerm(
        next,
        change.getTerm().orElse(s.getTerm().orElseThrow()),
        change.getSeats().orElse(s.getLicenses()),
        at);
  }

  /**
   * Returns the subscription in a new term from {@code at}: its seats one batch added then, its
   * window opened then, nothing scheduled.
   */
  static ImmutableSubscription startTerm(
      ImmutableSubscription s, Term term, int seats, Instant at) {
    return withSeats(s, seats, List.of(SeatBatch.of(seats, at)))
        .withTerm(term)
        .withTermStart(at)
        .withEnd(termEnd(at, term))
        .withWindowOpenedAt(at)
        .withScheduledChange(Optional.empty());
  }

  /**
   * Returns the subscription with its licenses and batches replaced together: one at a time, the
   * model would refuse the first for not adding up to the other.
   */
  static ImmutableSubscription withSeats(Subscription s, int licenses, List<SeatBatch> batches) {
    return ImmutableSubscription.builder().from(s).licenses(licenses).seatBatches(batches).build();
  }

  /**
   * Returns when a term that starts at {@code start} ends: a calendar period later in UTC.
   *
   * @param start the term's start
   * @param term the term
   * @return the end
   */
  static Instant termEnd(Instant start, Term term) {
    return start.atOffset(ZoneOffset.UTC).plus(term.getPeriod()).toInstant();
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
