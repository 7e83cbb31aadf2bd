package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.Role;
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
   * Returns the model's role for this id, or {@link Role#UNKNOWN} for a role the model does not
   * name.
   *
   * @return the role
   */
  default Role toModel() {
    return Role.fromRoleDefinitionId(getRoleDefinitionId());
  }

  /**
   * Returns the unified role of a model role.
   *
   * @param role a role other than {@link Role#UNKNOWN}
   * @return the unified role
   * @throws IllegalArgumentException for {@link Role#UNKNOWN}, which has no id
   */
  static UnifiedRole of(Role role) {
    return builder()
        .roleDefinitionId(
            role.getRoleDefinitionId()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "Role.UNKNOWN has no role definition id; name a known role"))
                .toString())
        .build();
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
