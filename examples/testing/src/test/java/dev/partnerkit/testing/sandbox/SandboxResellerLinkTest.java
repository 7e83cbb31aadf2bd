package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.client.ForbiddenException;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxException;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reseller relationship under the modern policy goes through the rules (NCE-1): the link a
 * partner's relationship request gives, a customer created over Partner Center, and the builder's
 * resellers are each the program's reseller invitation or {@code AddReseller}.
 */
class SandboxResellerLinkTest {
  private static final PartnerId TAILWIND = Samples.TAILWIND_CSP.getId();
  private static final CustomerId WINGTIP = Samples.WINGTIP.getId();

  private PartnerSandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = PartnerSandbox.builder().policy(ProgramPolicy.modern()).start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Instant now() {
    return sandbox.clock().instant();
  }

  @Test
  void theLinkAcceptedIsTheProgramsResellerInvitationAcceptedByTheCustomer() {
    URI link = sandbox.client(TAILWIND).customers().invitationLink(false);
    assertThatThrownBy(() -> sandbox.client(TAILWIND).customers().get(WINGTIP))
        .isInstanceOf(ForbiddenException.class);

    sandbox.customer(WINGTIP).acceptResellerInvitation(link);

    assertThat(sandbox.program().customer(WINGTIP).orElseThrow().resellers())
        .containsExactly(TAILWIND);
    assertThat(sandbox.program().offers(WINGTIP, now()))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o).isInstanceOf(ResellerInvitation.class);
              assertThat(o.getStatus()).isEqualTo(OfferStatus.ACCEPTED);
            });
    assertThat(sandbox.client(TAILWIND).customers().get(WINGTIP).id()).contains(WINGTIP.toString());
  }

  @Test
  void theLinkOfAPartnerInAnotherCloudIsRefusedByTheCloudRules() {
    CustomerId china = Samples.COHO_CHINA.getId();
    URI link = sandbox.client(TAILWIND).customers().invitationLink(false);

    assertThatThrownBy(() -> sandbox.customer(china).acceptResellerInvitation(link))
        .isInstanceOfSatisfying(
            SandboxException.class,
            e -> assertThat(e.getRuleIds()).anySatisfy(id -> assertThat(id).startsWith("CLOUD-")));
    assertThat(sandbox.program().customer(china).orElseThrow().resellers()).isEmpty();
    assertThat(sandbox.program().offers(china, now())).isEmpty();
  }

  @Test
  void aCustomerCreatedOverPartnerCenterAndTheBuildersResellerAreTheProgramsResellers() {
    String created =
        sandbox
            .client(TAILWIND)
            .customers()
            .create(SandboxPartnerCenterTest.newCustomer("modernco"))
            .id()
            .orElseThrow();
    sandbox.addReseller(TAILWIND, WINGTIP);

    assertThat(sandbox.program().customer(CustomerId.parse(created)).orElseThrow().resellers())
        .containsExactly(TAILWIND);
    assertThat(sandbox.program().customer(WINGTIP).orElseThrow().resellers())
        .containsExactly(TAILWIND);
  }

  @Test
  void underTheSeedPolicyTheLinkIsTheSandboxsOwnRelationshipAndTheProgramHasNone() {
    try (PartnerSandbox seed = PartnerSandbox.builder().start()) {
      URI link = seed.client(TAILWIND).customers().invitationLink(false);

      seed.customer(WINGTIP).acceptResellerInvitation(link);

      assertThat(seed.client(TAILWIND).customers().get(WINGTIP).id()).contains(WINGTIP.toString());
      assertThat(seed.program().customer(WINGTIP).orElseThrow().resellers()).isEmpty();
      assertThat(seed.program().offers(WINGTIP, seed.clock().instant())).isEmpty();
    }
  }
}
