package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a transition, or a target subscription, is not eligible.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param code the service's code, read as text even when sent as a number; empty when the service
 *     did not send it
 * @param description what the service says is wrong; empty when the service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcTransitionError(Optional<String> code, Optional<String> description) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcTransitionError {
    code = WireValues.optional(code);
    description = WireValues.optional(description);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcTransitionErrorBuilder builder() {
    return new PcTransitionErrorBuilder();
  }
}
