package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key and a value, as in a link's headers or a cart line's participants.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param key the key; empty when the service did not send it
 * @param value the value; empty when the service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcKeyValue(Optional<String> key, Optional<String> value) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcKeyValue {
    key = WireValues.optional(key);
    value = WireValues.optional(value);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcKeyValueBuilder builder() {
    return new PcKeyValueBuilder();
  }
}
