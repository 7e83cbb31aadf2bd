package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for an action on a relationship, such as locking it for approval ({@code
 * delegatedAdminRelationshipRequest}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminRelationshipRequest.class)
@JsonDeserialize(as = ImmutableDelegatedAdminRelationshipRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminRelationshipRequest {
  /**
   * Returns the OData type, such as {@code #microsoft.graph.delegatedAdminRelationship}.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonProperty("@odata.type")
  Optional<String> getOdataType();

  /**
   * Returns the request's id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the action requested.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminRelationshipRequestAction> getAction();

  /**
   * Returns where the request stands.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminRelationshipRequestStatus> getStatus();

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
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminRelationshipRequest.Builder builder() {
    return ImmutableDelegatedAdminRelationshipRequest.builder();
  }
}
