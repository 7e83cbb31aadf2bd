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
 * The requests made on a delegated admin relationship, such as locking it for approval or
 * terminating it ({@code .../requests}): list, get. {@link RelationshipOperations} makes them.
 *
 * <p>Thread-safe; get it from {@link GdapOperations#requests()}. Reads only, each retried. Every
 * method has an {@code ...Async} twin.
 */
public final class RelationshipRequestOperations {
  private final HttpEngine engine;
  private final RequestOptions options;

  RelationshipRequestOperations(HttpEngine engine, RequestOptions options) {
    this.engine = engine;
    this.options = options;
  }

  /**
   * Returns a relationship's requests as a lazy stream that follows {@code @odata.nextLink}.
   *
   * @param relationshipId the relationship's id
   * @return the requests
   */
  public Stream<DelegatedAdminRelationshipRequest> list(String relationshipId) {
    String first = base(relationshipId);
    return Paging.stream(
        token ->
            Sync.await(
                GraphPaging.page(
                    engine,
                    options,
                    DelegatedAdminRelationshipRequest.class,
                    first,
                    GraphPaging.MAX_PAGE_SIZE,
                    token)));
  }

  /**
   * Returns one page of a relationship's requests.
   *
   * @param relationshipId the relationship's id
   * @param pageSize requests per page, 1 to 300 ({@code $top})
   * @param token empty for the first page, else the previous page's token
   * @return the page
   */
  public Page<DelegatedAdminRelationshipRequest> page(
      String relationshipId, int pageSize, Optional<String> token) {
    return Sync.await(pageAsync(relationshipId, pageSize, token));
  }

  /**
   * Returns one page of a relationship's requests, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param pageSize requests per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page, later
   */
  public CompletableFuture<Page<DelegatedAdminRelationshipRequest>> pageAsync(
      String relationshipId, int pageSize, Optional<String> token) {
    return GraphPaging.page(
        engine,
        options,
        DelegatedAdminRelationshipRequest.class,
        base(relationshipId),
        pageSize,
        token);
  }

  /**
   * Returns one of a relationship's requests (GET).
   *
   * @param relationshipId the relationship's id
   * @param id the request's id
   * @return the request
   */
  public DelegatedAdminRelationshipRequest get(String relationshipId, String id) {
    return Sync.await(getAsync(relationshipId, id));
  }

  /**
   * Returns one of a relationship's requests, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param id the request's id
   * @return the request, later
   */
  public CompletableFuture<DelegatedAdminRelationshipRequest> getAsync(
      String relationshipId, String id) {
    return engine.execute(
        Call.get(
            Audience.GRAPH, base(relationshipId) + "/" + Uris.encode(Checks.id("request id", id))),
        options,
        DelegatedAdminRelationshipRequest.class);
  }

  private static String base(String relationshipId) {
    return RelationshipOperations.path(relationshipId) + "/requests";
  }
}
