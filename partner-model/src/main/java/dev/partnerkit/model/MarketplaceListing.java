package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A partner's listing in the marketplace: the services it provides, its expertise and the countries
 * it serves, so that customers can find it by service and country (MKT-1).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMarketplaceListing.class)
@JsonDeserialize(as = ImmutableMarketplaceListing.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface MarketplaceListing {
  /**
   * Returns the listed partner.
   *
   * @return the partner
   */
  @NotNull
  PartnerId getPartner();

  /**
   * Returns the listing's headline.
   *
   * @return the headline
   */
  @NotBlank
  @Size(max = Limits.LISTING_HEADLINE_MAX_LENGTH)
  String getHeadline();

  /**
   * Returns the services the partner provides.
   *
   * @return one or more service ids
   */
  @NotEmpty
  Set<ServiceId> getServices();

  /**
   * Returns the partner's areas of expertise, such as {@code Data migration}.
   *
   * @return the expertise
   */
  Set<@NotBlank @Size(max = Limits.EXPERTISE_MAX_LENGTH) String> getExpertise();

  /**
   * Returns the countries the partner serves, as ISO 3166-1 alpha-2 codes.
   *
   * @return one or more country codes
   */
  @NotEmpty
  Set<@Pattern(regexp = Limits.COUNTRY_CODE, message = Limits.COUNTRY_CODE_MESSAGE) String>
      getCountries();

  /**
   * Returns whether a customer looking for {@code service} in {@code country} finds this listing.
   *
   * @param service the service sought
   * @param country the customer's country code
   * @return true when the listing names both
   */
  default boolean matches(ServiceId service, String country) {
    return getServices().contains(service) && getCountries().contains(country);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableMarketplaceListing.Builder builder() {
    return ImmutableMarketplaceListing.builder();
  }
}
