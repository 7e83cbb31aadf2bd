package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says where a relationship request stands ({@code delegatedAdminRelationshipRequestStatus}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum DelegatedAdminRelationshipRequestStatus {
  /** Created. */
  @JsonProperty("created")
  CREATED,

  /** Being processed. */
  @JsonProperty("pending")
  PENDING,

  /** Done. */
  @JsonProperty("succeeded")
  SUCCEEDED,

  /** Failed. */
  @JsonProperty("failed")
  FAILED,

  /** Graph's evolvable-enum sentinel, or a value this version does not know. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN
}
