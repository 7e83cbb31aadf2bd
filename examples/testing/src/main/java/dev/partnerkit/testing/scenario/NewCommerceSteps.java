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
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.testing.scenario.ScenarioParser.Reader;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the new-commerce parts of a scenario file for {@link ScenarioParser}: the catalog's
 * new-commerce fields, {@code resellers}, the new-commerce verbs and the {@code subscription}
 * check. Remembers the customer and service of every subscription a step creates (a purchase, a
 * partial upgrade's new subscription), since actions name a subscription by its customer and id and
 * the file names it by id alone.
 *
 * <p>Not thread-safe: one instance reads one file.
 */
final class NewCommerceSteps {
  /** What a step creating a subscription said about it. */
  private record Bought(CustomerId customer, ServiceId service) {}

  private final Reader reader;
  private final Map<String, Bought> subscriptions = new HashMap<>();

  NewCommerceSteps(Reader reader) {
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
  List<Action> resellers(JsonNode list) {
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "$.resellers[" + i + "]";
      JsonNode r = list.get(i);
      reader.object(r, path, Set.of("partner", "customer"), Set.of("partner", "customer"));
      Reader.Fields f = reader.new Fields(r, path);
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

  /** Reads a new-commerce action step's fields, {@code do} already read as {@code kind}. */
  ScenarioParser.Reader.Parsed act(ActionKind kind, Reader.Fields f, String path, Instant clock) {
    String verb = kind.getWireName();
    return switch (kind) {
      case SEND_RESELLER_INVITATION -> {
        // Answered with accept / decline like any invitation, so its id is an invitation id.
        f.allow("id", "partner", "customer");
        yield new Reader.Parsed(
            new Action.SendResellerInvitation(
                f.id("id", InvitationId::of), f.partner("partner"), f.customer("customer")),
            verb + " " + f.name("id") + " " + f.name("partner") + " -> " + f.name("customer"));
      }
      case ACCEPT_CUSTOMER_AGREEMENT -> {
        f.allow("customer", "by", "date");
        Instant date = f.has("date") ? instant(f.required("date"), path + ".date") : clock;
        yield new Reader.Parsed(
            new Action.AcceptCustomerAgreement(f.customer("customer"), f.actor("by"), date),
            verb + " " + f.name("customer") + " by " + f.name("by") + " dated " + date);
      }
      case PURCHASE -> purchase(f, path);
      case CHANGE_SEATS -> {
        f.allow("subscription", "by", "seats");
        SubscriptionId id = f.id("subscription", SubscriptionId::of);
        int seats = seats(f, path);
        yield new Reader.Parsed(
            new Action.ChangeSeats(customer(f, path), id, f.actor("by"), seats),
            verb + " " + id + " to " + seats + " by " + f.name("by"));
      }
      case CANCEL_SUBSCRIPTION, SUSPEND, REACTIVATE -> {
        f.allow("subscription", "by");
        SubscriptionId id = f.id("subscription", SubscriptionId::of);
        CustomerId customer = customer(f, path);
        Actor by = f.actor("by");
        Action action =
            switch (kind) {
              case CANCEL_SUBSCRIPTION -> new Action.CancelSubscription(customer, id, by);
              case SUSPEND -> new Action.Suspend(customer, id, by);
              default -> new Action.Reactivate(customer, id, by);
            };
        yield new Reader.Parsed(action, verb + " " + id + " by " + f.name("by"));
      }
      case SET_AUTO_RENEW -> {
        f.allow("subscription", "by", "enabled");
        SubscriptionId id = f.id("subscription", SubscriptionId::of);
        boolean enabled = reader.bool(f.required("enabled"), path + ".enabled");
        yield new Reader.Parsed(
            new Action.SetAutoRenew(customer(f, path), id, f.actor("by"), enabled),
            verb + " " + id + (enabled ? " on" : " off") + " by " + f.name("by"));
      }
      case SCHEDULE_CHANGE -> scheduleChange(f, path);
      case CHANGE_TERM -> {
        f.allow("subscription", "by", "term", "billing");
        if (!f.has("term") && !f.has("billing")) {
          throw reader.fail(path, "expected \"term\", \"billing\" or both");
        }
        SubscriptionId id = f.id("subscription", SubscriptionId::of);
        Optional<Term> term = term(f, path);
        Optional<BillingCycle> billing = billing(f, path);
        yield new Reader.Parsed(
            new Action.ChangeTerm(customer(f, path), id, f.actor("by"), term, billing),
            verb
                + " "
                + id
                + term.map(t -> " " + t).orElse("")
                + billing.map(b -> " " + b).orElse("")
                + " by "
                + f.name("by"));
      }
      case UPGRADE -> upgrade(f, path);
      case CONVERT_TRIAL -> {
        f.allow("subscription", "by", "seats", "term", "billing", "service");
        SubscriptionId id = f.id("subscription", SubscriptionId::of);
        Bought trial = bought(f, path);
        ServiceId target = f.optionalId("service", ServiceId::of).orElse(trial.service());
        int seats = seats(f, path);
        Term term = reader.constant(f.required("term"), path + ".term", Term.class);
        BillingCycle billing = reader.billing(f.required("billing"), path + ".billing");
        // The engine records the converting partner; a customer named here is a partner the
        // rules do not know, so they deny it as they deny any other party (NCE-15).
        PartnerId by = f.partner("by");
        yield new Reader.Parsed(
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
      default -> throw new IllegalArgumentException("not a new-commerce verb: " + kind);
    };
  }

  private Reader.Parsed purchase(Reader.Fields f, String path) {
    f.allow("id", "partner", "customer", "service", "seats", "term", "billing", "trial");
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
              true);
      terms = " trial";
    } else {
      int seats = seats(f, path);
      Term term = reader.constant(f.required("term"), path + ".term", Term.class);
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
              false);
      terms = " x" + seats + " " + term + " " + billing;
    }
    subscriptions.put(id.value(), new Bought(customer, service));
    return new Reader.Parsed(
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

  private Reader.Parsed scheduleChange(Reader.Fields f, String path) {
    f.allow("subscription", "by", "seats", "term", "billing", "service");
    if (!f.has("seats") && !f.has("term") && !f.has("billing") && !f.has("service")) {
      throw reader.fail(
          path, "expected one or more of \"seats\", \"term\", \"billing\", \"service\"");
    }
    SubscriptionId id = f.id("subscription", SubscriptionId::of);
    var change = ScheduledChange.builder();
    if (f.has("seats")) {
      change.seats(seats(f, path));
    }
    term(f, path).ifPresent(change::term);
    billing(f, path).ifPresent(change::billing);
    f.optionalId("service", ServiceId::of).ifPresent(change::service);
    ScheduledChange built;
    try {
      built = change.build();
    } catch (IllegalArgumentException e) {
      throw reader.fail(path + ".seats", "expected seats the model accepts: " + e.getMessage());
    }
    return new Reader.Parsed(
        new Action.ScheduleChange(customer(f, path), id, f.actor("by"), built),
        "scheduleChange "
            + id
            + built.getSeats().stream().mapToObj(s -> " x" + s).findFirst().orElse("")
            + built.getTerm().map(t -> " " + t).orElse("")
            + built.getBilling().map(b -> " " + b).orElse("")
            + built.getService().map(s -> " " + s).orElse("")
            + " by "
            + f.name("by"));
  }

  private Reader.Parsed upgrade(Reader.Fields f, String path) {
    f.allow("subscription", "by", "to", "seats", "into", "id");
    if (f.has("into") && f.has("id")) {
      throw reader.fail(
          path + ".id",
          "expected \"into\" (an existing subscription) or \"id\" (a new one), not both");
    }
    SubscriptionId id = f.id("subscription", SubscriptionId::of);
    CustomerId customer = customer(f, path);
    ServiceId to = f.id("to", ServiceId::of);
    OptionalInt seats = f.has("seats") ? OptionalInt.of(seats(f, path)) : OptionalInt.empty();
    Optional<SubscriptionId> into = f.optionalId("into", SubscriptionId::of);
    if (into.isPresent()) {
      Bought target = subscriptions.get(into.get().value());
      if (target == null) {
        throw unknown(path + ".into", into.get());
      }
    }
    Optional<SubscriptionId> made = f.optionalId("id", SubscriptionId::of);
    made.ifPresent(m -> subscriptions.put(m.value(), new Bought(customer, to)));
    return new Reader.Parsed(
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

  /** Reads the {@code subscription} check. */
  Step.Check check(Reader.Fields f, String path, int number) {
    f.allow("id", "status", "service", "seats", "term", "billing", "autoRenew", "trial", "termEnd");
    SubscriptionId id = f.id("id", SubscriptionId::of);
    Bought bought = subscriptions.get(id.value());
    if (bought == null) {
      throw unknown(path + ".id", id);
    }
    Optional<SubscriptionStatus> status = Optional.empty();
    if (f.has("status")) {
      String st = reader.text(f.required("status"), path + ".status");
      List<String> names = new ArrayList<>();
      for (SubscriptionStatus s : SubscriptionStatus.values()) {
        if (s != SubscriptionStatus.UNKNOWN) {
          String name = s.name().toLowerCase(Locale.ROOT);
          names.add(name);
          if (name.equals(st)) {
            status = Optional.of(s);
          }
        }
      }
      if (status.isEmpty()) {
        throw reader.fail(
            path + ".status", "expected one of " + names + ", but got \"" + st + "\"");
      }
    }
    Optional<ServiceId> service = f.optionalId("service", ServiceId::of);
    Optional<Integer> seats = f.has("seats") ? Optional.of(seats(f, path)) : Optional.empty();
    Optional<Term> term = term(f, path);
    Optional<BillingCycle> billing = billing(f, path);
    Optional<Boolean> autoRenew =
        f.has("autoRenew")
            ? Optional.of(reader.bool(f.required("autoRenew"), path + ".autoRenew"))
            : Optional.empty();
    Optional<Boolean> trial =
        f.has("trial")
            ? Optional.of(reader.bool(f.required("trial"), path + ".trial"))
            : Optional.empty();
    Optional<Instant> termEnd =
        f.has("termEnd")
            ? Optional.of(instant(f.required("termEnd"), path + ".termEnd"))
            : Optional.empty();
    String text =
        "check subscription "
            + id
            + status.map(s -> " " + s.name().toLowerCase(Locale.ROOT)).orElse("")
            + service.map(s -> " " + s).orElse("")
            + seats.map(s -> " x" + s).orElse("")
            + term.map(t -> " " + t).orElse("")
            + billing.map(b -> " " + b).orElse("")
            + autoRenew.map(a -> a ? " autoRenew" : " no autoRenew").orElse("")
            + trial.map(t -> t ? " trial" : " paid").orElse("")
            + termEnd.map(t -> " termEnd " + t).orElse("");
    return new Step.Check(
        number,
        text,
        new Step.SubscriptionIs(
            bought.customer(),
            id,
            status,
            service,
            seats,
            term,
            billing,
            autoRenew,
            trial,
            termEnd));
  }

  /** The customer of the subscription a step names, from the step that created it. */
  private CustomerId customer(Reader.Fields f, String path) {
    return bought(f, path).customer();
  }

  private Bought bought(Reader.Fields f, String path) {
    SubscriptionId id = f.id("subscription", SubscriptionId::of);
    Bought bought = subscriptions.get(id.value());
    if (bought == null) {
      throw unknown(path + ".subscription", id);
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

  private int seats(Reader.Fields f, String path) {
    // Any whole number: the rules judge the count (OFFER-4, NCE-4, NCE-6, NCE-14).
    return reader.integer(f.required("seats"), path + ".seats", Integer.MIN_VALUE);
  }

  private Optional<Term> term(Reader.Fields f, String path) {
    return f.has("term")
        ? Optional.of(reader.constant(f.required("term"), path + ".term", Term.class))
        : Optional.empty();
  }

  private Optional<BillingCycle> billing(Reader.Fields f, String path) {
    return f.has("billing")
        ? Optional.of(reader.billing(f.required("billing"), path + ".billing"))
        : Optional.empty();
  }

  private Instant instant(JsonNode node, String path) {
    String value = reader.text(node, path);
    Instant instant;
    try {
      instant = Instant.parse(value);
    } catch (DateTimeException e) {
      throw reader.fail(
          path,
          "expected an ISO-8601 instant such as 2026-01-01T00:00:00Z, but got \"" + value + "\"");
    }
    if (instant.isBefore(ScenarioParser.EARLIEST_START)
        || instant.isAfter(ScenarioParser.LATEST_TIME)) {
      throw reader.fail(
          path, "expected an instant in the years 1970 to 9999, but got \"" + value + "\"");
    }
    return instant;
  }
}
