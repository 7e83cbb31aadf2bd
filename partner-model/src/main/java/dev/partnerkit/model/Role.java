package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partnerkit.model.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A Microsoft Entra built-in role that a granular delegated admin relationship or an access
 * assignment carries, identified by its {@code roleDefinitionId} (the role template id Microsoft
 * Graph sends in {@code accessDetails.unifiedRoles}), with a name when this library knows one
 * (GDAP-12).
 *
 * <p>Roles are open values: any roleDefinitionId is a role, and one this library does not name
 * keeps its id, so nothing read from Graph is collapsed or lost. The constants below are the table
 * of GDAP-12, in its order; {@link #of(UUID)} returns the constant for a table id. Two roles are
 * equal when their roleDefinitionIds are; they sort in the table's order, then unnamed roles by id.
 * JSON and {@link #toString()} show a named role by its name and any other by its id, and {@link
 * #parse(String)} reads both. Which admin tasks a role covers is a table in partner-rules, not part
 * of this type.
 *
 * <p>Instances are immutable and thread-safe. Create them with {@link #of(UUID)} or {@link
 * #parse(String)}, or use a constant.
 */
public final class Role implements Comparable<Role> {
  // Filled by named() while the constants below initialise, so the table's order is theirs; never
  // written after class initialisation, which publishes them safely.
  private static final List<Role> TABLE = new ArrayList<>();
  private static final Map<UUID, Role> BY_ID = new HashMap<>();
  private static final Map<String, Role> BY_NAME = new HashMap<>();

  /** Global Administrator: every task. Blocks auto-extend (GDAP-5). */
  public static final Role GLOBAL_ADMINISTRATOR =
      named("GLOBAL_ADMINISTRATOR", "62e90394-69f5-4237-9190-012177145e10");

  /** User Administrator: users, groups and password resets. */
  public static final Role USER_ADMINISTRATOR =
      named("USER_ADMINISTRATOR", "fe930be7-5e62-47db-91af-98c3a49a38b1");

  /** Helpdesk Administrator: password resets. */
  public static final Role HELPDESK_ADMINISTRATOR =
      named("HELPDESK_ADMINISTRATOR", "729827e3-9c14-49f7-bb1b-9608f156bbb8");

  /** Exchange Administrator: mailboxes and data migration. */
  public static final Role EXCHANGE_ADMINISTRATOR =
      named("EXCHANGE_ADMINISTRATOR", "29232cdf-9323-42fd-ade2-1d097af3e4de");

  /** Service Support Administrator: service requests for the customer. */
  public static final Role SERVICE_SUPPORT_ADMINISTRATOR =
      named("SERVICE_SUPPORT_ADMINISTRATOR", "f023fd81-a637-4b56-95fd-791ac0226033");

  /** Groups Administrator: groups. */
  public static final Role GROUPS_ADMINISTRATOR =
      named("GROUPS_ADMINISTRATOR", "fdd7a751-b60b-444a-984c-02652fe8fa1c");

  /** Global Reader. */
  public static final Role GLOBAL_READER =
      named("GLOBAL_READER", "f2ef992c-3afb-46b9-b7cf-a126ee74c451");

  /** Directory Readers. */
  public static final Role DIRECTORY_READERS =
      named("DIRECTORY_READERS", "88d8e3e3-8f55-4a1e-953a-9b9898b8876b");

  /** Directory Writers. */
  public static final Role DIRECTORY_WRITERS =
      named("DIRECTORY_WRITERS", "9360feb5-f418-4baa-8175-e2a00bac4301");

  /** SharePoint Administrator. */
  public static final Role SHAREPOINT_ADMINISTRATOR =
      named("SHAREPOINT_ADMINISTRATOR", "f28a1f50-f6e7-4571-818b-6a12f2af6b6c");

  /** Teams Administrator. */
  public static final Role TEAMS_ADMINISTRATOR =
      named("TEAMS_ADMINISTRATOR", "69091246-20e8-4a56-aa4d-066075b2a7a8");

  /** Security Administrator. */
  public static final Role SECURITY_ADMINISTRATOR =
      named("SECURITY_ADMINISTRATOR", "194ae4cb-b126-40b2-bd5b-6091b380977d");

  /** Security Reader. */
  public static final Role SECURITY_READER =
      named("SECURITY_READER", "5d6b6bb7-de71-4623-b4af-96380a352509");

  /** Billing Administrator. */
  public static final Role BILLING_ADMINISTRATOR =
      named("BILLING_ADMINISTRATOR", "b0f54661-2d74-4c50-afa3-1ec803f12efe");

  /** License Administrator. */
  public static final Role LICENSE_ADMINISTRATOR =
      named("LICENSE_ADMINISTRATOR", "4d6ac14f-3453-41d0-bef9-a3e0c569773a");

  /** Intune Administrator. */
  public static final Role INTUNE_ADMINISTRATOR =
      named("INTUNE_ADMINISTRATOR", "3a2c62db-5318-420d-8d74-23affee5d9d5");

  /** Privileged Role Administrator. */
  public static final Role PRIVILEGED_ROLE_ADMINISTRATOR =
      named("PRIVILEGED_ROLE_ADMINISTRATOR", "e8611ab8-c189-46e8-94e1-60213ab1f814");

  /** Privileged Authentication Administrator. */
  public static final Role PRIVILEGED_AUTHENTICATION_ADMINISTRATOR =
      named("PRIVILEGED_AUTHENTICATION_ADMINISTRATOR", "7be44c8a-adaf-4e2a-84d6-ab2649e08a13");

  /** Authentication Administrator. */
  public static final Role AUTHENTICATION_ADMINISTRATOR =
      named("AUTHENTICATION_ADMINISTRATOR", "c4e39bd9-1100-46d3-8c65-fb160da0071f");

  /** Conditional Access Administrator. */
  public static final Role CONDITIONAL_ACCESS_ADMINISTRATOR =
      named("CONDITIONAL_ACCESS_ADMINISTRATOR", "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9");

  /** Application Administrator. */
  public static final Role APPLICATION_ADMINISTRATOR =
      named("APPLICATION_ADMINISTRATOR", "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3");

  /** Cloud Application Administrator. */
  public static final Role CLOUD_APPLICATION_ADMINISTRATOR =
      named("CLOUD_APPLICATION_ADMINISTRATOR", "158c047a-c907-4556-b7ef-446551a6b5f7");

  /** Dynamics 365 Administrator. */
  public static final Role DYNAMICS_365_ADMINISTRATOR =
      named("DYNAMICS_365_ADMINISTRATOR", "44367163-eba1-44c3-98af-f5787879f96a");

  /** Power Platform Administrator. */
  public static final Role POWER_PLATFORM_ADMINISTRATOR =
      named("POWER_PLATFORM_ADMINISTRATOR", "11648597-926c-4cf3-9c36-bcebb0ba8dcc");

  /** Fabric Administrator. */
  public static final Role FABRIC_ADMINISTRATOR =
      named("FABRIC_ADMINISTRATOR", "a9ea8996-122f-4c74-9520-8edcd192826c");

  /** Compliance Administrator. */
  public static final Role COMPLIANCE_ADMINISTRATOR =
      named("COMPLIANCE_ADMINISTRATOR", "17315797-102d-40b4-93e0-432062caca18");

  /** Reports Reader. */
  public static final Role REPORTS_READER =
      named("REPORTS_READER", "4a5d8f65-41da-4de4-8968-e035b65339cf");

  private static final List<Role> NAMED = Collections.unmodifiableList(TABLE);

  private final UUID roleDefinitionId;
  // Empty for a role the table does not name; never null.
  private final String name;
  // The position in the table; unnamed roles come after every named one.
  private final int rank;

  private Role(UUID roleDefinitionId, String name, int rank) {
    this.roleDefinitionId = roleDefinitionId;
    this.name = name;
    this.rank = rank;
  }

  private static Role named(String name, String roleDefinitionId) {
    Role role = new Role(UUID.fromString(roleDefinitionId), name, TABLE.size());
    TABLE.add(role);
    BY_ID.put(role.roleDefinitionId, role);
    BY_NAME.put(name, role);
    return role;
  }

  /**
   * Returns the role with the given roleDefinitionId: the table's constant when GDAP-12 names it,
   * else an unnamed role keeping the id.
   *
   * @param roleDefinitionId the Entra role template id
   * @return the role
   */
  public static Role of(UUID roleDefinitionId) {
    Objects.requireNonNull(roleDefinitionId, "Role.roleDefinitionId must not be null");
    Role known = BY_ID.get(roleDefinitionId);
    return known != null ? known : new Role(roleDefinitionId, "", Integer.MAX_VALUE);
  }

  /**
   * Returns the role with a roleDefinitionId as Microsoft Graph sends it, a GUID in either case;
   * unlike {@link #parse(String)}, a name is not taken.
   *
   * @param roleDefinitionId the GUID text
   * @return the role, named when GDAP-12's table names it
   * @throws IllegalArgumentException when the text is not a GUID
   */
  public static Role fromRoleDefinitionId(String roleDefinitionId) {
    Objects.requireNonNull(roleDefinitionId, "Role.roleDefinitionId must not be null");
    if (!Checks.isGuid(roleDefinitionId, true)) {
      throw new IllegalArgumentException(
          "Role.roleDefinitionId must be a GUID like "
              + GLOBAL_ADMINISTRATOR.roleDefinitionId
              + ", but was "
              + Checks.quote(roleDefinitionId));
    }
    return of(UUID.fromString(roleDefinitionId));
  }

  /**
   * Parses a role written by a name of GDAP-12's table, such as {@code USER_ADMINISTRATOR}, or by
   * its roleDefinitionId, a GUID such as {@code fe930be7-5e62-47db-91af-98c3a49a38b1}; either in
   * any case. This is also how JSON is read, so both the names written by earlier versions and the
   * ids of unnamed roles read back.
   *
   * @param text the name or the GUID
   * @return the role
   * @throws IllegalArgumentException when the text is neither, naming what was expected
   */
  @JsonCreator
  public static Role parse(String text) {
    Objects.requireNonNull(text, "Role must not be null");
    if (Checks.isGuid(text, true)) {
      return of(UUID.fromString(text));
    }
    Role known = BY_NAME.get(text.toUpperCase(Locale.ROOT));
    if (known == null) {
      throw new IllegalArgumentException(
          "Role must be a name of GDAP-12's table ("
              + String.join(", ", names())
              + ") or a roleDefinitionId GUID like "
              + GLOBAL_ADMINISTRATOR.roleDefinitionId
              + ", but was "
              + Checks.quote(text));
    }
    return known;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Role role : NAMED) {
      names.add(role.name);
    }
    return names;
  }

  /**
   * Returns the roles GDAP-12's table names, in its order.
   *
   * @return the named roles; unmodifiable
   */
  public static List<Role> named() {
    return NAMED;
  }

  /**
   * Returns the Entra role template id, the {@code roleDefinitionId} Graph uses for this role.
   *
   * @return the role definition id
   */
  public UUID getRoleDefinitionId() {
    return roleDefinitionId;
  }

  /**
   * Returns the name GDAP-12's table gives this role, such as {@code USER_ADMINISTRATOR}.
   *
   * @return the name; empty for a role this library does not name
   */
  public Optional<String> getName() {
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /**
   * Returns the role as JSON and scenario files write it: its name when it has one, else its
   * roleDefinitionId in lower case.
   *
   * @return the name or the id
   */
  @JsonValue
  @Override
  public String toString() {
    return name.isEmpty() ? roleDefinitionId.toString() : name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Role other && roleDefinitionId.equals(other.roleDefinitionId);
  }

  @Override
  public int hashCode() {
    return roleDefinitionId.hashCode();
  }

  /**
   * Orders roles by their place in GDAP-12's table, then unnamed roles by roleDefinitionId, so that
   * sorted sets read the same in every run.
   *
   * @param other the other role
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Role other) {
    int byRank = Integer.compare(rank, other.rank);
    return byRank != 0 ? byRank : roleDefinitionId.compareTo(other.roleDefinitionId);
  }
}
