package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A long-running operation on a relationship, such as an update of an access assignment's roles
 * ({@code delegatedAdminRelationshipOperation}). Its {@code data} is JSON inside a string: the
 * assignment or relationship as the operation changes it; {@link #accessAssignment()} and {@link
 * #relationship()} decode it.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminRelationshipOperation.class)
@JsonDeserialize(as = ImmutableDelegatedAdminRelationshipOperation.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminRelationshipOperation {
  /**
   * Returns the OData type, such as {@code #microsoft.graph.delegatedAdminRelationshipOperation}.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonProperty("@odata.type")
  Optional<String> getOdataType();

  /**
   * Returns the operation's ETag.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonProperty("@odata.etag")
  Optional<String> getEtag();

  /**
   * Returns the operation's id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns what the operation changes.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminRelationshipOperationType> getOperationType();

  /**
   * Returns the operation's payload as Graph sends it: a string holding JSON.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getData();

  /**
   * Returns where the operation stands.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<LongRunningOperationStatus> getStatus();

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
   * Returns the access assignment in the operation's data, decoded from its JSON string.
   *
   * @return the assignment; empty when the operation is not an access assignment update, or its
   *     data is missing or is no assignment
   */
  default Optional<DelegatedAdminAccessAssignment> accessAssignment() {
    return getOperationType()
        .filter(
            t ->
                t
                    == DelegatedAdminRelationshipOperationType
                        .DELEGATED_ADMIN_ACCESS_ASSIGNMENT_UPDATE)
        .flatMap(t -> OperationData.decode(getData(), DelegatedAdminAccessAssignment.class));
  }

  /**
   * Returns the relationship in the operation's data, decoded from its JSON string.
   *
   * @return the relationship; empty when the operation is not a relationship update, or its data is
   *     missing or is no relationship
   */
  default Optional<DelegatedAdminRelationship> relationship() {
    return getOperationType()
        .filter(
            t -> t == DelegatedAdminRelationshipOperationType.DELEGATED_ADMIN_RELATIONSHIP_UPDATE)
        .flatMap(t -> OperationData.decode(getData(), DelegatedAdminRelationship.class));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminRelationshipOperation.Builder builder() {
    return ImmutableDelegatedAdminRelationshipOperation.builder();
  }
}
