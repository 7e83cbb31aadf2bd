package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The link a customer follows to accept a reseller relationship with the partner ({@code
 * RelationshipRequest}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcRelationshipRequest.class)
@JsonDeserialize(as = ImmutablePcRelationshipRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcRelationshipRequest {
  /**
   * Returns the invitation URL to send the customer.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getUrl();

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
  static ImmutablePcRelationshipRequest.Builder builder() {
    return ImmutablePcRelationshipRequest.builder();
  }
}
