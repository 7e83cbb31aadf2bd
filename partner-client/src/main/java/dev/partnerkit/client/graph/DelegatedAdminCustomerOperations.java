package dev.partnerkit.client.graph;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Paging;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The customers with which the partner has delegated admin relationships ({@code
 * /tenantRelationships/delegatedAdminCustomers}): list, get, and the services the partner manages
 * for each ({@code .../serviceManagementDetails}).
 *
 * <p>Thread-safe; get it from {@link GdapOperations#customers()}.
 */
public final class DelegatedAdminCustomerOperations {
  private static final String PATH = "/tenantRelationships/delegatedAdminCustomers";

  private final HttpEngine engine;
  private final RequestOptions options;

  DelegatedAdminCustomerOperations(HttpEngine engine, RequestOptions options) {
    this.engine = engine;
    this.options = options;
  }

  /**
   * Returns the customers as a lazy stream that follows {@code @odata.nextLink}.
   *
   * @return the customers
   */
  public Stream<DelegatedAdminCustomer> list() {
    return Paging.stream(token -> page(GraphPaging.MAX_PAGE_SIZE, token));
  }

  /**
   * Returns one page of customers.
   *
   * @param pageSize customers per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page
   */
  public Page<DelegatedAdminCustomer> page(int pageSize, Optional<String> token) {
    return Sync.await(pageAsync(pageSize, token));
  }

  /**
   * Returns one page of customers, asynchronously.
   *
   * @param pageSize customers per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page, later
   */
  public CompletableFuture<Page<DelegatedAdminCustomer>> pageAsync(
      int pageSize, Optional<String> token) {
    return GraphPaging.page(engine, options, DelegatedAdminCustomer.class, PATH, pageSize, token);
  }

  /**
   * Returns a customer (GET).
   *
   * @param id the customer's id
   * @return the customer
   */
  public DelegatedAdminCustomer get(String id) {
    return Sync.await(getAsync(id));
  }

  /**
   * Returns a customer, asynchronously.
   *
   * @param id the customer's id
   * @return the customer, later
   */
  public CompletableFuture<DelegatedAdminCustomer> getAsync(String id) {
    return engine.execute(
        Call.get(Audience.GRAPH, PATH + "/" + Uris.encode(Checks.id("customer id", id))),
        options,
        DelegatedAdminCustomer.class);
  }

  /**
   * Returns the services the partner manages for a customer, with their portals' addresses, as a
   * lazy stream that follows {@code @odata.nextLink}. The call takes no OData query parameters, so
   * Graph picks the page size.
   *
   * @param id the customer's id
   * @return the services
   */
  public Stream<DelegatedAdminServiceManagementDetail> serviceManagementDetails(String id) {
    String first = serviceManagementDetailsPath(id);
    return Paging.stream(
        token ->
            Sync.await(
                GraphPaging.follow(
                    engine, options, DelegatedAdminServiceManagementDetail.class, first, token)));
  }

  /**
   * Returns one page of the services the partner manages for a customer.
   *
   * @param id the customer's id
   * @param token empty for the first page, else the previous page's token
   * @return the page
   */
  public Page<DelegatedAdminServiceManagementDetail> serviceManagementDetailsPage(
      String id, Optional<String> token) {
    return Sync.await(serviceManagementDetailsPageAsync(id, token));
  }

  /**
   * Returns one page of the services the partner manages for a customer, asynchronously.
   *
   * @param id the customer's id
   * @param token empty for the first page, else the previous page's token
   * @return the page, later
   */
  public CompletableFuture<Page<DelegatedAdminServiceManagementDetail>>
      serviceManagementDetailsPageAsync(String id, Optional<String> token) {
    return GraphPaging.follow(
        engine,
        options,
        DelegatedAdminServiceManagementDetail.class,
        serviceManagementDetailsPath(id),
        token);
  }

  private static String serviceManagementDetailsPath(String id) {
    return PATH + "/" + Uris.encode(Checks.id("customer id", id)) + "/serviceManagementDetails";
  }
}
