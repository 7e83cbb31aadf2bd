package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The metadata attributes of a Partner Center resource ({@code ResourceAttributes}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param etag the ETag, the version of the object; empty when the service did not send it
 * @param objectType the object's type, such as {@code Customer}; empty when the service did not
 *     send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcResourceAttributes(Optional<String> etag, Optional<String> objectType) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcResourceAttributes {
    etag = WireValues.optional(etag);
    objectType = WireValues.optional(objectType);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcResourceAttributesBuilder builder() {
    return new PcResourceAttributesBuilder();
  }
}
