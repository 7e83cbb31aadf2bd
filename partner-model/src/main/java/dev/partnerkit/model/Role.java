package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Optional;
import java.util.UUID;

/**
 * Names a Microsoft Entra built-in role that a granular delegated admin relationship can carry.
 *
 * <p>Each role knows its role template id, the {@code roleDefinitionId} that Microsoft Graph sends
 * in {@code accessDetails.unifiedRoles}; {@link #fromRoleDefinitionId(String)} maps back. Which
 * admin tasks a role covers is a table in partner-rules, not part of this type.
 */
public enum Role {
  /** Global Administrator: every task. Blocks auto-extend (GDAP-5). */
  GLOBAL_ADMINISTRATOR("62e90394-69f5-4237-9190-012177145e10"),
  /** User Administrator: users, groups and password resets. */
  USER_ADMINISTRATOR("fe930be7-5e62-47db-91af-98c3a49a38b1"),
  /** Helpdesk Administrator: password resets. */
  HELPDESK_ADMINISTRATOR("729827e3-9c14-49f7-bb1b-9608f156bbb8"),
  /** Exchange Administrator: mailboxes and data migration. */
  EXCHANGE_ADMINISTRATOR("29232cdf-9323-42fd-ade2-1d097af3e4de"),
  /** Service Support Administrator: service requests for the customer. */
  SERVICE_SUPPORT_ADMINISTRATOR("f023fd81-a637-4b56-95fd-791ac0226033"),
  /** A role this version of Partnerkit does not know. */
  @JsonEnumDefaultValue
  UNKNOWN("");

  private final String roleDefinitionId;

  Role(String roleDefinitionId) {
    this.roleDefinitionId = roleDefinitionId;
  }

  /**
   * Returns the Entra role template id Graph uses for this role, empty for {@link #UNKNOWN}.
   *
   * @return the role definition id
   */
  public Optional<UUID> getRoleDefinitionId() {
    return roleDefinitionId.isEmpty()
        ? Optional.empty()
        : Optional.of(UUID.fromString(roleDefinitionId));
  }

  /**
   * Returns the role with the given Entra role template id, or {@link #UNKNOWN}.
   *
   * @param roleDefinitionId the id as Graph sends it, any case
   * @return the role; never null
   */
  public static Role fromRoleDefinitionId(String roleDefinitionId) {
    for (Role role : values()) {
      if (!role.roleDefinitionId.isEmpty()
          && role.roleDefinitionId.equalsIgnoreCase(roleDefinitionId)) {
        return role;
      }
    }
    return UNKNOWN;
  }
}
