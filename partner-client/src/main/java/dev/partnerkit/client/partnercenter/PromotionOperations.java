package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import dev.partnerkit.model.CustomerId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Partner Center's new-commerce promotions: the promotions running in a country and segment, one
 * promotion, and whether prospective purchase lines are eligible for them ("Get promotions", "Get
 * promotion by ID", "Verify promotion eligibility", learn.microsoft.com/partner-center/developer/).
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#promotions()}. Every
 * method has an {@code ...Async} twin.
 */
public final class PromotionOperations {
  private static final JavaType PROMOTIONS = Json.type(PcCollection.class, PcPromotion.class);
  private static final JavaType ELIGIBILITIES =
      Json.type(PcCollection.class, PcPromotionEligibilityItem.class);

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(PromotionOperations.class, PromotionOperations::new);
  }

  private PromotionOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns the promotions running in a country and segment ({@code GET
   * /v1/productpromotions?country=XX&segment=S}).
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @param segment the segment; Partner Center supports {@link PcSegment#COMMERCIAL} only
   * @return the promotions
   */
  public List<PcPromotion> list(String country, PcSegment segment) {
    return Sync.await(listAsync(country, segment));
  }

  /**
   * Returns the promotions running in a country and segment, asynchronously.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @param segment the segment
   * @return the promotions, later
   */
  public CompletableFuture<List<PcPromotion>> listAsync(String country, PcSegment segment) {
    Objects.requireNonNull(segment, "segment must not be null");
    return engine
        .<PcCollection<PcPromotion>>execute(
            Call.get(
                Audience.PARTNER_CENTER,
                "/v1/productpromotions?country="
                    + Checks.country(country)
                    + "&segment="
                    + segment.wireValue()),
            options,
            PROMOTIONS)
        .thenApply(PcCollection::items);
  }

  /**
   * Returns one promotion ({@code GET /v1/productpromotions/{id}?country=XX}).
   *
   * @param promotionId the promotion's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the promotion
   */
  public PcPromotion get(String promotionId, String country) {
    return Sync.await(getAsync(promotionId, country));
  }

  /**
   * Returns one promotion, asynchronously.
   *
   * @param promotionId the promotion's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the promotion, later
   */
  public CompletableFuture<PcPromotion> getAsync(String promotionId, String country) {
    return engine.execute(
        Call.get(
            Audience.PARTNER_CENTER,
            "/v1/productpromotions/"
                + Uris.encode(Checks.id("promotionId", promotionId))
                + "?country="
                + Checks.country(country)),
        options,
        PcPromotion.class);
  }

  /**
   * Checks whether prospective purchase lines of a customer are eligible for promotions ({@code
   * POST /v1/customers/{id}/promotionEligibilities} with {@code {"items": [...]}}).
   *
   * @param customer the customer's tenant id
   * @param items the lines, at least one, each with a catalog item, a quantity of 1 or more, a term
   *     and a billing cycle
   * @return the lines with their eligibilities
   * @throws IllegalArgumentException naming the first missing or wrong field, before any call
   */
  public List<PcPromotionEligibilityItem> eligibilities(
      CustomerId customer, List<PcPromotionEligibilityItem> items) {
    return Sync.await(eligibilitiesAsync(customer, items));
  }

  /**
   * Checks whether prospective purchase lines of a customer are eligible, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param items the lines, at least one
   * @return the lines with their eligibilities, later
   */
  public CompletableFuture<List<PcPromotionEligibilityItem>> eligibilitiesAsync(
      CustomerId customer, List<PcPromotionEligibilityItem> items) {
    Objects.requireNonNull(items, "items must not be null");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must hold at least one line, but was empty");
    }
    for (int i = 0; i < items.size(); i++) {
      check("items[" + i + "]", Objects.requireNonNull(items.get(i), "items must not hold null"));
    }
    return engine
        .<PcCollection<PcPromotionEligibilityItem>>execute(
            Call.of(
                Audience.PARTNER_CENTER,
                "POST",
                "/v1/customers/" + CustomerOperations.path(customer) + "/promotionEligibilities",
                HttpEngine.toJson(Map.of("items", items)),
                // A check changes nothing; repeating it is as safe as repeating a read.
                Retry.IDEMPOTENT),
            options,
            ELIGIBILITIES)
        .thenApply(PcCollection::items);
  }

  private static void check(String name, PcPromotionEligibilityItem item) {
    String catalogItemId =
        item.getCatalogItemId()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        name + ".catalogItemId is required (productId:skuId:availabilityId)"));
    try {
      CatalogItemId.parse(catalogItemId);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          name
              + ".catalogItemId must be productId:skuId:availabilityId, but was '"
              + catalogItemId
              + "'",
          e);
    }
    if (item.getQuantity() < 1) {
      throw new IllegalArgumentException(
          name + ".quantity must be 1 or more, but was " + item.getQuantity());
    }
    if (item.getTermDuration().isEmpty()) {
      throw new IllegalArgumentException(name + ".termDuration is required, such as P1Y");
    }
    if (item.getBillingCycle().filter(c -> c != PcBillingCycle.UNKNOWN).isEmpty()) {
      throw new IllegalArgumentException(
          name + ".billingCycle is required, such as MONTHLY, and must not be UNKNOWN");
    }
  }
}
