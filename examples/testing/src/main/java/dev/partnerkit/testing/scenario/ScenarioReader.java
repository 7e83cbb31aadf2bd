package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.Rule;
import dev.partnerkit.testing.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one scenario file's top level for {@link ScenarioParser}: the scenario's fields, its
 * catalog, partners and customers, and its steps, each action step through the table of {@link
 * StepReader}s and each check through {@link CheckReaders}.
 *
 * <p>Not thread-safe: one instance reads one file.
 */
final class ScenarioReader {
  private static final Set<String> TOP =
      Set.of(
          "name",
          "rules",
          "policy",
          "start",
          "catalog",
          "partners",
          "customers",
          "resellers",
          "steps");

  private final String source;
  private final FieldReader reader;

  /** The scenario's clock as the advances read so far leave it. */
  private Instant clock = ScenarioParser.DEFAULT_START;

  /** The customers whose acceptance of the customer agreement is recorded at the start. */
  private final List<CustomerId> agreed = new ArrayList<>();

  /** The new-commerce verbs and the subscriptions their steps name. */
  private final NewCommerceSteps newCommerce;

  private final Map<ActionKind, StepReader> verbs;
  private final CheckReaders checks;

  ScenarioReader(String source) {
    this.source = source;
    this.reader = new FieldReader(source);
    this.newCommerce = new NewCommerceSteps(reader);
    this.verbs =
        StepReader.table(
            List.of(
                new PartnerSteps(reader).readers(),
                new RelationshipSteps(reader).readers(),
                newCommerce.readers()));
    this.checks = new CheckReaders(reader, newCommerce);
  }

  Scenario scenario(JsonNode root) {
    reader.object(root, "$", TOP, Set.of("name", "partners", "customers", "steps"));
    String name = reader.text(root.get("name"), "$.name");
    List<String> rules = new ArrayList<>();
    if (root.has("rules")) {
      JsonNode list = reader.array(root.get("rules"), "$.rules");
      for (int i = 0; i < list.size(); i++) {
        rules.add(ruleId(list.get(i), "$.rules[" + i + "]"));
      }
    }
    ProgramPolicy policy = ProgramPolicy.seed();
    if (root.has("policy")) {
      String p = reader.text(root.get("policy"), "$.policy");
      policy =
          switch (p) {
            case "seed" -> ProgramPolicy.seed();
            case "modern" -> ProgramPolicy.modern();
            default ->
                throw reader.fail(
                    "$.policy", "expected \"seed\" or \"modern\", but got \"" + p + "\"");
          };
    }
    Instant start =
        root.has("start")
            ? reader.instant(root.get("start"), "$.start")
            : ScenarioParser.DEFAULT_START;
    clock = start;
    ServiceCatalog catalog = root.has("catalog") ? catalog(root.get("catalog")) : Samples.catalog();
    List<Partner> partners = new ArrayList<>();
    JsonNode ps = reader.array(root.get("partners"), "$.partners");
    for (int i = 0; i < ps.size(); i++) {
      partners.add(partner(ps.get(i), "$.partners[" + i + "]", catalog, start));
    }
    List<Customer> customers = new ArrayList<>();
    JsonNode cs = reader.array(root.get("customers"), "$.customers");
    for (int i = 0; i < cs.size(); i++) {
      customers.add(customer(cs.get(i), "$.customers[" + i + "]"));
    }
    List<Action> setup = new ArrayList<>();
    if (root.has("resellers")) {
      setup.addAll(
          newCommerce.resellers(reader.array(root.get("resellers"), "$.resellers"), start));
    }
    for (CustomerId customer : agreed) {
      setup.add(new Action.AcceptCustomerAgreement(customer, Actor.customer(customer), start));
    }
    List<Step> steps = new ArrayList<>();
    JsonNode ss = reader.array(root.get("steps"), "$.steps");
    for (int i = 0; i < ss.size(); i++) {
      steps.add(step(ss.get(i), "$.steps[" + i + "]", i + 1));
    }
    return new Scenario(
        source,
        name,
        rules,
        policy,
        start,
        catalog,
        partners,
        customers,
        setup,
        steps,
        reader.displayNames);
  }

  private String ruleId(JsonNode node, String path) {
    String id = reader.text(node, path);
    if (Rule.byId(id).isEmpty()) {
      throw reader.fail(
          path, "expected a rule id from RULES.md such as DA-2, but got \"" + id + "\"");
    }
    return id;
  }

