package dev.partnerkit.client.partnercenter;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import dev.partnerkit.model.CustomerId;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Partner Center's carts: create one for a customer, read it, check it out into orders.
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#carts()}. The POSTs are
 * retried safely: Partner Center de-duplicates them by their {@code MS-RequestId}.
 */
public final class CartOperations {
  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(CartOperations.class, CartOperations::new);
  }

  CartOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Creates a cart ({@code POST /v1/customers/{id}/carts}).
   *
   * @param customer the customer's tenant id
   * @param cart the cart's lines
   * @return the created cart, with its id and expiry
   */
  public PcCart create(CustomerId customer, PcCart cart) {
    return Sync.await(createAsync(customer, cart));
  }

  /**
   * Creates a cart, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param cart the cart's lines
   * @return the created cart, later
   */
  public CompletableFuture<PcCart> createAsync(CustomerId customer, PcCart cart) {
    Objects.requireNonNull(cart, "cart must not be null");
    return engine.execute(
        Call.of(
            Audience.PARTNER_CENTER,
            "POST",
            "/v1/customers/" + CustomerOperations.path(customer) + "/carts",
            HttpEngine.toJson(cart),
            Retry.DEDUPLICATED_BY_REQUEST_ID),
        options,
        PcCart.class);
  }

  /**
   * Returns a cart ({@code GET /v1/customers/{id}/carts/{cartId}}).
   *
   * @param customer the customer's tenant id
   * @param cartId the cart's id
   * @return the cart
   */
  public PcCart get(CustomerId customer, String cartId) {
    return Sync.await(getAsync(customer, cartId));
  }

  /**
   * Returns a cart, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param cartId the cart's id
   * @return the cart, later
   */
  public CompletableFuture<PcCart> getAsync(CustomerId customer, String cartId) {
    return engine.execute(
        Call.get(Audience.PARTNER_CENTER, cartPath(customer, cartId)), options, PcCart.class);
  }

  /**
   * Checks a cart out: places its lines as orders ({@code POST
   * /v1/customers/{id}/carts/{cartId}/checkout}).
   *
   * @param customer the customer's tenant id
   * @param cartId the cart's id
   * @return the orders placed and the order groups that failed
   */
  public PcCartCheckoutResult checkout(CustomerId customer, String cartId) {
    return Sync.await(checkoutAsync(customer, cartId));
  }

  /**
   * Checks a cart out, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param cartId the cart's id
   * @return the result, later
   */
  public CompletableFuture<PcCartCheckoutResult> checkoutAsync(CustomerId customer, String cartId) {
    return engine.execute(
        Call.of(
            Audience.PARTNER_CENTER,
            "POST",
            cartPath(customer, cartId) + "/checkout",
            null,
            Retry.DEDUPLICATED_BY_REQUEST_ID),
        options,
        PcCartCheckoutResult.class);
  }

  private static String cartPath(CustomerId customer, String cartId) {
    return "/v1/customers/"
        + CustomerOperations.path(customer)
        + "/carts/"
        + Uris.encode(Checks.id("cartId", cartId));
  }
}
