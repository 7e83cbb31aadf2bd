package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of an inventory check's answer ({@code InventoryItem} in "Products resources"): a product
 * and SKU, whether it is restricted, and why. The items a request asks about are {@link
 * PcInventoryTarget}s.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcInventoryItem.class)
@JsonDeserialize(as = ImmutablePcInventoryItem.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcInventoryItem {
  /**
   * Returns the product's id.
   *
   * @return the value
   */
  String getProductId();

  /**
   * Returns the SKU's id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getSkuId();

  /**
   * Returns whether the check found the item restricted.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isRestricted")
  @Value.Default
  default boolean isRestricted() {
    return false;
  }

  /**
   * Returns why the item is restricted, when it is.
   *
   * @return the values; empty when the service sent none
   */
  List<PcInventoryRestriction> getRestrictions();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcInventoryItem.Builder builder() {
    return ImmutablePcInventoryItem.builder();
  }
}
