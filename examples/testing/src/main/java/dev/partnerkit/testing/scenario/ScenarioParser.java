package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.Rule;
import dev.partnerkit.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads scenario files in the format of {@code SCENARIOS.md}: exactly that format, and nothing
 * else. Anything else fails with a {@link ScenarioFormatException} naming the file, the JSON path
 * and what was expected.
 *
 * <p>Names in a file become ids: a partner's name is its {@link PartnerId}; a customer's name maps
 * to a stable tenant GUID with {@link CustomerId#fromName(String)}. Durations are ISO-8601: {@code
 * P31D}, {@code PT12H}, or a period such as {@code P2Y} counted as 365-day years and 30-day months,
 * at most {@link #MAX_DURATION} either way; {@code start} and the clock after every {@code advance}
 * lie in the years 1970 to 9999. Those bounds keep the scenario's clock within what {@link Instant}
 * holds however the file is written.
 *
 * <p>Thread-safe: a utility class.
 */
public final class ScenarioParser {
  /** The start of a scenario's clock when the file gives none. */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  /** The largest scenario file read, in bytes. */
  public static final long MAX_FILE_SIZE = 4L * 1024 * 1024;

  /** The earliest {@code start} accepted. */
  public static final Instant EARLIEST_START = Instant.parse("1970-01-01T00:00:00Z");

  /** The latest time a scenario's clock may show: its {@code start} and every {@code advance}. */
  public static final Instant LATEST_TIME = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * The longest duration accepted, either way: 100 years of 365 days. With the clock bounded too,
   * nothing a scenario's steps compute from its clock passes what {@link Instant} holds.
   */
  public static final Duration MAX_DURATION = Duration.ofDays(36_500);

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

  private ScenarioParser() {}

  /**
   * Reads a scenario file.
   *
   * @param file the file
   * @return the scenario
   * @throws ScenarioFormatException when it cannot be read or does not follow the format
   */
  public static Scenario parse(Path file) {
    String source = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new ScenarioFormatException(
            source, "$", "expected a readable scenario file, but there is none");
      }
      if (Files.size(file) > MAX_FILE_SIZE) {
        throw new ScenarioFormatException(
            source, "$", "expected a file of at most " + MAX_FILE_SIZE + " bytes");
      }
      return parse(Files.readString(file, StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new ScenarioFormatException(
          source, "$", "expected a readable UTF-8 file, but reading failed: " + e.getMessage());
    }
  }

  /**
   * Reads a scenario from JSON text.
   *
   * @param json the scenario's JSON
   * @param source a name for the scenario in messages, such as its file name
   * @return the scenario
   * @throws ScenarioFormatException when the text does not follow the format
   */
  public static Scenario parse(String json, String source) {
    JsonNode root;
    try {
      root = PartnerJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      String detail = e.getOriginalMessage();
      throw new ScenarioFormatException(
          source,
          "$",
          "expected well-formed JSON, but "
              + (detail == null ? "it is malformed" : detail)
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")"));
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioFormatException(
          source, "$", "expected a JSON object, but the file is empty");
    }
    return new Reader(source).scenario(root);
  }

  /** Parses one file; holds the names declared so far. */
  static final class Reader {
    private final String source;
    private final Map<String, PartnerId> partnerNames = new LinkedHashMap<>();
    private final Map<String, CustomerId> customerNames = new LinkedHashMap<>();
    private final Map<String, String> displayNames = new HashMap<>();

    /** The scenario's clock as the advances read so far leave it. */
    private Instant clock = DEFAULT_START;

    /** The customers whose acceptance of the customer agreement is recorded at the start. */
    private final List<CustomerId> agreed = new ArrayList<>();

    /** The new-commerce verbs and the subscriptions their steps name. */
    private final NewCommerceSteps newCommerce = new NewCommerceSteps(this);

    Reader(String source) {
      this.source = source;
    }

    Scenario scenario(JsonNode root) {
      object(root, "$", TOP, Set.of("name", "partners", "customers", "steps"));
      String name = text(root.get("name"), "$.name");
      List<String> rules = new ArrayList<>();
      if (root.has("rules")) {
        JsonNode list = array(root.get("rules"), "$.rules");
        for (int i = 0; i < list.size(); i++) {
          String id = text(list.get(i), "$.rules[" + i + "]");
          if (Rule.byId(id).isEmpty()) {
            throw fail(
                "$.rules[" + i + "]",
                "expected a rule id from RULES.md such as DA-2, but got \"" + id + "\"");
          }
          rules.add(id);
        }
      }
      ProgramPolicy policy = ProgramPolicy.seed();
      if (root.has("policy")) {
        String p = text(root.get("policy"), "$.policy");
        policy =
            switch (p) {
              case "seed" -> ProgramPolicy.seed();
              case "modern" -> ProgramPolicy.modern();
              default ->
                  throw fail("$.policy", "expected \"seed\" or \"modern\", but got \"" + p + "\"");
            };
      }
      Instant start = DEFAULT_START;
      if (root.has("start")) {
        String s = text(root.get("start"), "$.start");
        try {
          start = Instant.parse(s);
        } catch (DateTimeException e) {
          throw fail(
              "$.start",
              "expected an ISO-8601 instant such as 2026-01-01T00:00:00Z, but got \"" + s + "\"");
        }
        if (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_TIME)) {
          throw fail(
              "$.start", "expected an instant in the years 1970 to 9999, but got \"" + s + "\"");
        }
      }
      clock = start;
      ServiceCatalog catalog =
          root.has("catalog") ? catalog(root.get("catalog")) : Samples.catalog();
      List<Partner> partners = new ArrayList<>();
      JsonNode ps = array(root.get("partners"), "$.partners");
      for (int i = 0; i < ps.size(); i++) {
        partners.add(partner(ps.get(i), "$.partners[" + i + "]", catalog, start));
      }
      List<Customer> customers = new ArrayList<>();
      JsonNode cs = array(root.get("customers"), "$.customers");
      for (int i = 0; i < cs.size(); i++) {
        customers.add(customer(cs.get(i), "$.customers[" + i + "]"));
      }
      List<Action> setup = new ArrayList<>();
      if (root.has("resellers")) {
        setup.addAll(newCommerce.resellers(array(root.get("resellers"), "$.resellers")));
      }
      for (CustomerId customer : agreed) {
        setup.add(new Action.AcceptCustomerAgreement(customer, Actor.customer(customer), start));
      }
      List<Step> steps = new ArrayList<>();
      JsonNode ss = array(root.get("steps"), "$.steps");
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
          displayNames);
    }

    private ServiceCatalog catalog(JsonNode node) {
      JsonNode list = array(node, "$.catalog");
      List<Service> services = new ArrayList<>();
      Set<String> ids = new LinkedHashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String path = "$.catalog[" + i + "]";
        JsonNode s = list.get(i);
        object(
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
        ServiceId id = id(s.get("id"), path + ".id", ServiceId::of);
        if (!ids.add(id.value())) {
          throw fail(
              path + ".id",
              "expected a service id not used before in the catalog, but \"" + id + "\" repeats");
        }
        int min = integer(s.get("minLicenses"), path + ".minLicenses", 1);
        int max = integer(s.get("maxLicenses"), path + ".maxLicenses", 1);
        if (min > max) {
          throw fail(
              path + ".maxLicenses",
              "expected a maximum of at least minLicenses (" + min + "), but got " + max);
        }
        Set<BillingCycle> cycles = EnumSet.noneOf(BillingCycle.class);
        JsonNode bc = array(s.get("billingCycles"), path + ".billingCycles");
        if (bc.isEmpty()) {
          throw fail(path + ".billingCycles", "expected one or more of MONTHLY, ANNUAL, TRIENNIAL");
        }
        for (int j = 0; j < bc.size(); j++) {
          cycles.add(billing(bc.get(j), path + ".billingCycles[" + j + "]"));
        }
        var builder =
            Service.builder()
                .id(id)
                .name(text(s.get("name"), path + ".name"))
                .minLicenses(min)
                .maxLicenses(max)
                .billingCycles(cycles);
        if (s.has("trial")) {
          JsonNode t = s.get("trial");
          object(t, path + ".trial", Set.of("days", "licenses"), Set.of("days", "licenses"));
          builder.trial(
              TrialTerms.of(
                  integer(t.get("days"), path + ".trial.days", 1),
                  integer(t.get("licenses"), path + ".trial.licenses", 1)));
        }
        if (s.has("addOnTo")) {
          ServiceId prerequisite = id(s.get("addOnTo"), path + ".addOnTo", ServiceId::of);
          if (prerequisite.equals(id)) {
            throw fail(path + ".addOnTo", "expected another service's id, not the service's own");
          }
          builder.addOnTo(prerequisite);
        }
        if (s.has("convertsTo")) {
          JsonNode ct = array(s.get("convertsTo"), path + ".convertsTo");
          for (int j = 0; j < ct.size(); j++) {
            builder.addConvertsTo(id(ct.get(j), path + ".convertsTo[" + j + "]", ServiceId::of));
          }
        }
        newCommerce.catalogEntry(s, path, id, builder);
        services.add(builder.build());
      }
      return ServiceCatalog.of(services);
    }

    private Partner partner(JsonNode p, String path, ServiceCatalog catalog, Instant start) {
      object(
          p, path, Set.of("id", "cloud", "agreementSigned", "programs", "services"), Set.of("id"));
      String name = text(p.get("id"), path + ".id");
      PartnerId id = id(p.get("id"), path + ".id", PartnerId::of);
      if (partnerNames.containsKey(name) || customerNames.containsKey(name)) {
        throw fail(
            path + ".id",
            "expected a name not used before in the file, but \"" + name + "\" repeats");
      }
      partnerNames.put(name, id);
      var builder = Partner.builder().id(id).name(name);
      builder.cloud(p.has("cloud") ? cloud(p.get("cloud"), path + ".cloud") : Cloud.GLOBAL);
      builder.agreementSigned(
          !p.has("agreementSigned") || bool(p.get("agreementSigned"), path + ".agreementSigned"));
      if (p.has("programs")) {
        JsonNode ps = array(p.get("programs"), path + ".programs");
        for (int i = 0; i < ps.size(); i++) {
          builder.addEnrollment(
              ProgramEnrollment.of(program(ps.get(i), path + ".programs[" + i + "]"), start));
        }
      }
      if (p.has("services")) {
        JsonNode ss = array(p.get("services"), path + ".services");
        for (int i = 0; i < ss.size(); i++) {
          builder.addAuthorizedService(id(ss.get(i), path + ".services[" + i + "]", ServiceId::of));
        }
      } else {
        builder.authorizedServices(catalog.byId().keySet());
      }
      return builder.build();
    }

    private Customer customer(JsonNode c, String path) {
      object(c, path, Set.of("id", "cloud", "customerAgreement"), Set.of("id"));
      String name = text(c.get("id"), path + ".id");
      CustomerId id;
      try {
        id = CustomerId.fromName(name);
      } catch (IllegalArgumentException e) {
        throw fail(
            path + ".id",
            "expected a customer name of letters, digits or . _ : -, but got \"" + name + "\"");
      }
      if (partnerNames.containsKey(name) || customerNames.containsKey(name)) {
        throw fail(
            path + ".id",
            "expected a name not used before in the file, but \"" + name + "\" repeats");
      }
      customerNames.put(name, id);
      displayNames.put(id.toString(), name);
      Cloud cloud = c.has("cloud") ? cloud(c.get("cloud"), path + ".cloud") : Cloud.GLOBAL;
      if (c.has("customerAgreement")
          && bool(c.get("customerAgreement"), path + ".customerAgreement")) {
        agreed.add(id);
      }
      return customerNamed(name, id, cloud);
    }

    private Step step(JsonNode s, String path, int number) {
      if (s == null || !s.isObject()) {
        throw fail(path, "expected a step object with \"do\" or \"check\"");
      }
      if (s.has("do") == s.has("check")) {
        throw fail(path, "expected exactly one of \"do\" and \"check\"");
      }
      return s.has("do") ? act(s, path, number) : check(s, path, number);
    }

    private Step act(JsonNode s, String path, int number) {
      String verb = text(s.get("do"), path + ".do");
      Optional<Set<String>> expect = expectation(s, path);
      Fields f = new Fields(s, path);
      if (verb.equals("advance")) {
        f.allow("by");
        Duration by = duration(f.required("by"), path + ".by");
        if (by.isNegative() || by.isZero()) {
          throw fail(path + ".by", "expected a positive duration, but got " + by);
        }
        if (expect.isPresent()) {
          throw fail(path + ".expect", "expected no \"expect\" on an advance step");
        }
        if (clock.plus(by).isAfter(LATEST_TIME)) {
          throw fail(
              path + ".by",
              "expected the clock to stay in the years 1970 to 9999, but this advance takes it"
                  + " from "
                  + clock
                  + " past "
                  + LATEST_TIME);
        }
        clock = clock.plus(by);
        return new Step.Advance(number, "advance " + f.name("by"), by);
      }
      ActionKind kind =
          ActionKind.fromWireName(verb)
              .orElseThrow(
                  () ->
                      fail(
                          path + ".do", "expected one of " + VERBS + ", but got \"" + verb + "\""));
      Parsed parsed =
          switch (kind) {
            case SIGN_AGREEMENT -> {
              f.allow("partner");
              Action action = new Action.SignAgreement(f.partner("partner"));
              String text = "signAgreement " + f.name("partner");
              yield new Parsed(action, text);
            }
            case ENROLL, WITHDRAW -> {
              f.allow("partner", "program");
              PartnerId partner = f.partner("partner");
              Program program = program(f.required("program"), path + ".program");
              Action action =
                  verb.equals("enroll")
                      ? new Action.Enroll(partner, program)
                      : new Action.Withdraw(partner, program);
              String text = verb + " " + f.name("partner") + " " + program;
              yield new Parsed(action, text);
            }
            case SEND_TRIAL_INVITATION -> {
              f.allow("id", "partner", "customer", "services", "delegatedAdmin");
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
              yield new Parsed(action, text);
            }
            case SEND_PURCHASE_OFFER -> {
              f.allow(
                  "id", "partner", "customer", "lines", "billing", "delegatedAdmin", "followsUp");
              JsonNode ls = array(f.required("lines"), path + ".lines");
              List<OfferLine> lines = new ArrayList<>();
              for (int i = 0; i < ls.size(); i++) {
                String lp = path + ".lines[" + i + "]";
                JsonNode l = ls.get(i);
                object(l, lp, Set.of("service", "licenses"), Set.of("service", "licenses"));
                int licenses = integer(l.get("licenses"), lp + ".licenses", Integer.MIN_VALUE);
                lines.add(
                    OfferLine.of(id(l.get("service"), lp + ".service", ServiceId::of), licenses));
              }
              BillingCycle billing = billing(f.required("billing"), path + ".billing");
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
              yield new Parsed(action, text);
            }
            case SEND_DELEGATED_ADMIN_INVITATION -> {
              f.allow("id", "partner", "customer");
              Action action =
                  new Action.SendDelegatedAdminInvitation(
                      f.id("id", InvitationId::of), f.partner("partner"), f.customer("customer"));
              String text =
                  verb + " " + f.name("id") + " " + f.name("partner") + " -> " + f.name("customer");
              yield new Parsed(action, text);
            }
            case ACCEPT, DECLINE, REVOKE -> {
              f.allow("invitation", "by");
              InvitationId id = f.id("invitation", InvitationId::of);
              Actor by = f.actor("by");
              Action action =
                  switch (verb) {
                    case "accept" -> new Action.Accept(id, by);
                    case "decline" -> new Action.Decline(id, by);
                    default -> new Action.Revoke(id, by);
                  };
              String text = verb + " " + id + " by " + f.name("by");
              yield new Parsed(action, text);
            }
            case RELINQUISH_DELEGATION -> {
              f.allow("customer", "by");
              Action action =
                  new Action.RelinquishDelegation(f.customer("customer"), f.actor("by"));
              String text = verb + " " + f.name("customer") + " by " + f.name("by");
              yield new Parsed(action, text);
            }
            case REVOKE_DELEGATION -> {
              f.allow("customer", "partner", "by");
              Action action =
                  new Action.RevokeDelegation(
                      f.customer("customer"), f.partner("partner"), f.actor("by"));
              String text =
                  verb
                      + " "
                      + f.name("customer")
                      + " / "
                      + f.name("partner")
                      + " by "
                      + f.name("by");
              yield new Parsed(action, text);
            }
            case DESIGNATE_PARTNER_OF_RECORD -> {
              f.allow("customer", "partner", "by");
              Action action =
                  new Action.DesignatePartnerOfRecord(
                      f.customer("customer"), f.partner("partner"), f.actor("by"));
              String text =
                  verb
                      + " "
                      + f.name("customer")
                      + " -> "
                      + f.name("partner")
                      + " by "
                      + f.name("by");
              yield new Parsed(action, text);
            }
            case REMOVE_PARTNER_OF_RECORD, RESIGN_PARTNER_OF_RECORD -> {
              f.allow("customer", "by");
              Action action =
                  kind == ActionKind.REMOVE_PARTNER_OF_RECORD
                      ? new Action.RemovePartnerOfRecord(f.customer("customer"), f.actor("by"))
                      : new Action.ResignPartnerOfRecord(f.customer("customer"), f.actor("by"));
              String text = verb + " " + f.name("customer") + " by " + f.name("by");
              yield new Parsed(action, text);
            }
            case PERFORM_ADMIN_TASK -> {
              f.allow("partner", "customer", "task");
              AdminTask task = constant(f.required("task"), path + ".task", AdminTask.class);
              Action action =
                  new Action.PerformAdminTask(f.partner("partner"), f.customer("customer"), task);
              String text =
                  verb + " " + task + " " + f.name("partner") + " -> " + f.name("customer");
              yield new Parsed(action, text);
            }
            case SUBMIT_SERVICE_REQUEST -> {
              f.allow("customer", "by");
              Action action =
                  new Action.SubmitServiceRequest(
                      f.customer("customer"), f.actor("by"), "Service request");
              String text = verb + " " + f.name("customer") + " by " + f.name("by");
              yield new Parsed(action, text);
            }
            case CREATE_RELATIONSHIP -> {
              f.allow(
                  "id", "partner", "customer", "displayName", "duration", "roles", "autoExtend");
              Action action =
                  new Action.CreateRelationship(
                      f.id("id", RelationshipId::of),
                      f.partner("partner"),
                      f.customer("customer"),
                      text(f.required("displayName"), path + ".displayName"),
                      duration(f.required("duration"), path + ".duration"),
                      roles(f.required("roles"), path + ".roles"),
                      f.has("autoExtend")
                          ? duration(f.required("autoExtend"), path + ".autoExtend")
                          : Duration.ZERO);
              String text =
                  verb + " " + f.name("id") + " " + f.name("partner") + " -> " + f.name("customer");
              yield new Parsed(action, text);
            }
            case UPDATE_RELATIONSHIP -> {
              f.allow("id", "by", "displayName", "duration", "roles", "autoExtend");
              Action action =
                  new Action.UpdateRelationship(
                      f.id("id", RelationshipId::of),
                      f.actor("by"),
                      f.has("displayName")
                          ? Optional.of(text(f.required("displayName"), path + ".displayName"))
                          : Optional.empty(),
                      f.has("duration")
                          ? Optional.of(duration(f.required("duration"), path + ".duration"))
                          : Optional.empty(),
                      f.has("roles")
                          ? Optional.of(roles(f.required("roles"), path + ".roles"))
                          : Optional.empty(),
                      f.has("autoExtend")
                          ? Optional.of(duration(f.required("autoExtend"), path + ".autoExtend"))
                          : Optional.empty());
              String text = verb + " " + f.name("id") + " by " + f.name("by");
              yield new Parsed(action, text);
            }
            case LOCK_FOR_APPROVAL,
                DELETE_RELATIONSHIP,
                TERMINATE_RELATIONSHIP,
                APPROVE_RELATIONSHIP -> {
              f.allow("id", "by");
              RelationshipId id = f.id("id", RelationshipId::of);
              Actor by = f.actor("by");
              Action action =
                  switch (verb) {
                    case "lockForApproval" -> new Action.LockForApproval(id, by);
                    case "deleteRelationship" -> new Action.DeleteRelationship(id, by);
                    case "terminateRelationship" -> new Action.TerminateRelationship(id, by);
                    default -> new Action.ApproveRelationship(id, by);
                  };
              String text = verb + " " + id + " by " + f.name("by");
              yield new Parsed(action, text);
            }
            case REMOVE_ROLE -> {
              f.allow("id", "by", "role");
              Role role = role(f.required("role"), path + ".role");
              Action action =
                  new Action.RemoveRole(f.id("id", RelationshipId::of), f.actor("by"), role);
              String text = verb + " " + role + " from " + f.name("id") + " by " + f.name("by");
              yield new Parsed(action, text);
            }
            case ASSIGN_ACCESS -> {
              f.allow("relationship", "by", "group", "roles");
              Action action =
                  new Action.AssignAccess(
                      f.id("relationship", RelationshipId::of),
                      f.actor("by"),
                      text(f.required("group"), path + ".group"),
                      roles(f.required("roles"), path + ".roles"));
              String text =
                  verb
                      + " "
                      + f.name("relationship")
                      + " "
                      + f.name("group")
                      + " by "
                      + f.name("by");
              yield new Parsed(action, text);
            }
            case SEND_RESELLER_INVITATION,
                ACCEPT_CUSTOMER_AGREEMENT,
                PURCHASE,
                CHANGE_SEATS,
                CANCEL_SUBSCRIPTION,
                SET_AUTO_RENEW,
                SCHEDULE_CHANGE,
                CHANGE_TERM,
                UPGRADE,
                SUSPEND,
                REACTIVATE,
                CONVERT_TRIAL ->
                newCommerce.act(kind, f, path, clock);
            // The LOG_ONLY verbs.
            case REGISTER_PARTNER,
                REGISTER_CUSTOMER,
                PLACE_ORDER,
                START_TRIALS,
                CHANGE_LICENSES,
                ADD_RESELLER ->
                throw fail(
                    path + ".do",
                    "expected one of "
                        + VERBS
                        + ", but got \""
                        + verb
                        + "\", which the program's log records but scenarios do not take (parties are"
                        + " declared under \"partners\", \"customers\" and \"resellers\")");
          };
      return new Step.Act(number, parsed.text(), parsed.action(), expect);
    }

    /** A step's action and the line that shows it. */
    record Parsed(Action action, String text) {}

    private Step check(JsonNode s, String path, int number) {
      String what = text(s.get("check"), path + ".check");
      Fields f = new Fields(s, path);
      switch (what) {
        case "delegatedAdmins" -> {
          f.allow("customer", "equals");
          JsonNode list = array(f.required("equals"), path + ".equals");
          Set<PartnerId> partners = new LinkedHashSet<>();
          for (int i = 0; i < list.size(); i++) {
            partners.add(id(list.get(i), path + ".equals[" + i + "]", PartnerId::of));
          }
          return new Step.Check(
              number,
              "check delegatedAdmins " + f.name("customer") + " = " + partners,
              new Step.DelegatedAdmins(f.customer("customer"), partners));
        }
        case "partnerOfRecord" -> {
          f.allow("customer", "equals");
          JsonNode e = f.required("equals");
          Optional<PartnerId> partner =
              e.isNull() ? Optional.empty() : Optional.of(id(e, path + ".equals", PartnerId::of));
          return new Step.Check(
              number,
              "check partnerOfRecord "
                  + f.name("customer")
                  + " = "
                  + partner.map(PartnerId::value).orElse("none"),
              new Step.PartnerOfRecordIs(f.customer("customer"), partner));
        }
        case "invitation" -> {
          f.allow("id", "status");
          String st = text(f.required("status"), path + ".status");
          OfferStatus status;
          try {
            status = OfferStatus.valueOf(st);
          } catch (IllegalArgumentException e) {
            status = OfferStatus.UNKNOWN;
          }
          if (status == OfferStatus.UNKNOWN) {
            throw fail(
                path + ".status",
                "expected one of PENDING, ACCEPTED, DECLINED, REVOKED, EXPIRED, but got \""
                    + st
                    + "\"");
          }
          return new Step.Check(
              number,
              "check invitation " + f.name("id") + " " + status,
              new Step.InvitationStatusIs(f.id("id", InvitationId::of), status));
        }
        case "relationship" -> {
          f.allow("id", "status");
          String st = text(f.required("status"), path + ".status");
          RelationshipStatus status = RelationshipStatus.fromWireName(st);
          if (!Set.of("created", "approvalPending", "active", "expired", "terminated")
              .contains(st)) {
            throw fail(
                path + ".status",
                "expected one of created, approvalPending, active, expired, terminated, but got \""
                    + st
                    + "\"");
          }
          return new Step.Check(
              number,
              "check relationship " + f.name("id") + " " + st,
              new Step.RelationshipStatusIs(f.id("id", RelationshipId::of), status));
        }
        case "owns" -> {
          f.allow("customer", "service", "licenses", "trial");
          Optional<Integer> licenses =
              f.has("licenses")
                  ? Optional.of(integer(f.required("licenses"), path + ".licenses", 1))
                  : Optional.empty();
          Optional<Boolean> trial =
              f.has("trial")
                  ? Optional.of(bool(f.required("trial"), path + ".trial"))
                  : Optional.empty();
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
        case "subscription" -> {
          return newCommerce.check(f, path, number);
        }
        default ->
            throw fail(
                path + ".check",
                "expected one of [delegatedAdmins, partnerOfRecord, invitation, relationship, owns,"
                    + " subscription], but got \""
                    + what
                    + "\"");
      }
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
        throw fail(p, "expected \"allowed\" or {\"denied\": [rule ids]}");
      }
      JsonNode list = array(e.get("denied"), p + ".denied");
      if (list.isEmpty()) {
        throw fail(p + ".denied", "expected one or more rule ids");
      }
      Set<String> ids = new TreeSet<>();
      for (int i = 0; i < list.size(); i++) {
        String id = text(list.get(i), p + ".denied[" + i + "]");
        if (Rule.byId(id).isEmpty()) {
          throw fail(
              p + ".denied[" + i + "]",
              "expected a rule id from RULES.md such as DA-2, but got \"" + id + "\"");
        }
        ids.add(id);
      }
      return Optional.of(ids);
    }

    /** The fields of one step: checks that only allowed keys appear and reads them by name. */
    final class Fields {
      private final JsonNode node;
      private final String path;

      Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
      }

      void allow(String... keys) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(keys));
        allowed.add("do");
        allowed.add("check");
        allowed.add("expect");
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
          String key = names.next();
          if (!allowed.contains(key)) {
            throw fail(
                path + "." + key,
                "expected only the fields "
                    + new TreeSet<>(Arrays.asList(keys))
                    + " here, but got \""
                    + key
                    + "\"");
          }
        }
      }

      boolean has(String key) {
        return node.has(key);
      }

      JsonNode required(String key) {
        JsonNode value = node.get(key);
        if (value == null) {
          throw fail(path + "." + key, "expected a value, but the field is missing");
        }
        return value;
      }

      String name(String key) {
        JsonNode value = node.get(key);
        return value == null ? "" : value.isTextual() ? value.asText() : value.toString();
      }

      <T> T id(String key, Function<String, T> parse) {
        return Reader.this.id(required(key), path + "." + key, parse);
      }

      <T> Optional<T> optionalId(String key, Function<String, T> parse) {
        return has(key) ? Optional.of(id(key, parse)) : Optional.empty();
      }

      <T> List<T> ids(String key, Function<String, T> parse) {
        JsonNode list = array(required(key), path + "." + key);
        List<T> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          result.add(Reader.this.id(list.get(i), path + "." + key + "[" + i + "]", parse));
        }
        return result;
      }

      boolean bool(String key, boolean fallback) {
        return has(key) ? Reader.this.bool(node.get(key), path + "." + key) : fallback;
      }

      PartnerId partner(String key) {
        String name = text(required(key), path + "." + key);
        PartnerId known = partnerNames.get(name);
        return known != null ? known : id(key, PartnerId::of);
      }

      CustomerId customer(String key) {
        String name = text(required(key), path + "." + key);
        CustomerId known = customerNames.get(name);
        if (known != null) {
          return known;
        }
        try {
          CustomerId id = CustomerId.fromName(name);
          displayNames.put(id.toString(), name);
          return id;
        } catch (IllegalArgumentException e) {
          throw fail(
              path + "." + key,
              "expected a customer name of letters, digits or . _ : -, but got \"" + name + "\"");
        }
      }

      Actor actor(String key) {
        String name = text(required(key), path + "." + key);
        if (customerNames.containsKey(name)) {
          return Actor.customer(customerNames.get(name));
        }
        if (partnerNames.containsKey(name)) {
          return Actor.partner(partnerNames.get(name));
        }
        throw fail(
            path + "." + key,
            "expected the name of a partner or customer declared in the file, but got \""
                + name
                + "\"");
      }
    }

    <T> T id(JsonNode node, String path, Function<String, T> parse) {
      String value = text(node, path);
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        throw fail(path, "expected an id of letters, digits or . _ : -, but got \"" + value + "\"");
      }
    }

    void object(JsonNode node, String path, Set<String> allowed, Set<String> required) {
      if (node == null || !node.isObject()) {
        throw fail(path, "expected a JSON object");
      }
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String key = names.next();
        if (!allowed.contains(key)) {
          throw fail(
              path + "." + key,
              "expected only the fields " + new TreeSet<>(allowed) + ", but got \"" + key + "\"");
        }
      }
      for (String key : new TreeSet<>(required)) {
        if (!node.has(key)) {
          throw fail(path + "." + key, "expected a value, but the field is missing");
        }
      }
    }

    JsonNode array(JsonNode node, String path) {
      if (node == null || !node.isArray()) {
        throw fail(path, "expected a JSON array");
      }
      return node;
    }

    String text(JsonNode node, String path) {
      if (node == null || !node.isTextual()) {
        throw fail(
            path,
            "expected a string"
                + (node == null ? ", but the field is missing" : ", but got " + kind(node)));
      }
      return node.asText();
    }

    boolean bool(JsonNode node, String path) {
      if (node == null || !node.isBoolean()) {
        throw fail(
            path, "expected true or false" + (node == null ? "" : ", but got " + kind(node)));
      }
      return node.asBoolean();
    }

    int integer(JsonNode node, String path, int min) {
      if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
        throw fail(
            path, "expected a whole number" + (node == null ? "" : ", but got " + kind(node)));
      }
      int value = node.asInt();
      if (value < min) {
        throw fail(path, "expected a number of at least " + min + ", but got " + value);
      }
      return value;
    }

    Duration duration(JsonNode node, String path) {
      String value = text(node, path);
      Duration duration;
      try {
        duration = Duration.parse(value);
      } catch (DateTimeException e) {
        try {
          Period period = Period.parse(value);
          duration =
              Duration.ofDays(
                  period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
        } catch (DateTimeException | ArithmeticException e2) {
          throw fail(
              path,
              "expected an ISO-8601 duration such as P31D, PT12H or P2Y, but got \""
                  + value
                  + "\"");
        }
      }
      if (duration.abs().compareTo(MAX_DURATION) > 0) {
        throw fail(
            path, "expected a duration of at most 36500 days (P100Y), but got \"" + value + "\"");
      }
      return duration;
    }

    private Cloud cloud(JsonNode node, String path) {
      return constant(node, path, Cloud.class);
    }

    private Program program(JsonNode node, String path) {
      return constant(node, path, Program.class);
    }

    BillingCycle billing(JsonNode node, String path) {
      return constant(node, path, BillingCycle.class);
    }

    // A name of GDAP-12's table or any roleDefinitionId (SCENARIOS.md), as Role.parse reads it.
    private Role role(JsonNode node, String path) {
      try {
        return Role.parse(text(node, path));
      } catch (IllegalArgumentException e) {
        throw fail(path, e.getMessage());
      }
    }

    private Set<Role> roles(JsonNode node, String path) {
      JsonNode list = array(node, path);
      Set<Role> roles = new LinkedHashSet<>();
      for (int i = 0; i < list.size(); i++) {
        roles.add(role(list.get(i), path + "[" + i + "]"));
      }
      return roles;
    }

    <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
      String value = text(node, path);
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        if (!constant.name().equals("UNKNOWN")) {
          names.add(constant.name());
          if (constant.name().equals(value)) {
            return constant;
          }
        }
      }
      throw fail(path, "expected one of " + names + ", but got \"" + value + "\"");
    }

    ScenarioFormatException fail(String path, String expected) {
      return new ScenarioFormatException(source, path, expected);
    }
  }

  /** The verbs the program's log records but a scenario does not take as a step. */
  private static final Set<ActionKind> LOG_ONLY =
      EnumSet.of(
          ActionKind.REGISTER_PARTNER,
          ActionKind.REGISTER_CUSTOMER,
          ActionKind.PLACE_ORDER,
          ActionKind.START_TRIALS,
          ActionKind.CHANGE_LICENSES,
          ActionKind.ADD_RESELLER);

  /** The steps' verbs, named by {@link ActionKind} once, with the clock's {@code advance}. */
  private static final List<String> VERBS = verbs();

  private static List<String> verbs() {
    List<String> verbs = new ArrayList<>();
    for (ActionKind kind : ActionKind.values()) {
      if (!LOG_ONLY.contains(kind)) {
        verbs.add(kind.getWireName());
      }
    }
    verbs.add("advance");
    return List.copyOf(verbs);
  }

  /**
   * Returns a customer for a name in a scenario file, with a plausible company profile: the rules
   * read only its id and cloud.
   */
  private static Customer customerNamed(String name, CustomerId id, Cloud cloud) {
    String label = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return Customer.builder()
        .id(id)
        .cloud(cloud)
        .profile(
            CompanyProfile.builder()
                .companyName(name)
                .domain((label.isEmpty() ? "customer" : label) + ".onmicrosoft.com")
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
                        .email("admin@" + (label.isEmpty() ? "customer" : label) + ".example")
                        .build())
                .build())
        .build();
  }

  private static String describe(List<OfferLine> lines) {
    List<String> parts = new ArrayList<>();
    for (OfferLine line : lines) {
      parts.add(line.getService() + " x" + line.getLicenses());
    }
    return parts.toString();
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(node.toString());
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
