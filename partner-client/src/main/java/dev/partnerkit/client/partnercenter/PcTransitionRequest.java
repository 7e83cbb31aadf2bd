package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.client.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that transitions a new-commerce subscription to another offer ({@code POST
 * /v1/customers/{c}/subscriptions/{s}/transitions}, "Transition a new commerce subscription",
 * learn.microsoft.com/partner-center/developer/transition-a-new-commerce-subscription): the target
 * catalog item, the quantity and the type of transition are required; the rest are optional.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Building checks the required fields
 * and names the one that is missing or wrong, so a bad request never leaves the client. Decoding
 * ignores unknown fields (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcTransitionRequest.class)
@JsonDeserialize(as = ImmutablePcTransitionRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcTransitionRequest {
  /**
   * Returns the source's catalog item id.
   *
   * @return the value; empty to let the service take the source subscription's
   */
  Optional<String> getFromCatalogItemId();

  /**
   * Returns the source subscription's id.
   *
   * @return the value; empty to let the service take the one in the address
   */
  Optional<String> getFromSubscriptionId();

  /**
   * Returns the target's catalog item id, {@code productId:skuId:availabilityId}; required.
   *
   * @return the value
   */
  String getToCatalogItemId();

  /**
   * Returns the existing subscription of the target to transition into, for a transition to a
   * subscription the customer already holds.
   *
   * @return the value; empty to buy a new one
   */
  Optional<String> getToSubscriptionId();

  /**
   * Returns the quantity to transition; required, 1 or more.
   *
   * @return the value
   */
  int getQuantity();

  /**
   * Returns the target's term as an ISO 8601 duration, such as {@code P1Y}.
   *
   * @return the value; empty to keep the source's
   */
  Optional<String> getTermDuration();

  /**
   * Returns the target's billing cycle.
   *
   * @return the value; empty to keep the source's
   */
  Optional<PcBillingCycle> getBillingCycle();

  /**
   * Returns the type of transition; required.
   *
   * @return the value
   */
  PcTransitionType getTransitionType();

  /**
   * Returns the promotion to apply to the target.
   *
   * @return the value; empty for none
   */
  Optional<String> getPromotionId();

  /** Rejects a target that is not a catalog item id, no quantity and an unknown type. */
  @Value.Check
  default void check() {
    Checks.id("PcTransitionRequest.toCatalogItemId", getToCatalogItemId());
    try {
      CatalogItemId.parse(getToCatalogItemId());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "PcTransitionRequest.toCatalogItemId must be productId:skuId:availabilityId, but was '"
              + getToCatalogItemId()
              + "'",
          e);
    }
    if (getQuantity() < 1) {
      throw new IllegalArgumentException(
          "PcTransitionRequest.quantity must be 1 or more, but was " + getQuantity());
    }
    if (getTransitionType() == PcTransitionType.UNKNOWN) {
      throw new IllegalArgumentException(
          "PcTransitionRequest.transitionType must be TRANSITION_ONLY or"
              + " TRANSITION_WITH_LICENSE_TRANSFER, but was UNKNOWN");
    }
    getFromSubscriptionId().ifPresent(v -> Checks.id("PcTransitionRequest.fromSubscriptionId", v));
    getToSubscriptionId().ifPresent(v -> Checks.id("PcTransitionRequest.toSubscriptionId", v));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcTransitionRequest.Builder builder() {
    return ImmutablePcTransitionRequest.builder();
  }
}
