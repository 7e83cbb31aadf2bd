package dev.partnerkit.testing.scenario;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramStore;
import dev.partnerkit.rules.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Runs scenarios against the rules engine and reports each step.
 *
 * <p>From a JUnit test, one call runs a file: {@code ScenarioRunner.run(path).assertPassed()}; or
 * run a folder with {@link #runAll(List)}. Each scenario runs on a new {@link PartnerProgram} with
 * its own clock, so scenarios are independent and may run in parallel. Thread-safe: a utility
 * class.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /**
   * Parses and runs one scenario file.
   *
   * @param file the file
   * @return the result
   * @throws ScenarioFormatException when the file does not follow the format
   */
  public static ScenarioResult run(Path file) {
    return run(ScenarioParser.parse(file));
  }

  /**
   * Runs a parsed scenario on a new in-memory program.
   *
   * @param scenario the scenario
   * @return the result
   */
  public static ScenarioResult run(Scenario scenario) {
    return run(scenario, PartnerProgram::create);
  }

  /**
   * Runs a parsed scenario on a store made by {@code stores}, such as a database store, so that a
   * store can be held to the same conformance suite as the in-memory program.
   *
   * @param scenario the scenario
   * @param stores makes an empty store from the scenario's catalog and policy
   * @return the result
   */
  public static ScenarioResult run(
      Scenario scenario, BiFunction<ServiceCatalog, ProgramPolicy, ? extends ProgramStore> stores) {
    ProgramStore program = stores.apply(scenario.catalog(), scenario.policy());
    Instant now = scenario.start();
    Names names = new Names(scenario.names());
    for (Partner partner : scenario.partners()) {
      Outcome outcome = program.apply(new Action.RegisterPartner(partner), now);
      if (!outcome.isAllowed()) {
        return new ScenarioResult(
            scenario.source(),
            scenario.name(),
            List.of(),
            Optional.of(
                "partner "
                    + partner.getId()
                    + " could not be set up: "
                    + names.of(outcome.decision().toString())));
      }
    }
    for (Customer customer : scenario.customers()) {
      Outcome outcome = program.apply(new Action.RegisterCustomer(customer), now);
      if (!outcome.isAllowed()) {
        return new ScenarioResult(
            scenario.source(),
            scenario.name(),
            List.of(),
            Optional.of(
                "customer "
                    + names.of(customer.getId().toString())
                    + " could not be set up: "
                    + names.of(outcome.decision().toString())));
      }
    }
    for (Action action : scenario.setup()) {
      Outcome outcome = program.apply(action, now);
      if (!outcome.isAllowed()) {
        return new ScenarioResult(
            scenario.source(),
            scenario.name(),
            List.of(),
            Optional.of(
                action.kind().getWireName()
                    + " at the start could not be applied: "
                    + names.of(outcome.decision().toString())));
      }
    }
    List<StepResult> results = new ArrayList<>();
    for (Step step : scenario.steps()) {
      if (step instanceof Step.Advance advance) {
        now = now.plus(advance.by());
        results.add(
            new StepResult(
                step.number(), step.text(), "now " + now, List.of(), List.of(), true, ""));
      } else if (step instanceof Step.Act act) {
        results.add(act(program, act, now, names));
      } else if (step instanceof Step.Check check) {
        results.add(check(program, check, now, names));
      }
    }
    return new ScenarioResult(scenario.source(), scenario.name(), results, Optional.empty());
  }

  /**
   * Runs every scenario file given, and every {@code .json} file under each folder given, in name
   * order.
   *
   * @param paths files and folders
   * @return the results, one per file
   * @throws ScenarioFormatException when a file does not follow the format
   */
  public static List<ScenarioResult> runAll(List<Path> paths) {
    List<ScenarioResult> results = new ArrayList<>();
    for (Path file : files(paths)) {
      results.add(run(file));
    }
    return results;
  }

  /**
   * Returns the scenario files among {@code paths}: files as given, folders searched for {@code
   * .json} files, each in name order.
   *
   * @param paths files and folders
   * @return the files
   * @throws ScenarioFormatException when a path does not exist
   */
  public static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("could not list scenario folder " + path, e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new ScenarioFormatException(
            path.toString(),
            "$",
            "expected a scenario file or a folder of them, but nothing is there");
      }
    }
    return files;
  }

  private static StepResult act(ProgramStore program, Step.Act act, Instant now, Names names) {
    Outcome outcome = program.apply(act.action(), now);
    Decision decision = outcome.decision();
    List<String> ids = List.copyOf(decision.getRuleIds());
    List<String> reasons = new ArrayList<>();
    for (Reason reason : decision.getReasons()) {
      reasons.add(names.of(reason.toString()));
    }
    String shown = decision.isAllowed() ? "allowed" : "denied " + ids;
    if (act.expectedDenials().isEmpty()) {
      return new StepResult(
          act.number(),
          act.text(),
          shown,
          ids,
          reasons,
          decision.isAllowed(),
          decision.isAllowed() ? "" : "expected allowed");
    }
    Set<String> expected = act.expectedDenials().get();
    boolean ok = decision.isDenied() && decision.getRuleIds().containsAll(expected);
    return new StepResult(
        act.number(),
        act.text(),
        shown,
        ids,
        reasons,
        ok,
        ok ? "" : "expected denied " + new TreeSet<>(expected));
  }

  private static StepResult check(
      ProgramStore program, Step.Check check, Instant now, Names names) {
    Step.Expectation e = check.expectation();
    String actual;
    boolean ok;
    if (e instanceof Step.DelegatedAdmins d) {
      Set<PartnerId> admins = program.delegatedAdmins(d.customer(), now);
      ok = admins.equals(d.partners());
      actual = new TreeSet<>(admins).toString();
    } else if (e instanceof Step.PartnerOfRecordIs p) {
      Optional<PartnerId> por =
          program.partnerOfRecord(p.customer()).map(PartnerOfRecord::getPartner);
      ok = por.equals(p.partner());
      actual = por.map(PartnerId::value).orElse("none");
    } else if (e instanceof Step.InvitationStatusIs i) {
      Optional<Offer> offer = program.offer(i.invitation(), now);
      ok = offer.map(o -> o.getStatus() == i.status()).orElse(false);
      actual = offer.map(o -> o.getStatus().name()).orElse("no such invitation");
    } else if (e instanceof Step.RelationshipStatusIs r) {
      Optional<GranularRelationship> relationship = program.relationship(r.relationship(), now);
      Optional<RelationshipStatus> status = relationship.map(GranularRelationship::getStatus);
      ok = status.equals(Optional.of(r.status()));
      actual = status.map(RelationshipStatus::getWireName).orElse("no such relationship");
    } else if (e instanceof Step.SubscriptionIs s) {
      Optional<Subscription> found =
          program.subscriptions(s.customer(), now).stream()
              .filter(x -> x.getId().equals(s.subscription()))
              .findFirst();
      ok = found.map(x -> matches(s, x)).orElse(false);
      actual = found.map(ScenarioRunner::describe).orElse("no such subscription");
    } else {
      Step.Owns o = (Step.Owns) e;
      List<Subscription> ofService =
          program.subscriptions(o.customer(), now).stream()
              .filter(s -> s.getService().equals(o.service()))
              .toList();
      Optional<Subscription> owned =
          ofService.stream()
              .filter(s -> !s.isNewCommerce() && s.getStatus() == SubscriptionStatus.ACTIVE)
              .findFirst();
      if (owned.isEmpty()) {
        // New commerce: the seats of every active or suspended subscription of the service.
        List<Subscription> held =
            ofService.stream()
                .filter(
                    s ->
                        s.getStatus() == SubscriptionStatus.ACTIVE
                            || s.getStatus() == SubscriptionStatus.SUSPENDED)
                .toList();
        int seats = held.stream().mapToInt(Subscription::getLicenses).sum();
        boolean trial = !held.isEmpty() && held.stream().allMatch(Subscription::isTrial);
        boolean paid = held.stream().noneMatch(Subscription::isTrial);
        ok =
            !held.isEmpty()
                && o.licenses().map(l -> l == seats).orElse(true)
                && o.trial().map(t -> t ? trial : paid).orElse(true);
        actual =
            held.isEmpty()
                ? "not owned"
                : o.service() + " x" + seats + (trial ? " trial" : paid ? " paid" : " trial+paid");
      } else {
        ok =
            o.licenses().map(l -> l == owned.get().getLicenses()).orElse(true)
                && o.trial().map(t -> t == owned.get().isTrial()).orElse(true);
        actual =
            owned
                .map(
                    s ->
                        s.getService()
                            + " x"
                            + s.getLicenses()
                            + (s.isTrial() ? " trial" : " paid"))
                .orElse("not owned");
      }
    }
    return new StepResult(
        check.number(),
        check.text(),
        ok ? "holds" : "found " + actual,
        List.of(),
        List.of(),
        ok,
        ok ? "" : "expected " + check.text().replaceFirst("^check ", ""));
  }

  /** Shows customers by their names in the file instead of their tenant GUIDs. */
  private static boolean matches(Step.SubscriptionIs s, Subscription x) {
    return s.status().map(v -> v == x.getStatus()).orElse(true)
        && s.service().map(v -> v.equals(x.getService())).orElse(true)
        && s.seats().map(v -> v == x.getLicenses()).orElse(true)
        && s.term().map(v -> x.getTerm().equals(Optional.of(v))).orElse(true)
        && s.billing().map(v -> x.getBillingCycle().equals(Optional.of(v))).orElse(true)
        && s.autoRenew().map(v -> v == x.isAutoRenew()).orElse(true)
        && s.trial().map(v -> v == x.isTrial()).orElse(true)
        && s.termEnd().map(v -> x.getEnd().equals(Optional.of(v))).orElse(true);
  }

  /** Shows a subscription with the fields a {@code subscription} check reads. */
  private static String describe(Subscription x) {
    return x.getStatus().name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + x.getService()
        + " x"
        + x.getLicenses()
        + x.getTerm().map(t -> " " + t).orElse("")
        + x.getBillingCycle().map(b -> " " + b).orElse("")
        + (x.isAutoRenew() ? " autoRenew" : " no autoRenew")
        + (x.isTrial() ? " trial" : "")
        + x.getEnd().map(t -> " termEnd " + t).orElse("");
  }

  private static final class Names {
    private final Map<String, String> names;

    Names(Map<String, String> names) {
      this.names = names;
    }

    String of(String text) {
      String result = text;
      for (Map.Entry<String, String> entry : names.entrySet()) {
        if (result.contains(entry.getKey())) {
          result = result.replace(entry.getKey(), entry.getValue());
        }
      }
      return result;
    }
  }
}
