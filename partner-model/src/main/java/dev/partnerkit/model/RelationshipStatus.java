package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says where a granular delegated admin relationship stands in its lifecycle (GDAP-6), with the
 * names Microsoft Graph uses on the wire ({@code approvalPending}, {@code
 * terminationRequested}...).
 *
 * <p>{@link #UNKNOWN} stands for a status a newer service may send; decoding never fails on one.
 */
public enum RelationshipStatus {
  /** Created by the partner and still editable. */
  @JsonProperty("created")
  CREATED("created"),
  /** Locked for approval and waiting for the customer. */
  @JsonProperty("approvalPending")
  APPROVAL_PENDING("approvalPending"),
  /** Approved; becoming active. */
  @JsonProperty("activating")
  ACTIVATING("activating"),
  /** In force. */
  @JsonProperty("active")
  ACTIVE("active"),
  /** In force, near its end. */
  @JsonProperty("expiring")
  EXPIRING("expiring"),
  /** Ended at its end date, or never approved in time. */
  @JsonProperty("expired")
  EXPIRED("expired"),
  /** Termination asked for. */
  @JsonProperty("terminationRequested")
  TERMINATION_REQUESTED("terminationRequested"),
  /** Being terminated. */
  @JsonProperty("terminating")
  TERMINATING("terminating"),
  /** Ended by termination. */
  @JsonProperty("terminated")
  TERMINATED("terminated"),
  /** A status this version of Partnerkit does not know. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN("unknownFutureValue");

  private final String wireName;

  RelationshipStatus(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name Microsoft Graph uses for this status.
   *
   * @return the wire name, such as {@code approvalPending}
   */
  public String getWireName() {
    return wireName;
  }

  /**
   * Returns the status with the given wire name, or {@link #UNKNOWN}.
   *
   * @param wireName the name as Graph sends it
   * @return the status; never null
   */
  public static RelationshipStatus fromWireName(String wireName) {
    for (RelationshipStatus status : values()) {
      if (status.wireName.equals(wireName)) {
        return status;
      }
    }
    return UNKNOWN;
  }

  /**
   * Returns whether the relationship is in force (active or expiring).
   *
   * @return true when the partner's roles apply
   */
  public boolean isInForce() {
    return this == ACTIVE || this == EXPIRING;
  }

  /**
   * Returns whether this status is final: an expired or terminated relationship never comes back
   * (GDAP-9).
   *
   * @return true for expired and terminated
   */
  public boolean isFinal() {
    return this == EXPIRED || this == TERMINATED;
  }
}
