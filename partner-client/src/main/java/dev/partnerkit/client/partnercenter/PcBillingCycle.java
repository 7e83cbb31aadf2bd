package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says how often the partner is billed ({@code BillingCycleType}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcBillingCycle {
  /** Billed every month. */
  @JsonProperty("monthly")
  MONTHLY,

  /** Billed once a year. */
  @JsonProperty("annual")
  ANNUAL,

  /** Billed once every three years. */
  @JsonProperty("triennial")
  TRIENNIAL,

  /** Not billed, as for trials. */
  @JsonProperty("none")
  NONE,

  /** Billed once, as for reservations. */
  @JsonProperty("one_time")
  ONE_TIME,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
