package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The group whose members an access assignment gives roles ({@code delegatedAdminAccessContainer}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminAccessContainer.class)
@JsonDeserialize(as = ImmutableDelegatedAdminAccessContainer.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminAccessContainer {
  /**
   * Returns the container's id, such as a security group's object id.
   *
   * @return the value
   */
  String getAccessContainerId();

  /**
   * Returns the kind of container.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminAccessContainerType> getAccessContainerType();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminAccessContainer.Builder builder() {
    return ImmutableDelegatedAdminAccessContainer.builder();
  }
}
