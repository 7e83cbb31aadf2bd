package dev.partnerkit.client.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.PreconditionFailedException;
import dev.partnerkit.client.WireJson;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.AccessAssignmentStatus;
import dev.partnerkit.model.Role;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The GDAP calls beyond relationships and assignment creation: access assignment update and delete
 * with If-Match, relationship requests and long-running operations (whose data is JSON in a
 * string), and service management details; against WireMock on 127.0.0.1.
 */
class GdapReadsAndChangesTest extends WireMockSupport {
  private static final String RELATIONSHIP =
      "3c1f7d2e-8b6a-4f0e-9d21-5a7c6e4b3f10-2d9e4a71-c6b8-4e35-a0f2-7b1d3c5e9a64";
  private static final String ASSIGNMENT = "1f8b3c6e-a2d4-4e97-b051-c8e7d9a2f413";
  private static final String ETAG = "W/\"JyJhc3NpZ25tZW50LWV0YWctMSIn\"";
  private static final String GRAPH = "/graph/v1.0";
  private static final String BASE =
      GRAPH + "/tenantRelationships/delegatedAdminRelationships/" + RELATIONSHIP;
  private static final String CUSTOMER = "2d9e4a71-c6b8-4e35-a0f2-7b1d3c5e9a64";

  private static final DelegatedAdminAccessDetails NEW_ROLES =
      DelegatedAdminAccessDetails.builder()
          .addUnifiedRole(
              UnifiedRole.builder()
                  .roleDefinitionId("fe930be7-5e62-47db-91af-98c3a49a38b1")
                  .build())
          .addUnifiedRole(
              UnifiedRole.builder()
                  .roleDefinitionId("729827e3-9c14-49f7-bb1b-9608f156bbb8")
                  .build())
          .build();

  private static DelegatedAdminAccessAssignment current() {
    return DelegatedAdminAccessAssignment.builder().id(ASSIGNMENT).etag(ETAG).build();
  }

  @Test
  void update_patchesTheRolesWithIfMatchAndReadsTheAcceptedOperation() {
    server.stubFor(
        patch(urlEqualTo(BASE + "/accessAssignments/" + ASSIGNMENT))
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withHeader(
                        "Location",
                        base(BASE + "/operations/e6d2f1a8-4b07-4c3e-9f85-21a7c0b9d364").toString())
                    .withHeader("Retry-After", "10")
                    .withHeader("Content-Type", "application/json")
                    .withBody("{}")));

    AccessAssignmentChange change =
        client.gdap().accessAssignments().update(RELATIONSHIP, current(), NEW_ROLES);

