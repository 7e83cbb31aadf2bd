package dev.partnerkit.client.partnercenter;

import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Term;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a new-commerce purchase: a product's SKU in one availability, for a term at a billing
 * frequency, with a seat count and an optional promotion. It becomes a cart line item whose {@code
 * catalogItemId} is {@code productId:skuId:availabilityId}, as "Create a cart" documents for new
 * commerce (learn.microsoft.com/partner-center/developer/create-a-cart).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Building checks each field and
 * names the one that is wrong.
 */
@Value.Immutable
public interface NewCommercePurchaseLine {
  /**
   * Returns the product's id, such as the catalog's product id.
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
   * Returns the term bought (NCE-3).
   *
   * @return the term; never {@link dev.partnerkit.model.Term#UNKNOWN}
   */
  Term getTerm();

  /**
   * Returns how often the term is billed; one the term allows.
   *
   * @return the billing cycle
   */
  BillingCycle getBillingCycle();

  /**
   * Returns the seat count.
   *
   * @return 1 or more
   */
  int getQuantity();

  /**
   * Returns the promotion to apply, if any.
   *
   * @return the promotion's id
   */
  Optional<String> getPromotionId();

  /**
   * Returns the catalog item the line buys: product, SKU and availability joined by colons.
   *
   * @return the catalog item id
   */
  default String catalogItemId() {
    return CatalogItemId.of(getProductId(), getSkuId(), getAvailabilityId()).value();
  }

  /** Rejects blank or colon-bearing ids, an unknown term, a cycle the term lacks, and no seats. */
  @Value.Check
  default void check() {
    part("productId", getProductId());
    part("skuId", getSkuId());
    part("availabilityId", getAvailabilityId());
    getPromotionId().ifPresent(p -> Checks.id("NewCommercePurchaseLine.promotionId", p));
    if (getTerm() == Term.UNKNOWN) {
      throw new IllegalArgumentException(
          "NewCommercePurchaseLine.term must be one of P1M, P1Y or P3Y, but was UNKNOWN");
    }
    if (!getTerm().allows(getBillingCycle())) {
      throw new IllegalArgumentException(
          "NewCommercePurchaseLine.billingCycle must be one of "
              + getTerm().getBillingCycles()
              + " for term "
              + getTerm()
              + ", but was "
              + getBillingCycle());
    }
    if (getQuantity() < 1) {
      throw new IllegalArgumentException(
          "NewCommercePurchaseLine.quantity must be 1 or more, but was " + getQuantity());
    }
  }

  private static void part(String name, String value) {
    CatalogItemId.part("NewCommercePurchaseLine", name, value);
  }

  /**
   * Returns a line that buys an availability read from the catalog, without retyping its ids: the
   * product, SKU and availability come from its catalog item id. Add a promotion with {@code
   * withPromotionId}.
   *
   * @param availability the availability, as {@link CatalogOperations} read it
   * @param term the term to buy; one of the availability's terms when it lists any
   * @param billingCycle how often the term is billed; one the term allows
   * @param quantity the seat count, 1 or more
   * @return the line
   * @throws IllegalArgumentException when the availability is not purchasable, names no valid
   *     catalog item or does not offer the term, or when a field of the line is wrong
   */
  static ImmutableNewCommercePurchaseLine of(
      PcAvailability availability, Term term, BillingCycle billingCycle, int quantity) {
    Objects.requireNonNull(availability, "availability must not be null");
    Objects.requireNonNull(term, "term must not be null");
    CatalogItemId item = availability.catalogItem();
    if (!availability.isPurchasable()) {
      throw new IllegalArgumentException(
          "availability " + item + " must be purchasable, but its isPurchasable is false");
    }
    if (!availability.getTerms().isEmpty() && !availability.modelTerms().contains(term)) {
      throw new IllegalArgumentException(
          "term must be one of availability "
              + item
              + "'s terms "
              + availability.modelTerms()
              + ", but was "
              + term);
    }
    return builder()
        .productId(item.productId())
        .skuId(item.skuId())
        .availabilityId(item.availabilityId())
        .term(term)
        .billingCycle(billingCycle)
        .quantity(quantity)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableNewCommercePurchaseLine.Builder builder() {
    return ImmutableNewCommercePurchaseLine.builder();
  }
}
