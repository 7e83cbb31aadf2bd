package dev.partnerkit.client.arm;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says whether a Partner Admin Link is in force ({@code ManagementPartnerState}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum ManagementPartnerState {
  /** The link is in force. */
  @JsonProperty("Active")
  ACTIVE,

  /** The link was removed. */
  @JsonProperty("Deleted")
  DELETED,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("Unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
