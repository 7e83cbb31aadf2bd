package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.Role;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The roles a relationship or access assignment carries ({@code delegatedAdminAccessDetails}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegatedAdminAccessDetails.class)
@JsonDeserialize(as = ImmutableDelegatedAdminAccessDetails.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegatedAdminAccessDetails {
  /**
   * Returns the roles.
   *
   * @return the values; empty when the service sent none
   */
  List<UnifiedRole> getUnifiedRoles();

  /**
   * Returns access details for model roles.
   *
   * @param roles roles other than {@link Role#UNKNOWN}
   * @return the access details
   */
  static DelegatedAdminAccessDetails of(Collection<Role> roles) {
    ImmutableDelegatedAdminAccessDetails.Builder builder = builder();
    roles.forEach(role -> builder.addUnifiedRole(UnifiedRole.of(role)));
    return builder.build();
  }

  /**
   * Returns the model's roles, with {@link Role#UNKNOWN} standing for any role it does not name.
   *
   * @return the roles, in order
   */
  default Set<Role> toModel() {
    Set<Role> roles = new LinkedHashSet<>();
    getUnifiedRoles().forEach(role -> roles.add(role.toModel()));
    return roles;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminAccessDetails.Builder builder() {
    return ImmutableDelegatedAdminAccessDetails.builder();
  }
}
