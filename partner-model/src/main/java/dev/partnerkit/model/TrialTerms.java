package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * The fixed terms of a service's trial: how many days it runs and with how many licenses (TRIAL-2).
 *
 * <p>Immutable and thread-safe; create with {@link #of(int, int)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrialTerms.class)
@JsonDeserialize(as = ImmutableTrialTerms.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface TrialTerms {
  /**
   * Returns how many days the trial runs.
   *
   * @return 1 to 366 days
   */
  @Min(1)
  @Max(366)
  int getDays();

  /**
   * Returns how many licenses the trial gives.
   *
   * @return 1 to 10,000 licenses
   */
  @Min(1)
  @Max(10_000)
  int getLicenses();

  /**
   * Returns trial terms.
   *
   * @param days how many days the trial runs
   * @param licenses how many licenses it gives
   * @return the terms
   */
  static TrialTerms of(int days, int licenses) {
    return builder().days(days).licenses(licenses).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableTrialTerms.Builder builder() {
    return ImmutableTrialTerms.builder();
  }
}
