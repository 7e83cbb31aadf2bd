package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says whether a cart can still be changed.
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcCartStatus {
  /** The cart can be updated and submitted. */
  @JsonProperty("Active")
  ACTIVE,

  /** The cart was submitted. */
  @JsonProperty("Ordered")
  ORDERED,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("Unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
