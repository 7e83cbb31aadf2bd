package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules' reasons name the parties they are about as typed ids, so that a portal can tell which
 * customer, partner, invitation or relationship a denial concerns without reading its text.
 */
class ReasonPartiesTest {
  private static final PartnerId NORTHWIND = PartnerId.of("northwind");
  private static final PartnerId ADATUM = PartnerId.of("adatum");
  private static final PartnerId CHINA = PartnerId.of("china");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  private static final Instant T = TestWorld.START;

  private static PartnerProgram world(ProgramPolicy policy, Program... programs) {
    PartnerProgram program = PartnerProgram.create(TestWorld.CATALOG, policy);
    program.apply(
        new Action.RegisterPartner(TestWorld.partner("northwind", Cloud.GLOBAL, programs)), T);
    program.apply(
        new Action.RegisterPartner(TestWorld.partner("adatum", Cloud.GLOBAL, programs)), T);
    program.apply(
        new Action.RegisterPartner(TestWorld.partner("china", Cloud.CHINA_21VIANET, programs)), T);
    program.apply(new Action.RegisterCustomer(TestWorld.customer("fabrikam", Cloud.GLOBAL)), T);
    return program;
  }

  private static Reason only(Outcome outcome, Rule rule) {
    return outcome.decision().getReasons().stream()
        .filter(r -> r.rule() == rule)
        .findFirst()
        .orElseThrow(() -> new AssertionError(rule + " not in " + outcome.decision()));
  }

  @Test
  void anAnswerByTheWrongPartyNamesTheInvitationItsSenderAndItsAddressee() {
    PartnerProgram program = world(ProgramPolicy.seed(), Program.CLOUD_ESSENTIALS);
    InvitationId d1 = InvitationId.of("d1");
    program.apply(new Action.SendDelegatedAdminInvitation(d1, NORTHWIND, FABRIKAM), T);

    Reason reason =
        only(program.apply(new Action.Accept(d1, Actor.partner(ADATUM)), T), Rule.OFFER_8);

    assertThat(reason.subject()).isEqualTo("invitation d1");
    assertThat(reason.invitation()).contains(d1);
    assertThat(reason.partner()).contains(NORTHWIND);
    assertThat(reason.customer()).contains(FABRIKAM);
    assertThat(reason.relationship()).isEmpty();
  }

  @Test
  void aSecondDelegatedAdminNamesTheCustomerAndTheAdminItAlreadyHas() {
    PartnerProgram program = world(ProgramPolicy.seed(), Program.CLOUD_ESSENTIALS);
    program.apply(
        new Action.SendDelegatedAdminInvitation(InvitationId.of("n1"), NORTHWIND, FABRIKAM), T);
    program.apply(
        new Action.SendDelegatedAdminInvitation(InvitationId.of("a1"), ADATUM, FABRIKAM), T);
    program.apply(new Action.Accept(InvitationId.of("n1"), Actor.customer(FABRIKAM)), T);

    Reason reason =
        only(
            program.apply(new Action.Accept(InvitationId.of("a1"), Actor.customer(FABRIKAM)), T),
            Rule.DA_2);

    assertThat(reason.subject()).isEqualTo("customer " + FABRIKAM);
    assertThat(reason.customer()).contains(FABRIKAM);
    assertThat(reason.partner()).contains(NORTHWIND);
    assertThat(program.mayAcceptDelegatedAdmin(FABRIKAM, ADATUM, T).getReasons())
        .singleElement()
        .satisfies(r -> assertThat(r.partner()).contains(NORTHWIND));
  }

  @Test
  void aCloudMismatchNamesTheCustomerAndThePartner() {
    PartnerProgram program = world(ProgramPolicy.seed(), Program.CLOUD_ESSENTIALS);

    Reason reason =
        only(
            program.apply(
                new Action.SendDelegatedAdminInvitation(InvitationId.of("c1"), CHINA, FABRIKAM), T),
            Rule.CLOUD_4);

    assertThat(reason.subject()).isEqualTo("customer " + FABRIKAM);
    assertThat(reason.customer()).contains(FABRIKAM);
    assertThat(reason.partner()).contains(CHINA);
  }

  @Test
  void aRelationshipsReasonNamesItItsPartnerAndItsCustomer() {
    PartnerProgram program = world(ProgramPolicy.modern(), Program.CSP_DIRECT);
    RelationshipId r1 = RelationshipId.of("r1");
    program.apply(
        new Action.CreateRelationship(
            r1,
            NORTHWIND,
            FABRIKAM,
            "Helpdesk",
            Duration.ofDays(30),
            Set.of(Role.HELPDESK_ADMINISTRATOR),
            Duration.ZERO),
        T);

    Reason reason =
        only(program.apply(new Action.LockForApproval(r1, Actor.partner(ADATUM)), T), Rule.GDAP_6);

    assertThat(reason.subject()).isEqualTo("relationship r1");
    assertThat(reason.relationship()).contains(r1);
    assertThat(reason.partner()).contains(NORTHWIND);
    assertThat(reason.customer()).contains(FABRIKAM);
  }

  @Test
  void anUnknownCustomerIsNamedAsTheCustomer() {
    PartnerProgram program = world(ProgramPolicy.seed(), Program.CLOUD_ESSENTIALS);
    CustomerId nobody = CustomerId.fromName("nobody");

    for (Action action :
        List.of(
            new Action.RevokeDelegation(nobody, NORTHWIND, Actor.customer(nobody)),
            new Action.RemovePartnerOfRecord(nobody, Actor.customer(nobody)),
            new Action.SendDelegatedAdminInvitation(InvitationId.of("x1"), NORTHWIND, nobody))) {
      assertThat(program.apply(action, T).decision().getReasons())
          .as("%s", action)
          .anySatisfy(r -> assertThat(r.customer()).contains(nobody));
    }
  }
}
