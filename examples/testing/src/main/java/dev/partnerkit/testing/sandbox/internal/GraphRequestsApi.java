package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.client.graph.DelegatedAdminRelationshipOperation;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequest;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Not API: the reads of a relationship's requests and long-running operations ({@code
 * .../requests}, {@code .../operations}), for {@link GraphApi}.
 *
 * <p>Requests are the ones the partner made through the sandbox (lock for approval, terminate),
 * kept by relationship for the sandbox's life (only a relationship still in {@code created} status
 * can be deleted, and that one has made no request yet). Operations are always none: Graph runs an
 * access assignment update as a long-running operation, and the program's rules have no verb that
 * changes an assignment after it is made, so the sandbox serves no such update and has no operation
 * to show; a read of one is 404. Thread-safe.
 */
final class GraphRequestsApi {
  private final GraphApi graph;
  private final Map<RelationshipId, NavigableMap<String, DelegatedAdminRelationshipRequest>>
      requests = new ConcurrentHashMap<>();

  GraphRequestsApi(GraphApi graph) {
    this.graph = graph;
  }

  /** Keeps a request the partner made, for later reads. */
  void record(RelationshipId relationship, DelegatedAdminRelationshipRequest request) {
    requests
        .computeIfAbsent(relationship, id -> new ConcurrentSkipListMap<>())
        .put(request.getId(), request);
  }

  ApiResponse listRequests(ApiRequest r) {
    RelationshipId id = owned(r);
    return graph.page(r, path(id) + "/requests", "", new TreeMap<>(requestsOf(id)));
  }

  ApiResponse getRequest(ApiRequest r) {
    RelationshipId id = owned(r);
    String wanted = r.variable("request");
    DelegatedAdminRelationshipRequest found = requestsOf(id).get(wanted);
    if (found == null) {
      throw ApiProblem.notFound(
          "Request " + wanted + " could not be found on relationship " + id + ".");
    }
    return ApiResponse.ok(found);
  }

  ApiResponse listOperations(ApiRequest r) {
    RelationshipId id = owned(r);
    return graph.page(
        r,
        path(id) + "/operations",
        "",
        new TreeMap<String, DelegatedAdminRelationshipOperation>());
  }

  ApiResponse getOperation(ApiRequest r) {
    RelationshipId id = owned(r);
    throw ApiProblem.notFound(
        "Operation "
            + r.variable("operation")
            + " could not be found on relationship "
            + id
            + ": the sandbox runs no long-running operations.");
  }

  private NavigableMap<String, DelegatedAdminRelationshipRequest> requestsOf(RelationshipId id) {
    return requests.getOrDefault(id, new TreeMap<>());
  }

  /** Returns the relationship of the path, after checking that the caller's partner owns it. */
  private RelationshipId owned(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    RelationshipId id = GraphApi.relationshipId(r);
    graph.own(r, partner, id);
    return id;
  }

  private static String path(RelationshipId id) {
    return GraphApi.RELATIONSHIPS + "/" + GraphApi.encode(id.value());
  }
}
