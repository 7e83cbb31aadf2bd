package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A granular delegated admin relationship as Microsoft Graph represents it ({@code
 * delegatedAdminRelationship}, and its subtype {@code resellerDelegatedAdminRelationship}, whose
 * two extra fields are here too).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminRelationship.class)
@JsonDeserialize(as = ImmutableDelegatedAdminRelationship.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminRelationship {
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
   * Returns the relationship's id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the display name, unique among the partner's relationships.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDisplayName();

  /**
   * Returns the duration as an ISO 8601 duration, such as {@code P730D}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDuration();

  /**
   * Returns the customer.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminRelationshipCustomerParticipant> getCustomer();

  /**
   * Returns the roles asked for.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminAccessDetails> getAccessDetails();

  /**
   * Returns where the relationship stands.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<DelegatedAdminRelationshipStatus> getStatus();

  /**
   * Returns the auto-extend duration: {@code PT0S} (off) or {@code P180D}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAutoExtendDuration();

  /**
   * Returns when the relationship was created.
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
   * Returns when it became active.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getActivatedDateTime();

  /**
   * Returns when it ends or ended.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getEndDateTime();

  /**
   * Returns for a reseller relationship, whether the indirect reseller has yet to consent.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Boolean> getIsPartnerConsentPending();

  /**
   * Returns for a reseller relationship, the indirect provider that created it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getIndirectProviderTenantId();

  /**
   * Returns the model's relationship, with the access assignments given.
   *
   * <p>Roles map through {@link dev.partnerkit.model.Role#fromRoleDefinitionId(String)}, each kept
   * whether the library names it or not (GDAP-12); Graph's {@code approved} status maps to {@code
   * ACTIVATING} (approved, becoming active); durations like {@code P2Y} count 365 days a year.
   * Graph does not say when a relationship was locked for approval, so {@code lockedAt} stays
   * empty.
   *
   * @param partner the partner that owns the relationship (Graph does not name it)
   * @param accessAssignments the relationship's assignments, mapped already; may be empty
   * @return the relationship; empty when the id, customer tenant id, display name, duration or
   *     creation time is missing or invalid, a role's id is not a GUID, or the duration or
   *     auto-extension is negative
   */
  default Optional<GranularRelationship> toModel(
      PartnerId partner, List<AccessAssignment> accessAssignments) {
    return GraphMapping.relationship(this, partner, accessAssignments);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminRelationship.Builder builder() {
    return ImmutableDelegatedAdminRelationship.builder();
  }
}
