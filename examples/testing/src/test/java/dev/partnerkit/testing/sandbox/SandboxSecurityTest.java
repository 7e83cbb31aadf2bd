package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.UnauthorizedException;
import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxException;
import dev.partnerkit.testing.SandboxRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: tokens (unguessable, expiring, never shown), a partner confined to its own
 * customers, relationships and invitations and to what its grants allow, and a customer confined to
 * what is addressed to it.
 */
class SandboxSecurityTest {
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();
  private static final PartnerId ADATUM = Samples.ADATUM.getId();
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();
  private static final CustomerId WINGTIP = Samples.WINGTIP.getId();

  private PartnerSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = PartnerSandbox.builder().start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private URI customers() {
    return URI.create(sandbox.partnerCenterUri() + "/v1/customers?size=10");
  }

  @Test
  void aRequestWithoutAValidTokenIsUnauthorized() {
    RawHttp.Answer none = RawHttp.get(customers(), null);
    RawHttp.Answer forged = RawHttp.get(customers(), "pks_" + UUID.randomUUID());
    String token = sandbox.partnerToken(NORTHWIND);
    sandbox.clock().advance(Duration.ofHours(1));
    RawHttp.Answer expired = RawHttp.get(customers(), token);

    for (RawHttp.Answer answer : List.of(none, forged, expired)) {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
      assertThat(answer.json().get("code").asInt()).isEqualTo(10001);
    }
    assertThat(RawHttp.get(customers(), sandbox.partnerToken(NORTHWIND)).status()).isEqualTo(200);
  }

  @Test
  void theClientSurfacesA401AsUnauthorized() {
    PartnerClient forged =
        PartnerClient.builder()
            .partnerCenterBaseUri(sandbox.partnerCenterUri())
            .tokenProvider(dev.partnerkit.client.TokenProvider.fixed("pks_not-issued"))
            .build();
    try (forged) {
      assertThatThrownBy(() -> forged.customers().list().count())
          .isInstanceOf(UnauthorizedException.class);
    }
  }

