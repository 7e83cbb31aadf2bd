package dev.partnerkit.client.graph;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Paging;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Microsoft Graph's delegated admin relationships ({@code /tenantRelationships/
 * delegatedAdminRelationships}): create, get, list (optionally by status), update and delete with
 * {@code If-Match}, lock for approval, terminate.
 *
 * <p>Thread-safe; get it from {@link GdapOperations#relationships()}. Creating a relationship or a
 * request is a POST that Graph does not de-duplicate, so it is never retried; reads are retried,
 * and so are updates and deletes, which are conditional on the ETag. Every method has an {@code
 * ...Async} twin.
 */
public final class RelationshipOperations {
  static final String PATH = "/tenantRelationships/delegatedAdminRelationships";

  private final HttpEngine engine;
  private final RequestOptions options;

  RelationshipOperations(HttpEngine engine, RequestOptions options) {
    this.engine = engine;
    this.options = options;
  }

  /**
   * Creates a relationship in {@code created} status (POST).
   *
   * @param relationship the display name, duration, customer, roles and auto-extend
   * @return the created relationship, with its id and ETag
   */
  public DelegatedAdminRelationship create(NewDelegatedAdminRelationship relationship) {
    return Sync.await(createAsync(relationship));
  }

  /**
   * Creates a relationship, asynchronously.
   *
   * @param relationship the relationship to create
   * @return the created relationship, later
   */
  public CompletableFuture<DelegatedAdminRelationship> createAsync(
      NewDelegatedAdminRelationship relationship) {
    Objects.requireNonNull(relationship, "relationship must not be null");
    return engine.execute(
        Call.of(Audience.GRAPH, "POST", PATH, HttpEngine.toJson(relationship), Retry.NEVER),
        options,
        DelegatedAdminRelationship.class);
  }

  /**
   * Returns a relationship (GET), with the ETag that later updates and deletes need.
   *
   * @param id the relationship's id
   * @return the relationship
   */
  public DelegatedAdminRelationship get(String id) {
    return Sync.await(getAsync(id));
  }

  /**
   * Returns a relationship, asynchronously.
   *
   * @param id the relationship's id
   * @return the relationship, later
   */
  public CompletableFuture<DelegatedAdminRelationship> getAsync(String id) {
    return engine.execute(
        Call.get(Audience.GRAPH, path(id)), options, DelegatedAdminRelationship.class);
  }

  /**
   * Returns all relationships as a lazy stream that follows {@code @odata.nextLink}.
   *
   * @return the relationships
   */
  public Stream<DelegatedAdminRelationship> list() {
    return list(Set.of());
  }

  /**
   * Returns the relationships in any of the given statuses ({@code $filter=status eq '...'}), as a
   * lazy stream.
   *
   * @param statuses the statuses; empty for all relationships
   * @return the relationships
   */
  public Stream<DelegatedAdminRelationship> list(Set<DelegatedAdminRelationshipStatus> statuses) {
    return stream(listPath(statuses));
  }

  /**
   * Returns one page of relationships.
   *
   * @param statuses the statuses; empty for all
   * @param pageSize relationships per page, 1 to 300 ({@code $top})
   * @param token empty for the first page, else the previous page's {@link Page#nextToken()}
   * @return the page
   */
  public Page<DelegatedAdminRelationship> page(
      Set<DelegatedAdminRelationshipStatus> statuses, int pageSize, Optional<String> token) {
    return Sync.await(pageAsync(statuses, pageSize, token));
  }

  /**
   * Returns one page of relationships, asynchronously.
   *
   * @param statuses the statuses; empty for all
   * @param pageSize relationships per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page, later
   */
  public CompletableFuture<Page<DelegatedAdminRelationship>> pageAsync(
      Set<DelegatedAdminRelationshipStatus> statuses, int pageSize, Optional<String> token) {
    return GraphPaging.page(
        engine, options, DelegatedAdminRelationship.class, listPath(statuses), pageSize, token);
  }

  /**
   * Returns one customer's relationships with this partner, every status, as a lazy stream ({@code
   * $filter=customer/tenantId eq '...'}): the read a walk over customers makes for each, holding
   * nothing of the others.
   *
   * @param customerTenantId the customer's tenant id
   * @return the relationships
   */
  public Stream<DelegatedAdminRelationship> listForCustomer(String customerTenantId) {
    return stream(customerPath(customerTenantId));
  }

  /**
   * Returns one page of a customer's relationships, asynchronously.
   *
   * @param customerTenantId the customer's tenant id
   * @param pageSize relationships per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page, later
   */
  public CompletableFuture<Page<DelegatedAdminRelationship>> pageForCustomerAsync(
      String customerTenantId, int pageSize, Optional<String> token) {
    return GraphPaging.page(
        engine,
        options,
        DelegatedAdminRelationship.class,
        customerPath(customerTenantId),
        pageSize,
        token);
  }

  /**
   * Updates a relationship still in {@code created} status (PATCH with {@code If-Match} set to the
   * ETag of {@code current}, API-7).
   *
   * @param current the relationship as last read; it must carry its {@code @odata.etag}
   * @param update the fields to change
   * @return the updated relationship, with its new ETag
   * @throws dev.partnerkit.client.PreconditionFailedException when the relationship changed since
   *     it was read
   */
  public DelegatedAdminRelationship update(
      DelegatedAdminRelationship current, DelegatedAdminRelationshipUpdate update) {
    return Sync.await(updateAsync(current, update));
  }

  /**
   * Updates a relationship, asynchronously.
   *
   * @param current the relationship as last read
   * @param update the fields to change
   * @return the updated relationship, later
   */
  public CompletableFuture<DelegatedAdminRelationship> updateAsync(
      DelegatedAdminRelationship current, DelegatedAdminRelationshipUpdate update) {
    Objects.requireNonNull(current, "current must not be null");
    return updateAsync(current.getId(), etagOf(current), update);
  }

  /**
   * Updates a relationship given its id and the ETag last read, asynchronously.
   *
   * @param id the relationship's id
   * @param etag the {@code @odata.etag} last read
   * @param update the fields to change
   * @return the updated relationship, later
   */
  public CompletableFuture<DelegatedAdminRelationship> updateAsync(
      String id, String etag, DelegatedAdminRelationshipUpdate update) {
    Objects.requireNonNull(update, "update must not be null");
    return engine.execute(
        Call.of(Audience.GRAPH, "PATCH", path(id), HttpEngine.toJson(update), Retry.IDEMPOTENT)
            .withHeader("If-Match", Checks.id("etag", etag)),
        options,
        DelegatedAdminRelationship.class);
  }

  /**
   * Deletes a relationship still in {@code created} status (DELETE with {@code If-Match}).
   *
   * @param current the relationship as last read; it must carry its {@code @odata.etag}
   */
  public void delete(DelegatedAdminRelationship current) {
    Sync.await(deleteAsync(current));
  }

  /**
   * Deletes a relationship, asynchronously.
   *
   * @param current the relationship as last read
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(DelegatedAdminRelationship current) {
    Objects.requireNonNull(current, "current must not be null");
    return deleteAsync(current.getId(), etagOf(current));
  }

  /**
   * Deletes a relationship given its id and the ETag last read, asynchronously.
   *
   * @param id the relationship's id
   * @param etag the {@code @odata.etag} last read
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(String id, String etag) {
    return engine.executeNoContent(
        Call.of(Audience.GRAPH, "DELETE", path(id), null, Retry.IDEMPOTENT)
            .withHeader("If-Match", Checks.id("etag", etag)),
        options);
  }

  /**
   * Locks a created relationship for the customer's approval (POST {@code .../requests} with {@code
   * action: lockForApproval}).
   *
   * @param id the relationship's id
   * @return the request, in {@code created} status
   */
  public DelegatedAdminRelationshipRequest lockForApproval(String id) {
    return Sync.await(lockForApprovalAsync(id));
  }

  /**
   * Locks a created relationship for approval, asynchronously.
   *
   * @param id the relationship's id
   * @return the request, later
   */
  public CompletableFuture<DelegatedAdminRelationshipRequest> lockForApprovalAsync(String id) {
    return request(id, DelegatedAdminRelationshipRequestAction.LOCK_FOR_APPROVAL);
  }

  /**
   * Terminates an active relationship (POST {@code .../requests} with {@code action: terminate}).
   *
   * @param id the relationship's id
   * @return the request
   */
  public DelegatedAdminRelationshipRequest terminate(String id) {
    return Sync.await(terminateAsync(id));
  }

  /**
   * Terminates an active relationship, asynchronously.
   *
   * @param id the relationship's id
   * @return the request, later
   */
  public CompletableFuture<DelegatedAdminRelationshipRequest> terminateAsync(String id) {
    return request(id, DelegatedAdminRelationshipRequestAction.TERMINATE);
  }

  private CompletableFuture<DelegatedAdminRelationshipRequest> request(
      String id, DelegatedAdminRelationshipRequestAction action) {
    byte[] body = HttpEngine.toJson(java.util.Map.of("action", action));
    return engine.execute(
        Call.of(Audience.GRAPH, "POST", path(id) + "/requests", body, Retry.NEVER),
        options,
        DelegatedAdminRelationshipRequest.class);
  }

  private static String etagOf(DelegatedAdminRelationship current) {
    return current
        .getEtag()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Relationship "
                        + current.getId()
                        + " carries no @odata.etag; read it with get() or list() first, so that"
                        + " If-Match can be sent"));
  }

  static String path(String id) {
    return PATH + "/" + Uris.encode(Checks.id("relationship id", id));
  }

  /** Every relationship a listing path gives, following its pages lazily. */
  private Stream<DelegatedAdminRelationship> stream(String first) {
    return Paging.stream(
        token ->
            Sync.await(
                GraphPaging.page(
                    engine,
                    options,
                    DelegatedAdminRelationship.class,
                    first,
                    GraphPaging.MAX_PAGE_SIZE,
                    token)));
  }

  private static String customerPath(String customerTenantId) {
    String tenant = Checks.id("customerTenantId", customerTenantId);
    // OData quotes a string literal in single quotes and escapes one by doubling it.
    String filter = "customer/tenantId eq '" + tenant.replace("'", "''") + "'";
    return PATH + "?%24filter=" + Uris.encode(filter);
  }

  private static String listPath(Set<DelegatedAdminRelationshipStatus> statuses) {
    Objects.requireNonNull(statuses, "statuses must not be null; pass Set.of() for all");
    if (statuses.isEmpty()) {
      return PATH;
    }
    String filter =
        statuses.stream()
            .map(status -> "status eq '" + GraphMapping.wireName(status) + "'")
            .sorted()
            .collect(Collectors.joining(" or "));
    return PATH + "?%24filter=" + Uris.encode(filter);
  }
}
