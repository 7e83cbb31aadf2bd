package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Names the cloud instance a partner or customer lives in; each has its own capabilities.
 *
 * <p>{@link #UNKNOWN} stands for a value this version does not know (a newer service may send one);
 * decoding maps any unknown text to it instead of failing.
 */
public enum Cloud {
  /** The worldwide commercial cloud. */
  GLOBAL,

  /** Office 365 operated by 21Vianet in China. */
  CHINA_21VIANET,

  /** The US Government clouds (GCC, GCC High, DoD). */
  US_GOVERNMENT,

  /** Microsoft Cloud Germany, closed to new relationships after 2021-10-29. */
  GERMANY,

  /** A value this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
