package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says where an access assignment stands ({@code delegatedAdminAccessAssignmentStatus}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum DelegatedAdminAccessAssignmentStatus {
  /** Being set up. */
  @JsonProperty("pending")
  PENDING,

  /** In force. */
  @JsonProperty("active")
  ACTIVE,

  /** Being removed. */
  @JsonProperty("deleting")
  DELETING,

  /** Removed. */
  @JsonProperty("deleted")
  DELETED,

  /** Setting it up failed. */
  @JsonProperty("error")
  ERROR,

  /** Graph's evolvable-enum sentinel, or a value this version does not know. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN
}
