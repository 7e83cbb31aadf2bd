package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GDAP-12: relationships and access assignments keep every role given, named or not, and only the
 * roles of the table cover admin tasks and service requests.
 */
class OpenRolesTest {
  private static final PartnerId NORTHWIND = PartnerId.of("northwind");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  private static final RelationshipId R1 = RelationshipId.of("r1");
  private static final Role UNNAMED =
      Role.of(UUID.fromString("2b7e5c1a-8d4f-4a3e-9c6b-1f0e2d3c4b5a"));
  private static final Instant T = TestWorld.START;

  /** Returns a modern world where northwind's relationship with fabrikam has the roles, active. */
  private static PartnerProgram active(Set<Role> roles) {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, ProgramPolicy.modern());
    program.apply(
        new Action.RegisterPartner(
            TestWorld.partner("northwind", Cloud.GLOBAL, Program.CSP_DIRECT)),
        T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
    allowed(
        program.apply(
            new Action.CreateRelationship(
                R1, NORTHWIND, FABRIKAM, "Readers", Duration.ofDays(90), roles, Duration.ZERO),
            T));
    allowed(program.apply(new Action.LockForApproval(R1, Actor.partner(NORTHWIND)), T));
    allowed(program.apply(new Action.ApproveRelationship(R1, Actor.customer(FABRIKAM)), T));
    return program;
  }

  private static void allowed(Outcome outcome) {
    assertThat(outcome.decision().isAllowed()).as("%s", outcome.decision()).isTrue();
  }

  private static GranularRelationship relationship(PartnerProgram program) {
    return program.relationship(R1, T).orElseThrow();
  }

  @Test
  void aRelationshipAndItsAccessAssignmentKeepRolesTheTableDoesNotName() {
    PartnerProgram program = active(Set.of(Role.DIRECTORY_READERS, UNNAMED));

    allowed(
        program.apply(
            new Action.AssignAccess(
                R1, Actor.partner(NORTHWIND), "readers", Set.of(UNNAMED, Role.DIRECTORY_READERS)),
            T));

    GranularRelationship relationship = relationship(program);
    assertThat(relationship.getRoles()).containsExactly(Role.DIRECTORY_READERS, UNNAMED);
    assertThat(relationship.getAccessAssignments().get(0).getRoles())
        .containsExactly(Role.DIRECTORY_READERS, UNNAMED);
    assertThat(
            ProgramRules.rolesInForce(
                program.customer(FABRIKAM).orElseThrow(), NORTHWIND, T, ProgramPolicy.modern()))
        .containsExactly(Role.DIRECTORY_READERS, UNNAMED);
  }

  @Test
  void rolesOutsideTheTableCoverNoTaskAndTheDenialSaysWhy() {
    PartnerProgram program = active(Set.of(Role.DIRECTORY_READERS, UNNAMED));

    Decision task =
        program
            .apply(new Action.PerformAdminTask(NORTHWIND, FABRIKAM, AdminTask.ADD_USER), T)
            .decision();
    Decision support =
        program
            .apply(new Action.SubmitServiceRequest(FABRIKAM, Actor.partner(NORTHWIND), "help"), T)
            .decision();

    assertThat(task.getRuleIds()).containsExactlyInAnyOrder("DA-4", "GDAP-12");
    assertThat(support.getRuleIds()).containsExactlyInAnyOrder("SUP-2", "GDAP-12");
    assertThat(task.getReasons())
        .filteredOn(r -> r.rule() == Rule.GDAP_12)
        .extracting(Reason::message)
        .singleElement()
        .asString()
        .startsWith("Roles [DIRECTORY_READERS, " + UNNAMED.getRoleDefinitionId() + "] cover no");
  }

  @Test
  void aTableRoleWithoutTheTaskIsDeniedByDa4Alone() {
    PartnerProgram program = active(Set.of(Role.HELPDESK_ADMINISTRATOR));

    Decision task =
        program
            .apply(new Action.PerformAdminTask(NORTHWIND, FABRIKAM, AdminTask.ADD_USER), T)
            .decision();

    assertThat(task.getRuleIds()).containsExactly("DA-4");
  }

  @Test
  void groupsAdministratorCoversGroupsOnly() {
    PartnerProgram program = active(Set.of(Role.GROUPS_ADMINISTRATOR, UNNAMED));

    allowed(
        program.apply(new Action.PerformAdminTask(NORTHWIND, FABRIKAM, AdminTask.ADD_GROUP), T));
    allowed(
        program.apply(new Action.PerformAdminTask(NORTHWIND, FABRIKAM, AdminTask.REMOVE_GROUP), T));
    assertThat(
            program
                .apply(
                    new Action.PerformAdminTask(NORTHWIND, FABRIKAM, AdminTask.RESET_PASSWORD), T)
                .decision()
                .getRuleIds())
        .containsExactlyInAnyOrder("DA-4", "GDAP-12");
  }

  @Test
  void everyRoleOutsideTheCoverageTablesCoversNothing() {
    ProgramPolicy policy = ProgramPolicy.modern();
    Set<Role> covering =
        Set.of(
            Role.GLOBAL_ADMINISTRATOR,
            Role.USER_ADMINISTRATOR,
            Role.HELPDESK_ADMINISTRATOR,
            Role.EXCHANGE_ADMINISTRATOR,
            Role.SERVICE_SUPPORT_ADMINISTRATOR,
            Role.GROUPS_ADMINISTRATOR);
    for (Role role : Role.named()) {
      assertThat(policy.coversAnything(role)).as("%s", role).isEqualTo(covering.contains(role));
    }
    assertThat(policy.coversAnything(UNNAMED)).isFalse();
  }
}
