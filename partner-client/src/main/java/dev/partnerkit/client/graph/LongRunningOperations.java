package dev.partnerkit.client.graph;

import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.HttpEngine;

/**
 * The long-running operations on a delegated admin relationship, such as an access assignment
 * update that Graph accepted ({@code .../operations}): list, get. Each holds, in {@code data}, the
 * assignment or relationship as it changes it; {@link
 * DelegatedAdminRelationshipOperation#accessAssignment()} decodes it.
 *
 * <p>Thread-safe; get it from {@link GdapOperations#operations()}. The reads are {@link
 * RelationshipItemReads}'s.
 */
public final class LongRunningOperations
    extends RelationshipItemReads<DelegatedAdminRelationshipOperation> {
  LongRunningOperations(HttpEngine engine, RequestOptions options) {
    super(engine, options, DelegatedAdminRelationshipOperation.class, "operations", "operation id");
  }
}
