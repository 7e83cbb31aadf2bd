package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
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
   * @return {@value dev.partnerkit.model.validation.Limits#TRIAL_DAYS_MIN} to {@value
   *     dev.partnerkit.model.validation.Limits#TRIAL_DAYS_MAX} days
   */
  @Min(Limits.TRIAL_DAYS_MIN)
  @Max(Limits.TRIAL_DAYS_MAX)
  int getDays();

  /**
   * Returns how many licenses the trial gives.
   *
   * @return {@value dev.partnerkit.model.validation.Limits#LICENSES_MIN} to {@value
   *     dev.partnerkit.model.validation.Limits#TRIAL_LICENSES_MAX} licenses
   */
  @Min(Limits.LICENSES_MIN)
  @Max(Limits.TRIAL_LICENSES_MAX)
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
