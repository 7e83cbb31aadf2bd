package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each message is written once: the same facts give the same sentence whichever rule or verb finds
 * them, and the reasons the engine gives for a race on a key are the rules' own.
 */
class MessagesTest {
  private static final PartnerId NORTHWIND = PartnerId.of("northwind");
  private static final PartnerId NOBODY_PARTNER = PartnerId.of("nobody");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  private static final CustomerId NOBODY = CustomerId.fromName("nobody");
  private static final Instant T = TestWorld.START;

  private static PartnerProgram world(ProgramPolicy policy, Program... programs) {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, policy);
    program.apply(
        new Action.RegisterPartner(TestWorld.partner("northwind", Cloud.GLOBAL, programs)), T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
    return program;
  }

  private static Action createRelationship(String id, CustomerId customer, String name) {
    return new Action.CreateRelationship(
        RelationshipId.of(id),
        NORTHWIND,
        customer,
        name,
        Duration.ofDays(30),
        Set.of(Role.HELPDESK_ADMINISTRATOR),
        Duration.ZERO);
  }

  @Test
  void anUnknownCustomerIsTheSameSentenceForEveryVerb() {
    PartnerProgram seed = world(ProgramPolicy.seed(), Program.CLOUD_ESSENTIALS);
    PartnerProgram modern = world(ProgramPolicy.modern(), Program.CSP_DIRECT);
    List<Outcome> outcomes =
        List.of(
            seed.apply(new Action.RevokeDelegation(NOBODY, NORTHWIND, Actor.customer(NOBODY)), T),
            seed.apply(
                new Action.DesignatePartnerOfRecord(NOBODY, NORTHWIND, Actor.customer(NOBODY)), T),
            seed.apply(new Action.RemovePartnerOfRecord(NOBODY, Actor.customer(NOBODY)), T),
            seed.apply(new Action.SubmitServiceRequest(NOBODY, Actor.customer(NOBODY), "help"), T),
            seed.apply(new Action.PerformAdminTask(NORTHWIND, NOBODY, AdminTask.ADD_USER), T),
            seed.apply(
                new Action.SendDelegatedAdminInvitation(InvitationId.of("d1"), NORTHWIND, NOBODY),
                T),
            seed.apply(
                new Action.PlaceOrder(
                    NORTHWIND,
                    NOBODY,
                    List.of(OrderLine.of(SubscriptionId.of("s1"), TestWorld.EXCHANGE, 1)),
                    BillingCycle.MONTHLY),
                T),
            modern.apply(createRelationship("r1", NOBODY, "Helpdesk"), T));

    for (Outcome outcome : outcomes) {
      assertThat(outcome.decision().getReasons())
          .as("%s", outcome.decision())
          .extracting(Reason::message)
          .contains("No customer " + NOBODY + " is registered.");
    }
    assertThat(seed.mayAcceptDelegatedAdmin(NOBODY, NORTHWIND, T).getReasons())
        .singleElement()
        .isEqualTo(Messages.unknownCustomer(Rule.DA_1, NOBODY));
  }

  @Test
  void anUnknownPartnerIsTheSameSentenceForEveryVerb() {
    PartnerProgram seed = world(ProgramPolicy.seed(), Program.CLOUD_ESSENTIALS);
    PartnerProgram modern = world(ProgramPolicy.modern(), Program.CSP_DIRECT);
    List<Outcome> outcomes =
        List.of(
            seed.apply(new Action.Enroll(NOBODY_PARTNER, Program.CLOUD_ESSENTIALS), T),
            seed.apply(new Action.SignAgreement(NOBODY_PARTNER), T),
            seed.apply(
                new Action.DesignatePartnerOfRecord(
                    FABRIKAM, NOBODY_PARTNER, Actor.customer(FABRIKAM)),
                T),
            seed.apply(
                new Action.SendDelegatedAdminInvitation(
                    InvitationId.of("d1"), NOBODY_PARTNER, FABRIKAM),
                T),
            seed.apply(
                new Action.PlaceOrder(
                    NOBODY_PARTNER,
                    FABRIKAM,
                    List.of(OrderLine.of(SubscriptionId.of("s1"), TestWorld.EXCHANGE, 1)),
                    BillingCycle.MONTHLY),
                T),
            modern.apply(
                new Action.CreateRelationship(
                    RelationshipId.of("r1"),
                    NOBODY_PARTNER,
                    FABRIKAM,
                    "Helpdesk",
                    Duration.ofDays(30),
                    Set.of(Role.HELPDESK_ADMINISTRATOR),
                    Duration.ZERO),
                T));

    for (Outcome outcome : outcomes) {
      assertThat(outcome.decision().getReasons())
          .as("%s", outcome.decision())
          .extracting(Reason::message)
          .contains("No partner nobody is registered.");
    }
  }

