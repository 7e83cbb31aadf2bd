package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The customer of a relationship ({@code delegatedAdminRelationshipCustomerParticipant}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminRelationshipCustomerParticipant.class)
@JsonDeserialize(as = ImmutableDelegatedAdminRelationshipCustomerParticipant.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminRelationshipCustomerParticipant {
  /**
   * Returns the customer's tenant id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTenantId();

  /**
   * Returns the customer's display name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDisplayName();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminRelationshipCustomerParticipant.Builder builder() {
    return ImmutableDelegatedAdminRelationshipCustomerParticipant.builder();
  }
}
