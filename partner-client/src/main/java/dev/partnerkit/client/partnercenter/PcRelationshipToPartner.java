package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Names the licensing program a partner uses for a customer ({@code relationshipToPartner}).
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcRelationshipToPartner {
  /** No relationship, or the reseller relationship was removed. */
  @JsonProperty("none")
  NONE,

  /** The partner resells to the customer. */
  @JsonProperty("reseller")
  RESELLER,

  /** The partner advises the customer. */
  @JsonProperty("advisor")
  ADVISOR,

  /** A syndication relationship. */
  @JsonProperty("syndication")
  SYNDICATION,

  /** Microsoft support. */
  @JsonProperty("microsoft_support")
  MICROSOFT_SUPPORT,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN
}
