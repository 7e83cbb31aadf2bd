package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address, as Partner Center keeps it in a customer's billing profile.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Address {
  /**
   * Returns the first address line.
   *
   * @return the street line
   */
  @NotBlank
  @Size(max = Limits.ADDRESS_LINE_MAX_LENGTH)
  String getAddressLine1();

  /**
   * Returns the second address line, if any.
   *
   * @return the line
   */
  Optional<@Size(max = Limits.ADDRESS_LINE_MAX_LENGTH) String> getAddressLine2();

  /**
   * Returns the city.
   *
   * @return the city
   */
  @NotBlank
  @Size(max = Limits.CITY_MAX_LENGTH)
  String getCity();

  /**
   * Returns the state or region, where the country has them.
   *
   * @return the state
   */
  Optional<@Size(max = Limits.STATE_MAX_LENGTH) String> getState();

  /**
   * Returns the postal code.
   *
   * @return the postal code
   */
  @NotBlank
  @Size(max = Limits.POSTAL_CODE_MAX_LENGTH)
  String getPostalCode();

  /**
   * Returns the country as an ISO 3166-1 alpha-2 code such as {@code US}.
   *
   * @return two upper-case letters
   */
  @NotBlank
  @Pattern(regexp = Limits.COUNTRY_CODE, message = Limits.COUNTRY_CODE_MESSAGE)
  String getCountry();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableAddress.Builder builder() {
    return ImmutableAddress.builder();
  }
}
