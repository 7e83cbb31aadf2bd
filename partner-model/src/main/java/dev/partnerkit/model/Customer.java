package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer: its tenant, its company profile, the cloud its tenant lives in and the partner that
 * created the tenant, if one did.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(as = ImmutableCustomer.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Customer {
  /**
   * Returns the customer's tenant id.
   *
   * @return the id
   */
  @NotNull
  CustomerId getId();

  /**
   * Returns the customer's company profile.
   *
   * @return the profile
   */
  @NotNull
  @Valid
  CompanyProfile getProfile();

  /**
   * Returns the cloud the customer's tenant lives in; defaults to {@link Cloud#GLOBAL}.
   *
   * @return the cloud
   */
  @Value.Default
  default Cloud getCloud() {
    return Cloud.GLOBAL;
  }

  /**
   * Returns the partner that created the customer's tenant on its behalf, as a CSP partner does
   * with Partner Center's {@code POST /v1/customers}; empty for a tenant the customer made itself
   * or that was registered without saying.
   *
   * @return the partner
   */
  Optional<PartnerId> getCreatedBy();

  /**
   * Returns the customer's country, from its address.
   *
   * @return an ISO 3166-1 alpha-2 code
   */
  @JsonIgnore
  default String getCountry() {
    return getProfile().getAddress().getCountry();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableCustomer.Builder builder() {
    return ImmutableCustomer.builder();
  }
}
