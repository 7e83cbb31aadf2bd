package dev.partnerkit.rules;

import static dev.partnerkit.rules.NewCommerceTest.ADATUM;
import static dev.partnerkit.rules.NewCommerceTest.BASIC;
import static dev.partnerkit.rules.NewCommerceTest.FABRIKAM;
import static dev.partnerkit.rules.NewCommerceTest.NORTHWIND;
import static dev.partnerkit.rules.NewCommerceTest.T;
import static dev.partnerkit.rules.NewCommerceTest.assertAllowed;
import static dev.partnerkit.rules.NewCommerceTest.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reseller invitation (NCE-1) through {@link PartnerProgram}: Adatum, not yet Fabrikam's
 * reseller, asks to become one; Fabrikam's acceptance, and nothing else, lets it buy.
 */
class ResellerInvitationTest {
  static final InvitationId INVITE = InvitationId.of("adatum-reseller-1");
  static final SubscriptionId S1 = SubscriptionId.of("s1");
  static final Actor BY_FABRIKAM = Actor.customer(FABRIKAM);

  PartnerProgram program;

  @BeforeEach
  void setUp() {
    program = NewCommerceTest.world(dev.partnerkit.rules.ProgramPolicy.modern());
  }

  Outcome adatumBuys() {
    return program.apply(
        new Action.Purchase(
            S1,
            ADATUM,
            FABRIKAM,
            BASIC,
            10,
            Optional.of(Term.P1M),
            Optional.of(BillingCycle.MONTHLY),
            false,
            Optional.empty()),
        T);
  }

  Outcome invite() {
    return program.apply(new Action.SendResellerInvitation(INVITE, ADATUM, FABRIKAM), T);
  }

  @Test
  void accepted_makesThePartnerTheReseller_soItsPurchaseIsAllowed() {
    assertAllowed(invite());
    assertThat(program.offer(INVITE, T))
        .get()
        .isInstanceOf(ResellerInvitation.class)
        .satisfies(o -> assertThat(o.isDelegatedAdmin()).isFalse());

    assertAllowed(program.apply(new Action.Accept(INVITE, BY_FABRIKAM), T));

    assertAllowed(adatumBuys());
    assertThat(program.offer(INVITE, T).orElseThrow().getStatus()).isEqualTo(OfferStatus.ACCEPTED);
  }

  @Test
  void pending_isNoRelationshipYet_thePurchaseIsDeniedWithNce1() {
    assertAllowed(invite());

    assertDenied(adatumBuys(), "NCE-1");
  }

  @Test
  void declined_leavesThePartnerOutside_thePurchaseIsDeniedWithNce1() {
    assertAllowed(invite());
    assertAllowed(program.apply(new Action.Decline(INVITE, BY_FABRIKAM), T));

    assertDenied(adatumBuys(), "NCE-1");
  }

  @Test
  void onlyTheCustomerAccepts_whileItIsPending() {
    assertAllowed(invite());

    assertDenied(program.apply(new Action.Accept(INVITE, Actor.partner(ADATUM)), T), "OFFER-8");
    assertDenied(
        program.apply(
            new Action.Accept(INVITE, BY_FABRIKAM),
            T.plus(ProgramPolicy.modern().getInvitationValidity()).plus(Duration.ofDays(1))),
        "OFFER-9");
    assertDenied(adatumBuys(), "NCE-1");
  }

  @Test
  void revokedBySender_cannotBeAccepted() {
    assertAllowed(invite());
    assertAllowed(program.apply(new Action.Revoke(INVITE, Actor.partner(ADATUM)), T));

    assertDenied(program.apply(new Action.Accept(INVITE, BY_FABRIKAM), T), "OFFER-8");
  }

  @Test
  void seedPolicy_deniesItWithPolicy1() {
    PartnerProgram seed = NewCommerceTest.world(ProgramPolicy.seed());

    Outcome outcome = seed.apply(new Action.SendResellerInvitation(INVITE, ADATUM, FABRIKAM), T);

    assertThat(outcome.decision().getRuleIds()).containsExactly("POLICY-1");
    assertThat(seed.offer(INVITE, T)).isEmpty();
  }

  @Test
  void itsIdIsUniqueAmongInvitations_andItsPartiesAreRegistered() {
    assertAllowed(invite());

    assertDenied(
        program.apply(new Action.SendResellerInvitation(INVITE, NORTHWIND, FABRIKAM), T),
        "OFFER-8");
    assertDenied(
        program.apply(
            new Action.SendResellerInvitation(
                InvitationId.of("to-nobody"), ADATUM, CustomerId.fromName("nobody")),
            T),
        "NCE-1");
  }

  @Test
  void aCustomerInAnotherCloud_cannotBeInvited() {
    program.apply(
        new Action.RegisterCustomer(TestWorld.customer("contoso-cn", Cloud.CHINA_21VIANET)), T);

    assertDenied(
        program.apply(
            new Action.SendResellerInvitation(
                InvitationId.of("to-china"), ADATUM, CustomerId.fromName("contoso-cn")),
            T),
        "CLOUD-4");
  }
}
