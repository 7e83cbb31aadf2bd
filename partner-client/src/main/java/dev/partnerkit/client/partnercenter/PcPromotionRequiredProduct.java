package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product, SKU and term a promotion applies to.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param productId the product's id; empty when the service did not send it
 * @param skuId the SKU's id; empty when the service did not send it
 * @param term the term and billing it must be bought with; empty when the service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcPromotionRequiredProduct(
    Optional<String> productId, Optional<String> skuId, Optional<PcPromotionTerm> term) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcPromotionRequiredProduct {
    productId = WireValues.optional(productId);
    skuId = WireValues.optional(skuId);
    term = WireValues.optional(term);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcPromotionRequiredProductBuilder builder() {
    return new PcPromotionRequiredProductBuilder();
  }
}
