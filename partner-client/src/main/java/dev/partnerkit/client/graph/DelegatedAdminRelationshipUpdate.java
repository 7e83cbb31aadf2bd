package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that changes a relationship still in {@code created} status (PATCH); fields left empty
 * are not changed.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminRelationshipUpdate.class)
@JsonDeserialize(as = ImmutableDelegatedAdminRelationshipUpdate.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminRelationshipUpdate {
  /**
   * Returns the new display name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDisplayName();

  /**
   * Returns the new duration.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDuration();

  /**
   * Returns the new customer.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminRelationshipCustomerParticipant> getCustomer();

  /**
   * Returns the new roles.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminAccessDetails> getAccessDetails();

  /**
   * Returns the new auto-extend duration.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAutoExtendDuration();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminRelationshipUpdate.Builder builder() {
    return ImmutableDelegatedAdminRelationshipUpdate.builder();
  }
}
