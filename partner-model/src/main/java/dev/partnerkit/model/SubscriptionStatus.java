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

  /**
   * Ended: a trial that was not converted, or a new-commerce term that ended with auto-renew off
   * (NCE-9).
   */
  EXPIRED,

  /** A new-commerce subscription past expiry or suspended at its term end: no access (NCE-9). */
  DISABLED,

  /** Suspended by the partner or Microsoft. */
  SUSPENDED,

  /** Removed: cancelled (NCE-7) or past its disabled period (NCE-9); never reactivated. */
  DELETED,

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
