package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SKU of a product ({@code Sku} in "Products resources",
 * learn.microsoft.com/partner-center/developer/product-resources): one shape of the product, with
 * the quantities, billing cycles and purchase prerequisites that apply to it.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcSku.class)
@JsonDeserialize(as = ImmutablePcSku.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcSku {
  /** The purchase prerequisite that asks for an inventory check before buying. */
  String INVENTORY_CHECK = "InventoryCheck";

  /**
   * Returns the SKU's id, unique within its product, such as {@code 0001}.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the id of the product the SKU belongs to.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getProductId();

  /**
   * Returns the SKU's title.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTitle();

  /**
   * Returns the SKU's description.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDescription();

  /**
   * Returns the fewest seats one purchase may have.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Integer> getMinimumQuantity();

  /**
   * Returns the most seats one purchase may have.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Integer> getMaximumQuantity();

  /**
   * Returns whether the SKU is a trial.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isTrial")
  @Value.Default
  default boolean isTrial() {
    return false;
  }

  /**
   * Returns the terms of use's address.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTermsOfUseUri();

  /**
   * Returns the billing cycles the SKU can be bought with.
   *
   * @return the values; empty when the service sent none
   */
  List<PcBillingCycle> getSupportedBillingCycles();

  /**
   * Returns the steps to take before buying, such as {@value #INVENTORY_CHECK}.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getPurchasePrerequisites();

  /**
   * Returns the context an inventory check of this SKU needs, such as {@code CustomerId}.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getInventoryVariables();

  /**
   * Returns the variables a cart line buying this SKU must carry in its provisioning context.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getProvisioningVariables();

  /**
   * Returns the actions allowed on the SKU.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getActions();

  /**
   * Returns the documented dynamic attributes: add-on, prerequisites, constraints, upgrades.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcSkuDynamicAttributes> getDynamicAttributes();

  /**
   * Returns the resource links by name, such as {@code availabilities} and {@code self}.
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
   * Returns whether an inventory check must pass before the SKU is bought.
   *
   * @return true when the purchase prerequisites name {@value #INVENTORY_CHECK}, any case
   */
  default boolean needsInventoryCheck() {
    return getPurchasePrerequisites().stream().anyMatch(INVENTORY_CHECK::equalsIgnoreCase);
  }

  /**
   * Returns the model's service for this SKU bought through one of its availabilities: named by the
   * availability's catalog item id and the SKU's title, its {@code minimumQuantity} and {@code
   * maximumQuantity} as the seats one purchase line may carry (OFFER-4; the model's defaults when
   * not sent), its billing cycles (monthly, annual, triennial) and the availability's terms
   * (NCE-3). The dynamic attributes' upgrade targets name a product and SKU, not an availability,
   * so they are not mapped to the model's upgrade targets.
   *
   * @param availability one of this SKU's availabilities
   * @return the service; empty when the availability names no valid catalog item, or when a minimum
   *     above the model's default maximum comes without a maximum
   */
  default Optional<dev.partnerkit.model.Service> toModel(PcAvailability availability) {
    return CatalogMapping.service(this, availability);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcSku.Builder builder() {
    return ImmutablePcSku.builder();
  }
}
