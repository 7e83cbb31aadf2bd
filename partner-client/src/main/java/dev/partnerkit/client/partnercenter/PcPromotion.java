package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A new-commerce promotion ("Get promotions",
 * learn.microsoft.com/partner-center/developer/get-promotions): the products, SKUs and terms it
 * applies to, how it changes the price, when it runs, and whether it applies by itself. A cart line
 * names it in {@code promotionId}.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcPromotion.class)
@JsonDeserialize(as = ImmutablePcPromotion.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcPromotion {
  /**
   * Returns the promotion's id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the promotion's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getName();

  /**
   * Returns the promotion's description.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDescription();

  /**
   * Returns when the promotion starts, read as UTC when written without a zone.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonDeserialize(contentUsing = LenientInstantDeserializer.class)
  Optional<Instant> getStartDate();

  /**
   * Returns when the promotion ends, read as UTC when written without a zone.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonDeserialize(contentUsing = LenientInstantDeserializer.class)
  Optional<Instant> getEndDate();

  /**
   * Returns the country it runs in.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getMarket();

  /**
   * Returns the segment it runs in.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcSegment> getSegment();

  /**
   * Returns the kind of promotion, such as {@code percentDiscount}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPromotionType();

  /**
   * Returns the products, SKUs and terms it applies to.
   *
   * @return the values; empty when the service sent none
   */
  List<PcPromotionRequiredProduct> getRequiredProducts();

  /**
   * Returns how it changes the price.
   *
   * @return the values; empty when the service sent none
   */
  List<PcPricingPolicy> getPricingPolicies();

  /**
   * Returns whether it applies to a matching purchase without being named.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isAutoApplicable")
  @Value.Default
  default boolean isAutoApplicable() {
    return false;
  }

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
  static ImmutablePcPromotion.Builder builder() {
    return ImmutablePcPromotion.builder();
  }
}
