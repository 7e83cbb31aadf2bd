package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target a new-commerce subscription may be transitioned to ({@code TransitionEligibility} in
 * "Transition resources", learn.microsoft.com/partner-center/developer/transition-resources): the
 * target's catalog item, whether each type of transition is allowed, and which existing
 * subscriptions of the target could receive it. The lists are empty for a trial source and for
 * scheduled eligibilities.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcTransitionEligibility.class)
@JsonDeserialize(as = ImmutablePcTransitionEligibility.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcTransitionEligibility {
  /**
   * Returns the target's catalog item id, {@code productId:skuId:availabilityId}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCatalogItemId();

  /**
   * Returns the target SKU's title.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTitle();

  /**
   * Returns the target SKU's description.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDescription();

  /**
   * Returns the quantity of the target to be bought.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns whether each type of transition to the target is allowed.
   *
   * @return the values; empty when the service sent none
   */
  List<PcTransitionEligibilityDetail> getEligibilities();

  /**
   * Returns the existing subscriptions of the target that could receive the transition.
   *
   * @return the values; empty when the service sent none
   */
  List<PcTargetSubscriptionEligibility> getSubscriptionEligibilities();

  /**
   * Returns whether a transition of this type to the target is allowed.
   *
   * @param type the type of transition
   * @return true when an eligibility of that type says it is
   */
  default boolean allows(PcTransitionType type) {
    return getEligibilities().stream()
        .anyMatch(e -> e.isEligible() && e.transitionType().filter(type::equals).isPresent());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcTransitionEligibility.Builder builder() {
    return ImmutablePcTransitionEligibility.builder();
  }
}
