package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why an inventory check found an item restricted ({@code InventoryRestriction} in "Products
 * resources").
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param reasonCode the code of the reason; empty when the service did not send it
 * @param description what the restriction is; empty when the service did not send it
 * @param properties further details by name; empty when the service sent none
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcInventoryRestriction(
    Optional<String> reasonCode, Optional<String> description, Map<String, String> properties) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcInventoryRestriction {
    reasonCode = WireValues.optional(reasonCode);
    description = WireValues.optional(description);
    properties = WireValues.map(properties);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcInventoryRestrictionBuilder builder() {
    return new PcInventoryRestrictionBuilder();
  }
}
