package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.AccessAssignment;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An access assignment of a relationship: a security group and the roles its members get ({@code
 * delegatedAdminAccessAssignment}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminAccessAssignment.class)
@JsonDeserialize(as = ImmutableDelegatedAdminAccessAssignment.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminAccessAssignment {
  /**
   * Returns the OData type, such as {@code #microsoft.graph.delegatedAdminRelationship}.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonProperty("@odata.type")
  Optional<String> getOdataType();

  /**
   * Returns the ETag to send in {@code If-Match} when updating or deleting (API-7).
   *
   * @return the value; empty when the service did not send it
   */
  @JsonProperty("@odata.etag")
  Optional<String> getEtag();

  /**
   * Returns the assignment's id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns where the assignment stands.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminAccessAssignmentStatus> getStatus();

  /**
   * Returns the group that gets the roles.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminAccessContainer> getAccessContainer();

  /**
   * Returns the roles.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminAccessDetails> getAccessDetails();

  /**
   * Returns when it was created.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getCreatedDateTime();

  /**
   * Returns when it was last changed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getLastModifiedDateTime();

  /**
   * Returns the model's access assignment.
   *
   * @return the assignment; empty when the id, container or creation time is missing or invalid, or
   *     a role's id is not a GUID
   */
  default Optional<AccessAssignment> toModel() {
    return GraphMapping.accessAssignment(this);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminAccessAssignment.Builder builder() {
    return ImmutableDelegatedAdminAccessAssignment.builder();
  }
}
