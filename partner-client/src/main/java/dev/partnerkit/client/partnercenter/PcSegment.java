package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Names the industry segment an availability or a listing is for; the catalog calls' {@code
 * targetSegment} and an availability's {@code segment}.
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one and
 * reads any case (API-5).
 */
public enum PcSegment {
  /** Businesses. */
  @JsonProperty("commercial")
  COMMERCIAL,

  /** Schools and universities. */
  @JsonProperty("education")
  EDUCATION,

  /** Public bodies. */
  @JsonProperty("government")
  GOVERNMENT,

  /** Non-profit organisations. */
  @JsonProperty("nonprofit")
  NONPROFIT,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Returns the text Partner Center reads in a query, such as {@code commercial}.
   *
   * @return the wire value
   * @throws IllegalArgumentException for {@link #UNKNOWN}, which no query can name
   */
  public String wireValue() {
    if (this == UNKNOWN) {
      throw new IllegalArgumentException(
          "targetSegment must be COMMERCIAL, EDUCATION, GOVERNMENT or NONPROFIT, but was UNKNOWN");
    }
    return name().toLowerCase(Locale.ROOT);
  }
}
