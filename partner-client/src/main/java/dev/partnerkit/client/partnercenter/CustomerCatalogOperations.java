package dev.partnerkit.client.partnercenter;

import dev.partnerkit.client.Page;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Paging;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.model.CustomerId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The new-commerce catalog as one customer may buy from it: the products, SKUs and availabilities
 * Partner Center lists under {@code /v1/customers/{customerId}/products}, in the customer's own
 * country (so no country is given).
 *
 * <p>The calls are sent as {@code GET}: "Get a list of products (by customer)" and its SKU and
 * availability siblings show {@code POST} in their syntax tables but {@code GET} in their examples,
 * and a read without a body is a {@code GET} everywhere else in the API; {@code GET} is also safe
 * to retry.
 *
 * <p>Thread-safe; get it from {@link CatalogOperations#forCustomer(CustomerId)}. Listings are lazy
 * streams over pages, with a {@code ...PageAsync} method for manual paging.
 */
public final class CustomerCatalogOperations {
  private final HttpEngine engine;
  private final RequestOptions options;
  private final String base;

  CustomerCatalogOperations(HttpEngine engine, RequestOptions options, CustomerId customer) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
    this.base = "/v1/customers/" + CustomerOperations.path(customer);
  }

  /**
   * Returns the products the customer may buy in a view ({@code GET
   * /v1/customers/{customerId}/products?targetView=V}), fetched lazily a page at a time.
   *
   * @param targetView the catalog view, required, such as {@code OnlineServices}
   * @return the products
   */
  public Stream<PcProduct> products(String targetView) {
    String path = productsPath(targetView);
    return Paging.stream(
        token ->
            Sync.await(
                CatalogPages.<PcProduct>page(engine, options, path, CatalogPages.PRODUCTS, token)));
  }

  /**
   * Returns one page of the products the customer may buy in a view, asynchronously.
   *
   * @param targetView the catalog view, required
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page, later
   */
  public CompletableFuture<Page<PcProduct>> productsPageAsync(
      String targetView, Optional<String> token) {
    return CatalogPages.page(
        engine, options, productsPath(targetView), CatalogPages.PRODUCTS, token);
  }

  private String productsPath(String targetView) {
    return base + "/products?targetView=" + CatalogPages.targetView(targetView);
  }

  /**
   * Returns the SKUs of a product the customer may buy ({@code GET
   * /v1/customers/{customerId}/products/{productId}/skus}), fetched lazily a page at a time.
   *
   * @param productId the product's id
   * @return the SKUs
   */
  public Stream<PcSku> skus(String productId) {
    String path = skusPath(productId);
    return Paging.stream(
        token ->
            Sync.await(CatalogPages.<PcSku>page(engine, options, path, CatalogPages.SKUS, token)));
  }

  /**
   * Returns one page of the SKUs of a product the customer may buy, asynchronously.
   *
   * @param productId the product's id
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page, later
   */
  public CompletableFuture<Page<PcSku>> skusPageAsync(String productId, Optional<String> token) {
    return CatalogPages.page(engine, options, skusPath(productId), CatalogPages.SKUS, token);
  }

  private String skusPath(String productId) {
    return base + CatalogPages.product(productId) + "/skus";
  }

  /**
   * Returns the availabilities of a SKU the customer may buy ({@code GET
   * /v1/customers/{customerId}/products/{productId}/skus/{skuId}/availabilities}), fetched lazily a
   * page at a time.
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @return the availabilities
   */
  public Stream<PcAvailability> availabilities(String productId, String skuId) {
    String path = availabilitiesPath(productId, skuId);
    return Paging.stream(
        token ->
            Sync.await(
                CatalogPages.<PcAvailability>page(
                    engine, options, path, CatalogPages.AVAILABILITIES, token)));
  }

  /**
   * Returns one page of the availabilities of a SKU the customer may buy, asynchronously.
   *
   * @param productId the product's id
   * @param skuId the SKU's id
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page, later
   */
  public CompletableFuture<Page<PcAvailability>> availabilitiesPageAsync(
      String productId, String skuId, Optional<String> token) {
    return CatalogPages.page(
        engine, options, availabilitiesPath(productId, skuId), CatalogPages.AVAILABILITIES, token);
  }

  private String availabilitiesPath(String productId, String skuId) {
    return base + CatalogPages.sku(productId, skuId) + "/availabilities";
  }
}
