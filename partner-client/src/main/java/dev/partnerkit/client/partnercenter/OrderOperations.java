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
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Partner Center's orders: place one for a customer, read it, list a customer's orders, and list
 * the subscriptions an order created.
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#orders()}. An indirect
 * provider credits an indirect reseller by setting each line's {@code partnerIdOnRecord}. Placing
 * an order is retried safely: Partner Center de-duplicates it by its {@code MS-RequestId}.
 */
public final class OrderOperations {
  private static final JavaType ORDERS = Json.type(PcCollection.class, PcOrder.class);
  private static final JavaType SUBSCRIPTIONS = Json.type(PcCollection.class, PcSubscription.class);

  private final HttpEngine engine;
  private final RequestOptions options;

  static {
    Operations.register(OrderOperations.class, OrderOperations::new);
  }

  OrderOperations(HttpEngine engine, RequestOptions options) {
    this.engine = Objects.requireNonNull(engine);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Places an order ({@code POST /v1/customers/{id}/orders}).
   *
   * @param customer the customer's tenant id
   * @param order the order's lines (offer, quantity, optional partner of record)
   * @return the placed order, with its id and the subscriptions it created
   */
  public PcOrder create(CustomerId customer, PcOrder order) {
    return Sync.await(createAsync(customer, order));
  }

  /**
   * Places an order, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param order the order's lines
   * @return the placed order, later
   */
  public CompletableFuture<PcOrder> createAsync(CustomerId customer, PcOrder order) {
    Objects.requireNonNull(order, "order must not be null");
    return engine.execute(
        Call.of(
            Audience.PARTNER_CENTER,
            "POST",
            "/v1/customers/" + CustomerOperations.path(customer) + "/orders",
            HttpEngine.toJson(order),
            Retry.DEDUPLICATED_BY_REQUEST_ID),
        options,
        PcOrder.class);
  }

  /**
   * Returns an order ({@code GET /v1/customers/{id}/orders/{orderId}}).
   *
   * @param customer the customer's tenant id
   * @param orderId the order's id
   * @return the order
   */
  public PcOrder get(CustomerId customer, String orderId) {
    return Sync.await(getAsync(customer, orderId));
  }

  /**
   * Returns an order, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param orderId the order's id
   * @return the order, later
   */
  public CompletableFuture<PcOrder> getAsync(CustomerId customer, String orderId) {
    return engine.execute(
        Call.get(
            Audience.PARTNER_CENTER,
            "/v1/customers/"
                + CustomerOperations.path(customer)
                + "/orders/"
                + Uris.encode(Checks.id("orderId", orderId))),
        options,
        PcOrder.class);
  }

  /**
   * Returns all of a customer's orders ({@code GET /v1/customers/{id}/orders}). Partner Center
   * answers with one collection, not pages; an order placed in the last 15 minutes may be missing
   * from it.
   *
   * @param customer the customer's tenant id
   * @return the orders
   */
  public List<PcOrder> list(CustomerId customer) {
    return Sync.await(listAsync(customer));
  }

  /**
   * Returns all of a customer's orders, asynchronously.
   *
   * @param customer the customer's tenant id
   * @return the orders, later
   */
  public CompletableFuture<List<PcOrder>> listAsync(CustomerId customer) {
    return engine
        .<PcCollection<PcOrder>>execute(
            Call.get(Audience.PARTNER_CENTER, base(customer)), options, ORDERS)
        .thenApply(PcCollection::items);
  }

  /**
   * Returns the subscriptions an order created ({@code GET
   * /v1/customers/{id}/subscriptions?order_id={orderId}}, the documented "subscriptions by order").
   *
   * @param customer the customer's tenant id
   * @param orderId the order's id
   * @return the subscriptions
   */
  public List<PcSubscription> subscriptions(CustomerId customer, String orderId) {
    return Sync.await(subscriptionsAsync(customer, orderId));
  }

  /**
   * Returns the subscriptions an order created, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param orderId the order's id
   * @return the subscriptions, later
   */
  public CompletableFuture<List<PcSubscription>> subscriptionsAsync(
      CustomerId customer, String orderId) {
    return engine
        .<PcCollection<PcSubscription>>execute(
            Call.get(
                Audience.PARTNER_CENTER,
                "/v1/customers/"
                    + CustomerOperations.path(customer)
                    + "/subscriptions?order_id="
                    + Uris.encode(Checks.id("orderId", orderId))),
            options,
            SUBSCRIPTIONS)
        .thenApply(PcCollection::items);
  }

  private static String base(CustomerId customer) {
    return "/v1/customers/" + CustomerOperations.path(customer) + "/orders";
  }
}
