package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The term and billing a promotion's required product must be bought with.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param duration the term as an ISO 8601 duration, such as {@code P1Y}; empty when the service did
 *     not send it
 * @param billingCycle the billing cycle; empty when the service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcPromotionTerm(Optional<String> duration, Optional<PcBillingCycle> billingCycle) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcPromotionTerm {
    duration = WireValues.optional(duration);
    billingCycle = WireValues.optional(billingCycle);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcPromotionTermBuilder builder() {
    return new PcPromotionTermBuilder();
  }
}
