package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.ImmutableService;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.testing.scenario.StepReader.Parsed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the new-commerce parts of a scenario file for {@link ScenarioParser}: the catalog's
 * new-commerce fields, {@code resellers} and the new-commerce verbs' step readers. Remembers the
 * customer and service of every subscription a step creates (a purchase, a partial upgrade's new
 * subscription), since actions name a subscription by its customer and id and the file names it by
 * id alone; {@link CheckReaders}' {@code subscription} check asks it too.
 *
 * <p>Not thread-safe: one instance reads one file.
 */
final class NewCommerceSteps {
  /** What a step creating a subscription said about it. */
  private record Bought(CustomerId customer, ServiceId service) {}

  private final FieldReader reader;
  private final Map<String, Bought> subscriptions = new HashMap<>();

  NewCommerceSteps(FieldReader reader) {
    this.reader = reader;
  }

  /** Reads a catalog entry's optional new-commerce fields into its builder. */
  void catalogEntry(JsonNode s, String path, ServiceId id, ImmutableService.Builder b) {
    if (s.has("terms")) {
      JsonNode terms = reader.array(s.get("terms"), path + ".terms");
      if (terms.isEmpty()) {
        throw reader.fail(path + ".terms", "expected one or more of P1M, P1Y, P3Y");
      }
      for (int j = 0; j < terms.size(); j++) {
        b.addTerms(reader.constant(terms.get(j), path + ".terms[" + j + "]", Term.class));
      }
    }
    if (s.has("upgradesTo")) {
      JsonNode targets = reader.array(s.get("upgradesTo"), path + ".upgradesTo");
      for (int j = 0; j < targets.size(); j++) {
        String p = path + ".upgradesTo[" + j + "]";
        ServiceId target = reader.id(targets.get(j), p, ServiceId::of);
        if (target.equals(id)) {
          throw reader.fail(p, "expected another service's id, not the service's own");
        }
        b.addUpgradesTo(target);
      }
    }
    if (s.has("maxSeatsPerCustomer")) {
      b.maxSeatsPerCustomer(
          reader.integer(s.get("maxSeatsPerCustomer"), path + ".maxSeatsPerCustomer", 1));
    }
    if (s.has("maxSubscriptionsPerCustomer")) {
      b.maxSubscriptionsPerCustomer(
          reader.integer(
              s.get("maxSubscriptionsPerCustomer"), path + ".maxSubscriptionsPerCustomer", 1));
    }
  }

