package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.partnerkit.client.internal.WireValues;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a transition, such as the conversion or the seat reassignment, and where it stands.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param name the step, such as {@code Conversion} or {@code SeatReassignment}; empty when the
 *     service did not send it
 * @param status where it stands, such as {@code InProgress}, {@code Completed} or {@code Failed};
 *     empty when the service did not send it
 * @param timestamp when it reached that status, read as UTC when written without a zone; empty when
 *     the service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcTransitionEvent(
    Optional<String> name,
    Optional<String> status,
    @JsonDeserialize(contentUsing = LenientInstantDeserializer.class) Optional<Instant> timestamp) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcTransitionEvent {
    name = WireValues.optional(name);
    status = WireValues.optional(status);
    timestamp = WireValues.optional(timestamp);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcTransitionEventBuilder builder() {
    return new PcTransitionEventBuilder();
  }
}