  @Test
  void anInvitationIdInUseIsTheReasonTheEngineGivesForARace() {
    PartnerProgram program = world(ProgramPolicy.seed(), Program.CLOUD_ESSENTIALS);
    InvitationId d1 = InvitationId.of("d1");
    program.apply(new Action.SendDelegatedAdminInvitation(d1, NORTHWIND, FABRIKAM), T);

    Decision again =
        program
            .apply(new Action.SendDelegatedAdminInvitation(d1, NORTHWIND, FABRIKAM), T)
            .decision();

    assertThat(again.getReasons()).containsExactly(Messages.invitationIdInUse(d1));
    assertThat(Messages.invitationIdInUse(d1))
        .hasToString(
            "OFFER-8 invitation d1: Invitation id d1 is already in use; give the new invitation its"
                + " own id.");
  }

  @Test
  void aRelationshipIdOrNameInUseIsTheReasonTheEngineGivesForARace() {
    PartnerProgram program = world(ProgramPolicy.modern(), Program.CSP_DIRECT);
    program.apply(createRelationship("r1", FABRIKAM, "Helpdesk"), T);

    assertThat(
            program.apply(createRelationship("r1", FABRIKAM, "Other"), T).decision().getReasons())
        .containsExactly(Messages.relationshipIdInUse(RelationshipId.of("r1")));
    assertThat(
            program
                .apply(createRelationship("r2", FABRIKAM, "Helpdesk"), T)
                .decision()
                .getReasons())
        .containsExactly(Messages.displayNameTaken(RelationshipId.of("r2"), NORTHWIND, "Helpdesk"));
    assertThat(Messages.relationshipIdInUse(RelationshipId.of("r1")))
        .hasToString(
            "GDAP-6 relationship r1: Relationship id r1 is already in use; a new relationship needs"
                + " its own id.");
    assertThat(Messages.displayNameTaken(RelationshipId.of("r2"), NORTHWIND, "Helpdesk"))
        .hasToString(
            "GDAP-2 relationship r2: Partner northwind already has a relationship named"
                + " \"Helpdesk\"; display names are unique per partner.")
        .satisfies(r -> assertThat(r.partner()).contains(NORTHWIND));
  }

  @Test
  void certificationNeedsTheSameSentenceForAnInvitationAndForARelationship() {
    PartnerProgram modern = world(ProgramPolicy.modern());

    Decision invitation =
        modern
            .apply(
                new Action.SendDelegatedAdminInvitation(InvitationId.of("d1"), NORTHWIND, FABRIKAM),
                T)
            .decision();
    Decision relationship =
        modern.apply(createRelationship("r1", FABRIKAM, "Helpdesk"), T).decision();

    Reason fromInvitation =
        invitation.getReasons().stream().filter(r -> r.rule() == Rule.ELIG_2).findFirst().get();
    Reason fromRelationship =
        relationship.getReasons().stream().filter(r -> r.rule() == Rule.ELIG_2).findFirst().get();
    assertThat(fromRelationship).isEqualTo(fromInvitation);
    assertThat(fromRelationship.message()).endsWith(" under the modern policy.");
    assertThat(invitation.getReasons())
        .filteredOn(r -> r.rule() == Rule.ELIG_1)
        .extracting(Reason::message)
        .containsExactly(
            "Partner northwind is not certified for delegated administration, so it cannot offer"
                + " the delegated-admin option; drop the option or certify the partner first.");
    assertThat(relationship.getReasons())
        .filteredOn(r -> r.rule() == Rule.ELIG_1)
        .extracting(Reason::message)
        .containsExactly(
            "Partner northwind is not certified for delegated administration, so it cannot ask for"
                + " a granular relationship.");
  }
}
