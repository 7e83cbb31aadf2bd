package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxCustomerClient;
import dev.partnerkit.testing.SandboxException;
import dev.partnerkit.testing.SandboxPartnerClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's side and the partner's side of the seed concepts, and the clock knob: the
 * sandbox-only endpoints, through their client helpers.
 */
class SandboxCustomerSideTest {
  private static final PartnerId NORTHWIND = Samples.NORTHWIND.getId();
  private static final PartnerId ADATUM = Samples.ADATUM.getId();
  private static final CustomerId FABRIKAM = Samples.FABRIKAM.getId();

  private PartnerSandbox sandbox;
  private SandboxPartnerClient northwind;
  private SandboxCustomerClient fabrikam;

  @BeforeEach
  void start() {
    sandbox = PartnerSandbox.builder().start();
    northwind = sandbox.partner(NORTHWIND);
    fabrikam = sandbox.customer(FABRIKAM);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void anAcceptedTrialInvitationStartsTrialsAndTheGrant() {
    TrialInvitation sent =
        northwind.sendTrialInvitation(FABRIKAM, List.of(Samples.EXCHANGE_ONLINE), true);

    assertThat(fabrikam.pendingInvitations())
        .extracting(Offer::getId)
        .containsExactly(sent.getId());
    Offer accepted = fabrikam.accept(sent.getId());

    assertThat(accepted.getStatus()).isEqualTo(OfferStatus.ACCEPTED);
    assertThat(fabrikam.pendingInvitations()).isEmpty();
    assertThat(fabrikam.delegatedAdmins()).containsExactly(NORTHWIND);
    assertThat(sandbox.program().subscriptions(FABRIKAM, sandbox.clock().instant()))
        .singleElement()
        .satisfies(s -> assertThat(s.isTrial()).isTrue());
    assertThat(sandbox.client(NORTHWIND).subscriptions().list(FABRIKAM))
        .singleElement()
        .satisfies(s -> assertThat(s.getOfferId()).contains("EXCHANGE_ONLINE-TRIAL"));
  }

  @Test
  void theSeedRuleOfOneDelegatedAdminComesBackWithItsRuleId() {
    fabrikam.accept(northwind.sendDelegatedAdminInvitation(FABRIKAM).getId());
    DelegatedAdminInvitation rival = sandbox.partner(ADATUM).sendDelegatedAdminInvitation(FABRIKAM);

    assertThatThrownBy(() -> fabrikam.accept(rival.getId()))
        .isInstanceOfSatisfying(
            SandboxException.class,
            e -> {
              assertThat(e.getStatus()).isEqualTo(409);
              assertThat(e.getRuleIds()).containsExactly("DA-2");
              assertThat(e.getDescription())
                  .hasValueSatisfying(d -> assertThat(d).startsWith("DA-2: Customer " + FABRIKAM));
            });
    fabrikam.revokeDelegation(NORTHWIND);
    fabrikam.accept(rival.getId());
    assertThat(fabrikam.delegatedAdmins()).containsExactly(ADATUM);
  }

  @Test
  void aResellerInvitationAcceptedMakesThePartnerTheReseller_underTheModernPolicy() {
    try (PartnerSandbox modern = PartnerSandbox.builder().policy(ProgramPolicy.modern()).start()) {
      Offer sent = modern.partner(ADATUM).send(resellerInvitation("adatum-reseller-1"));
      assertThat(sent).isInstanceOf(ResellerInvitation.class);
      assertThat(nce1(modern)).contains("NCE-1");

      Offer accepted = modern.customer(FABRIKAM).accept(sent.getId());

      assertThat(accepted.getStatus()).isEqualTo(OfferStatus.ACCEPTED);
      assertThat(nce1(modern)).doesNotContain("NCE-1");
    }
  }

  @Test
  void aResellerInvitationIsRefusedUnderTheSeedPolicyWithPolicy1() {
    assertThatThrownBy(() -> sandbox.partner(ADATUM).send(resellerInvitation("adatum-reseller-2")))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getRuleIds()).containsExactly("POLICY-1"));
  }

  private ResellerInvitation resellerInvitation(String id) {
    Instant now = sandbox.clock().instant();
    return ResellerInvitation.builder()
        .id(InvitationId.of(id))
        .partner(ADATUM)
        .customer(FABRIKAM)
        .sentAt(now)
        .expiresAt(now.plus(Duration.ofDays(90)))
        .build();
  }

  /** The rule ids that deny Adatum a purchase for Fabrikam now. */
  private static Set<String> nce1(PartnerSandbox s) {
    return s.program()
        .decide(
            new Action.Purchase(
                SubscriptionId.of("s1"),
                ADATUM,
                FABRIKAM,
                Samples.EXCHANGE_ONLINE,
                10,
                Optional.of(Term.P1M),
                Optional.of(BillingCycle.MONTHLY),
                false,
                Optional.empty()),
            s.clock().instant())
        .getRuleIds();
  }

  @Test
  void anInvitationExpiresWhenTheClockPassesItsValidity() {
    DelegatedAdminInvitation sent = northwind.sendDelegatedAdminInvitation(FABRIKAM);

    sandbox.clock().advance(Duration.ofDays(91));

    assertThat(fabrikam.pendingInvitations()).isEmpty();
    assertThat(northwind.invitation(sent.getId()).getStatus()).isEqualTo(OfferStatus.EXPIRED);
    assertThatThrownBy(() -> fabrikam.accept(sent.getId()))
        .isInstanceOfSatisfying(
            SandboxException.class,
            e -> assertThat(e.getRuleIds()).containsExactlyInAnyOrder("OFFER-9", "OFFER-8"));
  }

  @Test
  void declinedAndRevokedInvitationsGiveNothing() {
    Offer declined = fabrikam.decline(northwind.sendDelegatedAdminInvitation(FABRIKAM).getId());
    Offer revoked = northwind.revoke(northwind.sendDelegatedAdminInvitation(FABRIKAM).getId());

    assertThat(declined.getStatus()).isEqualTo(OfferStatus.DECLINED);
    assertThat(revoked.getStatus()).isEqualTo(OfferStatus.REVOKED);
    assertThat(fabrikam.delegatedAdmins()).isEmpty();
    assertThat(northwind.invitations()).hasSize(2);
  }

  @Test
  void aPurchaseOfferAndAnyOfferOfTheSamplesCanBeSent() {
    PurchaseOffer offer =
        northwind.sendPurchaseOffer(
            FABRIKAM,
            List.of(OfferLine.of(Samples.OFFICE_365_E3, 10)),
            BillingCycle.MONTHLY,
            false);
    fabrikam.accept(offer.getId());
    Offer sample = northwind.send(Samples.TRIAL_INVITATION);

    assertThat(sample.getId()).isEqualTo(Samples.TRIAL_INVITATION.getId());
    assertThat(sandbox.program().subscriptions(FABRIKAM, sandbox.clock().instant()))
        .extracting(Subscription::getLicenses)
        .containsExactly(10);
    assertThatThrownBy(() -> sandbox.partner(ADATUM).send(Samples.TRIAL_INVITATION))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                northwind.sendPurchaseOffer(
                    FABRIKAM,
                    List.of(OfferLine.of(Samples.TEAMS_ESSENTIALS, 1)),
                    BillingCycle.ANNUAL,
                    false))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getRuleIds()).containsExactly("OFFER-6"));
  }

  @Test
  void theCustomerChoosesItsPartnerOfRecord() {
    assertThat(fabrikam.partnerOfRecord()).isEmpty();

    assertThat(fabrikam.designatePartnerOfRecord(ADATUM).getPartner()).isEqualTo(ADATUM);
    assertThat(fabrikam.partnerOfRecord())
        .hasValueSatisfying(p -> assertThat(p.getPartner()).isEqualTo(ADATUM));
    assertThat(sandbox.client(ADATUM).customers().get(FABRIKAM).id()).contains(FABRIKAM.toString());
    fabrikam.removePartnerOfRecord();

    assertThat(fabrikam.partnerOfRecord()).isEmpty();
    assertThatThrownBy(() -> fabrikam.designatePartnerOfRecord(Samples.PROSEWARE_CHINA.getId()))
        .isInstanceOfSatisfying(
            SandboxException.class, e -> assertThat(e.getRuleIds()).containsExactly("POR-5"));
  }

  @Test
  void aCustomerAlwaysFilesItsOwnServiceRequest() {
    assertThat(fabrikam.fileServiceRequest("Mail is slow").getFiledBy()).isEmpty();
    assertThat(sandbox.program().customer(FABRIKAM).orElseThrow().serviceRequests()).hasSize(1);
  }

  @Test
  void theResellerInvitationLinkOfAnotherHostIsNotFollowed() {
    assertThatThrownBy(
            () ->
                fabrikam.acceptResellerInvitation(
                    java.net.URI.create(
                        "https://admin.microsoft.com/Adminportal/Home?partnerId=x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
