package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether an existing subscription of the target offer can receive the transition ({@code
 * TargetSubscriptionEligibilityDetail} in "Transition resources",
 * learn.microsoft.com/partner-center/developer/transition-resources).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param isEligible whether it can receive the transition; false when the service did not send it
 * @param subscriptionId the subscription's id; empty when the service did not send it
 * @param subscriptionFriendlyName the subscription's friendly name; empty when the service did not
 *     send it
 * @param subscriptionTermDuration the subscription's term as an ISO 8601 duration; empty when the
 *     service did not send it
 * @param subscriptionBillingCycle the subscription's billing cycle; empty when the service did not
 *     send it
 * @param errors why it cannot receive it; empty when the service sent none
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcTargetSubscriptionEligibility(
    boolean isEligible,
    Optional<String> subscriptionId,
    Optional<String> subscriptionFriendlyName,
    Optional<String> subscriptionTermDuration,
    Optional<PcBillingCycle> subscriptionBillingCycle,
    List<PcTransitionError> errors) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcTargetSubscriptionEligibility {
    subscriptionId = WireValues.optional(subscriptionId);
    subscriptionFriendlyName = WireValues.optional(subscriptionFriendlyName);
    subscriptionTermDuration = WireValues.optional(subscriptionTermDuration);
    subscriptionBillingCycle = WireValues.optional(subscriptionBillingCycle);
    errors = WireValues.list(errors);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcTargetSubscriptionEligibilityBuilder builder() {
    return new PcTargetSubscriptionEligibilityBuilder();
  }
}
