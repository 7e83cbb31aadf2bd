package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Says which transitions an eligibility check asks about ({@code eligibilityType}): those that take
 * effect now, or those scheduled for the term's end.
 *
 * <p>{@link #UNKNOWN} stands for a value a newer service may send; decoding never fails on one
 * (API-5).
 */
public enum PcEligibilityType {
  /** Transitions that take effect now; the service's default. */
  @JsonProperty("immediate")
  IMMEDIATE,

  /** Transitions scheduled for the end of the current term. */
  @JsonProperty("scheduled")
  SCHEDULED,

  /** A value this version of Partnerkit does not know; decoding maps any unknown text to it. */
  @JsonProperty("unknown")
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Returns the text Partner Center reads in the query, such as {@code immediate}.
   *
   * @return the wire value
   * @throws IllegalArgumentException for {@link #UNKNOWN}, which no query can name
   */
  public String wireValue() {
    if (this == UNKNOWN) {
      throw new IllegalArgumentException(
          "eligibilityType must be IMMEDIATE or SCHEDULED, but was UNKNOWN");
    }
    return name().toLowerCase(Locale.ROOT);
  }
}
