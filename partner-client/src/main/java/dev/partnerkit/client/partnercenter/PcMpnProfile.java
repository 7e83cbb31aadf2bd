package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import dev.partnerkit.model.MpnId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The partner's Microsoft AI Cloud Partner Program profile, once the Microsoft Partner Network
 * profile ({@code MpnProfile}, {@code GET /v1/profiles/mpn}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param mpnId the partner's MPN id (PartnerID), as sent; empty when the service did not send it
 * @param partnerName the partner organization's name; empty when the service did not send it
 * @param profileType the kind of profile, {@code mpn_profile}; empty when the service did not send
 *     it
 * @param links the resource links by name, such as {@code self}; empty when the service sent none
 * @param attributes the metadata attributes: the ETag and the object type; empty when the service
 *     did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcMpnProfile(
    Optional<String> mpnId,
    Optional<String> partnerName,
    Optional<String> profileType,
    Map<String, PcLink> links,
    Optional<PcResourceAttributes> attributes) {
  /** Reads null as absent or empty, and copies maps, keeping their order. */
  public PcMpnProfile {
    mpnId = WireValues.optional(mpnId);
    partnerName = WireValues.optional(partnerName);
    profileType = WireValues.optional(profileType);
    links = WireValues.map(links);
    attributes = WireValues.optional(attributes);
  }

  /**
   * Returns the partner's MPN id in the model's type, when it is one.
   *
   * @return the MPN id; empty when absent or not an {@link MpnId}'s digits
   */
  public Optional<MpnId> toModel() {
    return PcMapping.mpnId(mpnId);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcMpnProfileBuilder builder() {
    return new PcMpnProfileBuilder();
  }
}
