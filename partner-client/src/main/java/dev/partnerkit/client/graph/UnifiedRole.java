package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.Role;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Microsoft Entra role, by its role definition (template) id ({@code unifiedRole}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUnifiedRole.class)
@JsonDeserialize(as = ImmutableUnifiedRole.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface UnifiedRole {
  /**
   * Returns the role definition id, a GUID.
   *
   * @return the value
   */
  String getRoleDefinitionId();

  /**
   * Returns the model's role for this id, named when GDAP-12's table names it and keeping the id
   * either way, through {@link Role#fromRoleDefinitionId(String)}.
   *
   * @return the role; empty when the id is not a GUID
   */
  default Optional<Role> toModel() {
    try {
      return Optional.of(Role.fromRoleDefinitionId(getRoleDefinitionId().trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the unified role of a model role, named or not.
   *
   * @param role the role
   * @return the unified role, with the role's id in lower case
   */
  static UnifiedRole of(Role role) {
    return builder().roleDefinitionId(role.getRoleDefinitionId().toString()).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableUnifiedRole.Builder builder() {
    return ImmutableUnifiedRole.builder();
  }
}
