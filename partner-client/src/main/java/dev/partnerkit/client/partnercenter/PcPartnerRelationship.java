package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.MpnId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A relationship between the partner and another partner, such as an indirect reseller of a
 * customer ({@code PartnerRelationship}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcPartnerRelationship.class)
@JsonDeserialize(as = ImmutablePcPartnerRelationship.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcPartnerRelationship {
  /**
   * Returns the other partner's tenant id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the other partner's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getName();

  /**
   * Returns the kind of relationship.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcPartnerRelationshipType> getRelationshipType();

  /**
   * Returns the other partner's MPN id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getMpnId();

  /**
   * Returns the metadata attributes: the ETag and the object type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcResourceAttributes> getAttributes();

  /**
   * Returns the other partner's MPN id in the model's type, when it is one.
   *
   * @return the MPN id; empty when absent or not an {@link MpnId}'s digits
   */
  default Optional<MpnId> mpnId() {
    return PcMapping.mpnId(getMpnId());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcPartnerRelationship.Builder builder() {
    return ImmutablePcPartnerRelationship.builder();
  }
}