  @Test
  void tokensAreLongRandomAndNeverShown() {
    String a = sandbox.partnerToken(NORTHWIND);
    String b = sandbox.partnerToken(NORTHWIND);

    assertThat(a).isNotEqualTo(b).startsWith("pks_").hasSizeGreaterThanOrEqualTo(4 + 43);
    PartnerClient client = sandbox.client(NORTHWIND);
    client.offers().list("US");
    assertThat(sandbox.toString()).doesNotContain(a, b);
    assertThat(client.toString()).doesNotContain("pks_");
    assertThat(sandbox.partner(NORTHWIND).toString()).doesNotContain("pks_");
    assertThat(sandbox.customer(FABRIKAM).toString()).doesNotContain("pks_");
    assertThat(sandbox.requests())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.toString()).doesNotContain("pks_"));
  }

  @Test
  void aPartnerNeverReadsOrChangesAnotherPartnersCustomer() {
    PartnerClient northwind = sandbox.client(NORTHWIND);
    PartnerClient adatum = sandbox.client(ADATUM);
    PcCustomer created = northwind.customers().create(SandboxPartnerCenterTest.newCustomer("mine"));
    CustomerId id = CustomerId.parse(created.id().orElseThrow());

    assertThat(adatum.customers().list()).isEmpty();
    assertThatThrownBy(() -> adatum.customers().get(id)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> adatum.subscriptions().list(id))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> adatum.customers().removeResellerRelationship(id))
        .isInstanceOf(ForbiddenException.class);
    CustomerId unknown = CustomerId.of(UUID.randomUUID());
    assertThatThrownBy(() -> adatum.customers().get(unknown))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageNotContaining("not registered");
  }

  @Test
  void aPartnerNeverReadsOrChangesAnotherPartnersRelationship() {
    try (PartnerSandbox modern = PartnerSandbox.builder().policy(ProgramPolicy.modern()).start()) {
      PartnerClient tailwind = modern.client(Samples.TAILWIND_CSP.getId());
      DelegatedAdminRelationship created =
          tailwind
              .gdap()
              .relationships()
              .create(
                  SandboxGraphTest.request("Tailwind", FABRIKAM, "P90D", Role.USER_ADMINISTRATOR));
      PartnerClient northwind = modern.client(NORTHWIND);

      assertThatThrownBy(() -> northwind.gdap().relationships().get(created.getId()))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> northwind.gdap().relationships().lockForApproval(created.getId()))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> northwind.gdap().relationships().delete(created))
          .isInstanceOf(ForbiddenException.class);
      assertThat(northwind.gdap().relationships().list()).isEmpty();
      assertThatThrownBy(
              () ->
                  modern
                      .customer(WINGTIP)
                      .approve(dev.partnerkit.model.RelationshipId.of(created.getId())))
          .isInstanceOfSatisfying(
              SandboxException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
    }
  }

  @Test
  void aPartnerNeverSeesOrRevokesAnotherPartnersInvitation() {
    DelegatedAdminInvitation sent =
        sandbox.partner(NORTHWIND).sendDelegatedAdminInvitation(FABRIKAM);

    assertThat(sandbox.partner(ADATUM).invitations()).isEmpty();
    assertThatThrownBy(() -> sandbox.partner(ADATUM).invitation(sent.getId()))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
    assertThatThrownBy(() -> sandbox.partner(ADATUM).revoke(sent.getId()))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
    assertThat(sandbox.partner(NORTHWIND).invitations())
        .extracting(o -> o.getId())
        .containsExactly(sent.getId());
  }

  @Test
  void aPartnerActsOnlyWithinItsGrant() {
    assertThatThrownBy(
            () -> sandbox.partner(NORTHWIND).performAdminTask(FABRIKAM, AdminTask.ADD_USER))
        .isInstanceOfSatisfying(
            SandboxException.class,
            e -> {
              assertThat(e.getStatus()).isEqualTo(403);
              assertThat(e.getRuleIds()).containsExactly("DA-1");
            });
    assertThatThrownBy(() -> sandbox.partner(NORTHWIND).fileServiceRequest(FABRIKAM, "help"))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getRuleIds()).containsExactly("SUP-2"));
    DelegatedAdminInvitation invitation =
        sandbox.partner(NORTHWIND).sendDelegatedAdminInvitation(FABRIKAM);
    sandbox.customer(FABRIKAM).accept(invitation.getId());

    sandbox.partner(NORTHWIND).performAdminTask(FABRIKAM, AdminTask.ADD_USER);
    assertThat(sandbox.partner(NORTHWIND).fileServiceRequest(FABRIKAM, "help").getFiledBy())
        .contains(NORTHWIND);
    assertThatThrownBy(() -> sandbox.partner(ADATUM).performAdminTask(FABRIKAM, AdminTask.ADD_USER))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getRuleIds()).containsExactly("DA-1"));
  }

  @Test
  void acceptanceIsBoundToTheInvitedTenant() {
    DelegatedAdminInvitation invitation =
        sandbox.partner(NORTHWIND).sendDelegatedAdminInvitation(FABRIKAM);

    assertThatThrownBy(() -> sandbox.customer(WINGTIP).accept(invitation.getId()))
        .isInstanceOfSatisfying(
            SandboxException.class,
            e -> {
              assertThat(e.getStatus()).isEqualTo(403);
              assertThat(e.getDescription())
                  .hasValueSatisfying(
                      d ->
                          assertThat(d).startsWith("OFFER-8:").doesNotContain(FABRIKAM.toString()));
            });
    assertThat(sandbox.customer(WINGTIP).pendingInvitations()).isEmpty();
    assertThat(sandbox.program().delegatedAdmins(FABRIKAM, sandbox.clock().instant())).isEmpty();
    assertThat(sandbox.customer(FABRIKAM).accept(invitation.getId()).getStatus().name())
        .isEqualTo("ACCEPTED");
  }

  @Test
  void eachSideTakesOnlyItsOwnKindOfToken() {
    RawHttp.Answer customerAtPartnerCenter =
        RawHttp.get(customers(), sandbox.customerToken(FABRIKAM));
    RawHttp.Answer partnerAtCustomerSide =
        RawHttp.get(
            URI.create(sandbox.sandboxUri() + "/customer/invitations"),
            sandbox.partnerToken(NORTHWIND));

    assertThat(customerAtPartnerCenter.status()).isEqualTo(403);
    assertThat(partnerAtCustomerSide.status()).isEqualTo(403);
  }

  @Test
  void requestIdsAreScopedToTheirCaller() throws Exception {
    String requestId = UUID.randomUUID().toString();
    URI create = URI.create(sandbox.partnerCenterUri() + "/v1/customers");
    var json = dev.partnerkit.model.json.PartnerJson.mapper();

    RawHttp.Answer northwind =
        RawHttp.send(
            "POST",
            create,
            sandbox.partnerToken(NORTHWIND),
            json.writeValueAsString(SandboxPartnerCenterTest.newCustomer("north")),
            "MS-RequestId",
            requestId);
    RawHttp.Answer adatum =
        RawHttp.send(
            "POST",
            create,
            sandbox.partnerToken(ADATUM),
            json.writeValueAsString(SandboxPartnerCenterTest.newCustomer("adat")),
            "MS-RequestId",
            requestId);

    assertThat(northwind.status()).isEqualTo(201);
    assertThat(adatum.status()).isEqualTo(201);
    assertThat(adatum.json().get("id").asText()).isNotEqualTo(northwind.json().get("id").asText());
    assertThat(adatum.header("MS-RequestId")).isEqualTo(requestId);
    assertThat(sandbox.requests()).extracting(SandboxRequest::replayed).containsOnly(false);
  }
}