  /** Reads {@code resellers}: the reseller relationships at the start (NCE-1). */
  List<Action> resellers(JsonNode list, Instant start) {
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "$.resellers[" + i + "]";
      JsonNode r = list.get(i);
      reader.object(r, path, Set.of("partner", "customer"), Set.of("partner", "customer"));
      StepFields f = new StepFields(reader, r, path, start);
      PartnerId partner = f.partner("partner");
      if (!(f.actor("partner") instanceof Actor.PartnerActor)) {
        throw reader.fail(
            path + ".partner",
            "expected the name of a partner declared under \"partners\", but got \""
                + f.name("partner")
                + "\"");
      }
      Actor customer = f.actor("customer");
      if (!(customer instanceof Actor.CustomerActor)) {
        throw reader.fail(
            path + ".customer",
            "expected the name of a customer declared under \"customers\", but got \""
                + f.name("customer")
                + "\"");
      }
      actions.add(new Action.AddReseller(partner, f.customer("customer")));
    }
    return actions;
  }

  /** Returns one entry per new-commerce verb. */
  List<StepReader> readers() {
    return List.of(
        StepReader.of(
            ActionKind.SEND_RESELLER_INVITATION,
            // Answered with accept / decline like any invitation, so its id is an invitation id.
            (verb, f) ->
                new Parsed(
                    new Action.SendResellerInvitation(
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
        StepReader.of(
            ActionKind.ACCEPT_CUSTOMER_AGREEMENT,
            (verb, f) -> {
              Instant date =
                  f.has("date")
                      ? reader.instant(f.required("date"), f.path() + ".date")
                      : f.clock();
              return new Parsed(
                  new Action.AcceptCustomerAgreement(f.customer("customer"), f.actor("by"), date),
                  verb + " " + f.name("customer") + " by " + f.name("by") + " dated " + date);
            },
            "customer",
            "by",
            "date"),
        StepReader.of(
            ActionKind.PURCHASE,
            (verb, f) -> purchase(f),
            "id",
            "partner",
            "customer",
            "service",
            "seats",
            "term",
            "billing",
            "trial"),
        StepReader.of(
            ActionKind.CHANGE_SEATS,
            (verb, f) -> {
              SubscriptionId id = f.id("subscription", SubscriptionId::of);
              int seats = seats(f);
              return new Parsed(
                  new Action.ChangeSeats(customer(f), id, f.actor("by"), seats),
                  verb + " " + id + " to " + seats + " by " + f.name("by"));
            },
            "subscription",
            "by",
            "seats"),
        StepReader.of(ActionKind.CANCEL_SUBSCRIPTION, this::lifecycle, "subscription", "by"),
        StepReader.of(ActionKind.SUSPEND, this::lifecycle, "subscription", "by"),
        StepReader.of(ActionKind.REACTIVATE, this::lifecycle, "subscription", "by"),
        StepReader.of(
            ActionKind.SET_AUTO_RENEW,
            (verb, f) -> {
              SubscriptionId id = f.id("subscription", SubscriptionId::of);
              boolean enabled = reader.bool(f.required("enabled"), f.path() + ".enabled");
              return new Parsed(
                  new Action.SetAutoRenew(customer(f), id, f.actor("by"), enabled),
                  verb + " " + id + (enabled ? " on" : " off") + " by " + f.name("by"));
            },
            "subscription",
            "by",
            "enabled"),
        StepReader.of(
            ActionKind.SCHEDULE_CHANGE,
            (verb, f) -> scheduleChange(f),
            "subscription",
            "by",
            "seats",
            "term",
            "billing",
            "service"),
        StepReader.of(
            ActionKind.CHANGE_TERM, this::changeTerm, "subscription", "by", "term", "billing"),
        StepReader.of(
            ActionKind.UPGRADE,
            (verb, f) -> upgrade(f),
            "subscription",
            "by",
            "to",
            "seats",
            "into",
            "id"),
        StepReader.of(
            ActionKind.CONVERT_TRIAL,
            this::convertTrial,
            "subscription",
            "by",
            "seats",
            "term",
            "billing",
            "service"));
  }

  private Parsed lifecycle(String verb, StepFields f) {
    SubscriptionId id = f.id("subscription", SubscriptionId::of);
    CustomerId customer = customer(f);
    Actor by = f.actor("by");
    Action action =
        switch (verb) {
          case "cancelSubscription" -> new Action.CancelSubscription(customer, id, by);
          case "suspend" -> new Action.Suspend(customer, id, by);
          default -> new Action.Reactivate(customer, id, by);
        };
    return new Parsed(action, verb + " " + id + " by " + f.name("by"));
  }

  private Parsed changeTerm(String verb, StepFields f) {
    if (!f.has("term") && !f.has("billing")) {
      throw reader.fail(f.path(), "expected \"term\", \"billing\" or both");
    }
    SubscriptionId id = f.id("subscription", SubscriptionId::of);
    Optional<Term> term = term(f);
    Optional<BillingCycle> billing = billing(f);
    return new Parsed(
        new Action.ChangeTerm(customer(f), id, f.actor("by"), term, billing),
        verb
            + " "
            + id
            + term.map(t -> " " + t).orElse("")
            + billing.map(b -> " " + b).orElse("")
            + " by "
            + f.name("by"));
  }

  private Parsed convertTrial(String verb, StepFields f) {
    SubscriptionId id = f.id("subscription", SubscriptionId::of);
    Bought trial = bought(f);
    ServiceId target = f.optionalId("service", ServiceId::of).orElse(trial.service());
    int seats = seats(f);
    Term term = f.constant("term", Term.class);
    BillingCycle billing = reader.billing(f.required("billing"), f.path() + ".billing");
    // The engine records the converting partner; a customer named here is a partner the
    // rules do not know, so they deny it as they deny any other party (NCE-15).
    PartnerId by = f.partner("by");
    return new Parsed(
        new Action.ConvertTrial(
            by, trial.customer(), id, target, seats, billing, Optional.of(term)),
        verb
            + " "
            + id
            + " to "
            + target
            + " x"
            + seats
            + " "
            + term
            + " "
            + billing
            + " by "
            + f.name("by"));
  }

  private Parsed purchase(StepFields f) {
    String path = f.path();
    SubscriptionId id = f.id("id", SubscriptionId::of);
    CustomerId customer = f.customer("customer");
    ServiceId service = f.id("service", ServiceId::of);
    boolean trial = f.bool("trial", false);
    Action.Purchase action;
    String terms;
    if (trial) {
      for (String key : List.of("seats", "term", "billing")) {
        if (f.has(key)) {
          throw reader.fail(
              path + "." + key,
              "expected no \"seats\", \"term\" or \"billing\" on a trial purchase (the service's"
                  + " trial terms apply)");
        }
      }
      action =
          new Action.Purchase(
              id,
              f.partner("partner"),
              customer,
              service,
              0,
              Optional.empty(),
              Optional.empty(),
              true,
              Optional.empty());
      terms = " trial";
    } else {
      int seats = seats(f);
      Term term = f.constant("term", Term.class);
      BillingCycle billing = reader.billing(f.required("billing"), path + ".billing");
      action =
          new Action.Purchase(
              id,
              f.partner("partner"),
              customer,
              service,
              seats,
              Optional.of(term),
              Optional.of(billing),
              false,
              Optional.empty());
      terms = " x" + seats + " " + term + " " + billing;
    }
    subscriptions.put(id.value(), new Bought(customer, service));
    return new Parsed(
        action,
        "purchase "
            + id
            + " "
            + f.name("partner")
            + " -> "
            + f.name("customer")
            + " "
            + service
            + terms);
  }

  private Parsed scheduleChange(StepFields f) {
    String path = f.path();
    if (!f.has("seats") && !f.has("term") && !f.has("billing") && !f.has("service")) {
      throw reader.fail(
          path, "expected one or more of \"seats\", \"term\", \"billing\", \"service\"");
    }
    SubscriptionId id = f.id("subscription", SubscriptionId::of);
    var change = ScheduledChange.builder();
    if (f.has("seats")) {
      change.seats(seats(f));
    }
    term(f).ifPresent(change::term);
    billing(f).ifPresent(change::billing);
    f.optionalId("service", ServiceId::of).ifPresent(change::service);
    ScheduledChange built;
    try {
      built = change.build();
    } catch (IllegalArgumentException e) {
      throw reader.fail(path + ".seats", "expected seats the model accepts: " + e.getMessage());
    }
    return new Parsed(
        new Action.ScheduleChange(customer(f), id, f.actor("by"), built),
        "scheduleChange "
            + id
            + built.getSeats().stream().mapToObj(s -> " x" + s).findFirst().orElse("")
            + built.getTerm().map(t -> " " + t).orElse("")
            + built.getBilling().map(b -> " " + b).orElse("")
            + built.getService().map(s -> " " + s).orElse("")
            + " by "
            + f.name("by"));
  }

  private Parsed upgrade(StepFields f) {
    String path = f.path();
    if (f.has("into") && f.has("id")) {
      throw reader.fail(
          path + ".id",
          "expected \"into\" (an existing subscription) or \"id\" (a new one), not both");
    }
    SubscriptionId id = f.id("subscription", SubscriptionId::of);
    CustomerId customer = customer(f);
    ServiceId to = f.id("to", ServiceId::of);
    OptionalInt seats = f.has("seats") ? OptionalInt.of(seats(f)) : OptionalInt.empty();
    Optional<SubscriptionId> into = f.optionalId("into", SubscriptionId::of);
    if (into.isPresent()) {
      Bought target = subscriptions.get(into.get().value());
      if (target == null) {
        throw unknown(path + ".into", into.get());
      }
    }
    Optional<SubscriptionId> made = f.optionalId("id", SubscriptionId::of);
    made.ifPresent(m -> subscriptions.put(m.value(), new Bought(customer, to)));
    return new Parsed(
        new Action.Upgrade(customer, id, f.actor("by"), to, seats, into, made),
        "upgrade "
            + id
            + " to "
            + to
            + seats.stream().mapToObj(s -> " x" + s).findFirst().orElse("")
            + into.map(i -> " into " + i).orElse("")
            + made.map(m -> " as " + m).orElse("")
            + " by "
            + f.name("by"));
  }

  /** The customer of the subscription a step names, from the step that created it. */
  private CustomerId customer(StepFields f) {
    return bought(f).customer();
  }

  private Bought bought(StepFields f) {
    return bought(f, "subscription");
  }

  /**
   * Returns the customer of the subscription the field {@code key} names, from the step that
   * created it (a file names a subscription by its id alone).
   */
  CustomerId customerOf(StepFields f, String key) {
    return bought(f, key).customer();
  }

  private Bought bought(StepFields f, String key) {
    SubscriptionId id = f.id(key, SubscriptionId::of);
    Bought bought = subscriptions.get(id.value());
    if (bought == null) {
      throw unknown(f.path() + "." + key, id);
    }
    return bought;
  }

  private ScenarioFormatException unknown(String path, SubscriptionId id) {
    return reader.fail(
        path,
        "expected the id of a subscription created by an earlier step (a purchase's \"id\" or a"
            + " partial upgrade's \"id\"), but got \""
            + id
            + "\"");
  }

  private int seats(StepFields f) {
    // Any whole number: the rules judge the count (OFFER-4, NCE-4, NCE-6, NCE-14).
    return f.integer("seats", Integer.MIN_VALUE);
  }

  private static Optional<Term> term(StepFields f) {
    return f.optionalConstant("term", Term.class);
  }

  private static Optional<BillingCycle> billing(StepFields f) {
    return f.optionalConstant("billing", BillingCycle.class);
  }
}
