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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The reads every read-only collection under a delegated admin relationship offers ({@code
 * .../delegatedAdminRelationships/{id}/<collection>}): a lazy stream, one page, one item. Graph
 * shapes these collections alike, so they are read alike.
 *
 * <p>Thread-safe. Reads only, each retried. Every method has an {@code ...Async} twin.
 *
 * @param <T> the item's wire type
 */
public abstract sealed class RelationshipItemReads<T>
    permits LongRunningOperations, RelationshipRequestOperations {
  private final HttpEngine engine;
  private final RequestOptions options;
  private final Class<T> type;
  private final String collection;
  private final String idName;

  RelationshipItemReads(
      HttpEngine engine, RequestOptions options, Class<T> type, String collection, String idName) {
    this.engine = engine;
    this.options = options;
    this.type = Objects.requireNonNull(type);
    this.collection = Objects.requireNonNull(collection);
    this.idName = Objects.requireNonNull(idName);
  }

  /**
   * Returns a relationship's items as a lazy stream that follows {@code @odata.nextLink}.
   *
   * @param relationshipId the relationship's id
   * @return the items
   */
  public Stream<T> list(String relationshipId) {
    String first = base(relationshipId);
    return Paging.stream(
        token ->
            Sync.await(
                GraphPaging.page(engine, options, type, first, GraphPaging.MAX_PAGE_SIZE, token)));
  }

  /**
   * Returns one page of a relationship's items.
   *
   * @param relationshipId the relationship's id
   * @param pageSize items per page, 1 to 300 ({@code $top})
   * @param token empty for the first page, else the previous page's token
   * @return the page
   */
  public Page<T> page(String relationshipId, int pageSize, Optional<String> token) {
    return Sync.await(pageAsync(relationshipId, pageSize, token));
  }

  /**
   * Returns one page of a relationship's items, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param pageSize items per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page, later
   */
  public CompletableFuture<Page<T>> pageAsync(
      String relationshipId, int pageSize, Optional<String> token) {
    return GraphPaging.page(engine, options, type, base(relationshipId), pageSize, token);
  }

  /**
   * Returns one of a relationship's items (GET).
   *
   * @param relationshipId the relationship's id
   * @param id the item's id
   * @return the item
   */
  public T get(String relationshipId, String id) {
    return Sync.await(getAsync(relationshipId, id));
  }

  /**
   * Returns one of a relationship's items, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param id the item's id
   * @return the item, later
   */
  public CompletableFuture<T> getAsync(String relationshipId, String id) {
    return engine.execute(
        Call.get(Audience.GRAPH, base(relationshipId) + "/" + Uris.encode(Checks.id(idName, id))),
        options,
        type);
  }

  private String base(String relationshipId) {
    return RelationshipOperations.path(relationshipId) + "/" + collection;
  }
}
