package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Paging;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import dev.partnerkit.model.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Partner Center's new-commerce catalog for a country: products, their SKUs and the SKUs'
 * availabilities, whose {@code catalogItemId} a cart line buys ("Products resources",
 * learn.microsoft.com/partner-center/developer/product-resources), and inventory checks. {@link
 * #forCustomer(CustomerId)} gives the same catalog as one customer may buy from it.
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#catalog()}. Listings are
 * lazy streams over pages, with a {@code ...Page} method for manual paging; single reads have an
 * {@code ...Async} twin.
 */
public final class CatalogOperations {
  private static final JavaType INVENTORY = Json.type(List.class, PcInventoryItem.class);

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(CatalogOperations.class, CatalogOperations::new);
  }

  private CatalogOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Returns the products of a country in a view ({@code GET /v1/products?country=XX&targetView=V}),
   * fetched lazily a page at a time.
   *
   * @param country an ISO 3166-1 alpha-2 code such as {@code US}
   * @param targetView the catalog view, required: {@code OnlineServices} for new-commerce
   *     license-based products; a view the partner may not see is refused as {@link
   *     dev.partnerkit.client.ForbiddenException}
   * @return the products
   */
  public Stream<PcProduct> products(String country, String targetView) {
    return products(country, targetView, Optional.empty());
  }

  /**
   * Returns the products of a country in a view for one segment ({@code &targetSegment=}).
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @param targetView the catalog view, required
   * @param targetSegment the segment, such as {@link PcSegment#COMMERCIAL}; empty for all
   * @return the products
   */
  public Stream<PcProduct> products(
      String country, String targetView, Optional<PcSegment> targetSegment) {
    String path = productsPath(country, targetView, targetSegment);
    return Paging.stream(
        token ->
            Sync.await(
                CatalogPages.<PcProduct>page(engine, options, path, CatalogPages.PRODUCTS, token)));
  }

  /**
   * Returns one page of the products of a country in a view, asynchronously.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @param targetView the catalog view, required
   * @param targetSegment the segment; empty for all
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page, later
   */
  public CompletableFuture<Page<PcProduct>> productsPageAsync(
      String country,
      String targetView,
      Optional<PcSegment> targetSegment,
      Optional<String> token) {
    return CatalogPages.page(
        engine,
        options,
        productsPath(country, targetView, targetSegment),
        CatalogPages.PRODUCTS,
        token);
  }

  private static String productsPath(
      String country, String targetView, Optional<PcSegment> targetSegment) {
    Objects.requireNonNull(targetSegment, "targetSegment must not be null");
    return "/v1/products?country="
        + Checks.country(country)
        + "&targetView="
        + CatalogPages.targetView(targetView)
        + CatalogPages.segment(targetSegment);
  }

  /**
   * Returns one product ({@code GET /v1/products/{productId}?country=XX}).
   *
   * @param productId the product's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the product
   * @throws dev.partnerkit.client.NotFoundException when there is no such product there
   */
  public PcProduct product(String productId, String country) {
    return Sync.await(productAsync(productId, country));
  }

  /**
   * Returns one product, asynchronously.
   *
   * @param productId the product's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the product, later
   */
  public CompletableFuture<PcProduct> productAsync(String productId, String country) {
    return engine.execute(
        Call.get(
            Audience.PARTNER_CENTER,
            "/v1" + CatalogPages.product(productId) + "?country=" + Checks.country(country)),
        options,
        PcProduct.class);
  }

  /**
   * Returns a product's SKUs in a country ({@code GET /v1/products/{productId}/skus?country=XX}),
   * fetched lazily a page at a time.
   *
   * @param productId the product's id
   * @param country an ISO 3166-1 alpha-2 code
   * @param targetSegment the segment; empty for all
   * @return the SKUs
   */
  public Stream<PcSku> skus(String productId, String country, Optional<PcSegment> targetSegment) {
    String path = skusPath(productId, country, targetSegment);
    return Paging.stream(
        token ->
            Sync.await(CatalogPages.<PcSku>page(engine, options, path, CatalogPages.SKUS, token)));
  }

  /**
   * Returns one page of a product's SKUs in a country, asynchronously.
   *
   * @param productId the product's id
   * @param country an ISO 3166-1 alpha-2 code
   * @param targetSegment the segment; empty for all
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page, later
   */
  public CompletableFuture<Page<PcSku>> skusPageAsync(
      String productId, String country, Optional<PcSegment> targetSegment, Optional<String> token) {
    return CatalogPages.page(
        engine, options, skusPath(productId, country, targetSegment), CatalogPages.SKUS, token);
  }

  private static String skusPath(
      String productId, String country, Optional<PcSegment> targetSegment) {
    Objects.requireNonNull(targetSegment, "targetSegment must not be null");
    return "/v1"
        + CatalogPages.product(productId)
        + "/skus?country="
        + Checks.country(country)
        + CatalogPages.segment(targetSegment);
  }

  /**
   * Returns one SKU of a product ({@code GET /v1/products/{productId}/skus/{skuId}?country=XX}).
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the SKU
   */
  public PcSku sku(String productId, String skuId, String country) {
    return Sync.await(skuAsync(productId, skuId, country));
  }

  /**
   * Returns one SKU of a product, asynchronously.
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the SKU, later
   */
  public CompletableFuture<PcSku> skuAsync(String productId, String skuId, String country) {
    return engine.execute(
        Call.get(
            Audience.PARTNER_CENTER,
            "/v1" + CatalogPages.sku(productId, skuId) + "?country=" + Checks.country(country)),
        options,
        PcSku.class);
  }

  /**
   * Returns a SKU's availabilities in a country ({@code GET
   * /v1/products/{productId}/skus/{skuId}/availabilities?country=XX}), fetched lazily a page at a
   * time. Their ids change over time: buy soon after reading them.
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @param country an ISO 3166-1 alpha-2 code
   * @param targetSegment the segment; empty for all
   * @return the availabilities
   */
  public Stream<PcAvailability> availabilities(
      String productId, String skuId, String country, Optional<PcSegment> targetSegment) {
    String path = availabilitiesPath(productId, skuId, country, targetSegment);
    return Paging.stream(
        token ->
            Sync.await(
                CatalogPages.<PcAvailability>page(
                    engine, options, path, CatalogPages.AVAILABILITIES, token)));
  }

  /**
   * Returns one page of a SKU's availabilities in a country, asynchronously.
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @param country an ISO 3166-1 alpha-2 code
   * @param targetSegment the segment; empty for all
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page, later
   */
  public CompletableFuture<Page<PcAvailability>> availabilitiesPageAsync(
      String productId,
      String skuId,
      String country,
      Optional<PcSegment> targetSegment,
      Optional<String> token) {
    return CatalogPages.page(
        engine,
        options,
        availabilitiesPath(productId, skuId, country, targetSegment),
        CatalogPages.AVAILABILITIES,
        token);
  }

  private static String availabilitiesPath(
      String productId, String skuId, String country, Optional<PcSegment> targetSegment) {
    Objects.requireNonNull(targetSegment, "targetSegment must not be null");
    return "/v1"
        + CatalogPages.sku(productId, skuId)
        + "/availabilities?country="
        + Checks.country(country)
        + CatalogPages.segment(targetSegment);
  }

  /**
   * Returns one availability of a SKU ({@code GET
   * /v1/products/{productId}/skus/{skuId}/availabilities/{availabilityId}?country=XX}).
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @param availabilityId the availability's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the availability
   */
  public PcAvailability availability(
      String productId, String skuId, String availabilityId, String country) {
    return Sync.await(availabilityAsync(productId, skuId, availabilityId, country));
  }

  /**
   * Returns one availability of a SKU, asynchronously.
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @param availabilityId the availability's id
   * @param country an ISO 3166-1 alpha-2 code
   * @return the availability, later
   */
  public CompletableFuture<PcAvailability> availabilityAsync(
      String productId, String skuId, String availabilityId, String country) {
    return engine.execute(
        Call.get(
            Audience.PARTNER_CENTER,
            "/v1"
                + CatalogPages.sku(productId, skuId)
                + "/availabilities/"
                + Uris.encode(Checks.id("availabilityId", availabilityId))
                + "?country="
                + Checks.country(country)),
        options,
        PcAvailability.class);
  }

  /**
   * Checks whether catalog items are restricted for a purchase ({@code POST
   * /v1/extensions/product/checkInventory?country=XX}), as a SKU whose purchase prerequisites name
   * {@value PcSku#INVENTORY_CHECK} asks before it is bought.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @param request the items and the context their SKUs' inventory variables name
   * @return one item per product and SKU checked, each saying whether it is restricted and why
   */
  public List<PcInventoryItem> checkInventory(String country, PcInventoryCheckRequest request) {
    return Sync.await(checkInventoryAsync(country, request));
  }

  /**
   * Checks whether catalog items are restricted for a purchase, asynchronously.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @param request the items and the context
   * @return the items checked, later
   */
  public CompletableFuture<List<PcInventoryItem>> checkInventoryAsync(
      String country, PcInventoryCheckRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    return engine
        .<List<PcInventoryItem>>execute(
            Call.of(
                Audience.PARTNER_CENTER,
                "POST",
                "/v1/extensions/product/checkInventory?country=" + Checks.country(country),
                HttpEngine.toJson(request),
                // A check changes nothing; repeating it is as safe as repeating a read.
                Retry.IDEMPOTENT),
            options,
            INVENTORY)
        .thenApply(
            (List<PcInventoryItem> items) ->
                items == null ? List.of() : items.stream().filter(Objects::nonNull).toList());
  }

  /**
   * Returns the catalog as one customer may buy from it.
   *
   * @param customer the customer's tenant id
   * @return the customer's catalog; thread-safe
   */
  public CustomerCatalogOperations forCustomer(CustomerId customer) {
    return new CustomerCatalogOperations(engine, options, customer);
  }
}
