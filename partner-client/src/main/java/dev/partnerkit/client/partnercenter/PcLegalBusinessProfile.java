package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The partner's legal business profile: the legal name and address, the company approver, the
 * primary contact and where the vetting stands ({@code LegalBusinessProfile}, {@code GET
 * /v1/profiles/legalbusiness}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5). The vetting statuses are kept as
 * the text Partner Center sends, since it adds values without notice.
 *
 * @param companyName the legal name of the company; empty when the service did not send it
 * @param address the legal address; empty when the service did not send it
 * @param primaryContact the primary contact (the same {@code Contact} shape as an agreement's);
 *     empty when the service did not send it
 * @param companyApproverEmail the email address of the person who approves for the company; empty
 *     when the service did not send it
 * @param companyApproverAddress the approver's address; empty when the service did not send it
 * @param vettingStatus where the vetting stands, such as {@code Authorized}; empty when the service
 *     did not send it
 * @param vettingSubStatus the vetting step, such as {@code EmailOwnership}; empty when the service
 *     did not send it
 * @param profileType the kind of profile, {@code legal_business_profile}; empty when the service
 *     did not send it
 * @param links the resource links by name, such as {@code self}; empty when the service sent none
 * @param attributes the metadata attributes: the ETag and the object type; empty when the service
 *     did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcLegalBusinessProfile(
    Optional<String> companyName,
    Optional<PcAddress> address,
    Optional<PcAgreementContact> primaryContact,
    Optional<String> companyApproverEmail,
    Optional<PcAddress> companyApproverAddress,
    Optional<String> vettingStatus,
    Optional<String> vettingSubStatus,
    Optional<String> profileType,
    Map<String, PcLink> links,
    Optional<PcResourceAttributes> attributes) {
  /** Reads null as absent or empty, and copies maps, keeping their order. */
  public PcLegalBusinessProfile {
    companyName = WireValues.optional(companyName);
    address = WireValues.optional(address);
    primaryContact = WireValues.optional(primaryContact);
    companyApproverEmail = WireValues.optional(companyApproverEmail);
    companyApproverAddress = WireValues.optional(companyApproverAddress);
    vettingStatus = WireValues.optional(vettingStatus);
    vettingSubStatus = WireValues.optional(vettingSubStatus);
    profileType = WireValues.optional(profileType);
    links = WireValues.map(links);
    attributes = WireValues.optional(attributes);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcLegalBusinessProfileBuilder builder() {
    return new PcLegalBusinessProfileBuilder();
  }
}