  private ServiceCatalog catalog(JsonNode node) {
    JsonNode list = reader.array(node, "$.catalog");
    List<Service> services = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "$.catalog[" + i + "]";
      JsonNode s = list.get(i);
      reader.object(
          s,
          path,
          Set.of(
              "id",
              "name",
              "minLicenses",
              "maxLicenses",
              "billingCycles",
              "trial",
              "addOnTo",
              "convertsTo",
              "terms",
              "upgradesTo",
              "maxSeatsPerCustomer",
              "maxSubscriptionsPerCustomer"),
          Set.of("id", "name", "minLicenses", "maxLicenses", "billingCycles"));
      ServiceId id = reader.id(s.get("id"), path + ".id", ServiceId::of);
      if (!ids.add(id.value())) {
        throw reader.fail(
            path + ".id",
            "expected a service id not used before in the catalog, but \"" + id + "\" repeats");
      }
      int min = reader.integer(s.get("minLicenses"), path + ".minLicenses", 1);
      int max = reader.integer(s.get("maxLicenses"), path + ".maxLicenses", 1);
      if (min > max) {
        throw reader.fail(
            path + ".maxLicenses",
            "expected a maximum of at least minLicenses (" + min + "), but got " + max);
      }
      Set<BillingCycle> cycles = EnumSet.noneOf(BillingCycle.class);
      JsonNode bc = reader.array(s.get("billingCycles"), path + ".billingCycles");
      if (bc.isEmpty()) {
        throw reader.fail(
            path + ".billingCycles", "expected one or more of MONTHLY, ANNUAL, TRIENNIAL");
      }
      for (int j = 0; j < bc.size(); j++) {
        cycles.add(reader.billing(bc.get(j), path + ".billingCycles[" + j + "]"));
      }
      var builder =
          Service.builder()
              .id(id)
              .name(reader.text(s.get("name"), path + ".name"))
              .minLicenses(min)
              .maxLicenses(max)
              .billingCycles(cycles);
      if (s.has("trial")) {
        JsonNode t = s.get("trial");
        reader.object(t, path + ".trial", Set.of("days", "licenses"), Set.of("days", "licenses"));
        builder.trial(
            TrialTerms.of(
                reader.integer(t.get("days"), path + ".trial.days", 1),
                reader.integer(t.get("licenses"), path + ".trial.licenses", 1)));
      }
      if (s.has("addOnTo")) {
        ServiceId prerequisite = reader.id(s.get("addOnTo"), path + ".addOnTo", ServiceId::of);
        if (prerequisite.equals(id)) {
          throw reader.fail(
              path + ".addOnTo", "expected another service's id, not the service's own");
        }
        builder.addOnTo(prerequisite);
      }
      if (s.has("convertsTo")) {
        JsonNode ct = reader.array(s.get("convertsTo"), path + ".convertsTo");
        for (int j = 0; j < ct.size(); j++) {
          builder.addConvertsTo(
              reader.id(ct.get(j), path + ".convertsTo[" + j + "]", ServiceId::of));
        }
      }
      newCommerce.catalogEntry(s, path, id, builder);
      services.add(builder.build());
    }
    return ServiceCatalog.of(services);
  }

  private Partner partner(JsonNode p, String path, ServiceCatalog catalog, Instant start) {
    reader.object(
        p, path, Set.of("id", "cloud", "agreementSigned", "programs", "services"), Set.of("id"));
    String name = reader.text(p.get("id"), path + ".id");
    PartnerId id = reader.id(p.get("id"), path + ".id", PartnerId::of);
    declare(name, path);
    reader.partnerNames.put(name, id);
    var builder = Partner.builder().id(id).name(name);
    builder.cloud(p.has("cloud") ? reader.cloud(p.get("cloud"), path + ".cloud") : Cloud.GLOBAL);
    builder.agreementSigned(
        !p.has("agreementSigned")
            || reader.bool(p.get("agreementSigned"), path + ".agreementSigned"));
    if (p.has("programs")) {
      JsonNode ps = reader.array(p.get("programs"), path + ".programs");
      for (int i = 0; i < ps.size(); i++) {
        builder.addEnrollment(
            ProgramEnrollment.of(reader.program(ps.get(i), path + ".programs[" + i + "]"), start));
      }
    }
    if (p.has("services")) {
      JsonNode ss = reader.array(p.get("services"), path + ".services");
      for (int i = 0; i < ss.size(); i++) {
        builder.addAuthorizedService(
            reader.id(ss.get(i), path + ".services[" + i + "]", ServiceId::of));
      }
    } else {
      builder.authorizedServices(catalog.byId().keySet());
    }
    return builder.build();
  }

  private Customer customer(JsonNode c, String path) {
    reader.object(c, path, Set.of("id", "cloud", "customerAgreement"), Set.of("id"));
    String name = reader.text(c.get("id"), path + ".id");
    CustomerId id = reader.customerId(name, path + ".id");
    declare(name, path);
    reader.customerNames.put(name, id);
    reader.displayNames.put(id.toString(), name);
    Cloud cloud = c.has("cloud") ? reader.cloud(c.get("cloud"), path + ".cloud") : Cloud.GLOBAL;
    if (c.has("customerAgreement")
        && reader.bool(c.get("customerAgreement"), path + ".customerAgreement")) {
      agreed.add(id);
    }
    return customerNamed(name, id, cloud);
  }

  /** Refuses a party's name used before in the file, by a partner or a customer. */
  private void declare(String name, String path) {
    if (reader.partnerNames.containsKey(name) || reader.customerNames.containsKey(name)) {
      throw reader.fail(
          path + ".id",
          "expected a name not used before in the file, but \"" + name + "\" repeats");
    }
  }

  private Step step(JsonNode s, String path, int number) {
    if (s == null || !s.isObject()) {
      throw reader.fail(path, "expected a step object with \"do\" or \"check\"");
    }
    if (s.has("do") == s.has("check")) {
      throw reader.fail(path, "expected exactly one of \"do\" and \"check\"");
    }
    if (s.has("check")) {
      return checks.read(s, path, number, new StepFields(reader, s, path, clock));
    }
    String verb = reader.text(s.get("do"), path + ".do");
    Optional<Set<String>> expect = expectation(s, path);
    StepFields f = new StepFields(reader, s, path, clock);
    if (verb.equals("advance")) {
      return advance(f, expect, number);
    }
    ActionKind kind =
        ActionKind.fromWireName(verb)
            .orElseThrow(
                () ->
                    reader.fail(
                        path + ".do",
                        "expected one of " + StepReader.VERBS + ", but got \"" + verb + "\""));
    StepReader entry = verbs.get(kind);
    if (entry == null) {
      throw reader.fail(
          path + ".do",
          "expected one of "
              + StepReader.VERBS
              + ", but got \""
              + verb
              + "\", which the program's log records but scenarios do not take (parties are"
              + " declared under \"partners\", \"customers\" and \"resellers\")");
    }
    StepReader.Parsed parsed = entry.read(f);
    return new Step.Act(number, parsed.text(), parsed.action(), expect);
  }

  private Step advance(StepFields f, Optional<Set<String>> expect, int number) {
    String path = f.path();
    f.allow("by");
    Duration by = reader.duration(f.required("by"), path + ".by");
    if (by.isNegative() || by.isZero()) {
      throw reader.fail(path + ".by", "expected a positive duration, but got " + by);
    }
    if (expect.isPresent()) {
      throw reader.fail(path + ".expect", "expected no \"expect\" on an advance step");
    }
    if (clock.plus(by).isAfter(ScenarioParser.LATEST_TIME)) {
      throw reader.fail(
          path + ".by",
          "expected the clock to stay in the years 1970 to 9999, but this advance takes it"
              + " from "
              + clock
              + " past "
              + ScenarioParser.LATEST_TIME);
    }
    clock = clock.plus(by);
    return new Step.Advance(number, "advance " + f.name("by"), by);
  }

  private Optional<Set<String>> expectation(JsonNode s, String path) {
    if (!s.has("expect")) {
      return Optional.empty();
    }
    JsonNode e = s.get("expect");
    String p = path + ".expect";
    if (e.isTextual() && e.asText().equals("allowed")) {
      return Optional.empty();
    }
    if (!e.isObject() || e.size() != 1 || !e.has("denied")) {
      throw reader.fail(p, "expected \"allowed\" or {\"denied\": [rule ids]}");
    }
    JsonNode list = reader.array(e.get("denied"), p + ".denied");
    if (list.isEmpty()) {
      throw reader.fail(p + ".denied", "expected one or more rule ids");
    }
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < list.size(); i++) {
      ids.add(ruleId(list.get(i), p + ".denied[" + i + "]"));
    }
    return Optional.of(ids);
  }

  /**
   * Returns a customer for a name in a scenario file, with a plausible company profile: the rules
   * read only its id and cloud.
   */
  private static Customer customerNamed(String name, CustomerId id, Cloud cloud) {
    String label = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String host = label.isEmpty() ? "customer" : label;
    return Customer.builder()
        .id(id)
        .cloud(cloud)
        .profile(
            CompanyProfile.builder()
                .companyName(name)
                .domain(host + ".onmicrosoft.com")
                .address(
                    Address.builder()
                        .addressLine1("1 Main Street")
                        .city("Redmond")
                        .postalCode("98052")
                        .country("US")
                        .build())
                .contact(
                    Contact.builder()
                        .firstName("Admin")
                        .lastName(name)
                        .email("admin@" + host + ".example")
                        .build())
                .build())
        .build();
  }
}
