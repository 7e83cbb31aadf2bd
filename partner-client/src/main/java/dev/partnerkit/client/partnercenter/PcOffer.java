package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An offer in the partner's catalog for a country ({@code Offer}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcOffer.class)
@JsonDeserialize(as = ImmutablePcOffer.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcOffer {
  /**
   * Returns the offer's id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the offer's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getName();

  /**
   * Returns the offer's description.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDescription();

  /**
   * Returns the fewest licenses one purchase may carry.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getMinimumQuantity() {
    return 0;
  }

  /**
   * Returns the most licenses one purchase may carry.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getMaximumQuantity() {
    return 0;
  }

  /**
   * Returns the offer's rank in its product line.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getRank() {
    return 0;
  }

  /**
   * Returns the offer's URI.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getUri();

  /**
   * Returns the locale.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getLocale();

  /**
   * Returns the country the offer applies in.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCountry();

  /**
   * Returns the offer's category.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcOfferCategory> getCategory();

  /**
   * Returns what the purchase limit counts.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcLimitUnitOfMeasure> getLimitUnitOfMeasure();

  /**
   * Returns how many subscriptions of the offer may be bought, per the limit's unit.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getLimit() {
    return 0;
  }

  /**
   * Returns the unit of the term, such as {@code Month}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTermUnitOfMeasure();

  /**
   * Returns the term's length in its unit.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getTerm() {
    return 0;
  }

  /**
   * Returns the offers a customer needs before this one (for add-ons).
   *
   * @return the values; empty when the service sent none
   */
  List<String> getPrerequisiteOffers();

  /**
   * Returns whether the offer is an add-on.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isAddOn")
  @Value.Default
  default boolean isAddOn() {
    return false;
  }

  /**
   * Returns whether the offer has add-ons.
   *
   * @return the value; false when the service did not send it
   */
  @Value.Default
  default boolean isHasAddOns() {
    return false;
  }

  /**
   * Returns whether the offer can be bought.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isAvailableForPurchase")
  @Value.Default
  default boolean isAvailableForPurchase() {
    return false;
  }

  /**
   * Returns how the offer is billed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingType> getBilling();

  /**
   * Returns the billing cycles the offer supports.
   *
   * @return the values; empty when the service sent none
   */
  List<PcBillingCycle> getSupportedBillingCycles();

  /**
   * Returns whether the offer renews automatically.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isAutoRenewable")
  @Value.Default
  default boolean isAutoRenewable() {
    return false;
  }

  /**
   * Returns whether the offer is internal.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isInternal")
  @Value.Default
  default boolean isInternal() {
    return false;
  }

  /**
   * Returns whether the offer is a Microsoft product.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isMicrosoftProduct")
  @Value.Default
  default boolean isMicrosoftProduct() {
    return false;
  }

  /**
   * Returns the offers this one can be upgraded to.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getUpgradeTargetOffers();

  /**
   * Returns the offers a trial of this one can be converted to.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getConversionTargetOffers();

  /**
   * Returns the qualifications the customer needs.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getReselleeQualifications();

  /**
   * Returns the qualifications the partner needs.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getResellerQualifications();

  /**
   * Returns the group used to split offers into separate orders.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getSalesGroupId();

  /**
   * Returns whether the offer is a trial.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isTrial")
  @Value.Default
  default boolean isTrial() {
    return false;
  }

  /**
   * Returns how the offer is acquired, such as {@code purchase}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAcquisitionType();

  /**
   * Returns the catalogs that list the offer, such as {@code live}.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getSupportedCatalogTypes();

  /**
   * Returns the actions allowed on subscriptions of the offer.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getActions();

  /**
   * Returns the product the offer belongs to.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcOfferProduct> getProduct();

  /**
   * Returns the unit of the quantity, such as {@code Licenses}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getUnitType();

  /**
   * Returns the resource links by name, such as {@code self} and {@code next}.
   *
   * @return the entries; empty when the service sent none
   */
  Map<String, PcLink> getLinks();

  /**
   * Returns the metadata attributes: the ETag and the object type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcResourceAttributes> getAttributes();

  /**
   * Returns the model's service for this offer: its bounds, billing cycles, add-on prerequisite,
   * conversion targets and, for a trial offer, trial terms (the term in days and the fixed license
   * count).
   *
   * @return the service; empty when the offer's id is not a valid service id
   */
  default Optional<Service> toModel() {
    return PcMapping.service(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcOffer.Builder builder() {
    return ImmutablePcOffer.builder();
  }
}
