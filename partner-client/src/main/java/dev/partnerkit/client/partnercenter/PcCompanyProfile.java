package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's company profile ({@code CustomerCompanyProfile}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcCompanyProfile.class)
@JsonDeserialize(as = ImmutablePcCompanyProfile.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcCompanyProfile {
  /**
   * Returns the customer's Microsoft Entra tenant id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTenantId();

  /**
   * Returns the customer's domain, such as {@code contoso.onmicrosoft.com}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDomain();

  /**
   * Returns the company's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCompanyName();

  /**
   * Returns the company's address, where the service sends it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcAddress> getAddress();

  /**
   * Returns the company's email address, where the service sends it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getEmail();

  /**
   * Returns the organization registration number (INN), needed in some countries.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOrganizationRegistrationNumber();

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
  static ImmutablePcCompanyProfile.Builder builder() {
    return ImmutablePcCompanyProfile.builder();
  }
}
