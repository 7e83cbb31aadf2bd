package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says where a delegated admin relationship stands ({@code delegatedAdminRelationshipStatus}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum DelegatedAdminRelationshipStatus {
  /** Created by the partner; still editable. */
  @JsonProperty("created")
  CREATED,

  /** Locked for approval; waiting for the customer. */
  @JsonProperty("approvalPending")
  APPROVAL_PENDING,

  /** Approved by the customer. */
  @JsonProperty("approved")
  APPROVED,

  /** Being provisioned. */
  @JsonProperty("activating")
  ACTIVATING,

  /** Provisioned and in force. */
  @JsonProperty("active")
  ACTIVE,

  /** Past its end date, being deprovisioned. */
  @JsonProperty("expiring")
  EXPIRING,

  /** Deprovisioned after its end date. */
  @JsonProperty("expired")
  EXPIRED,

  /** Termination requested by the partner or customer. */
  @JsonProperty("terminationRequested")
  TERMINATION_REQUESTED,

  /** Being deprovisioned after termination. */
  @JsonProperty("terminating")
  TERMINATING,

  /** Deprovisioned after termination. */
  @JsonProperty("terminated")
  TERMINATED,

  /** Graph's evolvable-enum sentinel, or a value this version does not know. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN
}
