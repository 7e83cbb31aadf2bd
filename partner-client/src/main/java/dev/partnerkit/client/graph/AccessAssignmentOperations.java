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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The access assignments of a delegated admin relationship ({@code .../accessAssignments}): create,
 * list, get.
 *
 * <p>Thread-safe; get it from {@link GdapOperations#accessAssignments()}. Creating one is a POST
 * that Graph does not de-duplicate, so it is never retried. Every method has an {@code ...Async}
 * twin.
 */
public final class AccessAssignmentOperations {
  private final HttpEngine engine;
  private final RequestOptions options;

  AccessAssignmentOperations(HttpEngine engine, RequestOptions options) {
    this.engine = engine;
    this.options = options;
  }

  /**
   * Creates an access assignment on an active relationship (POST).
   *
   * @param relationshipId the relationship's id
   * @param assignment the security group and the roles it gets
   * @return the assignment, usually in {@code pending} status
   */
  public DelegatedAdminAccessAssignment create(
      String relationshipId, NewAccessAssignment assignment) {
    return Sync.await(createAsync(relationshipId, assignment));
  }

  /**
   * Creates an access assignment, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param assignment the security group and the roles
   * @return the assignment, later
   */
  public CompletableFuture<DelegatedAdminAccessAssignment> createAsync(
      String relationshipId, NewAccessAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment must not be null");
    return engine.execute(
        Call.of(
            Audience.GRAPH,
            "POST",
            base(relationshipId),
            HttpEngine.toJson(assignment),
            Retry.NEVER),
        options,
        DelegatedAdminAccessAssignment.class);
  }

  /**
   * Returns a relationship's access assignments as a lazy stream.
   *
   * @param relationshipId the relationship's id
   * @return the assignments
   */
  public Stream<DelegatedAdminAccessAssignment> list(String relationshipId) {
    String first = base(relationshipId);
    return Paging.stream(
        token ->
            Sync.await(
                GraphPaging.page(
                    engine,
                    options,
                    DelegatedAdminAccessAssignment.class,
                    first,
                    GraphPaging.MAX_PAGE_SIZE,
                    token)));
  }

  /**
   * Returns one page of a relationship's access assignments.
   *
   * @param relationshipId the relationship's id
   * @param pageSize assignments per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page
   */
  public Page<DelegatedAdminAccessAssignment> page(
      String relationshipId, int pageSize, Optional<String> token) {
    return Sync.await(pageAsync(relationshipId, pageSize, token));
  }

  /**
   * Returns one page of a relationship's access assignments, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param pageSize assignments per page, 1 to 300
   * @param token empty for the first page, else the previous page's token
   * @return the page, later
   */
  public CompletableFuture<Page<DelegatedAdminAccessAssignment>> pageAsync(
      String relationshipId, int pageSize, Optional<String> token) {
    return GraphPaging.page(
        engine,
        options,
        DelegatedAdminAccessAssignment.class,
        base(relationshipId),
        pageSize,
        token);
  }

  /**
   * Returns an access assignment (GET).
   *
   * @param relationshipId the relationship's id
   * @param assignmentId the assignment's id
   * @return the assignment
   */
  public DelegatedAdminAccessAssignment get(String relationshipId, String assignmentId) {
    return Sync.await(getAsync(relationshipId, assignmentId));
  }

  /**
   * Returns an access assignment, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param assignmentId the assignment's id
   * @return the assignment, later
   */
  public CompletableFuture<DelegatedAdminAccessAssignment> getAsync(
      String relationshipId, String assignmentId) {
    return engine.execute(
        Call.get(
            Audience.GRAPH,
            base(relationshipId) + "/" + Uris.encode(Checks.id("assignment id", assignmentId))),
        options,
        DelegatedAdminAccessAssignment.class);
  }

  private static String base(String relationshipId) {
    return RelationshipOperations.path(relationshipId) + "/accessAssignments";
  }
}
