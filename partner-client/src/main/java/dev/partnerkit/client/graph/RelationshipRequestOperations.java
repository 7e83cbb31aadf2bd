package dev.partnerkit.client.graph;

import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.HttpEngine;

/**
 * The requests made on a delegated admin relationship, such as locking it for approval or
 * terminating it ({@code .../requests}): list, get. {@link RelationshipOperations} makes them.
 *
 * <p>Thread-safe; get it from {@link GdapOperations#requests()}. The reads are {@link
 * RelationshipItemReads}'s.
 */
public final class RelationshipRequestOperations
    extends RelationshipItemReads<DelegatedAdminRelationshipRequest> {
  RelationshipRequestOperations(HttpEngine engine, RequestOptions options) {
    super(engine, options, DelegatedAdminRelationshipRequest.class, "requests", "request id");
  }
}
