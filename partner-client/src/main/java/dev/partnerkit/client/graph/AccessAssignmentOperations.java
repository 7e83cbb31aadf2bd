package dev.partnerkit.client.graph;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Paging;
import dev.partnerkit.client.internal.Response;
import dev.partnerkit.client.internal.Retry;
import dev.partnerkit.client.internal.RetryAfter;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.client.internal.Uris;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The access assignments of a delegated admin relationship ({@code .../accessAssignments}): create,
 * list, get, update its roles and delete it with {@code If-Match}.
 *
 * <p>Thread-safe; get it from {@link GdapOperations#accessAssignments()}. Creating one is a POST
 * that Graph does not de-duplicate, so it is never retried; updates and deletes are conditional on
 * the ETag, so they are. Every method has an {@code ...Async} twin.
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
        Call.get(Audience.GRAPH, path(relationshipId, assignmentId)),
        options,
        DelegatedAdminAccessAssignment.class);
  }

  /**
   * Replaces an assignment's roles (PATCH with {@code If-Match} set to the ETag of {@code current},
   * API-7). Graph usually answers {@code 202 Accepted} and applies the change as a long-running
   * operation, which {@link LongRunningOperations} reads.
   *
   * @param relationshipId the relationship's id
   * @param current the assignment as last read; it must carry its {@code @odata.etag}
   * @param roles the roles the group is to have
   * @return the accepted operation, or the assignment when its roles were already these
   * @throws dev.partnerkit.client.PreconditionFailedException when the assignment changed since it
   *     was read
   */
  public AccessAssignmentChange update(
      String relationshipId,
      DelegatedAdminAccessAssignment current,
      DelegatedAdminAccessDetails roles) {
    return Sync.await(updateAsync(relationshipId, current, roles));
  }

  /**
   * Replaces an assignment's roles, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param current the assignment as last read
   * @param roles the roles the group is to have
   * @return the accepted operation or the unchanged assignment, later
   */
  public CompletableFuture<AccessAssignmentChange> updateAsync(
      String relationshipId,
      DelegatedAdminAccessAssignment current,
      DelegatedAdminAccessDetails roles) {
    Objects.requireNonNull(current, "current must not be null");
    return updateAsync(relationshipId, current.getId(), etagOf(current), roles);
  }

  /**
   * Replaces an assignment's roles given its id and the ETag last read, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param assignmentId the assignment's id
   * @param etag the {@code @odata.etag} last read
   * @param roles the roles the group is to have
   * @return the accepted operation or the unchanged assignment, later
   */
  public CompletableFuture<AccessAssignmentChange> updateAsync(
      String relationshipId, String assignmentId, String etag, DelegatedAdminAccessDetails roles) {
    Objects.requireNonNull(roles, "roles must not be null");
    Call call =
        Call.of(
                Audience.GRAPH,
                "PATCH",
                path(relationshipId, assignmentId),
                HttpEngine.toJson(Map.of("accessDetails", roles)),
                Retry.IDEMPOTENT)
            .withHeader("If-Match", Checks.id("etag", etag));
    return engine.executeReading(call, options, response -> change(call, response));
  }

  /**
   * Deletes an access assignment (DELETE with {@code If-Match}; Graph answers {@code 204}).
   *
   * @param relationshipId the relationship's id
   * @param current the assignment as last read; it must carry its {@code @odata.etag}
   * @throws dev.partnerkit.client.PreconditionFailedException when the assignment changed since it
   *     was read
   */
  public void delete(String relationshipId, DelegatedAdminAccessAssignment current) {
    Sync.await(deleteAsync(relationshipId, current));
  }

  /**
   * Deletes an access assignment, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param current the assignment as last read
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(
      String relationshipId, DelegatedAdminAccessAssignment current) {
    Objects.requireNonNull(current, "current must not be null");
    return deleteAsync(relationshipId, current.getId(), etagOf(current));
  }

  /**
   * Deletes an access assignment given its id and the ETag last read, asynchronously.
   *
   * @param relationshipId the relationship's id
   * @param assignmentId the assignment's id
   * @param etag the {@code @odata.etag} last read
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(
      String relationshipId, String assignmentId, String etag) {
    return engine.executeNoContent(
        Call.of(
                Audience.GRAPH,
                "DELETE",
                path(relationshipId, assignmentId),
                null,
                Retry.IDEMPOTENT)
            .withHeader("If-Match", Checks.id("etag", etag)),
        options);
  }

  /** Reads the answer to an update: 200 with the assignment, or 202 with the operation. */
  private static AccessAssignmentChange change(Call call, Response response) {
    if (response.status() == 200 || response.status() == 201) {
      return new AccessAssignmentChange.Unchanged(
          HttpEngine.decode(call, response, Json.type(DelegatedAdminAccessAssignment.class)));
    }
    Optional<String> location = response.headers().firstValue("Location");
    URI operation;
    try {
      operation = location.map(l -> response.uri().resolve(l.trim())).orElse(null);
    } catch (IllegalArgumentException e) {
      operation = null;
    }
    if (operation == null) {
      throw new InvalidResponseException(
          "Expected a Location header naming the long-running operation in the "
              + response.status()
              + " answer to the access assignment update (MS-RequestId "
              + response.requestId()
              + "), but it was "
              + (location.isPresent() ? "not a URI" : "missing"),
          null,
          Audience.GRAPH,
          response.requestId(),
          response.correlationId());
    }
    return new AccessAssignmentChange.Accepted(
        operation,
        RetryAfter.parse(
            response.headers().firstValue("Retry-After").orElse(null), Clock.systemUTC()));
  }

  private static String etagOf(DelegatedAdminAccessAssignment current) {
    return current
        .getEtag()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Access assignment "
                        + current.getId()
                        + " carries no @odata.etag; read it with get() or list() first, so that"
                        + " If-Match can be sent"));
  }

  private static String path(String relationshipId, String assignmentId) {
    return base(relationshipId) + "/" + Uris.encode(Checks.id("assignment id", assignmentId));
  }

  private static String base(String relationshipId) {
    return RelationshipOperations.path(relationshipId) + "/accessAssignments";
  }
}
