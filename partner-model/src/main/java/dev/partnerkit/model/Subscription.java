package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's subscription to a service: how many licenses, whether it is a trial or paid, its
 * billing cycle when paid, and its term.
 *
 * <p>A new-commerce subscription (NCE-*, modern policy) also has a {@link #getTerm() term}, its
 * term's start, auto-renew, its seats as {@link #getSeatBatches() batches} with the instant each
 * was added, the instant its cancellation window opened and the changes scheduled for its next
 * term; its {@link #getPartner() partner} is the one that bought it (NCE-15). Stored statuses are
 * those set by actions; renewal, expiry, disablement and deletion follow from the time (see
 * partner-rules).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. A trial converted to paid keeps its
 * subscription id (TRIAL-4, NCE-14). A new-commerce subscription whose batches do not add up to its
 * licenses, or that lacks its term's start or end, fails on construction.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubscription.class)
@JsonDeserialize(as = ImmutableSubscription.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Subscription {
  /**
   * Returns the subscription's id.
   *
   * @return the id
   */
  @NotNull
  SubscriptionId getId();

  /**
   * Returns the customer that owns the subscription.
   *
   * @return the customer id
   */
  @NotNull
  CustomerId getCustomer();

  /**
   * Returns the service subscribed to.
   *
   * @return the service id
   */
  @NotNull
  ServiceId getService();

  /**
   * Returns the partner that sold it, if a partner did.
   *
   * @return the partner id
   */
  Optional<PartnerId> getPartner();

  /**
   * Returns the order the subscription came from, when it was ordered under an order id (a Partner
   * Center order or cart checkout); empty for subscriptions started otherwise. The subscriptions of
   * one order, in the order they started, are its lines.
   *
   * @return the order's id
   */
  Optional<OrderId> getOrder();

  /**
   * Returns the number of licenses.
   *
   * @return 1 or more
   */
  @Min(Limits.LICENSES_MIN)
  int getLicenses();

  /**
   * Returns whether the subscription is a trial.
   *
   * @return true for a trial
   */
  @Value.Default
  default boolean isTrial() {
    return false;
  }

  /**
   * Returns the billing cycle of a paid subscription; empty for a trial.
   *
   * @return the billing cycle
   */
  Optional<BillingCycle> getBillingCycle();

  /**
   * Returns the subscription's status; defaults to {@link SubscriptionStatus#ACTIVE}.
   *
   * @return the status
   */
  @Value.Default
  default SubscriptionStatus getStatus() {
    return SubscriptionStatus.ACTIVE;
  }

  /**
   * Returns when the subscription started.
   *
   * @return the start
   */
  @NotNull
  Instant getStart();

  /**
   * Returns when the current term ends: a trial's end, or a paid term's renewal date.
   *
   * @return the end of the term
   */
  Optional<Instant> getEnd();

  /**
   * Returns the new-commerce term (NCE-3); empty for a subscription of the older programs.
   *
   * @return the term
   */
  Optional<Term> getTerm();

  /**
   * Returns when the current new-commerce term started: the purchase, the last renewal, a trial's
   * conversion or a mid-term term change (NCE-11).
   *
   * @return the term's start
   */
  Optional<Instant> getTermStart();

  /**
   * Returns whether the subscription renews at its term end (NCE-8, NCE-9); false for the older
   * programs.
   *
   * @return true when auto-renew is on
   */
  @Value.Default
  default boolean isAutoRenew() {
    return false;
  }

  /**
   * Returns a new-commerce subscription's seats in the batches they were added in, oldest first
   * (NCE-5, NCE-6); empty for the older programs.
   *
   * @return the batches
   */
  List<@Valid SeatBatch> getSeatBatches();

  /**
   * Returns when the cancellation window opened (NCE-7): the purchase, the last renewal or the
   * trial's conversion; for a subscription made by a partial upgrade, its source's.
   *
   * @return the instant the window opened
   */
  Optional<Instant> getWindowOpenedAt();

  /**
   * Returns the changes scheduled for the next term (NCE-10).
   *
   * @return the scheduled change, if any
   */
  Optional<@Valid ScheduledChange> getScheduledChange();

  /**
   * Returns whether this is a new-commerce subscription.
   *
   * @return true when it has a term
   */
  @JsonIgnore
  default boolean isNewCommerce() {
    return getTerm().isPresent();
  }

  /** Rejects a term that ends before it starts, and new-commerce fields that disagree. */
  @Value.Check
  default void check() {
    if (isNewCommerce()) {
      if (getTermStart().isEmpty() || getEnd().isEmpty()) {
        throw new IllegalArgumentException(
            "Subscription.termStart and end must be set on new-commerce subscription " + getId());
      }
      long seats = 0;
      for (SeatBatch batch : getSeatBatches()) {
        seats += batch.getSeats();
      }
      if (seats != getLicenses()) {
        throw new IllegalArgumentException(
            "Subscription.seatBatches must add up to licenses ("
                + getLicenses()
                + "), but add up to "
                + seats
                + " on subscription "
                + getId());
      }
    }
    if (getEnd().isPresent() && getEnd().get().isBefore(getStart())) {
      throw new IllegalArgumentException(
          "Subscription.end must not be before start ("
              + getStart()
              + "), but was "
              + getEnd().get());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableSubscription.Builder builder() {
    return ImmutableSubscription.builder();
  }
}
