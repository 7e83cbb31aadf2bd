package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Says whether a subscription is in use.
 *
 * <p>{@link #UNKNOWN} stands for a value this version does not know (a newer service may send one);
 * decoding maps any unknown text to it instead of failing.
 */
public enum SubscriptionStatus {
  /** In use. */
  ACTIVE,

  /** Ended (a trial that was not converted). */
  EXPIRED,

  /** Suspended by the partner or Microsoft. */
  SUSPENDED,

  /** Removed. */
  DELETED,

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
