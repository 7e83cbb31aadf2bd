package dev.partnerkit.client.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 and GDAP-12: the roles Graph sends map to the model without loss, each keeping its
 * roleDefinitionId and named where the library names it, and go back to Graph as they came.
 */
class OpenRolesTest extends WireMockSupport {
  private static final String RELATIONSHIP =
      "5a1f3c7e-2b4d-4e6f-8a0c-1e3a5c7e9b2d-7b9d1f3a-5c7e-4a9b-8d2f-4a6c8e0b2d4f";
  private static final String ASSIGNMENT = "3c0d7f2e-6a1b-4d8c-9e5f-2b4a6c8d0e1f";
  private static final String PATH =
      "/graph/v1.0/tenantRelationships/delegatedAdminRelationships/"
          + RELATIONSHIP
          + "/accessAssignments";
  private static final UUID UNNAMED = UUID.fromString("6d2f8a1b-3c5e-4f7a-9b0c-1d2e3f4a5b6c");

  @Test
  void anAccessAssignmentKeepsEveryRoleGraphSent() {
    server.stubFor(
        get(urlEqualTo(PATH + "/" + ASSIGNMENT))
            .willReturn(okJson(wire("graph-gdap-access-assignment-open-roles.json"))));

    DelegatedAdminAccessAssignment read =
        client.gdap().accessAssignments().get(RELATIONSHIP, ASSIGNMENT);
    AccessAssignment model = read.toModel().orElseThrow();

    assertThat(model.getRoles())
        .containsExactlyInAnyOrder(
            Role.DIRECTORY_READERS,
            Role.DYNAMICS_365_ADMINISTRATOR,
            Role.INTUNE_ADMINISTRATOR,
            Role.of(UNNAMED));
    assertThat(model.getRoles())
        .extracting(r -> r.getRoleDefinitionId().toString())
        .containsExactlyInAnyOrder(
            "88d8e3e3-8f55-4a1e-953a-9b9898b8876b",
            "44367163-eba1-44c3-98af-f5787879f96a",
            "3a2c62db-5318-420d-8d74-23affee5d9d5",
            UNNAMED.toString());
    assertThat(model.getRoles())
        .extracting(Role::getName)
        .containsExactlyInAnyOrder(
            Optional.of("DIRECTORY_READERS"),
            Optional.of("DYNAMICS_365_ADMINISTRATOR"),
            Optional.of("INTUNE_ADMINISTRATOR"),
            Optional.empty());
    assertThat(read.getAccessDetails().orElseThrow().toModel().orElseThrow())
        .containsExactly(
            Role.DIRECTORY_READERS,
            Role.DYNAMICS_365_ADMINISTRATOR,
            Role.INTUNE_ADMINISTRATOR,
            Role.of(UNNAMED));
  }

  @Test
  void theRolesGoBackToGraphUnchanged() {
    String graph = wire("graph-gdap-access-assignment-open-roles.json");
    server.stubFor(get(urlEqualTo(PATH + "/" + ASSIGNMENT)).willReturn(okJson(graph)));
    server.stubFor(post(urlEqualTo(PATH)).willReturn(okJson(graph).withStatus(201)));
    DelegatedAdminAccessAssignment read =
        client.gdap().accessAssignments().get(RELATIONSHIP, ASSIGNMENT);
    DelegatedAdminAccessDetails inGraphOrder =
        DelegatedAdminAccessDetails.of(
            read.getAccessDetails().orElseThrow().toModel().orElseThrow());
    DelegatedAdminAccessDetails fromTheModel =
        DelegatedAdminAccessDetails.of(read.toModel().orElseThrow().getRoles());
    String details =
        "{" + graph.substring(graph.indexOf("\"accessDetails\""), graph.lastIndexOf('}')) + "}";

    for (DelegatedAdminAccessDetails accessDetails : List.of(inGraphOrder, fromTheModel)) {
      client
          .gdap()
          .accessAssignments()
          .create(
              RELATIONSHIP,
              NewAccessAssignment.builder()
                  .accessContainer(read.getAccessContainer().orElseThrow())
                  .accessDetails(accessDetails)
                  .build());
    }

    assertThat(inGraphOrder).isEqualTo(read.getAccessDetails().orElseThrow());
    // Graph's order in the first request; the model's sorted set may list them otherwise.
    server.verify(
        1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson(details, false, true)));
    server.verify(
        2, postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson(details, true, true)));
  }

  @Test
  void aRoleIdThatIsNotAGuidMakesTheAssignmentUnreadableRatherThanLost() {
    DelegatedAdminAccessDetails details =
        DelegatedAdminAccessDetails.builder()
            .addUnifiedRole(UnifiedRole.of(Role.DIRECTORY_READERS))
            .addUnifiedRole(UnifiedRole.builder().roleDefinitionId("directory-readers").build())
            .build();

    assertThat(details.toModel()).isEmpty();
    assertThat(
            UnifiedRole.builder()
                .roleDefinitionId(" 88D8E3E3-8F55-4A1E-953A-9B9898B8876B ")
                .build()
                .toModel())
        .contains(Role.DIRECTORY_READERS);
  }
}
