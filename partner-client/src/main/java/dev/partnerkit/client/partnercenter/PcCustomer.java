package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer as Partner Center represents it ({@code Customer}); the same shape creates one, so the
 * fields the service assigns are optional.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param id the customer's id (its tenant id); empty when the service did not send it
 * @param commerceId the commerce id; empty when the service did not send it
 * @param companyProfile the company profile; empty when the service did not send it
 * @param billingProfile the billing profile, which only a get by id sends; empty when the service
 *     did not send it
 * @param relationshipToPartner the licensing program the partner uses for the customer; empty when
 *     the service did not send it
 * @param allowDelegatedAccess whether the customer granted the partner delegated admin privileges,
 *     which only a get by id sends; empty when the service did not send it
 * @param userCredentials the admin credentials, which only the answer to a create sends; empty when
 *     the service did not send it
 * @param customDomains the customer's custom domains; empty when the service sent none
 * @param associatedPartnerId the indirect reseller associated with the customer; empty when the
 *     service did not send it
 * @param links the resource links by name, such as {@code self} and {@code next}; empty when the
 *     service sent none
 * @param attributes the metadata attributes: the ETag and the object type; empty when the service
 *     did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcCustomer(
    Optional<String> id,
    Optional<String> commerceId,
    Optional<PcCompanyProfile> companyProfile,
    Optional<PcBillingProfile> billingProfile,
    Optional<PcRelationshipToPartner> relationshipToPartner,
    Optional<Boolean> allowDelegatedAccess,
    Optional<PcUserCredentials> userCredentials,
    List<String> customDomains,
    Optional<String> associatedPartnerId,
    Map<String, PcLink> links,
    Optional<PcResourceAttributes> attributes) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcCustomer {
    id = WireValues.optional(id);
    commerceId = WireValues.optional(commerceId);
    companyProfile = WireValues.optional(companyProfile);
    billingProfile = WireValues.optional(billingProfile);
    relationshipToPartner = WireValues.optional(relationshipToPartner);
    allowDelegatedAccess = WireValues.optional(allowDelegatedAccess);
    userCredentials = WireValues.optional(userCredentials);
    customDomains = WireValues.list(customDomains);
    associatedPartnerId = WireValues.optional(associatedPartnerId);
    links = WireValues.map(links);
    attributes = WireValues.optional(attributes);
  }

  /**
   * Returns the model's customer for this resource, in the given cloud, when the resource carries
   * what the model needs: a GUID id, a domain, a company name, an address with line, city, postal
   * code and country, and a contact's name and email. A customer read by id has all of them; the
   * items of a customer list lack the billing profile, so they map to empty.
   *
   * @param cloud the cloud of the Partner Center instance the customer came from
   * @return the model customer, or empty when a needed field is missing
   */
  public Optional<Customer> toModel(Cloud cloud) {
    return PcMapping.customer(this, cloud);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcCustomerBuilder builder() {
    return new PcCustomerBuilder();
  }
}
