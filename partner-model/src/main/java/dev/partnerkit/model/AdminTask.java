package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Names an administrative task a partner performs for a customer.
 *
 * <p>{@link #UNKNOWN} stands for a value this version does not know (a newer service may send one);
 * decoding maps any unknown text to it instead of failing.
 */
public enum AdminTask {
  /** Set up a mailbox. */
  SET_UP_MAILBOX,

  /** Add a user. */
  ADD_USER,

  /** Remove a user. */
  REMOVE_USER,

  /** Add a group. */
  ADD_GROUP,

  /** Remove a group. */
  REMOVE_GROUP,

  /** Reset a user's password. */
  RESET_PASSWORD,

  /** Migrate data into the customer's services. */
  MIGRATE_DATA,

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
