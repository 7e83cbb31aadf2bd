package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import dev.partnerkit.model.Term;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A term an availability can be bought for ({@code Term} in "Products resources"), such as {@code
 * P1Y}.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param id the term's id, which renewal instructions' {@code applicableTermIds} name; empty when
 *     the service did not send it
 * @param duration the term's length as an ISO 8601 duration: {@code P1M}, {@code P1Y} or {@code
 *     P3Y}; empty when the service did not send it
 * @param description the term's description, such as {@code One-year commitment}; empty when the
 *     service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcAvailabilityTerm(
    Optional<String> id, Optional<String> duration, Optional<String> description) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcAvailabilityTerm {
    id = WireValues.optional(id);
    duration = WireValues.optional(duration);
    description = WireValues.optional(description);
  }

  /**
   * Returns the model's term for the duration (NCE-3).
   *
   * @return the term; {@link Term#UNKNOWN} when the duration is absent or not one the model knows
   */
  public Term toModel() {
    return duration.map(PcMapping::term).orElse(Term.UNKNOWN);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcAvailabilityTermBuilder builder() {
    return new PcAvailabilityTermBuilder();
  }
}
