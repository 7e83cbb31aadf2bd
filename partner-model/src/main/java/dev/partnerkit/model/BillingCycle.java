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
  /** The whole three-year term at once; only a P3Y new-commerce term allows it (NCE-3). */
  TRIENNIAL,

  @JsonEnumDefaultValue
  UNKNOWN
}
