package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The body that creates an access assignment (POST {@code .../accessAssignments}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNewAccessAssignment.class)
@JsonDeserialize(as = ImmutableNewAccessAssignment.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface NewAccessAssignment {
  /**
   * Returns the security group that gets the roles.
   *
   * @return the value
   */
  DelegatedAdminAccessContainer getAccessContainer();

  /**
   * Returns the roles, a subset of the relationship's.
   *
   * @return the value
   */
  DelegatedAdminAccessDetails getAccessDetails();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableNewAccessAssignment.Builder builder() {
    return ImmutableNewAccessAssignment.builder();
  }
}
