package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says how a subscription or offer is billed ({@code billing}, {@code billingType}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcBillingType {
  /** Not billed. */
  @JsonProperty("none")
  NONE,

  /** Billed by usage. */
  @JsonProperty("usage")
  USAGE,

  /** Billed per license. */
  @JsonProperty("license")
  LICENSE,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
