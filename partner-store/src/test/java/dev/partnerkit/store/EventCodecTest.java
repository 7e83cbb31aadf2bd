package dev.partnerkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.OrderLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventCodecTest {
  /** A roleDefinitionId outside GDAP-12's table. */
  private static final Role UNNAMED_ROLE =
      Role.of(java.util.UUID.fromString("7c1e9a3b-5d2f-4b8e-a6c4-0e2d4f6a8b1c"));

  static final PartnerId P = PartnerId.of("northwind");
  static final CustomerId C = CustomerId.fromName("fabrikam");
  static final InvitationId I = InvitationId.of("t1");
  static final RelationshipId R = RelationshipId.of("r1");
  static final SubscriptionId S = SubscriptionId.of("3b1e2c4d-0000-4000-8000-000000000001");
  static final OrderId ORDER = OrderId.of("9c6a7f0e-0000-4000-8000-000000000002");

  /** One action of every kind except registration, which carries whole model values. */
  static List<Action> samples() {
    return List.of(
        new Action.SignAgreement(P),
        new Action.Enroll(P, Program.CLOUD_ESSENTIALS),
        new Action.Withdraw(P, Program.CSP_DIRECT),
        new Action.SendTrialInvitation(I, P, C, List.of(ServiceId.of("EXCHANGE_ONLINE")), true),
        new Action.SendPurchaseOffer(
            I,
            P,
            C,
            List.of(OfferLine.of(ServiceId.of("OFFICE_365_E3"), 10)),
            BillingCycle.ANNUAL,
            false,
            Optional.of(InvitationId.of("t0")),
            Optional.of(Money.of(new BigDecimal("99.50"), "EUR"))),
        new Action.SendDelegatedAdminInvitation(I, P, C),
        new Action.Accept(I, Actor.customer(C)),
        new Action.Decline(I, Actor.partner(P)),
        new Action.Revoke(I, Actor.partner(P)),
        new Action.RevokeDelegation(C, P, Actor.customer(C)),
        new Action.RelinquishDelegation(C, Actor.partner(P)),
        new Action.DesignatePartnerOfRecord(C, P, Actor.customer(C)),
        new Action.RemovePartnerOfRecord(C, Actor.customer(C)),
        new Action.PerformAdminTask(P, C, AdminTask.MIGRATE_DATA),
        new Action.SubmitServiceRequest(C, Actor.customer(C), "Mail flow is down"),
        new Action.CreateRelationship(
            R,
            P,
            C,
            "Northwind support",
            Duration.ofDays(730),
            Set.of(Role.USER_ADMINISTRATOR),
            Duration.ofDays(180)),
        new Action.UpdateRelationship(
            R,
            Actor.partner(P),
            Optional.of("renamed"),
            Optional.empty(),
            Optional.of(Set.of(Role.HELPDESK_ADMINISTRATOR)),
            Optional.of(Duration.ZERO)),
        new Action.LockForApproval(R, Actor.partner(P)),
        new Action.ApproveRelationship(R, Actor.customer(C)),
        new Action.DeleteRelationship(R, Actor.partner(P)),
        new Action.TerminateRelationship(R, Actor.customer(C)),
        new Action.RemoveRole(R, Actor.partner(P), Role.GLOBAL_ADMINISTRATOR),
        new Action.AssignAccess(
            R, Actor.partner(P), "Helpdesk agents", Set.of(Role.HELPDESK_ADMINISTRATOR)),
        new Action.AssignAccess(
            R, Actor.partner(P), "Readers", Set.of(Role.DIRECTORY_READERS, UNNAMED_ROLE)),
        new Action.PlaceOrder(
            P,
            C,
            List.of(OrderLine.of(S, ServiceId.of("EXCHANGE_ONLINE"), 10)),
            BillingCycle.MONTHLY),
        new Action.PlaceOrder(
            P,
            C,
            List.of(OrderLine.of(S, ServiceId.of("EXCHANGE_ONLINE"), 10)),
            BillingCycle.ANNUAL,
            Optional.of(ORDER)),
        new Action.StartTrials(P, C, List.of(OrderLine.of(S, ServiceId.of("OFFICE_365_E3"), 25))),
        new Action.StartTrials(
            P, C, List.of(OrderLine.of(S, ServiceId.of("OFFICE_365_E3"), 25)), Optional.of(ORDER)),
        new Action.ChangeLicenses(P, C, S, 40),
        new Action.ConvertTrial(P, C, S, ServiceId.of("OFFICE_365_E3"), 30, BillingCycle.ANNUAL),
        new Action.ConvertTrial(
            P,
            C,
            S,
            ServiceId.of("OFFICE_365_E5"),
            30,
            BillingCycle.TRIENNIAL,
            Optional.of(Term.P3Y)),
        new Action.ResignPartnerOfRecord(C, Actor.partner(P)),
        new Action.AddReseller(P, C),
        new Action.RemoveReseller(P, C),
        new Action.SendResellerInvitation(I, P, C),
        new Action.AcceptCustomerAgreement(
            C, Actor.partner(P), Instant.parse("2026-02-27T09:00:00Z")),
        new Action.Purchase(
            S,
            P,
            C,
            ServiceId.of("OFFICE_365_E3"),
            10,
            Optional.of(Term.P1Y),
            Optional.of(BillingCycle.MONTHLY),
            false,
            Optional.empty()),
        new Action.Purchase(
            S,
            P,
            C,
            ServiceId.of("OFFICE_365_E3"),
            0,
            Optional.empty(),
            Optional.empty(),
            true,
            Optional.empty()),
        new Action.Purchase(
            S,
            P,
            C,
            ServiceId.of("OFFICE_365_E3"),
            0,
            Optional.empty(),
            Optional.empty(),
            true,
            Optional.of(ORDER)),
        new Action.ChangeSeats(C, S, Actor.partner(P), 12),
        new Action.CancelSubscription(C, S, Actor.partner(P)),
        new Action.SetAutoRenew(C, S, Actor.partner(P), false),
        new Action.ScheduleChange(
            C,
            S,
            Actor.partner(P),
            ScheduledChange.builder().seats(5).term(Term.P3Y).billing(BillingCycle.ANNUAL).build()),
        new Action.ChangeTerm(C, S, Actor.partner(P), Optional.of(Term.P3Y), Optional.empty()),
        new Action.Upgrade(
            C,
            S,
            Actor.partner(P),
            ServiceId.of("OFFICE_365_E5"),
            OptionalInt.of(4),
            Optional.empty(),
            Optional.of(SubscriptionId.of("3b1e2c4d-0000-4000-8000-000000000002"))),
        new Action.Upgrade(
            C,
            S,
            Actor.partner(P),
            ServiceId.of("OFFICE_365_E5"),
            OptionalInt.empty(),
            Optional.empty(),
            Optional.empty()),
        new Action.Suspend(C, S, Actor.partner(P)),
        new Action.Reactivate(C, S, Actor.partner(P)));
  }

  @Test
  void aConversionWrittenBeforeNewCommerceReadsWithNoTerm() {
    String line =
        EventCodec.encode(
            new Event(
                1,
                Instant.EPOCH,
                new Action.ConvertTrial(
                    P, C, S, ServiceId.of("OFFICE_365_E3"), 30, BillingCycle.ANNUAL)));
    String before = line.replace(",\"term\":null", "").replace(",\"term\":{}", "");

    assertThat(before).doesNotContain("term");
    assertThat(((Action.ConvertTrial) EventCodec.decode(before).action()).term()).isEmpty();
  }

  @Test
  void ordersWrittenBeforeOrderIdsReadWithNone() {
    List<Action> before =
        List.of(
            new Action.PlaceOrder(
                P,
                C,
                List.of(OrderLine.of(S, ServiceId.of("EXCHANGE_ONLINE"), 10)),
                BillingCycle.MONTHLY),
            new Action.StartTrials(P, C, List.of(OrderLine.of(S, ServiceId.of("E3"), 25))),
            new Action.Purchase(
                S,
                P,
                C,
                ServiceId.of("E3"),
                0,
                Optional.empty(),
                Optional.empty(),
                true,
                Optional.empty()));
    for (Action action : before) {
      String line = EventCodec.encode(new Event(1, Instant.EPOCH, action));
      String old = line.replace(",\"order\":null", "");

      assertThat(old).doesNotContain("\"order\"");
      assertThat(EventCodec.decode(old).action()).isEqualTo(action);
    }
  }

  @Test
  void everyActionKindRoundTripsOnOneLine() {
    Instant at = Instant.parse("2026-03-01T12:00:00Z");
    long sequence = 1;
    for (Action action : samples()) {
      Event event = new Event(sequence++, at, action);
      String line = EventCodec.encode(event);
      assertThat(line).doesNotContain("\n");
      assertThat(EventCodec.decode(line)).isEqualTo(event);
    }
    Set<ActionKind> covered = samples().stream().map(Action::kind).collect(Collectors.toSet());
    assertThat(covered)
        .containsAll(
            EnumSet.complementOf(
                EnumSet.of(ActionKind.REGISTER_PARTNER, ActionKind.REGISTER_CUSTOMER)));
  }

  @Test
  void theVerbIsNamedLikeTheScenarioFormat() {
    String line =
        EventCodec.encode(new Event(3, Instant.EPOCH, new Action.Accept(I, Actor.customer(C))));
    assertThat(line).contains("\"do\":\"accept\"").contains("\"type\":\"customer\"");
  }

  @Test
  void everyVerbIsWrittenUnderItsActionKindWireName() {
    for (Action action : samples()) {
      assertThat(EventCodec.encode(new Event(1, Instant.EPOCH, action)))
          .contains("\"do\":\"" + action.kind().getWireName() + "\"");
    }
  }

  @Test
  void theTwoVerbNamesOfEarlierJournalsAndDatabasesAreStillRead() {
    // Lines as the codec wrote them before the verbs took ActionKind's wire names.
    String adminTask =
        "{\"sequence\":7,\"at\":\"2026-03-01T12:00:00Z\",\"action\":{\"do\":\"performAdminTask\","
            + "\"partner\":\"northwind\",\"customer\":\""
            + C
            + "\",\"task\":\"MIGRATE_DATA\"}}";
    String serviceRequest =
        "{\"sequence\":8,\"at\":\"2026-03-01T12:00:00Z\",\"action\":{\"do\":\"submitServiceRequest\","
            + "\"customer\":\""
            + C
            + "\",\"by\":{\"type\":\"customer\",\"id\":\""
            + C
            + "\"},\"title\":\"Mail flow is down\"}}";
    Instant at = Instant.parse("2026-03-01T12:00:00Z");

    Event task = EventCodec.decode(adminTask);
    Event request = EventCodec.decode(serviceRequest);

    assertThat(task)
        .isEqualTo(new Event(7, at, new Action.PerformAdminTask(P, C, AdminTask.MIGRATE_DATA)));
    assertThat(request)
        .isEqualTo(
            new Event(
                8, at, new Action.SubmitServiceRequest(C, Actor.customer(C), "Mail flow is down")));
    // Written again, they take today's names.
    assertThat(EventCodec.encode(task)).contains("\"do\":\"adminTask\"");
    assertThat(EventCodec.encode(request)).contains("\"do\":\"serviceRequest\"");
  }

  @Test
  void rolesWrittenByTheirEnumNamesInEarlierJournalsAreStillRead() {
    // Lines as the codec wrote them while Role was an enum of five names (before GDAP-12).
    String create =
        "{\"sequence\":4,\"at\":\"2026-03-01T12:00:00Z\",\"action\":{\"do\":\"createRelationship\","
            + "\"id\":\""
            + R
            + "\",\"partner\":\"northwind\",\"customer\":\""
            + C
            + "\",\"displayName\":\"Northwind support\",\"duration\":\"P730D\","
            + "\"roles\":[\"GLOBAL_ADMINISTRATOR\",\"USER_ADMINISTRATOR\",\"HELPDESK_ADMINISTRATOR\","
            + "\"EXCHANGE_ADMINISTRATOR\",\"SERVICE_SUPPORT_ADMINISTRATOR\"],\"autoExtend\":\"PT0S\"}}";
    String remove =
        "{\"sequence\":5,\"at\":\"2026-03-01T12:00:00Z\",\"action\":{\"do\":\"removeRole\","
            + "\"id\":\""
            + R
            + "\",\"by\":{\"type\":\"partner\",\"id\":\"northwind\"},"
            + "\"role\":\"GLOBAL_ADMINISTRATOR\"}}";

    Action.CreateRelationship created =
        (Action.CreateRelationship) EventCodec.decode(create).action();
    Action.RemoveRole removed = (Action.RemoveRole) EventCodec.decode(remove).action();

    assertThat(created.roles())
        .containsExactlyInAnyOrder(
            Role.GLOBAL_ADMINISTRATOR,
            Role.USER_ADMINISTRATOR,
            Role.HELPDESK_ADMINISTRATOR,
            Role.EXCHANGE_ADMINISTRATOR,
            Role.SERVICE_SUPPORT_ADMINISTRATOR);
    assertThat(removed.role()).isSameAs(Role.GLOBAL_ADMINISTRATOR);
    // Written again, a named role keeps its name: the line reads the same to an earlier version.
    assertThat(EventCodec.encode(EventCodec.decode(remove))).isEqualTo(remove);
  }

  @Test
  void aRoleTheLibraryDoesNotNameIsWrittenByItsId() {
    String line =
        EventCodec.encode(
            new Event(6, Instant.EPOCH, new Action.RemoveRole(R, Actor.partner(P), UNNAMED_ROLE)));

    assertThat(line).contains("\"role\":\"" + UNNAMED_ROLE.getRoleDefinitionId() + "\"");
    assertThat(((Action.RemoveRole) EventCodec.decode(line).action()).role())
        .isEqualTo(UNNAMED_ROLE);
  }

  @Test
  void aTornOrForeignLineIsAClearError() {
    String line =
        EventCodec.encode(new Event(3, Instant.EPOCH, new Action.Accept(I, Actor.customer(C))));
    assertThatThrownBy(() -> EventCodec.decode(line.substring(0, line.length() / 2)))
        .isInstanceOf(JsonException.class);
    assertThatThrownBy(
            () ->
                EventCodec.decode(
                    "{\"sequence\":1,\"at\":\"2026-01-01T00:00:00Z\",\"action\":{\"do\":\"fly\"}}"))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("fly");
    // Only a verb's wire name or one of the two earlier names is read, not the enum's name.
    assertThatThrownBy(
            () ->
                EventCodec.decode(
                    "{\"sequence\":1,\"at\":\"2026-01-01T00:00:00Z\",\"action\":{\"do\":\"ACCEPT\"}}"))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("ACCEPT");
  }
}
