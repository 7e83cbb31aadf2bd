package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's billing profile ({@code CustomerBillingProfile}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param id the profile's id; empty when the service did not send it
 * @param firstName the billing contact's first name; empty when the service did not send it
 * @param lastName the billing contact's last name; empty when the service did not send it
 * @param email the billing contact's email address; empty when the service did not send it
 * @param culture the preferred culture, such as {@code en-US}; empty when the service did not send
 *     it
 * @param language the preferred language, such as {@code en}; empty when the service did not send
 *     it
 * @param companyName the registered company name; empty when the service did not send it
 * @param defaultAddress the address bills go to; empty when the service did not send it
 * @param links the resource links by name, such as {@code self} and {@code next}; empty when the
 *     service sent none
 * @param attributes the metadata attributes: the ETag and the object type; empty when the service
 *     did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcBillingProfile(
    Optional<String> id,
    Optional<String> firstName,
    Optional<String> lastName,
    Optional<String> email,
    Optional<String> culture,
    Optional<String> language,
    Optional<String> companyName,
    Optional<PcAddress> defaultAddress,
    Map<String, PcLink> links,
    Optional<PcResourceAttributes> attributes) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcBillingProfile {
    id = WireValues.optional(id);
    firstName = WireValues.optional(firstName);
    lastName = WireValues.optional(lastName);
    email = WireValues.optional(email);
    culture = WireValues.optional(culture);
    language = WireValues.optional(language);
    companyName = WireValues.optional(companyName);
    defaultAddress = WireValues.optional(defaultAddress);
    links = WireValues.map(links);
    attributes = WireValues.optional(attributes);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcBillingProfileBuilder builder() {
    return new PcBillingProfileBuilder();
  }
}
