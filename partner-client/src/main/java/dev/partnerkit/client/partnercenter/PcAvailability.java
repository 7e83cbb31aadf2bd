package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.Term;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An availability of a SKU ({@code Availability} in "Products resources",
 * learn.microsoft.com/partner-center/developer/product-resources): a configuration (country,
 * segment, terms) in which the SKU can be bought, named by the {@code catalogItemId} a cart line
 * buys. Microsoft warns that availability ids "can change over time": fetch them shortly before
 * buying.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcAvailability.class)
@JsonDeserialize(as = ImmutablePcAvailability.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcAvailability {
  /**
   * Returns the availability's id, unique within its product and SKU.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the id of the product the availability belongs to.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getProductId();

  /**
   * Returns the id of the SKU the availability belongs to.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getSkuId();

  /**
   * Returns the id a cart line buys it with, {@code productId:skuId:availabilityId}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCatalogItemId();

  /**
   * Returns the availability's default currency, such as {@code USD}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDefaultCurrency();

  /**
   * Returns the industry segment it is for.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcSegment> getSegment();

  /**
   * Returns the country it applies in, an ISO 3166-1 alpha-2 code.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCountry();

  /**
   * Returns whether it can be bought.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isPurchasable")
  @Value.Default
  default boolean isPurchasable() {
    return false;
  }

  /**
   * Returns whether it can be renewed.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isRenewable")
  @Value.Default
  default boolean isRenewable() {
    return false;
  }

  /**
   * Returns how its terms renew.
   *
   * @return the values; empty when the service sent none
   */
  List<PcRenewalInstruction> getRenewalInstructions();

  /**
   * Returns the terms it can be bought for.
   *
   * @return the values; empty when the service sent none
   */
  List<PcAvailabilityTerm> getTerms();

  /**
   * Returns the product it belongs to, when the service embeds it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcProduct> getProduct();

  /**
   * Returns the SKU it belongs to, when the service embeds it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcSku> getSku();

  /**
   * Returns the resource links by name, such as {@code self}.
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
   * Returns the model's terms it can be bought for (NCE-3), leaving out durations the model does
   * not know.
   *
   * @return the terms; empty when none is known
   */
  default Set<Term> modelTerms() {
    Set<Term> terms = EnumSet.noneOf(Term.class);
    for (PcAvailabilityTerm term : getTerms()) {
      Term known = term.toModel();
      if (known != Term.UNKNOWN) {
        terms.add(known);
      }
    }
    return terms;
  }

  /**
   * Returns the catalog item this availability names: its {@code catalogItemId} when sent, else its
   * product, SKU and own id joined.
   *
   * @return the id
   * @throws IllegalArgumentException when the answer names no product or SKU, or an id that is not
   *     three parts joined by colons
   */
  default CatalogItemId catalogItem() {
    if (getCatalogItemId().isPresent()) {
      return CatalogItemId.parse(getCatalogItemId().get());
    }
    return CatalogItemId.of(
        getProductId()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "PcAvailability.productId is missing, and so is catalogItemId")),
        getSkuId()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "PcAvailability.skuId is missing, and so is catalogItemId")),
        getId());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcAvailability.Builder builder() {
    return ImmutablePcAvailability.builder();
  }
}