    AccessAssignmentChange.Accepted accepted = change.fold(a -> a, u -> null);
    assertThat(accepted).isNotNull();
    assertThat(accepted.operationId()).contains("e6d2f1a8-4b07-4c3e-9f85-21a7c0b9d364");
    assertThat(accepted.retryAfter()).contains(Duration.ofSeconds(10));
    server.verify(
        patchRequestedFor(urlEqualTo(BASE + "/accessAssignments/" + ASSIGNMENT))
            .withHeader("If-Match", equalTo(ETAG))
            .withHeader("Prefer", equalTo("include-unknown-enum-members"))
            .withRequestBody(
                equalToJson(wire("graph-gdap-access-assignment-update-request.json"))));
  }

  @Test
  void update_readsTheAssignmentWhenGraphAnswers200BecauseNothingChanged() {
    server.stubFor(
        patch(urlEqualTo(BASE + "/accessAssignments/" + ASSIGNMENT))
            .willReturn(okJson(example("graph-gdap-access-assignment.json"))));

    AccessAssignmentChange change =
        client.gdap().accessAssignments().update(RELATIONSHIP, current(), NEW_ROLES);

    DelegatedAdminAccessAssignment same =
        change.fold(a -> null, AccessAssignmentChange.Unchanged::assignment);
    assertThat(same).isNotNull();
    assertThat(same.getEtag()).isPresent();
  }

  @Test
  void update_withoutLocationOn202_isAnInvalidResponseNamingTheHeader() {
    server.stubFor(
        patch(urlEqualTo(BASE + "/accessAssignments/" + ASSIGNMENT))
            .willReturn(aResponse().withStatus(202)));

    assertThatThrownBy(
            () -> client.gdap().accessAssignments().update(RELATIONSHIP, current(), NEW_ROLES))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("Location header")
        .hasMessageContaining("missing");
  }

  @Test
  void update_staleEtag_failsWith412AndIsNotRetried() {
    server.stubFor(
        patch(urlEqualTo(BASE + "/accessAssignments/" + ASSIGNMENT))
            .willReturn(
                aResponse()
                    .withStatus(412)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":{\"code\":\"PreconditionFailed\",\"message\":\"stale\"}}")));

    assertThatThrownBy(
            () -> client.gdap().accessAssignments().update(RELATIONSHIP, current(), NEW_ROLES))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(requests(patchRequestedFor(urlEqualTo(BASE + "/accessAssignments/" + ASSIGNMENT))))
        .hasSize(1);
  }

  @Test
  void update_withoutEtag_isRefusedBeforeAnyRequest() {
    DelegatedAdminAccessAssignment noEtag =
        DelegatedAdminAccessAssignment.builder().id(ASSIGNMENT).build();

    assertThatThrownBy(
            () -> client.gdap().accessAssignments().update(RELATIONSHIP, noEtag, NEW_ROLES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ASSIGNMENT)
        .hasMessageContaining("@odata.etag");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void delete_sendsIfMatchAndAccepts204() {
    server.stubFor(
        delete(urlEqualTo(BASE + "/accessAssignments/" + ASSIGNMENT))
            .willReturn(aResponse().withStatus(204)));

    client.gdap().accessAssignments().delete(RELATIONSHIP, current());

    server.verify(
        deleteRequestedFor(urlEqualTo(BASE + "/accessAssignments/" + ASSIGNMENT))
            .withHeader("If-Match", equalTo(ETAG))
            .withHeader("Prefer", equalTo("include-unknown-enum-members")));
  }

  @Test
  void requests_listAndGet() {
    server.stubFor(
        get(urlEqualTo(BASE + "/requests?%24top=300"))
            .willReturn(okJson(wire("graph-gdap-requests-list.json"))));
    server.stubFor(
        get(urlEqualTo(BASE + "/requests/5a6666c9-7282-0a41-67aa-25a5a3fbf339"))
            .willReturn(okJson(wire("graph-gdap-request-lock.json"))));

    List<DelegatedAdminRelationshipRequest> all =
        client.gdap().requests().list(RELATIONSHIP).collect(Collectors.toList());
    DelegatedAdminRelationshipRequest one =
        client.gdap().requests().get(RELATIONSHIP, "5a6666c9-7282-0a41-67aa-25a5a3fbf339");

    assertThat(all)
        .extracting(r -> r.getAction().orElseThrow())
        .containsExactly(
            DelegatedAdminRelationshipRequestAction.LOCK_FOR_APPROVAL,
            DelegatedAdminRelationshipRequestAction.TERMINATE);
    assertThat(all.get(1).getStatus()).contains(DelegatedAdminRelationshipRequestStatus.PENDING);
    assertThat(one.getAction()).contains(DelegatedAdminRelationshipRequestAction.LOCK_FOR_APPROVAL);
    server.verify(
        getRequestedFor(urlPathEqualTo(BASE + "/requests"))
            .withHeader("Prefer", equalTo("include-unknown-enum-members")));
  }

  @Test
  void operation_decodesTheAssignmentInsideItsDataStringAndMapsItToTheModel() {
    server.stubFor(
        get(urlEqualTo(BASE + "/operations/e6d2f1a8-4b07-4c3e-9f85-21a7c0b9d364"))
            .willReturn(okJson(wire("graph-gdap-operation.json"))));

    DelegatedAdminRelationshipOperation op =
        client.gdap().operations().get(RELATIONSHIP, "e6d2f1a8-4b07-4c3e-9f85-21a7c0b9d364");

    assertThat(op.getStatus()).contains(LongRunningOperationStatus.SUCCEEDED);
    assertThat(op.getData()).hasValueSatisfying(d -> assertThat(d).startsWith("{\"id\""));
    assertThat(op.relationship()).isEmpty();
    DelegatedAdminAccessAssignment assignment = op.accessAssignment().orElseThrow();
    assertThat(assignment.getId()).isEqualTo(ASSIGNMENT);
    var model = assignment.toModel().orElseThrow();
    assertThat(model.getStatus()).isEqualTo(AccessAssignmentStatus.ACTIVE);
    assertThat(model.getRoles())
        .containsExactlyInAnyOrder(
            Role.fromRoleDefinitionId("fe930be7-5e62-47db-91af-98c3a49a38b1"),
            Role.fromRoleDefinitionId("729827e3-9c14-49f7-bb1b-9608f156bbb8"));
  }

  @Test
  void operations_listReadsBothKindsAndToleratesUnknownTypesAndBadData() {
    server.stubFor(
        get(urlEqualTo(BASE + "/operations?%24top=300"))
            .willReturn(okJson(wire("graph-gdap-operations-list.json"))));

    List<DelegatedAdminRelationshipOperation> ops =
        client.gdap().operations().list(RELATIONSHIP).collect(Collectors.toList());

    assertThat(ops).hasSize(3);
    assertThat(ops.get(0).getStatus()).contains(LongRunningOperationStatus.RUNNING);
    assertThat(ops.get(0).accessAssignment().flatMap(DelegatedAdminAccessAssignment::getStatus))
        .contains(DelegatedAdminAccessAssignmentStatus.PENDING);
    DelegatedAdminRelationship changed = ops.get(1).relationship().orElseThrow();
    assertThat(changed.getDisplayName()).contains("Northwind helpdesk for Wingtip");
    assertThat(changed.getAutoExtendDuration()).contains("P180D");
    assertThat(ops.get(1).accessAssignment()).isEmpty();
    assertThat(ops.get(2).getOperationType())
        .contains(DelegatedAdminRelationshipOperationType.UNKNOWN);
    assertThat(ops.get(2).getStatus()).contains(LongRunningOperationStatus.UNKNOWN);
    assertThat(ops.get(2).accessAssignment()).isEmpty();
    assertThat(ops.get(2).relationship()).isEmpty();
  }

  @Test
  void operation_whoseDataIsNotJson_keepsTheRawStringAndDecodesToNothing() {
    DelegatedAdminRelationshipOperation op =
        DelegatedAdminRelationshipOperation.builder()
            .id("x")
            .operationType(
                DelegatedAdminRelationshipOperationType.DELEGATED_ADMIN_ACCESS_ASSIGNMENT_UPDATE)
            .data("{\"id\":")
            .build();

    assertThat(op.accessAssignment()).isEmpty();
    assertThat(op.getData()).contains("{\"id\":");
  }

  @Test
  void serviceManagementDetails_followNextLinkWithoutTop() {
    String path =
        GRAPH
            + "/tenantRelationships/delegatedAdminCustomers/"
            + CUSTOMER
            + "/serviceManagementDetails";
    String next = base(path + "?%24skiptoken=page2").toString();
    server.stubFor(
        get(urlEqualTo(path))
            .willReturn(
                okJson(
                    wire("graph-gdap-service-management-details-list.json")
                        .replace("NEXT_LINK", next))));
    server.stubFor(
        get(urlEqualTo(path + "?%24skiptoken=page2"))
            .willReturn(okJson(wire("graph-gdap-service-management-details-last.json"))));

    List<DelegatedAdminServiceManagementDetail> services =
        client.gdap().customers().serviceManagementDetails(CUSTOMER).collect(Collectors.toList());

    assertThat(services)
        .extracting(s -> s.getServiceName().orElseThrow())
        .containsExactly("Microsoft Entra", "Exchange", "Teams");
    assertThat(services.get(2).getServiceManagementUrl())
        .hasValueSatisfying(u -> assertThat(u).startsWith("https://admin.teams."));
    assertThat(requests(getRequestedFor(urlPathEqualTo(path))))
        .allSatisfy(r -> assertThat(r.getUrl()).doesNotContain("top"));
  }

  @Test
  void serviceManagementDetails_unknownCustomer_isNotFound() {
    server.stubFor(
        get(urlPathEqualTo(
                GRAPH
                    + "/tenantRelationships/delegatedAdminCustomers/"
                    + CUSTOMER
                    + "/serviceManagementDetails"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(wire("graph-error-not-found.json"))));

    assertThatThrownBy(
            () ->
                client.gdap().customers().serviceManagementDetailsPage(CUSTOMER, Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void accepted_operationId_isEmptyForALocationThatNamesNoOperation() {
    assertThat(
            new AccessAssignmentChange.Accepted(
                    URI.create("https://graph.example/v1.0/somewhere/else"), Optional.empty())
                .operationId())
        .isEmpty();
  }

  @Test
  void goldenFiles_roundTrip() throws Exception {
    ObjectMapper mapper = WireJson.newMapper();
    Map<String, Class<?>> golden =
        Map.of(
            "graph-gdap-operation.json", DelegatedAdminRelationshipOperation.class,
            "graph-gdap-request-lock.json", DelegatedAdminRelationshipRequest.class);
    for (Map.Entry<String, Class<?>> g : golden.entrySet()) {
      Object first = mapper.readValue(wire(g.getKey()), g.getValue());
      Object second = mapper.readValue(mapper.writeValueAsBytes(first), g.getValue());
      assertThat(second).as(g.getKey()).isEqualTo(first);
    }
    DelegatedAdminServiceManagementDetail detail =
        DelegatedAdminServiceManagementDetail.builder()
            .id("c07a5e92-1b3d-4f86-a2e4-9d6f0b8c1735")
            .serviceName("Microsoft Entra")
            .serviceManagementUrl("https://entra.microsoft.com/wingtipgarden.onmicrosoft.com")
            .build();
    assertThat(
            mapper.readValue(
                mapper.writeValueAsBytes(detail), DelegatedAdminServiceManagementDetail.class))
        .isEqualTo(detail);
  }
}
