package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Names a partner program a partner can enroll in; some qualify it for delegated administration.
 *
 * <p>{@link #UNKNOWN} stands for a value this version does not know (a newer service may send one);
 * decoding maps any unknown text to it instead of failing.
 */
public enum Program {
  /** Cloud Essentials, joined by signing the Microsoft Online Services Partner Agreement. */
  CLOUD_ESSENTIALS,

  /** Cloud Accelerate, which builds on Cloud Essentials. */
  CLOUD_ACCELERATE,

  /** Cloud Deployment. */
  CLOUD_DEPLOYMENT,

  /** Cloud Solution Provider, direct bill. */
  CSP_DIRECT,

  /** Cloud Solution Provider, indirect provider. */
  CSP_INDIRECT_PROVIDER,

  /** Cloud Solution Provider, indirect reseller. */
  CSP_INDIRECT_RESELLER,

  /** Value-added reseller. */
  VAR,

  /** Advisor (formerly Digital Partner of Record). */
  ADVISOR,

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
