package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that creates a delegated admin relationship (POST {@code
 * /tenantRelationships/delegatedAdminRelationships}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNewDelegatedAdminRelationship.class)
@JsonDeserialize(as = ImmutableNewDelegatedAdminRelationship.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface NewDelegatedAdminRelationship {
  /**
   * Returns the display name, 1 to 50 characters, unique among the partner's relationships.
   *
   * @return the value
   */
  String getDisplayName();

  /**
   * Returns the duration, an ISO 8601 duration from {@code P1D} to {@code P2Y}.
   *
   * @return the value
   */
  String getDuration();

  /**
   * Returns the customer; may be left out for a relationship any customer can approve.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminRelationshipCustomerParticipant> getCustomer();

  /**
   * Returns the roles asked for.
   *
   * @return the value
   */
  DelegatedAdminAccessDetails getAccessDetails();

  /**
   * Returns the auto-extend duration: {@code PT0S} or {@code P180D}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAutoExtendDuration();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableNewDelegatedAdminRelationship.Builder builder() {
    return ImmutableNewDelegatedAdminRelationship.builder();
  }
}
