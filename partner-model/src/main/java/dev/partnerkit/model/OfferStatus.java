package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Says where an invitation or offer stands; only a pending one can be answered or revoked.
 *
 * <p>{@link #UNKNOWN} stands for a value this version does not know (a newer service may send one);
 * decoding maps any unknown text to it instead of failing.
 */
public enum OfferStatus {
  /** Sent and not yet answered, revoked or expired. */
  PENDING,

  /** Accepted by the addressed customer. */
  ACCEPTED,

  /** Declined by the addressed customer. */
  DECLINED,

  /** Withdrawn by the partner that sent it. */
  REVOKED,

  /** Reached the end of its validity period unanswered. */
  EXPIRED,

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
