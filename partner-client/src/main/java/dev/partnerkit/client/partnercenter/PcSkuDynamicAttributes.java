package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The documented entries of a SKU's {@code dynamicAttributes}: whether it is an add-on, the SKUs it
 * needs, whether it has purchase constraints and the offers it upgrades to. Microsoft says the keys
 * of this dictionary "can change without notice", so every entry is optional and the others are
 * ignored.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcSkuDynamicAttributes.class)
@JsonDeserialize(as = ImmutablePcSkuDynamicAttributes.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcSkuDynamicAttributes {
  /**
   * Returns whether the SKU is an add-on, bought on top of a prerequisite SKU.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isAddon")
  @Value.Default
  default boolean isAddon() {
    return false;
  }

  /**
   * Returns the SKUs an add-on needs the customer to hold, such as {@code CFQ7TTC0ZZ01:0001}.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getPrerequisiteSkus();

  /**
   * Returns whether the SKU has purchase constraints, such as a seat cap per customer.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("hasConstraints")
  @Value.Default
  default boolean hasConstraints() {
    return false;
  }

  /**
   * Returns the offers the SKU can be upgraded to.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getUpgradeTargetOffers();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcSkuDynamicAttributes.Builder builder() {
    return ImmutablePcSkuDynamicAttributes.builder();
  }
}
