package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.Role;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
   * Returns access details for model roles, named or not, in the order given.
   *
   * @param roles the roles
   * @return the access details
   */
  static DelegatedAdminAccessDetails of(Collection<Role> roles) {
    ImmutableDelegatedAdminAccessDetails.Builder builder = builder();
    roles.forEach(role -> builder.addUnifiedRole(UnifiedRole.of(role)));
    return builder.build();
  }

  /**
   * Returns the model's roles: every one Graph sent, named when GDAP-12's table names it and
   * keeping its id either way (GDAP-12), in Graph's order.
   *
   * @return the roles; empty when a role's id is not a GUID, which no role can have
   */
  default Optional<Set<Role>> toModel() {
    Set<Role> roles = new LinkedHashSet<>();
    for (UnifiedRole unified : getUnifiedRoles()) {
      Optional<Role> role = unified.toModel();
      if (role.isEmpty()) {
        return Optional.empty();
      }
      roles.add(role.get());
    }
    return Optional.of(Collections.unmodifiableSet(roles));
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
