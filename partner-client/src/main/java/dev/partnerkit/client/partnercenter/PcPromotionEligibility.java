package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a line is eligible for a promotion, and why not.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param isEligible whether the line gets the promotion; false when the service did not send it
 * @param type the kind of check, such as {@code PromotionEligibility}; empty when not sent
 * @param errors why it does not; empty when the service sent none
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcPromotionEligibility(
    boolean isEligible, Optional<String> type, List<PcPromotionEligibilityError> errors) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcPromotionEligibility {
    type = WireValues.optional(type);
    errors = WireValues.list(errors);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcPromotionEligibilityBuilder builder() {
    return new PcPromotionEligibilityBuilder();
  }
}
