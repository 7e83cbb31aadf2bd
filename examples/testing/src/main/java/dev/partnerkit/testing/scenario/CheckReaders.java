package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The readers of the {@code check} steps: a table with one entry per check, its fields and how it
 * becomes a {@link Step.Check}.
 *
 * <p>Not thread-safe: one instance reads one file.
 */
final class CheckReaders {
  /** How a check step's fields, already checked, become the check. */
  @FunctionalInterface
  private interface Build {
    Step.Check read(StepFields f, int number);
  }

  /** One check: the fields it may carry and how it is read. */
  private record Entry(List<String> fields, Build build) {}

  private final FieldReader reader;
  private final Map<String, Entry> table = new LinkedHashMap<>();

  CheckReaders(FieldReader reader, NewCommerceSteps newCommerce) {
    this.reader = reader;
    table.put("delegatedAdmins", new Entry(List.of("customer", "equals"), this::delegatedAdmins));
    table.put("partnerOfRecord", new Entry(List.of("customer", "equals"), this::partnerOfRecord));
    table.put("invitation", new Entry(List.of("id", "status"), this::invitation));
    table.put("relationship", new Entry(List.of("id", "status"), this::relationship));
    table.put(
        "owns", new Entry(List.of("customer", "service", "licenses", "trial"), CheckReaders::owns));
    table.put(
        "subscription",
        new Entry(
            List.of(
                "id",
                "status",
                "service",
                "seats",
                "term",
                "billing",
                "autoRenew",
                "trial",
                "termEnd"),
            (f, number) -> subscription(f, number, newCommerce)));
  }

  /** Reads the check step {@code s}, its {@code check} field saying which. */
  Step.Check read(JsonNode s, String path, int number, StepFields f) {
    String what = reader.text(s.get("check"), path + ".check");
    Entry entry = table.get(what);
    if (entry == null) {
      throw reader.fail(
          path + ".check",
          "expected one of [" + String.join(", ", table.keySet()) + "], but got \"" + what + "\"");
    }
    if (s.has("expect")) {
      // Only an action carries an expectation; a check holds or fails.
      throw reader.fail(path + ".expect", "expected no \"expect\" on a check step");
    }
    f.allow(entry.fields());
    return entry.build().read(f, number);
  }

  private Step.Check delegatedAdmins(StepFields f, int number) {
    String path = f.path();
    JsonNode list = reader.array(f.required("equals"), path + ".equals");
    Set<PartnerId> partners = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      partners.add(reader.id(list.get(i), path + ".equals[" + i + "]", PartnerId::of));
    }
    return new Step.Check(
        number,
        "check delegatedAdmins " + f.name("customer") + " = " + partners,
        new Step.DelegatedAdmins(f.customer("customer"), partners));
  }

  private Step.Check partnerOfRecord(StepFields f, int number) {
    JsonNode e = f.required("equals");
    Optional<PartnerId> partner =
        e.isNull()
            ? Optional.empty()
            : Optional.of(reader.id(e, f.path() + ".equals", PartnerId::of));
    return new Step.Check(
        number,
        "check partnerOfRecord "
            + f.name("customer")
            + " = "
            + partner.map(PartnerId::value).orElse("none"),
        new Step.PartnerOfRecordIs(f.customer("customer"), partner));
  }

  private Step.Check invitation(StepFields f, int number) {
    String st = f.text("status");
    OfferStatus status;
    try {
      status = OfferStatus.valueOf(st);
    } catch (IllegalArgumentException e) {
      status = OfferStatus.UNKNOWN;
    }
    if (status == OfferStatus.UNKNOWN) {
      throw reader.fail(
          f.path() + ".status",
          "expected one of PENDING, ACCEPTED, DECLINED, REVOKED, EXPIRED, but got \"" + st + "\"");
    }
    return new Step.Check(
        number,
        "check invitation " + f.name("id") + " " + status,
        new Step.InvitationStatusIs(f.id("id", InvitationId::of), status));
  }

  private Step.Check relationship(StepFields f, int number) {
    String st = f.text("status");
    RelationshipStatus status = RelationshipStatus.fromWireName(st);
    if (!Set.of("created", "approvalPending", "active", "expired", "terminated").contains(st)) {
      throw reader.fail(
          f.path() + ".status",
          "expected one of created, approvalPending, active, expired, terminated, but got \""
              + st
              + "\"");
    }
    return new Step.Check(
        number,
        "check relationship " + f.name("id") + " " + st,
        new Step.RelationshipStatusIs(f.id("id", RelationshipId::of), status));
  }

  private static Step.Check owns(StepFields f, int number) {
    Optional<Integer> licenses = f.optionalInteger("licenses", 1);
    Optional<Boolean> trial = f.optionalBool("trial");
    ServiceId service = f.id("service", ServiceId::of);
    return new Step.Check(
        number,
        "check owns "
            + f.name("customer")
            + " "
            + service
            + licenses.map(l -> " x" + l).orElse("")
            + trial.map(t -> t ? " trial" : " paid").orElse(""),
        new Step.Owns(f.customer("customer"), service, licenses, trial));
  }

  private Step.Check subscription(StepFields f, int number, NewCommerceSteps newCommerce) {
    CustomerId customer = newCommerce.customerOf(f, "id");
    SubscriptionId id = f.id("id", SubscriptionId::of);
    Optional<SubscriptionStatus> status = Optional.empty();
    if (f.has("status")) {
      String st = f.text("status");
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
            f.path() + ".status", "expected one of " + names + ", but got \"" + st + "\"");
      }
    }
    Optional<ServiceId> service = f.optionalId("service", ServiceId::of);
    // Any whole number, as in the steps: a check of an impossible count simply fails.
    Optional<Integer> seats = f.optionalInteger("seats", Integer.MIN_VALUE);
    Optional<Term> term = f.optionalConstant("term", Term.class);
    Optional<BillingCycle> billing = f.optionalConstant("billing", BillingCycle.class);
    Optional<Boolean> autoRenew = f.optionalBool("autoRenew");
    Optional<Boolean> trial = f.optionalBool("trial");
    Optional<Instant> termEnd = f.optionalInstant("termEnd");
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
            customer, id, status, service, seats, term, billing, autoRenew, trial, termEnd));
  }
}
