package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product of the catalog ({@code Product} in "Products resources",
 * learn.microsoft.com/partner-center/developer/product-resources): a purchasable good or service,
 * bought through one of its SKUs' availabilities.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcProduct.class)
@JsonDeserialize(as = ImmutablePcProduct.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcProduct {
  /**
   * Returns the product's id, such as {@code CFQ7TTC0ZZ01}.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the product's title.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTitle();

  /**
   * Returns the product's description.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDescription();

  /**
   * Returns the product's type, such as {@code OnlineServices}, with its sub-type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcItemType> getProductType();

  /**
   * Returns whether it is a Microsoft product.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isMicrosoftProduct")
  @Value.Default
  default boolean isMicrosoftProduct() {
    return false;
  }

  /**
   * Returns the publisher's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPublisherName();

  /**
   * Returns the resource links by name, such as {@code skus} and {@code self}.
   *
   * @return the entries; empty when the service sent none
   */
  Map<String, PcLink> getLinks();

  /**
   * Returns the metadata attributes: the object type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcResourceAttributes> getAttributes();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcProduct.Builder builder() {
    return ImmutablePcProduct.builder();
  }
}
