package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Names the kind of an access container ({@code delegatedAdminAccessContainerType}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum DelegatedAdminAccessContainerType {
  /** A security group in the partner's tenant. */
  @JsonProperty("securityGroup")
  SECURITY_GROUP,

  /** Graph's evolvable-enum sentinel, or a value this version does not know. */
  @JsonProperty("unknownFutureValue")
  @JsonEnumDefaultValue
  UNKNOWN
}
