package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service of a customer that the partner manages through delegated administration, with the
 * address of its management portal ({@code delegatedAdminServiceManagementDetail}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminServiceManagementDetail.class)
@JsonDeserialize(as = ImmutableDelegatedAdminServiceManagementDetail.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminServiceManagementDetail {
  /**
   * Returns the OData type, such as {@code #microsoft.graph.delegatedAdminServiceManagementDetail}.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonProperty("@odata.type")
  Optional<String> getOdataType();

  /**
   * Returns the managed service's id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the service's name, such as {@code Teams}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getServiceName();

  /**
   * Returns the address of the service's management portal, as Graph sent it; the client does not
   * follow it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getServiceManagementUrl();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminServiceManagementDetail.Builder builder() {
    return ImmutableDelegatedAdminServiceManagementDetail.builder();
  }
}
