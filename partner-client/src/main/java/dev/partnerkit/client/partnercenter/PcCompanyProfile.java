package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's company profile ({@code CustomerCompanyProfile}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param tenantId the customer's Microsoft Entra tenant id; empty when the service did not send it
 * @param domain the customer's domain, such as {@code contoso.onmicrosoft.com}; empty when the
 *     service did not send it
 * @param companyName the company's name; empty when the service did not send it
 * @param address the company's address, where the service sends it; empty when the service did not
 *     send it
 * @param email the company's email address, where the service sends it; empty when the service did
 *     not send it
 * @param organizationRegistrationNumber the organization registration number (INN), needed in some
 *     countries; empty when the service did not send it
 * @param links the resource links by name, such as {@code self} and {@code next}; empty when the
 *     service sent none
 * @param attributes the metadata attributes: the ETag and the object type; empty when the service
 *     did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcCompanyProfile(
    Optional<String> tenantId,
    Optional<String> domain,
    Optional<String> companyName,
    Optional<PcAddress> address,
    Optional<String> email,
    Optional<String> organizationRegistrationNumber,
    Map<String, PcLink> links,
    Optional<PcResourceAttributes> attributes) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcCompanyProfile {
    tenantId = WireValues.optional(tenantId);
    domain = WireValues.optional(domain);
    companyName = WireValues.optional(companyName);
    address = WireValues.optional(address);
    email = WireValues.optional(email);
    organizationRegistrationNumber = WireValues.optional(organizationRegistrationNumber);
    links = WireValues.map(links);
    attributes = WireValues.optional(attributes);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcCompanyProfileBuilder builder() {
    return new PcCompanyProfileBuilder();
  }
}
