package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a transition of one type to a target offer is allowed ({@code
 * TransitionEligibilityDetail} in "Transition resources",
 * learn.microsoft.com/partner-center/developer/transition-resources).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param isEligible whether the transition is allowed; false when the service did not send it
 * @param transitionType the type of transition; empty when the service did not send it
 * @param errors why it is not allowed; empty when the service sent none
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcTransitionEligibilityDetail(
    boolean isEligible, Optional<PcTransitionType> transitionType, List<PcTransitionError> errors) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcTransitionEligibilityDetail {
    transitionType = WireValues.optional(transitionType);
    errors = WireValues.list(errors);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcTransitionEligibilityDetailBuilder builder() {
    return new PcTransitionEligibilityDetailBuilder();
  }
}
