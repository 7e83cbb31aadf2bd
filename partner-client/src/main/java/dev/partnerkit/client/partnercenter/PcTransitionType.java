package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Says how a new-commerce subscription is transitioned to another offer: whether its licenses move
 * with it.
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcTransitionType {
  /** The target is bought; the source's licenses stay where they are. */
  @JsonProperty("transition_only")
  TRANSITION_ONLY,

  /** The target is bought and the source's users' licenses move to it. */
  @JsonProperty("transition_with_license_transfer")
  TRANSITION_WITH_LICENSE_TRANSFER,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
