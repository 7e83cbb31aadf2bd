package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Names the kind of a relationship between partners ({@code PartnerRelationshipType}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcPartnerRelationshipType {
  /** The partner is an indirect reseller of the other. */
  @JsonProperty("is_indirect_reseller_of")
  IS_INDIRECT_RESELLER_OF,

  /** The partner is an indirect provider of the other. */
  @JsonProperty("is_indirect_cloud_solution_provider_of")
  IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
