package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says where a subscription stands.
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcSubscriptionStatus {
  /** No status. */
  @JsonProperty("none")
  NONE,

  /** In use. */
  @JsonProperty("active")
  ACTIVE,

  /** Being provisioned. */
  @JsonProperty("pending")
  PENDING,

  /** Suspended. */
  @JsonProperty("suspended")
  SUSPENDED,

  /** Deleted. */
  @JsonProperty("deleted")
  DELETED,

  /** Disabled after expiry or a suspension at term end: users have lost access (NCE-9). */
  @JsonProperty("disabled")
  DISABLED,

  /** Ended, as a trial that was not converted. */
  @JsonProperty("expired")
  EXPIRED,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
