package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a line is not eligible for a promotion, with the seat bounds when seats are the reason.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param type the reason, such as {@code SeatCountMismatch}; empty when the service did not send it
 * @param description what the service says is wrong; empty when the service did not send it
 * @param minimumRequiredSeats the fewest seats the promotion needs; empty when not sent
 * @param maximumRequiredSeats the most seats the promotion allows; empty when not sent
 * @param availableSeats the seats still open to the promotion; empty when not sent
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcPromotionEligibilityError(
    Optional<String> type,
    Optional<String> description,
    Optional<Integer> minimumRequiredSeats,
    Optional<Integer> maximumRequiredSeats,
    Optional<Integer> availableSeats) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcPromotionEligibilityError {
    type = WireValues.optional(type);
    description = WireValues.optional(description);
    minimumRequiredSeats = WireValues.optional(minimumRequiredSeats);
    maximumRequiredSeats = WireValues.optional(maximumRequiredSeats);
    availableSeats = WireValues.optional(availableSeats);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcPromotionEligibilityErrorBuilder builder() {
    return new PcPromotionEligibilityErrorBuilder();
  }
}
