package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer with which the partner has at least one delegated admin relationship ({@code
 * delegatedAdminCustomer}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminCustomer.class)
@JsonDeserialize(as = ImmutableDelegatedAdminCustomer.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminCustomer {
  /**
   * Returns the OData type, such as {@code #microsoft.graph.delegatedAdminRelationship}.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonProperty("@odata.type")
  Optional<String> getOdataType();

  /**
   * Returns the customer's id.
   *
   * @return the value
   */
  String getId();

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
  static ImmutableDelegatedAdminCustomer.Builder builder() {
    return ImmutableDelegatedAdminCustomer.builder();
  }
}
