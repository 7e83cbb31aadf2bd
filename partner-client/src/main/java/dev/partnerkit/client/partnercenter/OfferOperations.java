package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Partner Center's catalog of offers and offer categories for a country.
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#offers()}. Every method
 * has an {@code ...Async} twin.
 */
public final class OfferOperations {
  private static final JavaType OFFERS = Json.type(PcCollection.class, PcOffer.class);
  private static final JavaType CATEGORIES = Json.type(PcCollection.class, PcOfferCategory.class);

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(OfferOperations.class, OfferOperations::new);
  }

  OfferOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns the offers available in a country ({@code GET /v1/offers?country=XX}).
   *
   * @param country an ISO 3166-1 alpha-2 code such as {@code US}
   * @return the offers
   */
  public List<PcOffer> list(String country) {
    return Sync.await(listAsync(country));
  }

  /**
   * Returns the offers available in a country, asynchronously.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return the offers, later
   */
  public CompletableFuture<List<PcOffer>> listAsync(String country) {
    return engine
        .<PcCollection<PcOffer>>execute(
            Call.get(Audience.PARTNER_CENTER, "/v1/offers?country=" + Checks.country(country)),
            options,
            OFFERS)
        .thenApply(PcCollection::items);
  }

  /**
   * Returns the trial offers available in a country: the offers whose {@code isTrial} is true.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return the trial offers
   */
  public List<PcOffer> trials(String country) {
    return Sync.await(trialsAsync(country));
  }

  /**
   * Returns the trial offers available in a country, asynchronously.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return the trial offers, later
   */
  public CompletableFuture<List<PcOffer>> trialsAsync(String country) {
    return listAsync(country)
        .thenApply(offers -> offers.stream().filter(PcOffer::isTrial).toList());
  }

  /**
   * Returns one offer ({@code GET /v1/offers/{id}?country=XX}).
   *
   * @param offerId the offer's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the offer
   * @throws dev.partnerkit.client.NotFoundException when the offer is not sold in that country
   */
  public PcOffer get(String offerId, String country) {
    return Sync.await(getAsync(offerId, country));
  }

  /**
   * Returns one offer, asynchronously.
   *
   * @param offerId the offer's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the offer, later
   */
  public CompletableFuture<PcOffer> getAsync(String offerId, String country) {
    return engine.execute(
        Call.get(
            Audience.PARTNER_CENTER,
            "/v1/offers/"
                + Uris.encode(Checks.id("offerId", offerId))
                + "?country="
                + Checks.country(country)),
        options,
        PcOffer.class);
  }

  /**
   * Returns the offer categories of a country ({@code GET /v1/offercategories?country=XX}).
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return the categories
   */
  public List<PcOfferCategory> categories(String country) {
    return Sync.await(categoriesAsync(country));
  }

  /**
   * Returns the offer categories of a country, asynchronously.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return the categories, later
   */
  public CompletableFuture<List<PcOfferCategory>> categoriesAsync(String country) {
    return engine
        .<PcCollection<PcOfferCategory>>execute(
            Call.get(
                Audience.PARTNER_CENTER, "/v1/offercategories?country=" + Checks.country(country)),
            options,
            CATEGORIES)
        .thenApply(PcCollection::items);
  }
}
