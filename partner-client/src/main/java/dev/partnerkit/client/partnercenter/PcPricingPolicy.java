package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a promotion changes the price, such as a discount of a percentage.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param policyType the kind of change, such as {@code discount}; empty when the service did not
 *     send it
 * @param value the amount, as the service wrote it (a number is read as its text); empty when the
 *     service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcPricingPolicy(Optional<String> policyType, Optional<String> value) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcPricingPolicy {
    policyType = WireValues.optional(policyType);
    value = WireValues.optional(value);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcPricingPolicyBuilder builder() {
    return new PcPricingPolicyBuilder();
  }
}
