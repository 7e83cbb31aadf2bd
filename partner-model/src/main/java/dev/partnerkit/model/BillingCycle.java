package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Says how often a paid subscription is billed.
 *
 * <p>{@link #UNKNOWN} stands for a value this version does not know (a newer service may send one);
 * decoding maps any unknown text to it instead of failing.
 */
public enum BillingCycle {
  /** Billed every month. */
  MONTHLY,

  /** Billed once a year. */
  ANNUAL,

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
