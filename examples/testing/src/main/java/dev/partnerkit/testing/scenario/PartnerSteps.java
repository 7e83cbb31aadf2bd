package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.testing.scenario.StepReader.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The step readers of the seed's verbs: the partner agreement and enrollments, invitations and
 * offers and their answers, delegated-admin grants, the partner of record, admin tasks and service
 * requests.
 *
 * <p>Not thread-safe: one instance reads one file.
 */
final class PartnerSteps {
  /** The billing cycles a purchase offer may name. */
  private static final List<BillingCycle> OFFER_BILLING =
      List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL);

  private final FieldReader reader;

  PartnerSteps(FieldReader reader) {
    this.reader = reader;
  }

  /** Returns one entry per verb. */
  List<StepReader> readers() {
    return List.of(
        StepReader.of(
            ActionKind.SIGN_AGREEMENT,
            (verb, f) ->
                new Parsed(
                    new Action.SignAgreement(f.partner("partner")),
                    "signAgreement " + f.name("partner")),
            "partner"),
        StepReader.of(ActionKind.ENROLL, this::enrollment, "partner", "program"),
        StepReader.of(ActionKind.WITHDRAW, this::enrollment, "partner", "program"),
        StepReader.of(
            ActionKind.SEND_TRIAL_INVITATION,
            this::trialInvitation,
            "id",
            "partner",
            "customer",
            "services",
            "delegatedAdmin"),
        StepReader.of(
            ActionKind.SEND_PURCHASE_OFFER,
            this::purchaseOffer,
            "id",
            "partner",
            "customer",
            "lines",
            "billing",
            "delegatedAdmin",
            "followsUp"),
        StepReader.of(
            ActionKind.SEND_DELEGATED_ADMIN_INVITATION,
            (verb, f) ->
                new Parsed(
                    new Action.SendDelegatedAdminInvitation(
                        f.id("id", InvitationId::of), f.partner("partner"), f.customer("customer")),
                    verb
                        + " "
                        + f.name("id")
                        + " "
                        + f.name("partner")
                        + " -> "
                        + f.name("customer")),
            "id",
            "partner",
            "customer"),
        StepReader.of(ActionKind.ACCEPT, this::answer, "invitation", "by"),
        StepReader.of(ActionKind.DECLINE, this::answer, "invitation", "by"),
        StepReader.of(ActionKind.REVOKE, this::answer, "invitation", "by"),
        StepReader.of(
            ActionKind.RELINQUISH_DELEGATION,
            (verb, f) ->
                new Parsed(
                    new Action.RelinquishDelegation(f.customer("customer"), f.actor("by")),
                    verb + " " + f.name("customer") + " by " + f.name("by")),
            "customer",
            "by"),
        StepReader.of(
            ActionKind.REVOKE_DELEGATION,
            (verb, f) ->
                new Parsed(
                    new Action.RevokeDelegation(
                        f.customer("customer"), f.partner("partner"), f.actor("by")),
                    verb
                        + " "
                        + f.name("customer")
                        + " / "
                        + f.name("partner")
                        + " by "
                        + f.name("by")),
            "customer",
            "partner",
            "by"),
        StepReader.of(
            ActionKind.DESIGNATE_PARTNER_OF_RECORD,
            (verb, f) ->
                new Parsed(
                    new Action.DesignatePartnerOfRecord(
                        f.customer("customer"), f.partner("partner"), f.actor("by")),
                    verb
                        + " "
                        + f.name("customer")
                        + " -> "
                        + f.name("partner")
                        + " by "
                        + f.name("by")),
            "customer",
            "partner",
            "by"),
        StepReader.of(
            ActionKind.REMOVE_PARTNER_OF_RECORD,
            (verb, f) ->
                new Parsed(
                    new Action.RemovePartnerOfRecord(f.customer("customer"), f.actor("by")),
                    verb + " " + f.name("customer") + " by " + f.name("by")),
            "customer",
            "by"),
        StepReader.of(
            ActionKind.RESIGN_PARTNER_OF_RECORD,
            (verb, f) ->
                new Parsed(
                    new Action.ResignPartnerOfRecord(f.customer("customer"), f.actor("by")),
                    verb + " " + f.name("customer") + " by " + f.name("by")),
            "customer",
            "by"),
        StepReader.of(
            ActionKind.PERFORM_ADMIN_TASK,
            (verb, f) -> {
              AdminTask task = f.constant("task", AdminTask.class);
              return new Parsed(
                  new Action.PerformAdminTask(f.partner("partner"), f.customer("customer"), task),
                  verb + " " + task + " " + f.name("partner") + " -> " + f.name("customer"));
            },
            "partner",
            "customer",
            "task"),
        StepReader.of(
            ActionKind.SUBMIT_SERVICE_REQUEST,
            (verb, f) ->
                new Parsed(
                    new Action.SubmitServiceRequest(
                        f.customer("customer"), f.actor("by"), "Service request"),
                    verb + " " + f.name("customer") + " by " + f.name("by")),
            "customer",
            "by"));
  }

  private Parsed enrollment(String verb, StepFields f) {
    PartnerId partner = f.partner("partner");
    Program program = reader.program(f.required("program"), f.path() + ".program");
    Action action =
        verb.equals("enroll")
            ? new Action.Enroll(partner, program)
            : new Action.Withdraw(partner, program);
    return new Parsed(action, verb + " " + f.name("partner") + " " + program);
  }

  private Parsed trialInvitation(String verb, StepFields f) {
    List<ServiceId> services = f.ids("services", ServiceId::of);
    Action action =
        new Action.SendTrialInvitation(
            f.id("id", InvitationId::of),
            f.partner("partner"),
            f.customer("customer"),
            services,
            f.bool("delegatedAdmin", false));
    String text =
        verb
            + " "
            + f.name("id")
            + " "
            + f.name("partner")
            + " -> "
            + f.name("customer")
            + " "
            + services
            + (f.bool("delegatedAdmin", false) ? " +delegatedAdmin" : "");
    return new Parsed(action, text);
  }

  private Parsed purchaseOffer(String verb, StepFields f) {
    String path = f.path();
    JsonNode ls = reader.array(f.required("lines"), path + ".lines");
    List<OfferLine> lines = new ArrayList<>();
    for (int i = 0; i < ls.size(); i++) {
      String lp = path + ".lines[" + i + "]";
      JsonNode l = ls.get(i);
      reader.object(l, lp, Set.of("service", "licenses"), Set.of("service", "licenses"));
      int licenses = reader.integer(l.get("licenses"), lp + ".licenses", Integer.MIN_VALUE);
      lines.add(
          OfferLine.of(reader.id(l.get("service"), lp + ".service", ServiceId::of), licenses));
    }
    BillingCycle billing = reader.billing(f.required("billing"), path + ".billing");
    if (!OFFER_BILLING.contains(billing)) {
      // SCENARIOS.md: a purchase offer bills monthly or annually; triennial is new commerce's.
      throw reader.fail(
          path + ".billing", "expected one of " + OFFER_BILLING + ", but got \"" + billing + "\"");
    }
    Optional<InvitationId> followsUp = f.optionalId("followsUp", InvitationId::of);
    Action action =
        new Action.SendPurchaseOffer(
            f.id("id", InvitationId::of),
            f.partner("partner"),
            f.customer("customer"),
            lines,
            billing,
            f.bool("delegatedAdmin", false),
            followsUp,
            Optional.empty());
    String text =
        verb
            + " "
            + f.name("id")
            + " "
            + f.name("partner")
            + " -> "
            + f.name("customer")
            + " "
            + describe(lines)
            + " "
            + billing
            + (f.bool("delegatedAdmin", false) ? " +delegatedAdmin" : "");
    return new Parsed(action, text);
  }

  private static String describe(List<OfferLine> lines) {
    List<String> parts = new ArrayList<>();
    for (OfferLine line : lines) {
      parts.add(line.getService() + " x" + line.getLicenses());
    }
    return parts.toString();
  }

  private Parsed answer(String verb, StepFields f) {
    InvitationId id = f.id("invitation", InvitationId::of);
    Actor by = f.actor("by");
    Action action =
        switch (verb) {
          case "accept" -> new Action.Accept(id, by);
          case "decline" -> new Action.Decline(id, by);
          default -> new Action.Revoke(id, by);
        };
    return new Parsed(action, verb + " " + id + " by " + f.name("by"));
  }
}
