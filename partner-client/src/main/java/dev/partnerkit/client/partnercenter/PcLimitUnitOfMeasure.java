package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says what an offer's purchase limit counts ({@code limitUnitOfMeasure}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcLimitUnitOfMeasure {
  /** No limit on the number of subscriptions. */
  @JsonProperty("None")
  NONE,

  /** Subscriptions that exist on the tenant at one time. */
  @JsonProperty("Concurrent")
  CONCURRENT,

  /** Subscriptions over the tenant's lifetime, as for trials. */
  @JsonProperty("LifeTime")
  LIFETIME,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("Unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
