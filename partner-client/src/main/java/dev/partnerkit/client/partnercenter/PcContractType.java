package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Names a subscription's type of contract.
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcContractType {
  /** A subscription. */
  @JsonProperty("subscription")
  SUBSCRIPTION,

  /** A product key. */
  @JsonProperty("productKey")
  PRODUCT_KEY,

  /** A redemption code. */
  @JsonProperty("redemptionCode")
  REDEMPTION_CODE,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
