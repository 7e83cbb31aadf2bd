package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says where an access assignment stands, with the names Microsoft Graph uses on the wire.
 *
 * <p>{@link #UNKNOWN} stands for a status a newer service may send; decoding never fails on one.
 */
public enum AccessAssignmentStatus {
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
  /** A status this version of Partnerkit does not know. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN
}
