package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The product term of a scheduled change ({@code ProductTerm} in "Subscription resources",
 * learn.microsoft.com/partner-center/developer/subscription-resources): what the subscription
 * renews to.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcScheduledProduct.class)
@JsonDeserialize(as = ImmutablePcScheduledProduct.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcScheduledProduct {
  /**
   * Returns the product's id.
   *
   * @return the value
   */
  String getProductId();

  /**
   * Returns the SKU's id within the product.
   *
   * @return the value
   */
  String getSkuId();

  /**
   * Returns the availability's id within the SKU.
   *
   * @return the value
   */
  String getAvailabilityId();

  /**
   * Returns how often the next term is billed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingCycle> getBillingCycle();

  /**
   * Returns the next term as an ISO 8601 duration, such as {@code P1Y}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTermDuration();

  /**
   * Returns the promotion applied to the next term.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPromotionId();

  /**
   * Returns the catalog item this product term names: product, SKU and availability joined by
   * colons, as new-commerce offer ids are.
   *
   * @return the catalog item id
   */
  default String catalogItemId() {
    return CatalogItemId.join(getProductId(), getSkuId(), getAvailabilityId());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcScheduledProduct.Builder builder() {
    return ImmutablePcScheduledProduct.builder();
  }
}
