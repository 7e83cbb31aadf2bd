package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.model.json.PartnerJackson3Module;
import dev.partnerkit.model.json.PartnerJacksonModule;
import dev.partnerkit.model.json.PartnerJson;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Roles are open values (GDAP-12): any roleDefinitionId, with a name from the table or none. */
class RoleTest {
  private static final UUID DYNAMICS = UUID.fromString("44367163-eba1-44c3-98af-f5787879f96a");
  private static final UUID OUTSIDE_THE_TABLE =
      UUID.fromString("0f4b3a5e-9c1d-4e2f-8a6b-7c5d3e1f2a90");

  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new PartnerJacksonModule());
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new PartnerJackson3Module()).build();

  @Test
  void eachConstantIsNamedAfterItsFieldAndTheTableHasNoRepeats() throws IllegalAccessException {
    List<Role> constants = new ArrayList<>();
    for (Field field : Role.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Role.class) {
        Role role = (Role) field.get(null);
        assertThat(role.getName()).as(field.getName()).contains(field.getName());
        constants.add(role);
      }
    }
    assertThat(Role.named()).containsExactlyInAnyOrderElementsOf(constants).hasSize(27);
    assertThat(Role.named()).extracting(Role::getRoleDefinitionId).doesNotHaveDuplicates();
    assertThat(Role.named()).isSorted();
    assertThat(Role.named().get(0)).isSameAs(Role.GLOBAL_ADMINISTRATOR);
  }

  @Test
  void aTableIdIsItsNamedConstant() {
    assertThat(Role.of(DYNAMICS)).isSameAs(Role.DYNAMICS_365_ADMINISTRATOR);
    assertThat(Role.DYNAMICS_365_ADMINISTRATOR.getName()).contains("DYNAMICS_365_ADMINISTRATOR");
    for (Role role : Role.named()) {
      assertThat(Role.of(role.getRoleDefinitionId())).isSameAs(role);
    }
  }

  @Test
  void anIdOutsideTheTableKeepsItsIdAndHasNoName() {
    Role role = Role.of(OUTSIDE_THE_TABLE);

    assertThat(role.getRoleDefinitionId()).isEqualTo(OUTSIDE_THE_TABLE);
    assertThat(role.getName()).isEmpty();
    assertThat(role).hasToString(OUTSIDE_THE_TABLE.toString());
    assertThat(role)
        .isEqualTo(Role.of(OUTSIDE_THE_TABLE))
        .hasSameHashCodeAs(Role.of(OUTSIDE_THE_TABLE));
    assertThat(role).isNotEqualTo(Role.GLOBAL_ADMINISTRATOR);
  }

  @Test
  void parseTakesANameOrAnIdInAnyCase() {
    assertThat(Role.parse("USER_ADMINISTRATOR")).isSameAs(Role.USER_ADMINISTRATOR);
    assertThat(Role.parse("user_administrator")).isSameAs(Role.USER_ADMINISTRATOR);
    assertThat(Role.parse("62E90394-69F5-4237-9190-012177145E10"))
        .isSameAs(Role.GLOBAL_ADMINISTRATOR);
    assertThat(Role.parse(OUTSIDE_THE_TABLE.toString().toUpperCase(Locale.ROOT)))
        .isEqualTo(Role.of(OUTSIDE_THE_TABLE));
  }

  @Test
  void fromRoleDefinitionIdTakesAGuidOnly() {
    assertThat(Role.fromRoleDefinitionId("44367163-EBA1-44C3-98AF-F5787879F96A"))
        .isSameAs(Role.DYNAMICS_365_ADMINISTRATOR);
    assertThat(Role.fromRoleDefinitionId(OUTSIDE_THE_TABLE.toString()).getName()).isEmpty();
    assertThatThrownBy(() -> Role.fromRoleDefinitionId("GLOBAL_ADMINISTRATOR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Role.roleDefinitionId must be a GUID like 62e90394-69f5-4237-9190-012177145e10, but"
                + " was \"GLOBAL_ADMINISTRATOR\"");
  }

  @Test
  void parseNamesWhatItExpectedWhenTheTextIsNeither() {
    assertThatThrownBy(() -> Role.parse("UNKNOWN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Role must be a name of GDAP-12's table (GLOBAL_ADMINISTRATOR, ")
        .hasMessageContaining("REPORTS_READER) or a roleDefinitionId GUID like ")
        .hasMessageEndingWith("but was \"UNKNOWN\"");
    // UUID.fromString would take this; a roleDefinitionId is the 8-4-4-4-12 form only.
    assertThatThrownBy(() -> Role.parse("1-2-3-4-5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was \"1-2-3-4-5\"");
  }

  @Test
  void everyIdRoundTripsThroughTextAndJson() {
    qt().forAll(longs().all(), longs().all())
        .checkAssert(
            (most, least) -> {
              Role role = Role.of(new UUID(most, least));
              assertThat(Role.parse(role.toString())).isEqualTo(role);
              assertThat(PartnerJson.fromJson(PartnerJson.toJson(role), Role.class))
                  .isEqualTo(role);
              assertThat(role.compareTo(Role.of(role.getRoleDefinitionId()))).isZero();
            });
  }

  @Test
  void namedRolesSortInTheTablesOrderBeforeUnnamedOnes() {
    Set<Role> roles =
        new TreeSet<>(
            List.of(
                Role.of(OUTSIDE_THE_TABLE),
                Role.DIRECTORY_READERS,
                Role.HELPDESK_ADMINISTRATOR,
                Role.GLOBAL_ADMINISTRATOR));

    assertThat(roles)
        .containsExactly(
            Role.GLOBAL_ADMINISTRATOR,
            Role.HELPDESK_ADMINISTRATOR,
            Role.DIRECTORY_READERS,
            Role.of(OUTSIDE_THE_TABLE));
    assertThat(roles.toString())
        .isEqualTo(
            "[GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR, DIRECTORY_READERS, "
                + OUTSIDE_THE_TABLE
                + "]");
  }

  @Test
  void jsonWritesANamedRoleByNameAndAnyOtherByIdWithBothJacksons() throws Exception {
    GranularRelationship relationship =
        GranularRelationship.builder()
            .id(RelationshipId.of("r1"))
            .partner(PartnerId.of("tailwind"))
            .customer(CustomerId.fromName("fabrikam"))
            .displayName("Readers")
            .duration(Duration.ofDays(30))
            .addRoles(Role.DIRECTORY_READERS, Role.of(OUTSIDE_THE_TABLE), Role.INTUNE_ADMINISTRATOR)
            .createdAt(Instant.parse("2026-01-02T09:00:00Z"))
            .build();
    String roles =
        "\"roles\":[\"DIRECTORY_READERS\",\"INTUNE_ADMINISTRATOR\",\"" + OUTSIDE_THE_TABLE + "\"]";

    String two = JACKSON2.writeValueAsString(relationship);
    String three = JACKSON3.writeValueAsString(relationship);

    assertThat(two).contains(roles);
    assertThat(three).contains(roles);
    assertThat(JACKSON2.readValue(two, GranularRelationship.class)).isEqualTo(relationship);
    assertThat(JACKSON3.readValue(three, GranularRelationship.class)).isEqualTo(relationship);
    assertThat(relationship.getRoles())
        .containsExactly(
            Role.DIRECTORY_READERS, Role.INTUNE_ADMINISTRATOR, Role.of(OUTSIDE_THE_TABLE));
  }

  @Test
  void jsonReadsTheNamesEarlierVersionsWroteAndIdsInAnyCase() throws Exception {
    String json =
        "[\"GLOBAL_ADMINISTRATOR\",\"USER_ADMINISTRATOR\",\"HELPDESK_ADMINISTRATOR\","
            + "\"EXCHANGE_ADMINISTRATOR\",\"SERVICE_SUPPORT_ADMINISTRATOR\","
            + "\"44367163-EBA1-44C3-98AF-F5787879F96A\"]";
    Role[] expected = {
      Role.GLOBAL_ADMINISTRATOR,
      Role.USER_ADMINISTRATOR,
      Role.HELPDESK_ADMINISTRATOR,
      Role.EXCHANGE_ADMINISTRATOR,
      Role.SERVICE_SUPPORT_ADMINISTRATOR,
      Role.DYNAMICS_365_ADMINISTRATOR
    };

    assertThat(JACKSON2.readValue(json, Role[].class)).containsExactly(expected);
    assertThat(JACKSON3.readValue(json, Role[].class)).containsExactly(expected);
    assertThatThrownBy(() -> JACKSON2.readValue("[\"NOT_A_ROLE\"]", Role[].class))
        .hasMessageContaining("Role must be a name of GDAP-12's table");
  }
}
