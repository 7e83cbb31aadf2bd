package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address with a contact, as in a customer's billing profile (Partner Center {@code
 * Address}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcAddress.class)
@JsonDeserialize(as = ImmutablePcAddress.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcAddress {
  /**
   * Returns the first address line.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAddressLine1();

  /**
   * Returns the second address line.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAddressLine2();

  /**
   * Returns the third address line.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAddressLine3();

  /**
   * Returns the city.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCity();

  /**
   * Returns the state.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getState();

  /**
   * Returns the postal code.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPostalCode();

  /**
   * Returns the country as an ISO 3166-1 alpha-2 code.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCountry();

  /**
   * Returns the region.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getRegion();

  /**
   * Returns the contact's first name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getFirstName();

  /**
   * Returns the contact's last name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getLastName();

  /**
   * Returns the contact's phone number.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPhoneNumber();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcAddress.Builder builder() {
    return ImmutablePcAddress.builder();
  }
}
