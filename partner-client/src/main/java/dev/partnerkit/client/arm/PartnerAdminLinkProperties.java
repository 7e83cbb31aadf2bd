package dev.partnerkit.client.arm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The properties of a Partner Admin Link ({@code PartnerProperties}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerAdminLinkProperties.class)
@JsonDeserialize(as = ImmutablePartnerAdminLinkProperties.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PartnerAdminLinkProperties {
  /**
   * Returns the linked partner's MPN id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPartnerId();

  /**
   * Returns the linked partner's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPartnerName();

  /**
   * Returns the tenant of the user or service principal that made the link.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTenantId();

  /**
   * Returns the object id of the user or service principal that made the link.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getObjectId();

  /**
   * Returns the link's version.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getVersion();

  /**
   * Returns when the link was last changed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getUpdatedTime();

  /**
   * Returns when the link was made.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getCreatedTime();

  /**
   * Returns whether the link is in force.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<ManagementPartnerState> getState();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePartnerAdminLinkProperties.Builder builder() {
    return ImmutablePartnerAdminLinkProperties.builder();
  }
}
