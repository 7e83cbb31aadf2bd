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
 * The long-running operations on a delegated admin relationship, such as an access assignment
 * update that Graph accepted ({@code .../operations}): list, get. Each holds, in {@code data}, the
 * assignment or relationship as it changes it; {@link
 * DelegatedAdminRelationshipOperation#accessAssignment()} decodes it.
 *
 * <p>Thread-safe; get it from {@link GdapOperations#operations()}. Reads only, each retried. Every
 * method has an {@code ...Async} twin.
 */
public final class LongRunningOperations {
  private final HttpEngine engine;
  private final RequestOptions options;

  LongRunningOperations(HttpEngine engine, RequestOptions options) {
    this.engine = engine;
    this.options = options;
  }

  /**
   * Returns a relationship's operations as a lazy stream that follows {@code @odata.nextLink}.
   *
   * @param relationshipId the relationship's id
   * @return the operations
   */
  public Stream<DelegatedAdminRelationshipOperation> list(String relationshipId) {
    String first = base(relationshipId);
    return Paging.stream(
        token ->
            Sync.await(
                GraphPaging.page(
                    engine,
                    options,
                    DelegatedAdminRelationshipOperation.class,
                    first,
                    GraphPaging.MAX_PAGE_SIZE,
                    token)));
  }

  /**
   * Returns one page of a relationship's operations.
   *
   * @param relationshipId the relationship's id
   * @param pageSize operations per page, 1 to 300 ({@code $top})
   * @param token empty for the first page, else the previous page's token
   * @return the page
   */
  public Page<DelegatedAdminRelationshipOperation> page(
      String relationshipId, int pageSize, Optional<String> token) {
    return Sync.await(pageAsync(relationshipId, pageSize, token));
  }

  /**
   * Returns one page of a relationship's operations, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param pageSize operations per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page, later
   */
  public CompletableFuture<Page<DelegatedAdminRelationshipOperation>> pageAsync(
      String relationshipId, int pageSize, Optional<String> token) {
    return GraphPaging.page(
        engine,
        options,
        DelegatedAdminRelationshipOperation.class,
        base(relationshipId),
        pageSize,
        token);
  }

  /**
   * Returns one of a relationship's operations (GET).
   *
   * @param relationshipId the relationship's id
   * @param id the operation's id
   * @return the operation
   */
  public DelegatedAdminRelationshipOperation get(String relationshipId, String id) {
    return Sync.await(getAsync(relationshipId, id));
  }

  /**
   * Returns one of a relationship's operations, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param id the operation's id
   * @return the operation, later
   */
  public CompletableFuture<DelegatedAdminRelationshipOperation> getAsync(
      String relationshipId, String id) {
    return engine.execute(
        Call.get(
            Audience.GRAPH,
            base(relationshipId) + "/" + Uris.encode(Checks.id("operation id", id))),
        options,
        DelegatedAdminRelationshipOperation.class);
  }

  private static String base(String relationshipId) {
    return RelationshipOperations.path(relationshipId) + "/operations";
  }
}
