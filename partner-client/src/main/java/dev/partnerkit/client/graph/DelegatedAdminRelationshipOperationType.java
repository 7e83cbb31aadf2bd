package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says what a long-running operation on a relationship changes ({@code
 * delegatedAdminRelationshipOperationType}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum DelegatedAdminRelationshipOperationType {
  /** An access assignment's roles change; the operation's data is the assignment. */
  @JsonProperty("delegatedAdminAccessAssignmentUpdate")
  DELEGATED_ADMIN_ACCESS_ASSIGNMENT_UPDATE,

  /**
   * The relationship changes; the operation's data is the relationship. Sent only with {@code
   * Prefer: include-unknown-enum-members}, which every Graph request of the client carries.
   */
  @JsonProperty("delegatedAdminRelationshipUpdate")
  DELEGATED_ADMIN_RELATIONSHIP_UPDATE,

  /** A value this client does not know yet. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN
}
