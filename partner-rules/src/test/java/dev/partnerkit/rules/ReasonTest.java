package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.rules.internal.About;
import org.junit.jupiter.api.Test;

/** A reason names its parties as typed ids and keeps its text for people as it was. */
class ReasonTest {
  private static final PartnerId NORTHWIND = PartnerId.of("northwind");
  private static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");

  @Test
  void aReasonMadeFromTextNamesNoTypedParty() {
    Reason reason = new Reason(Rule.DA_2, "Only one.", "customer fabrikam");

    assertThat(reason.subject()).isEqualTo("customer fabrikam");
    assertThat(reason.partner()).isEmpty();
    assertThat(reason.customer()).isEmpty();
    assertThat(reason.invitation()).isEmpty();
    assertThat(reason.relationship()).isEmpty();
    assertThat(reason.subscription()).isEmpty();
    assertThat(reason).hasToString("DA-2 customer fabrikam: Only one.");
    assertThat(Decision.denied(Rule.DA_2, "Only one.", "customer fabrikam"))
        .isEqualTo(Decision.denied(reason));
  }

  @Test
  void theSubjectsTextAndItsTypedIdComeFromTheSameId() {
    assertThat(About.partner(NORTHWIND).reason(Rule.ELIG_1, "m"))
        .satisfies(
            r -> {
              assertThat(r.subject()).isEqualTo("partner northwind");
              assertThat(r.partner()).contains(NORTHWIND);
              assertThat(r.customer()).isEmpty();
            });
    assertThat(About.customer(FABRIKAM).reason(Rule.DA_5, "m").subject())
        .isEqualTo("customer " + FABRIKAM);
    assertThat(About.invitation(InvitationId.of("t1")).reason(Rule.OFFER_8, "m").invitation())
        .contains(InvitationId.of("t1"));
    assertThat(About.relationship(RelationshipId.of("r1")).reason(Rule.GDAP_6, "m").relationship())
        .contains(RelationshipId.of("r1"));
    assertThat(About.subscription(SubscriptionId.of("s1")).reason(Rule.OFFER_4, "m").subscription())
        .contains(SubscriptionId.of("s1"));
    assertThat(About.policy(ProgramPolicy.seed()).reason(Rule.POLICY_1, "m"))
        .hasToString("POLICY-1 policy seed: m");
  }

  @Test
  void otherPartiesJoinWithoutChangingTheSubject() {
    Reason reason =
        About.invitation(InvitationId.of("t1"))
            .and(NORTHWIND)
            .and(FABRIKAM)
            .reason(Rule.OFFER_8, "Only the addressee answers.");

    assertThat(reason.subject()).isEqualTo("invitation t1");
    assertThat(reason.invitation()).contains(InvitationId.of("t1"));
    assertThat(reason.partner()).contains(NORTHWIND);
    assertThat(reason.customer()).contains(FABRIKAM);
    assertThat(reason).hasToString("OFFER-8 invitation t1: Only the addressee answers.");
  }
}
