package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcCustomer.class)
@JsonDeserialize(as = ImmutablePcCustomer.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcCustomer {
  /**
   * Returns the customer's id (its tenant id).
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getId();

  /**
   * Returns the commerce id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCommerceId();

  /**
   * Returns the company profile.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcCompanyProfile> getCompanyProfile();

  /**
   * Returns the billing profile; only a get by id sends it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingProfile> getBillingProfile();

  /**
   * Returns the licensing program the partner uses for the customer.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcRelationshipToPartner> getRelationshipToPartner();

  /**
   * Returns whether the customer granted the partner delegated admin privileges; only a get by id
   * sends it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Boolean> getAllowDelegatedAccess();

  /**
   * Returns the admin credentials; only the answer to a create sends them.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcUserCredentials> getUserCredentials();

  /**
   * Returns the customer's custom domains.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getCustomDomains();

  /**
   * Returns the indirect reseller associated with the customer.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAssociatedPartnerId();

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
   * Returns the model's customer for this resource, in the given cloud, when the resource carries
   * what the model needs: a GUID id, a domain, a company name, an address with line, city, postal
   * code and country, and a contact's name and email. A customer read by id has all of them; the
   * items of a customer list lack the billing profile, so they map to empty.
   *
   * @param cloud the cloud of the Partner Center instance the customer came from
   * @return the model customer, or empty when a needed field is missing
   */
  default Optional<Customer> toModel(Cloud cloud) {
    return PcMapping.customer(this, cloud);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcCustomer.Builder builder() {
    return ImmutablePcCustomer.builder();
  }
}
