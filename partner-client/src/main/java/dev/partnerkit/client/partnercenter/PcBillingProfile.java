package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's billing profile ({@code CustomerBillingProfile}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcBillingProfile.class)
@JsonDeserialize(as = ImmutablePcBillingProfile.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcBillingProfile {
  /**
   * Returns the profile's id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getId();

  /**
   * Returns the billing contact's first name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getFirstName();

  /**
   * Returns the billing contact's last name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getLastName();

  /**
   * Returns the billing contact's email address.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getEmail();

  /**
   * Returns the preferred culture, such as {@code en-US}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCulture();

  /**
   * Returns the preferred language, such as {@code en}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getLanguage();

  /**
   * Returns the registered company name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCompanyName();

  /**
   * Returns the address bills go to.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcAddress> getDefaultAddress();

  /**
   * Returns the resource links by name, such as {@code self} and {@code next}.
   *
   * @return the entries; empty when the service sent none
   */
  Map<String, PcLink> getLinks();

  /**
   * Returns the metadata attributes: the ETag and the object type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcResourceAttributes> getAttributes();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcBillingProfile.Builder builder() {
    return ImmutablePcBillingProfile.builder();
  }
}
