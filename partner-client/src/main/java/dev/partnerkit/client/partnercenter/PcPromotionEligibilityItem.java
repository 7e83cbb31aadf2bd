package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line whose promotion eligibility is checked ("Verify promotion eligibility",
 * learn.microsoft.com/partner-center/developer/verify-promotion-eligibility): the catalog item,
 * quantity, term and billing of a prospective purchase, and the promotion to check; the answer
 * echoes the line with its {@code eligibilities}.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} or {@link
 * #of(NewCommercePurchaseLine)}. Decoding ignores unknown fields (API-5); a request's required
 * fields (catalog item, quantity, term, billing) are checked before the call.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcPromotionEligibilityItem.class)
@JsonDeserialize(as = ImmutablePcPromotionEligibilityItem.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcPromotionEligibilityItem {
  /**
   * Returns the line's number within the request.
   *
   * @return the value; empty when not given
   */
  Optional<Integer> getId();

  /**
   * Returns the catalog item, {@code productId:skuId:availabilityId}.
   *
   * @return the value; empty when not given
   */
  Optional<String> getCatalogItemId();

  /**
   * Returns the seat count.
   *
   * @return the value; 0 when not given
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns the term as an ISO 8601 duration.
   *
   * @return the value; empty when not given
   */
  Optional<String> getTermDuration();

  /**
   * Returns the billing cycle.
   *
   * @return the value; empty when not given
   */
  Optional<PcBillingCycle> getBillingCycle();

  /**
   * Returns the promotion to check.
   *
   * @return the value; empty to check whichever applies
   */
  Optional<String> getPromotionId();

  /**
   * Returns whether the line is eligible, and why not; answers only.
   *
   * @return the values; empty when the service sent none
   */
  List<PcPromotionEligibility> getEligibilities();

  /**
   * Returns the line that checks a prospective purchase line, with its promotion if it names one.
   *
   * @param line the purchase line
   * @return the item
   */
  static PcPromotionEligibilityItem of(NewCommercePurchaseLine line) {
    return builder()
        .catalogItemId(line.catalogItemId())
        .quantity(line.getQuantity())
        .termDuration(line.getTerm().name())
        .billingCycle(PcMapping.newCommerceBillingCycle(line.getBillingCycle()))
        .promotionId(line.getPromotionId())
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcPromotionEligibilityItem.Builder builder() {
    return ImmutablePcPromotionEligibilityItem.builder();
  }
}
