package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Names an action requested on a relationship ({@code delegatedAdminRelationshipRequestAction}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum DelegatedAdminRelationshipRequestAction {
  /** Finalize a created relationship and send it for approval. */
  @JsonProperty("lockForApproval")
  LOCK_FOR_APPROVAL,

  /** Approve (an indirect reseller, for a relationship an indirect provider made). */
  @JsonProperty("approve")
  APPROVE,

  /** Terminate an active relationship. */
  @JsonProperty("terminate")
  TERMINATE,

  /** Reject (an indirect reseller); sent only with {@code Prefer: include-unknown-enum-members}. */
  @JsonProperty("reject")
  REJECT,

  /** Graph's evolvable-enum sentinel, or a value this version does not know. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN
}
