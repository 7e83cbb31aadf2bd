package dev.partnerkit.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A customer's state survives its JSON document unchanged; runs without a database. */
class StateCodecTest {
  static final PartnerId P = PartnerId.of("northwind");
  static final CustomerId C = CustomerId.fromName("fabrikam");

  @Test
  void aRichStateReadsBackEqualAndInTheSameOrder() {
    PartnerProgram program = PartnerProgram.create(Fixtures.CATALOG, ProgramPolicy.modern());
    Instant t = Fixtures.START.plusNanos(123_456_789);
    List<Action> actions =
        List.of(
            new Action.RegisterPartner(Fixtures.partner("northwind")),
            new Action.RegisterCustomer(Fixtures.customer("fabrikam")),
            new Action.SendTrialInvitation(
                InvitationId.of("t1"), P, C, List.of(Fixtures.EXCHANGE), true),
            new Action.Accept(InvitationId.of("t1"), Actor.customer(C)),
            new Action.SendPurchaseOffer(
                InvitationId.of("o1"),
                P,
                C,
                List.of(OfferLine.of(Fixtures.E3, 12)),
                BillingCycle.ANNUAL,
                false,
                Optional.of(InvitationId.of("t1")),
                Optional.of(Money.of(new BigDecimal("99.50"), "EUR"))),
            new Action.Accept(InvitationId.of("o1"), Actor.customer(C)),
            new Action.SendDelegatedAdminInvitation(InvitationId.of("d1"), P, C),
            new Action.Decline(InvitationId.of("d1"), Actor.customer(C)),
            new Action.DesignatePartnerOfRecord(C, P, Actor.customer(C)),
            new Action.SubmitServiceRequest(C, Actor.partner(P), "Mail flow is down"),
            new Action.CreateRelationship(
                RelationshipId.of("r1"),
                P,
                C,
                "Support",
                Duration.ofDays(730),
                Set.of(Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR),
                Duration.ofDays(180)),
            new Action.LockForApproval(RelationshipId.of("r1"), Actor.partner(P)),
            new Action.ApproveRelationship(RelationshipId.of("r1"), Actor.customer(C)),
            new Action.AssignAccess(
                RelationshipId.of("r1"),
                Actor.partner(P),
                "helpdesk",
                Set.of(Role.HELPDESK_ADMINISTRATOR)),
            new Action.RevokeDelegation(C, P, Actor.customer(C)),
            new Action.AddReseller(P, C),
            new Action.AcceptCustomerAgreement(C, Actor.customer(C), Fixtures.START),
            new Action.Purchase(
                SubscriptionId.of("n1"),
                P,
                C,
                Fixtures.E3,
                10,
                Optional.of(Term.P1Y),
                Optional.of(BillingCycle.MONTHLY),
                false,
                Optional.empty()),
            new Action.ChangeSeats(C, SubscriptionId.of("n1"), Actor.partner(P), 12),
            new Action.ScheduleChange(
                C,
                SubscriptionId.of("n1"),
                Actor.partner(P),
                ScheduledChange.builder().term(Term.P3Y).build()));
    for (Action action : actions) {
      assertThat(program.apply(action, t).isAllowed()).as(action.toString()).isTrue();
      t = t.plusSeconds(1);
    }
    CustomerState state = program.customer(C).orElseThrow();
    assertThat(state.grants()).hasSize(1);
    assertThat(state.partnerOfRecord()).isPresent();
    assertThat(state.resellers()).containsExactly(P);
    assertThat(state.customerAgreement()).isPresent();

    CustomerState read = StateCodec.decode(StateCodec.encode(state));

    assertThat(read).isEqualTo(state);
    assertThat(List.copyOf(read.offers().keySet()))
        .containsExactlyElementsOf(state.offers().keySet());
    assertThat(List.copyOf(read.subscriptions().values()))
        .containsExactlyElementsOf(state.subscriptions().values());
    assertThat(StateCodec.decodePartner(StateCodec.encode(program.partner(P).orElseThrow())))
        .isEqualTo(program.partner(P).orElseThrow());
  }

  @Test
  void aNewCustomersStateReadsBackEqual() {
    CustomerState state = CustomerState.of(Fixtures.customer("tailspin"));
    assertThat(StateCodec.decode(StateCodec.encode(state))).isEqualTo(state);
  }

  @Test
  void aDocumentWithoutACustomerIsRefused() {
    assertThatThrownBy(() -> StateCodec.decode("{\"offers\": []}"))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("customer");
    assertThatThrownBy(() -> StateCodec.decode("{\"customer\": 5}"))
        .isInstanceOf(JsonException.class);
  }
}
