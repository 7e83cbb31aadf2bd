package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Says whether a delegated-admin grant is in force.
 *
 * <p>{@link #UNKNOWN} stands for a value this version does not know (a newer service may send one);
 * decoding maps any unknown text to it instead of failing.
 */
public enum GrantStatus {
  /** In force: the partner may administer the customer. */
  ACTIVE,

  /** Revoked by the customer; the partner has lost access. */
  REVOKED,

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
