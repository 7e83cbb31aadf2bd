package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.BadRequestException;
import dev.partnerkit.client.ConflictException;
import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.PreconditionFailedException;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignment;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainer;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainerType;
import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.DelegatedAdminCustomer;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipCustomerParticipant;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequest;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequestStatus;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipStatus;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipUpdate;
import dev.partnerkit.client.graph.NewAccessAssignment;
import dev.partnerkit.client.graph.NewDelegatedAdminRelationship;
import dev.partnerkit.client.graph.UnifiedRole;
import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Microsoft Graph's granular delegated admin calls, through the real client, modern policy. */
class SandboxGraphTest {
  private static final PartnerId TAILWIND = Samples.TAILWIND_CSP.getId();
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();
  private static final CustomerId WINGTIP = Samples.WINGTIP.getId();

  private PartnerSandbox sandbox;
  private PartnerClient client;

  @BeforeEach
  void start() {
    sandbox = PartnerSandbox.builder().policy(ProgramPolicy.modern()).start();
    client = sandbox.client(TAILWIND);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  static NewDelegatedAdminRelationship request(
      String name, CustomerId customer, String duration, Role... roles) {
    return NewDelegatedAdminRelationship.builder()
        .displayName(name)
        .duration(duration)
        .customer(
            DelegatedAdminRelationshipCustomerParticipant.builder()
                .tenantId(customer.toString())
                .build())
        .accessDetails(DelegatedAdminAccessDetails.of(List.of(roles)))
        .build();
  }

  private DelegatedAdminRelationship active(String name, CustomerId customer, Role... roles) {
    DelegatedAdminRelationship created =
        client.gdap().relationships().create(request(name, customer, "P730D", roles));
    client.gdap().relationships().lockForApproval(created.getId());
    sandbox.customer(customer).approve(RelationshipId.of(created.getId()));
    return client.gdap().relationships().get(created.getId());
  }

  @Test
  void aRelationshipGoesFromCreatedThroughApprovalToActive() {
    DelegatedAdminRelationship created =
        client
            .gdap()
            .relationships()
            .create(request("Tailwind helpdesk", FABRIKAM, "P730D", Role.HELPDESK_ADMINISTRATOR));

    assertThat(created.getStatus()).contains(DelegatedAdminRelationshipStatus.CREATED);
    assertThat(created.getEtag()).isPresent();
    assertThat(created.getDuration()).contains("P730D");
    assertThat(created.getCustomer().flatMap(c -> c.getDisplayName())).contains("Fabrikam, Inc.");
    DelegatedAdminRelationshipRequest lock =
        client.gdap().relationships().lockForApproval(created.getId());
    assertThat(lock.getStatus()).contains(DelegatedAdminRelationshipRequestStatus.SUCCEEDED);
    assertThat(client.gdap().relationships().get(created.getId()).getStatus())
        .contains(DelegatedAdminRelationshipStatus.APPROVAL_PENDING);

    GranularRelationship approved =
        sandbox.customer(FABRIKAM).approve(RelationshipId.of(created.getId()));

    assertThat(approved.getStatus()).isEqualTo(RelationshipStatus.ACTIVE);
    DelegatedAdminRelationship read = client.gdap().relationships().get(created.getId());
    assertThat(read.getStatus()).contains(DelegatedAdminRelationshipStatus.ACTIVE);
    assertThat(read.getActivatedDateTime()).contains(Samples.EPOCH);
    assertThat(read.getEndDateTime()).contains(Samples.EPOCH.plus(Duration.ofDays(730)));
    assertThat(read.toModel(TAILWIND, List.of()))
        .hasValueSatisfying(
            g -> assertThat(g.getRoles()).containsExactly(Role.HELPDESK_ADMINISTRATOR));
    sandbox.partner(TAILWIND).performAdminTask(FABRIKAM, AdminTask.RESET_PASSWORD);
    assertThatThrownBy(
            () -> sandbox.partner(TAILWIND).performAdminTask(FABRIKAM, AdminTask.SET_UP_MAILBOX))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getRuleIds()).containsExactly("DA-4"));
    assertThat(sandbox.customer(FABRIKAM).relationships())
        .extracting(GranularRelationship::getId)
        .containsExactly(RelationshipId.of(created.getId()));

    GranularRelationship ended =
        sandbox.customer(FABRIKAM).terminate(RelationshipId.of(created.getId()));

