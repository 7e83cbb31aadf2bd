package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's subscription to a service: how many licenses, whether it is a trial or paid, its
 * billing cycle when paid, and its term.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. A trial converted to paid keeps its
 * subscription id (TRIAL-4).
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

  /** Rejects a term that ends before it starts. */
  @Value.Check
  default void check() {
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
