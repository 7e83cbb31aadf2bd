package dev.partnerkit.rules;

import static dev.partnerkit.rules.NewCommerceTest.assertAllowed;
import static dev.partnerkit.rules.NewCommerceTest.assertDenied;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.TrialTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OFFER-7 for trial invitations: a catalog may give an add-on a trial (SCENARIOS.md's own catalog
 * example does), and its prerequisite is then needed as for a purchase offer, when the invitation
 * is sent and again when it is accepted.
 */
class TrialAddOnTest {
  private static final Instant T = TestWorld.START;
  private static final ServiceId BASE = ServiceId.of("BASE");
  private static final ServiceId ADD_ON = ServiceId.of("ADD_ON");
  private static final PartnerId NORTHWIND = PartnerId.of("northwind");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  private static final Actor BY_FABRIKAM = Actor.customer(FABRIKAM);

  private PartnerProgram program;

  @BeforeEach
  void setUp() {
    ServiceCatalog catalog =
        ServiceCatalog.of(List.of(service(BASE).build(), service(ADD_ON).addOnTo(BASE).build()));
    program = PartnerProgram.create(catalog, ProgramPolicy.seed());
    Partner northwind =
        Partner.builder()
            .from(TestWorld.partner("northwind", Cloud.GLOBAL, Program.CLOUD_ESSENTIALS))
            .authorizedServices(catalog.byId().keySet())
            .build();
    program.apply(new Action.RegisterPartner(northwind), T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
  }

  private static dev.partnerkit.model.ImmutableService.Builder service(ServiceId id) {
    return Service.builder()
        .id(id)
        .name(id.value())
        .minLicenses(1)
        .maxLicenses(300)
        .billingCycles(EnumSet.of(BillingCycle.MONTHLY))
        .trial(TrialTerms.of(30, 25));
  }

  private Outcome invite(String id, ServiceId... services) {
    return program.apply(
        new Action.SendTrialInvitation(
            InvitationId.of(id), NORTHWIND, FABRIKAM, List.of(services), false),
        T);
  }

  @Test
  void anAddOnsTrialAlone_isDeniedWithOffer7_andWithItsPrerequisiteIsAllowed() {
    assertDenied(invite("t1", ADD_ON), "OFFER-7");

    assertAllowed(invite("t2", BASE, ADD_ON));
    assertAllowed(program.apply(new Action.Accept(InvitationId.of("t2"), BY_FABRIKAM), T));
  }

  @Test
  void anAddOnsTrialWhosePrerequisiteLapsedBeforeAcceptance_isDeniedWithOffer7() {
    assertAllowed(invite("t1", BASE));
    assertAllowed(program.apply(new Action.Accept(InvitationId.of("t1"), BY_FABRIKAM), T));
    assertAllowed(invite("t2", ADD_ON));

    Instant afterTheBaseTrial = T.plus(Duration.ofDays(31));
    assertDenied(
        program.apply(new Action.Accept(InvitationId.of("t2"), BY_FABRIKAM), afterTheBaseTrial),
        "OFFER-7");
  }
}
