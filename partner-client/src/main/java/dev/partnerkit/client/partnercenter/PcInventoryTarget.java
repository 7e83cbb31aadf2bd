package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.WireValues;
import java.util.Objects;
import java.util.Optional;

/**
 * An item an inventory check is asked about ({@code InventoryItem} as a request's {@code
 * targetItems} hold it): a product, and optionally one of its SKUs. The answer's items, which add
 * whether each is restricted, are {@link PcInventoryItem}s.
 *
 * <p>Immutable and thread-safe; create with {@link #of(String)} or {@link #of(String, String)}.
 * Decoding ignores unknown fields (API-5).
 *
 * @param productId the product's id; required
 * @param skuId the SKU's id; empty checks every SKU of the product
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcInventoryTarget(String productId, Optional<String> skuId) {
  /** Requires a product, and reads null as absent. */
  public PcInventoryTarget {
    Objects.requireNonNull(productId, "PcInventoryTarget.productId must not be null");
    Checks.id("PcInventoryTarget.productId", productId);
    skuId = WireValues.optional(skuId);
  }

  /**
   * Returns a target that checks every SKU of a product.
   *
   * @param productId the product's id
   * @return the target
   */
  public static PcInventoryTarget of(String productId) {
    return new PcInventoryTarget(productId, Optional.empty());
  }

  /**
   * Returns a target that checks one SKU of a product.
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @return the target
   */
  public static PcInventoryTarget of(String productId, String skuId) {
    return new PcInventoryTarget(
        productId, Optional.of(Checks.id("PcInventoryTarget.skuId", skuId)));
  }
}
