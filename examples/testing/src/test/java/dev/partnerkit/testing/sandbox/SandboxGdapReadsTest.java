package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.PartnerApiException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignment;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainer;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainerType;
import dev.partnerkit.client.graph.DelegatedAdminAccessDetails;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequest;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipRequestAction;
import dev.partnerkit.client.graph.NewAccessAssignment;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reads of a relationship's requests and long-running operations, through the real client over
 * HTTP, and what the sandbox leaves out (access assignment update and delete: the rules have no
 * verb for them).
 */
class SandboxGdapReadsTest {
  private static final PartnerId TAILWIND = Samples.TAILWIND_CSP.getId();
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();

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

  private DelegatedAdminRelationship created() {
    return client
        .gdap()
        .relationships()
        .create(
            SandboxGraphTest.request(
                "Tailwind helpdesk", FABRIKAM, "P730D", Role.HELPDESK_ADMINISTRATOR));
  }

  @Test
  void theRequestsAPartnerMadeAreListedPagedAndReadOneByOne() {
    DelegatedAdminRelationship r = created();
    DelegatedAdminRelationshipRequest lock =
        client.gdap().relationships().lockForApproval(r.getId());
    sandbox.customer(FABRIKAM).approve(RelationshipId.of(r.getId()));
    DelegatedAdminRelationshipRequest end = client.gdap().relationships().terminate(r.getId());

    List<DelegatedAdminRelationshipRequest> all =
        client.gdap().requests().list(r.getId()).collect(Collectors.toList());
    Page<DelegatedAdminRelationshipRequest> first =
        client.gdap().requests().page(r.getId(), 1, Optional.empty());
    Page<DelegatedAdminRelationshipRequest> second =
        client.gdap().requests().page(r.getId(), 1, first.nextToken());

    assertThat(all).containsExactlyInAnyOrder(lock, end);
    assertThat(first.items()).hasSize(1);
    assertThat(second.items()).hasSize(1).doesNotContainAnyElementsOf(first.items());
    assertThat(second.nextToken()).isEmpty();
    assertThat(client.gdap().requests().get(r.getId(), lock.getId()).getAction())
        .contains(DelegatedAdminRelationshipRequestAction.LOCK_FOR_APPROVAL);
  }

  @Test
  void oneCustomersRelationshipsAreListedByItsTenantId() {
    DelegatedAdminRelationship fabrikam = created();
    DelegatedAdminRelationship second =
        client
            .gdap()
            .relationships()
            .create(
                SandboxGraphTest.request(
                    "Tailwind users", FABRIKAM, "P365D", Role.USER_ADMINISTRATOR));
    CustomerId wingtip = Samples.WINGTIP.getId();
    DelegatedAdminRelationship other =
        client
            .gdap()
            .relationships()
            .create(
                SandboxGraphTest.request(
                    "Wingtip helpdesk", wingtip, "P730D", Role.HELPDESK_ADMINISTRATOR));

    List<String> listed =
        client
            .gdap()
            .relationships()
            .listForCustomer(FABRIKAM.toString())
            .map(r -> r.getId())
            .toList();
    Page<DelegatedAdminRelationship> paged =
        client
            .gdap()
            .relationships()
            .pageForCustomerAsync(
                FABRIKAM.toString().toUpperCase(java.util.Locale.ROOT), 1, Optional.empty())
            .join();
    Page<DelegatedAdminRelationship> next =
        client
            .gdap()
            .relationships()
            .pageForCustomerAsync(FABRIKAM.toString(), 1, paged.nextToken())
            .join();

    assertThat(listed).containsExactlyInAnyOrder(fabrikam.getId(), second.getId());
    assertThat(paged.items()).hasSize(1);
    assertThat(next.items()).hasSize(1);
    assertThat(List.of(paged.items().get(0).getId(), next.items().get(0).getId()))
        .containsExactlyInAnyOrder(fabrikam.getId(), second.getId());
    assertThat(client.gdap().relationships().listForCustomer(wingtip.toString()).toList())
        .singleElement()
        .satisfies(r -> assertThat(r.getId()).isEqualTo(other.getId()));
    assertThat(client.gdap().relationships().listForCustomer("not-a-tenant").toList()).isEmpty();
    assertThat(client.gdap().relationships().listForCustomer("o'brien").toList()).isEmpty();
  }

  @Test
  void anUnknownRequestIsNotFoundAndAnotherPartnersRelationshipIsForbidden() {
    DelegatedAdminRelationship r = created();
    PartnerClient other = sandbox.client(Samples.NORTHWIND.getId());

    assertThatThrownBy(() -> client.gdap().requests().get(r.getId(), UUID.randomUUID().toString()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> other.gdap().requests().list(r.getId()).count())
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> other.gdap().operations().list(r.getId()).count())
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aRelationshipHasNoLongRunningOperationsInTheSandbox() {
    DelegatedAdminRelationship r = created();

    assertThat(client.gdap().operations().list(r.getId())).isEmpty();
    assertThatThrownBy(
            () -> client.gdap().operations().get(r.getId(), UUID.randomUUID().toString()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no long-running operations");
  }

  @Test
  void updatingOrDeletingAnAccessAssignmentIsNotServed() {
    DelegatedAdminRelationship r = created();
    client.gdap().relationships().lockForApproval(r.getId());
    sandbox.customer(FABRIKAM).approve(RelationshipId.of(r.getId()));
    DelegatedAdminAccessAssignment assignment =
        client
            .gdap()
            .accessAssignments()
            .create(
                r.getId(),
                NewAccessAssignment.builder()
                    .accessContainer(
                        DelegatedAdminAccessContainer.builder()
                            .accessContainerId(UUID.randomUUID().toString())
                            .accessContainerType(DelegatedAdminAccessContainerType.SECURITY_GROUP)
                            .build())
                    .accessDetails(
                        DelegatedAdminAccessDetails.of(List.of(Role.HELPDESK_ADMINISTRATOR)))
                    .build());
    DelegatedAdminAccessAssignment read =
        client.gdap().accessAssignments().get(r.getId(), assignment.getId());
    DelegatedAdminAccessAssignment current =
        read.getEtag().isPresent()
            ? read
            : DelegatedAdminAccessAssignment.builder().from(read).etag("W/\"any\"").build();

    assertThatThrownBy(
            () ->
                client
                    .gdap()
                    .accessAssignments()
                    .update(
                        r.getId(),
                        current,
                        DelegatedAdminAccessDetails.of(List.of(Role.USER_ADMINISTRATOR))))
        .isInstanceOfSatisfying(
            PartnerApiException.class, e -> assertThat(e.getStatus()).isEqualTo(405));
    assertThatThrownBy(() -> client.gdap().accessAssignments().delete(r.getId(), current))
        .isInstanceOfSatisfying(
            PartnerApiException.class, e -> assertThat(e.getStatus()).isEqualTo(405));
    assertThat(client.gdap().accessAssignments().list(r.getId())).hasSize(1);
  }
}
