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
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.NotFoundException;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.ServerErrorException;
import dev.partnerkit.client.WireMockSupport;
import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.AccessAssignmentStatus;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphCallsTest extends WireMockSupport {
  private static final String ID =
      "80c86cef-da51-47df-abf1-179743e074c9-89186f7a-8634-4746-a8af-6fb847d8b5c1";
  private static final String BASE = "/graph/v1.0/tenantRelationships/delegatedAdminRelationships";

  @Test
  void create_postsTheDocumentedBodyOnceWithPrefer() {
    server.stubFor(
        post(urlEqualTo(BASE))
            .willReturn(okJson(example("graph-gdap-relationship-created.json")).withStatus(201)));
    NewDelegatedAdminRelationship body =
        NewDelegatedAdminRelationship.builder()
            .displayName("Northwind helpdesk for Tailspin")
            .duration("P365D")
            .customer(
                DelegatedAdminRelationshipCustomerParticipant.builder()
                    .tenantId("7909ec0a-f402-4e60-acfc-7175854b224c")
                    .displayName("Tailspin Toys")
                    .build())
            .accessDetails(
                DelegatedAdminAccessDetails.builder()
                    .addUnifiedRole(
                        UnifiedRole.builder()
                            .roleDefinitionId("29232cdf-9323-42fd-ade2-1d097af3e4de")
                            .build())
                    .addUnifiedRole(
                        UnifiedRole.builder()
                            .roleDefinitionId("9135bc22-9b92-4903-9b78-85da4e448727")
                            .build())
                    .build())
            .autoExtendDuration("P180D")
            .build();

    DelegatedAdminRelationship created = client.gdap().relationships().create(body);

    assertThat(created.getStatus()).contains(DelegatedAdminRelationshipStatus.CREATED);
    assertThat(created.getActivatedDateTime()).isEmpty(); // "" in the documented answer
    assertThat(created.getEtag()).hasValueSatisfying(e -> assertThat(e).startsWith("W/"));
    GranularRelationship model =
        created.toModel(PartnerId.of("northwind"), List.of()).orElseThrow();
    assertThat(model.getDuration()).isEqualTo(Duration.ofDays(365));
    assertThat(model.getAutoExtendDuration()).isEqualTo(Duration.ofDays(180));
    assertThat(model.getRoles())
        .containsExactly(
            Role.EXCHANGE_ADMINISTRATOR,
            Role.fromRoleDefinitionId("9135bc22-9b92-4903-9b78-85da4e448727"));
    assertThat(model.getStatus()).isEqualTo(RelationshipStatus.CREATED);
    server.verify(
        postRequestedFor(urlEqualTo(BASE))
            .withHeader("Prefer", equalTo("include-unknown-enum-members"))
            .withHeader(
                "MS-CorrelationId", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))
            .withRequestBody(equalToJson(example("graph-gdap-relationship-create-request.json"))));
  }

  @Test
  void create_isNeverRetriedBecauseGraphDoesNotDeduplicatePosts() {
    server.stubFor(post(urlEqualTo(BASE)).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () ->
                client
                    .gdap()
                    .relationships()
                    .create(
                        NewDelegatedAdminRelationship.builder()
                            .displayName("x")
                            .duration("P1D")
                            .accessDetails(
                                DelegatedAdminAccessDetails.of(List.of(Role.USER_ADMINISTRATOR)))
                            .build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(requests(postRequestedFor(urlEqualTo(BASE)))).hasSize(1);
  }

  @Test
  void get_mapsTheActiveRelationship() {
    server.stubFor(
        get(urlEqualTo(BASE + "/" + ID))
            .willReturn(okJson(example("graph-gdap-relationship.json"))));

    DelegatedAdminRelationship r = client.gdap().relationships().get(ID);

    GranularRelationship model = r.toModel(PartnerId.of("northwind"), List.of()).orElseThrow();
    assertThat(model.getStatus()).isEqualTo(RelationshipStatus.ACTIVE);
    assertThat(model.getRoles())
        .containsExactly(
            Role.USER_ADMINISTRATOR,
            Role.HELPDESK_ADMINISTRATOR,
            Role.fromRoleDefinitionId("e994a3ec-0cbb-48c9-b039-02b7d47fd7ce"));
    assertThat(model.getAutoExtendDuration()).isZero();
    assertThat(model.getActivatedAt()).isPresent();
    assertThat(model.getEndsAt()).isPresent();
  }

  @Test
  void list_filtersByStatusAndReadsTheResellerSubtype() {
    server.stubFor(
        get(urlPathEqualTo(BASE))
            .willReturn(okJson(example("graph-gdap-relationships-list.json"))));

    List<DelegatedAdminRelationship> all =
        client
            .gdap()
            .relationships()
            .list(Set.of(DelegatedAdminRelationshipStatus.ACTIVE))
            .toList();

    assertThat(all).hasSize(3);
    assertThat(all.get(2).getIndirectProviderTenantId())
        .contains("5d24b826-2a4e-44ec-92ae-a70da880a116");
    assertThat(all.get(2).getIsPartnerConsentPending()).contains(true);
    assertThat(all.get(2).getStatus()).contains(DelegatedAdminRelationshipStatus.APPROVAL_PENDING);
    String url = requests(getRequestedFor(urlPathEqualTo(BASE))).get(0).getUrl();
    assertThat(java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8))
        .contains("$filter=status eq 'active'")
        .contains("$top=300");
  }

  @Test
  void listForCustomer_filtersOnTheTenantIdQuotedAsODataQuotesIt() throws Exception {
    server.stubFor(
        get(urlPathEqualTo(BASE))
            .willReturn(okJson(example("graph-gdap-relationships-list.json"))));

    List<DelegatedAdminRelationship> listed =
        client.gdap().relationships().listForCustomer("o'brien-tenant").toList();
    Page<DelegatedAdminRelationship> page =
        client
            .gdap()
            .relationships()
            .pageForCustomerAsync(" 0b2a1c3d-0000-4000-8000-000000000001 ", 5, Optional.empty())
            .get(10, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(listed).hasSize(3);
    assertThat(page.items()).hasSize(3);
    List<String> urls =
        requests(getRequestedFor(urlPathEqualTo(BASE))).stream()
            .map(
                r ->
                    java.net.URLDecoder.decode(r.getUrl(), java.nio.charset.StandardCharsets.UTF_8))
            .toList();
    assertThat(urls.get(0)).contains("$filter=customer/tenantId eq 'o''brien-tenant'&$top=300");
    assertThat(urls.get(1))
        .contains("$filter=customer/tenantId eq '0b2a1c3d-0000-4000-8000-000000000001'&$top=5");
    assertThatThrownBy(() -> client.gdap().relationships().listForCustomer(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerTenantId must be 1 to 256 characters");
  }

  @Test
  void list_followsNextLinksAcrossManyPages() {
    int pages = 25;
    for (int i = 0; i < pages; i++) {
      String next =
          i + 1 < pages
              ? ",\"@odata.nextLink\":\""
                  + base("/graph/v1.0")
                  + "/tenantRelationships/delegatedAdminCustomers?%24skiptoken=p"
                  + (i + 1)
                  + "\""
              : "";
      String body = "{\"value\":[{\"id\":\"c" + i + "\",\"tenantId\":\"t" + i + "\"}]" + next + "}";
      String url =
          i == 0
              ? "/graph/v1.0/tenantRelationships/delegatedAdminCustomers?%24top=300"
              : "/graph/v1.0/tenantRelationships/delegatedAdminCustomers?%24skiptoken=p" + i;
      server.stubFor(get(urlEqualTo(url)).willReturn(okJson(body)));
    }

    assertThat(client.gdap().customers().list().map(DelegatedAdminCustomer::getId).toList())
        .hasSize(pages)
        .startsWith("c0", "c1")
        .endsWith("c24");
    assertThat(server.getAllServeEvents()).hasSize(pages);
  }

  @Test
  void nextLinkToAnotherHost_isRefused() {
    server.stubFor(
        get(urlEqualTo("/graph/v1.0/tenantRelationships/delegatedAdminCustomers?%24top=300"))
            .willReturn(
                okJson(
                    "{\"value\":[{\"id\":\"a\"}],\"@odata.nextLink\":\"https://evil.example/steal\"}")));

    assertThatThrownBy(() -> client.gdap().customers().list().toList())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("evil.example")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void updateAndDelete_sendIfMatchWithTheEtagLastRead() {
    server.stubFor(
        get(urlEqualTo(BASE + "/" + ID))
            .willReturn(okJson(example("graph-gdap-relationship-created.json"))));
    server.stubFor(
        patch(urlEqualTo(BASE + "/" + ID))
            .willReturn(okJson(example("graph-gdap-relationship-created.json"))));
    server.stubFor(delete(urlEqualTo(BASE + "/" + ID)).willReturn(aResponse().withStatus(204)));
    DelegatedAdminRelationship current = client.gdap().relationships().get(ID);
    String etag = current.getEtag().orElseThrow();

    client
        .gdap()
        .relationships()
        .update(
            current,
            DelegatedAdminRelationshipUpdate.builder()
                .displayName("Updated Contoso admin relationship")
                .duration("P31D")
                .build());
    client.gdap().relationships().delete(current);

    server.verify(
        patchRequestedFor(urlEqualTo(BASE + "/" + ID))
            .withHeader("If-Match", equalTo(etag))
            .withRequestBody(
                equalToJson(
                    "{\"displayName\":\"Updated Contoso admin relationship\",\"duration\":\"P31D\"}")));
    server.verify(
        deleteRequestedFor(urlEqualTo(BASE + "/" + ID)).withHeader("If-Match", equalTo(etag)));
    DelegatedAdminRelationship withoutEtag = DelegatedAdminRelationship.builder().id(ID).build();
    assertThatThrownBy(() -> client.gdap().relationships().delete(withoutEtag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@odata.etag");
  }

  @Test
  void lockForApprovalAndTerminate_postRequests() {
    server.stubFor(
        post(urlEqualTo(BASE + "/" + ID + "/requests"))
            .willReturn(okJson(wire("graph-gdap-request-lock.json")).withStatus(201)));

    DelegatedAdminRelationshipRequest lock = client.gdap().relationships().lockForApproval(ID);
    client.gdap().relationships().terminate(ID);

    assertThat(lock.getAction())
        .contains(DelegatedAdminRelationshipRequestAction.LOCK_FOR_APPROVAL);
    assertThat(lock.getStatus()).contains(DelegatedAdminRelationshipRequestStatus.CREATED);
    server.verify(
        postRequestedFor(urlEqualTo(BASE + "/" + ID + "/requests"))
            .withRequestBody(equalToJson("{\"action\":\"lockForApproval\"}")));
    server.verify(
        postRequestedFor(urlEqualTo(BASE + "/" + ID + "/requests"))
            .withRequestBody(equalToJson("{\"action\":\"terminate\"}")));
  }

  @Test
  void accessAssignments_createListGet() {
    String path = BASE + "/" + ID + "/accessAssignments";
    String assignment = example("graph-gdap-access-assignment.json");
    server.stubFor(post(urlEqualTo(path)).willReturn(okJson(assignment).withStatus(201)));
    server.stubFor(
        get(urlEqualTo(path + "?%24top=300"))
            .willReturn(okJson("{\"value\":[" + assignment + "]}")));
    server.stubFor(
        get(urlEqualTo(path + "/b5155de2-9d1b-4402-a20f-d9d42ebf1a1c"))
            .willReturn(okJson(assignment)));
    NewAccessAssignment body =
        NewAccessAssignment.builder()
            .accessContainer(
                DelegatedAdminAccessContainer.builder()
                    .accessContainerId("06c79502-a917-4922-8a8a-e8e58372a2b9")
                    .accessContainerType(DelegatedAdminAccessContainerType.SECURITY_GROUP)
                    .build())
            .accessDetails(
                DelegatedAdminAccessDetails.builder()
                    .addUnifiedRole(
                        UnifiedRole.builder()
                            .roleDefinitionId("729827e3-9c14-49f7-bb1b-9608f156bbb8")
                            .build())
                    .addUnifiedRole(
                        UnifiedRole.builder()
                            .roleDefinitionId("91e10593-6b7c-42d2-938d-399c4462bc40")
                            .build())
                    .addUnifiedRole(
                        UnifiedRole.builder()
                            .roleDefinitionId("29232cdf-9323-42fd-ade2-1d097af3e4de")
                            .build())
                    .addUnifiedRole(
                        UnifiedRole.builder()
                            .roleDefinitionId("ed603dbe-bca5-47c2-9db3-efb779e3d81b")
                            .build())
                    .build())
            .build();

    DelegatedAdminAccessAssignment created = client.gdap().accessAssignments().create(ID, body);

    AccessAssignment model = created.toModel().orElseThrow();
    assertThat(model.getStatus()).isEqualTo(AccessAssignmentStatus.PENDING);
    assertThat(model.getSecurityGroup()).isEqualTo("06c79502-a917-4922-8a8a-e8e58372a2b9");
    assertThat(model.getRoles())
        .containsExactly(
            Role.HELPDESK_ADMINISTRATOR,
            Role.EXCHANGE_ADMINISTRATOR,
            Role.fromRoleDefinitionId("91e10593-6b7c-42d2-938d-399c4462bc40"),
            Role.fromRoleDefinitionId("ed603dbe-bca5-47c2-9db3-efb779e3d81b"));
    server.verify(
        postRequestedFor(urlEqualTo(path))
            .withRequestBody(
                equalToJson(example("graph-gdap-access-assignment-create-request.json"))));
    assertThat(client.gdap().accessAssignments().list(ID).toList()).hasSize(1);
    assertThat(
            client
                .gdap()
                .accessAssignments()
                .get(ID, "b5155de2-9d1b-4402-a20f-d9d42ebf1a1c")
                .getId())
        .isEqualTo("b5155de2-9d1b-4402-a20f-d9d42ebf1a1c");
  }

  @Test
  void delegatedAdminCustomers_getAndGraphErrors() {
    server.stubFor(
        get(urlEqualTo("/graph/v1.0/tenantRelationships/delegatedAdminCustomers?%24top=300"))
            .willReturn(okJson(wire("graph-gdap-customers-list.json"))));
    server.stubFor(
        get(urlEqualTo("/graph/v1.0/tenantRelationships/delegatedAdminCustomers/not-there"))
            .willReturn(aResponse().withStatus(404).withBody(wire("graph-error-not-found.json"))));

    assertThat(client.gdap().customers().list().toList())
        .singleElement()
        .satisfies(c -> assertThat(c.getDisplayName()).contains("Wingtip Garden Supply"));
    assertThatThrownBy(() -> client.gdap().customers().get("not-there"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.getErrorCode()).contains("Request_ResourceNotFound");
              assertThat(e.getErrorDescription())
                  .hasValueSatisfying(d -> assertThat(d).contains("does not exist"));
            });
  }

  @Test
  void unknownFieldsAndEnumValues_areTolerated() {
    server.stubFor(
        get(urlEqualTo(BASE + "/x"))
            .willReturn(
                okJson(
                    "{\"id\":\"x\",\"status\":\"somethingNew\",\"brandNewField\":{\"a\":[1,2]},"
                        + "\"customer\":{\"tenantId\":\"fd86a339-1d9c-4a45-a9a3-74a1bb7089d9\",\"extra\":true}}")));

    DelegatedAdminRelationship r = client.gdap().relationships().get("x");

    assertThat(r.getStatus()).contains(DelegatedAdminRelationshipStatus.UNKNOWN);
    assertThat(GraphMapping.status(DelegatedAdminRelationshipStatus.APPROVED))
        .isEqualTo(RelationshipStatus.ACTIVATING);
  }
}
