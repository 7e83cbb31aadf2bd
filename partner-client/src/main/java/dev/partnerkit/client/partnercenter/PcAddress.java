package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address with a contact, as in a customer's billing profile (Partner Center {@code
 * Address}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param addressLine1 the first address line; empty when the service did not send it
 * @param addressLine2 the second address line; empty when the service did not send it
 * @param addressLine3 the third address line; empty when the service did not send it
 * @param city the city; empty when the service did not send it
 * @param state the state; empty when the service did not send it
 * @param postalCode the postal code; empty when the service did not send it
 * @param country the country as an ISO 3166-1 alpha-2 code; empty when the service did not send it
 * @param region the region; empty when the service did not send it
 * @param firstName the contact's first name; empty when the service did not send it
 * @param lastName the contact's last name; empty when the service did not send it
 * @param phoneNumber the contact's phone number; empty when the service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcAddress(
    Optional<String> addressLine1,
    Optional<String> addressLine2,
    Optional<String> addressLine3,
    Optional<String> city,
    Optional<String> state,
    Optional<String> postalCode,
    Optional<String> country,
    Optional<String> region,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<String> phoneNumber) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcAddress {
    addressLine1 = WireValues.optional(addressLine1);
    addressLine2 = WireValues.optional(addressLine2);
    addressLine3 = WireValues.optional(addressLine3);
    city = WireValues.optional(city);
    state = WireValues.optional(state);
    postalCode = WireValues.optional(postalCode);
    country = WireValues.optional(country);
    region = WireValues.optional(region);
    firstName = WireValues.optional(firstName);
    lastName = WireValues.optional(lastName);
    phoneNumber = WireValues.optional(phoneNumber);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcAddressBuilder builder() {
    return new PcAddressBuilder();
  }
}