    assertThat(ended.getStatus()).isEqualTo(RelationshipStatus.TERMINATED);
    assertThat(sandbox.customer(FABRIKAM).delegatedAdmins()).isEmpty();
  }

  @Test
  void updatesAndDeletesCheckIfMatch() {
    DelegatedAdminRelationship created =
        client
            .gdap()
            .relationships()
            .create(request("Before", FABRIKAM, "P30D", Role.USER_ADMINISTRATOR));

    DelegatedAdminRelationship renamed =
        client
            .gdap()
            .relationships()
            .update(
                created, DelegatedAdminRelationshipUpdate.builder().displayName("After").build());

    assertThat(renamed.getDisplayName()).contains("After");
    assertThat(renamed.getEtag()).isNotEqualTo(created.getEtag());
    assertThatThrownBy(
            () ->
                client
                    .gdap()
                    .relationships()
                    .update(
                        created,
                        DelegatedAdminRelationshipUpdate.builder().displayName("Stale").build()))
        .isInstanceOf(PreconditionFailedException.class);
    assertThatThrownBy(() -> client.gdap().relationships().delete(created))
        .isInstanceOf(PreconditionFailedException.class);
    client.gdap().relationships().delete(renamed);
    assertThatThrownBy(() -> client.gdap().relationships().get(created.getId()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theListFiltersByStatusAndPagesWithNextLinks() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(
          client
              .gdap()
              .relationships()
              .create(request("r" + i, FABRIKAM, "P60D", Role.USER_ADMINISTRATOR))
              .getId());
    }
    client.gdap().relationships().lockForApproval(created.get(0));

    Page<DelegatedAdminRelationship> first =
        client
            .gdap()
            .relationships()
            .page(Set.of(DelegatedAdminRelationshipStatus.CREATED), 1, Optional.empty());
    Page<DelegatedAdminRelationship> second =
        client
            .gdap()
            .relationships()
            .page(Set.of(DelegatedAdminRelationshipStatus.CREATED), 1, first.nextToken());

    assertThat(first.nextToken())
        .hasValueSatisfying(t -> assertThat(t).startsWith(sandbox.graphUri().toString()));
    assertThat(second.nextToken()).isEmpty();
    assertThat(List.of(first.items().get(0).getId(), second.items().get(0).getId()))
        .containsExactlyInAnyOrderElementsOf(created.subList(1, 3));
    assertThat(
            client
                .gdap()
                .relationships()
                .list()
                .map(DelegatedAdminRelationship::getId)
                .collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(created);
    assertThat(
            client
                .gdap()
                .relationships()
                .list(Set.of(DelegatedAdminRelationshipStatus.APPROVAL_PENDING)))
        .extracting(DelegatedAdminRelationship::getId)
        .containsExactly(created.get(0));
  }

  @Test
  void accessAssignmentsAndDelegatedAdminCustomersFollowActiveRelationships() {
    DelegatedAdminRelationship relationship =
        active("Support", WINGTIP, Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR);
    NewAccessAssignment assignment =
        NewAccessAssignment.builder()
            .accessContainer(
                DelegatedAdminAccessContainer.builder()
                    .accessContainerId("helpdesk-agents")
                    .accessContainerType(DelegatedAdminAccessContainerType.SECURITY_GROUP)
                    .build())
            .accessDetails(DelegatedAdminAccessDetails.of(List.of(Role.HELPDESK_ADMINISTRATOR)))
            .build();

    DelegatedAdminAccessAssignment made =
        client.gdap().accessAssignments().create(relationship.getId(), assignment);

    assertThat(made.getEtag()).isPresent();
    assertThat(client.gdap().accessAssignments().get(relationship.getId(), made.getId()))
        .isEqualTo(made);
    assertThat(client.gdap().accessAssignments().list(relationship.getId()))
        .extracting(DelegatedAdminAccessAssignment::getId)
        .containsExactly(made.getId());
    assertThat(made.toModel())
        .hasValueSatisfying(a -> assertThat(a.getSecurityGroup()).isEqualTo("helpdesk-agents"));
    NewAccessAssignment tooMuch =
        NewAccessAssignment.builder()
            .from(assignment)
            .accessDetails(DelegatedAdminAccessDetails.of(List.of(Role.GLOBAL_ADMINISTRATOR)))
            .build();
    assertThatThrownBy(
            () -> client.gdap().accessAssignments().create(relationship.getId(), tooMuch))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("GDAP-7")));
    assertThat(client.gdap().customers().list())
        .extracting(DelegatedAdminCustomer::getTenantId)
        .containsExactly(Optional.of(WINGTIP.toString()));
    assertThat(client.gdap().customers().get(WINGTIP.toString()).getDisplayName())
        .contains("Wingtip Toys Ltd");
    assertThatThrownBy(() -> client.gdap().customers().get(FABRIKAM.toString()))
        .isInstanceOf(NotFoundException.class);

    client.gdap().relationships().terminate(relationship.getId());

    assertThat(client.gdap().relationships().get(relationship.getId()).getStatus())
        .contains(DelegatedAdminRelationshipStatus.TERMINATED);
    assertThat(client.gdap().customers().list()).isEmpty();
  }

  @Test
  void anyWellFormedRoleIdIsKeptAndAnsweredAsStored() {
    Role unnamed = Role.of(UUID.fromString("5b3d1f7a-2c4e-4a6b-8d0f-9e1c3a5b7d2e"));
    DelegatedAdminRelationship created =
        client
            .gdap()
            .relationships()
            .create(
                request(
                    "Readers",
                    FABRIKAM,
                    "P90D",
                    Role.INTUNE_ADMINISTRATOR,
                    unnamed,
                    Role.DIRECTORY_READERS));

    assertThat(created.getAccessDetails().orElseThrow().toModel().orElseThrow())
        .containsExactly(Role.DIRECTORY_READERS, Role.INTUNE_ADMINISTRATOR, unnamed);
    assertThat(client.gdap().relationships().get(created.getId()).toModel(TAILWIND, List.of()))
        .hasValueSatisfying(
            g ->
                assertThat(g.getRoles())
                    .containsExactly(Role.DIRECTORY_READERS, Role.INTUNE_ADMINISTRATOR, unnamed));
    NewDelegatedAdminRelationship malformed =
        NewDelegatedAdminRelationship.builder()
            .from(request("Malformed", FABRIKAM, "P90D"))
            .accessDetails(
                DelegatedAdminAccessDetails.builder()
                    .addUnifiedRole(UnifiedRole.builder().roleDefinitionId("intune-admin").build())
                    .build())
            .build();
    assertThatThrownBy(() -> client.gdap().relationships().create(malformed))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(
                        d -> assertThat(d).contains("roleDefinitionId must be a GUID")));
  }

  @Test
  void ruleDenialsComeBackAsGraphErrorsWithTheRuleIds() {
    assertThatThrownBy(
            () ->
                client
                    .gdap()
                    .relationships()
                    .create(request("Too long", FABRIKAM, "P3Y", Role.USER_ADMINISTRATOR)))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.getErrorCode()).contains("Request_BadRequest");
              assertThat(e.getErrorDescription())
                  .hasValueSatisfying(d -> assertThat(d).contains("GDAP-1:"));
            });
    DelegatedAdminRelationship created =
        client
            .gdap()
            .relationships()
            .create(request("Mine", FABRIKAM, "P90D", Role.USER_ADMINISTRATOR));
    client.gdap().relationships().lockForApproval(created.getId());
    assertThatThrownBy(
            () ->
                client
                    .gdap()
                    .relationships()
                    .create(request("Mine", FABRIKAM, "P90D", Role.USER_ADMINISTRATOR)))
        .hasMessageContaining("GDAP-2");
    assertThatThrownBy(() -> client.gdap().relationships().terminate(created.getId()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e ->
                assertThat(e.getErrorDescription())
                    .hasValueSatisfying(d -> assertThat(d).contains("GDAP-6")));
  }

  @Test
  void theSeedPolicyDeniesEveryGranularRelationship() {
    try (PartnerSandbox seed = PartnerSandbox.builder().start()) {
      PartnerClient northwind = seed.client(Samples.NORTHWIND.getId());

      assertThatThrownBy(
              () ->
                  northwind
                      .gdap()
                      .relationships()
                      .create(request("Seed", FABRIKAM, "P90D", Role.USER_ADMINISTRATOR)))
          .isInstanceOfSatisfying(
              ForbiddenException.class,
              e ->
                  assertThat(e.getErrorDescription())
                      .hasValueSatisfying(d -> assertThat(d).contains("POLICY-1")));
    }
  }

  @Test
  void aRelationshipLeftUnapprovedExpiresAsTheClockMoves() {
    DelegatedAdminRelationship created =
        client
            .gdap()
            .relationships()
            .create(request("Waiting", FABRIKAM, "P90D", Role.USER_ADMINISTRATOR));
    client.gdap().relationships().lockForApproval(created.getId());

    sandbox.clock().advance(Duration.ofDays(91));

    assertThat(client.gdap().relationships().get(created.getId()).getStatus())
        .contains(DelegatedAdminRelationshipStatus.EXPIRED);
    assertThatThrownBy(() -> sandbox.customer(FABRIKAM).approve(RelationshipId.of(created.getId())))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getRuleIds()).contains("GDAP-9"));
  }
}
