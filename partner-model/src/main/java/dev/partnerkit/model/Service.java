package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service in the catalog: its license bounds, the billing cycles it supports, its trial terms (if
 * it has a trial), the service it is an add-on to (if it is one) and the services its trial
 * converts to; for new commerce also its terms, upgrade targets and per-customer caps.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. A minimum above the maximum, or an
 * add-on to itself, fails on construction.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Service {
  /**
   * Returns the service's id.
   *
   * @return the id
   */
  @NotNull
  ServiceId getId();

  /**
   * Returns the service's display name.
   *
   * @return the name
   */
  @NotBlank
  @Size(max = Limits.SERVICE_NAME_MAX_LENGTH)
  String getName();

  /**
   * Returns the fewest licenses one purchase line may carry (OFFER-4); defaults to 1.
   *
   * @return the minimum, at least 1
   */
  @Min(Limits.LICENSES_MIN)
  @Value.Default
  default int getMinLicenses() {
    return 1;
  }

  /**
   * Returns the most licenses one purchase line may carry (OFFER-4); defaults to 300.
   *
   * @return the maximum
   */
  @Min(Limits.LICENSES_MIN)
  @Max(Limits.SERVICE_LICENSES_MAX)
  @Value.Default
  default int getMaxLicenses() {
    return 300;
  }

  /**
   * Returns the billing cycles the service supports (OFFER-6).
   *
   * @return one or more cycles
   */
  @NotEmpty
  Set<BillingCycle> getBillingCycles();

  /**
   * Returns the service's trial terms; empty when it offers no trial (TRIAL-3).
   *
   * @return the trial terms
   */
  Optional<@Valid TrialTerms> getTrial();

  /**
   * Returns the service this one is an add-on to, which the customer needs first (OFFER-7).
   *
   * @return the prerequisite
   */
  Optional<ServiceId> getAddOnTo();

  /**
   * Returns the services a trial of this one may convert to besides itself (TRIAL-4).
   *
   * @return the conversion targets
   */
  Set<ServiceId> getConvertsTo();

  /**
   * Returns the new-commerce terms the service offers (NCE-3); defaults to P1M, P1Y and P3Y.
   *
   * @return one or more terms
   */
  @NotEmpty
  @Value.Default
  default Set<Term> getTerms() {
    return EnumSet.of(Term.P1M, Term.P1Y, Term.P3Y);
  }

  /**
   * Returns the services a new-commerce subscription of this one may be upgraded to (NCE-12); there
   * are no downgrades.
   *
   * @return the upgrade targets
   */
  Set<ServiceId> getUpgradesTo();

  /**
   * Returns the most seats one customer may hold across its active and suspended new-commerce
   * subscriptions of this service, trials included (NCE-4).
   *
   * @return the cap; empty for none
   */
  OptionalInt getMaxSeatsPerCustomer();

  /**
   * Returns the most active and suspended new-commerce subscriptions of this service one customer
   * may hold (NCE-4).
   *
   * @return the cap; empty for none
   */
  OptionalInt getMaxSubscriptionsPerCustomer();

  /**
   * Returns whether the service is an add-on.
   *
   * @return true when it has a prerequisite
   */
  @JsonIgnore
  default boolean isAddOn() {
    return getAddOnTo().isPresent();
  }

  /** Rejects bounds that no line could meet and an add-on to itself. */
  @Value.Check
  default void check() {
    if (getMinLicenses() > getMaxLicenses()) {
      throw new IllegalArgumentException(
          "Service.minLicenses ("
              + getMinLicenses()
              + ") must not be above maxLicenses ("
              + getMaxLicenses()
              + ") for service "
              + getId());
    }
    if (getMaxSeatsPerCustomer().isPresent() && getMaxSeatsPerCustomer().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "Service.maxSeatsPerCustomer must be 1 or more, but was "
              + getMaxSeatsPerCustomer().getAsInt()
              + " for service "
              + getId());
    }
    if (getMaxSubscriptionsPerCustomer().isPresent()
        && getMaxSubscriptionsPerCustomer().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "Service.maxSubscriptionsPerCustomer must be 1 or more, but was "
              + getMaxSubscriptionsPerCustomer().getAsInt()
              + " for service "
              + getId());
    }
    if (getAddOnTo().filter(getId()::equals).isPresent()) {
      throw new IllegalArgumentException(
          "Service.addOnTo must name another service, not " + getId() + " itself");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }
}
