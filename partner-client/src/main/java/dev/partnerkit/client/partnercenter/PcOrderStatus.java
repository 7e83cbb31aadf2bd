package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says where an order stands ({@code OrderStatus}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcOrderStatus {
  /** The order is completed. */
  @JsonProperty("completed")
  COMPLETED,

  /** The order is still pending. */
  @JsonProperty("pending")
  PENDING,

  /** The order was cancelled. */
  @JsonProperty("cancelled")
  CANCELLED,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
