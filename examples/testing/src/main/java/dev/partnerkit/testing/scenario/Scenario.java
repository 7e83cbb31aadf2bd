package dev.partnerkit.testing.scenario;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ProgramPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed scenario file: its name, the rules it exercises, its policy, start time and catalog, the
 * partners and customers at the start, and its steps.
 *
 * <p>Immutable and thread-safe. Create with {@link ScenarioParser}.
 *
 * @param source the file or other source it was read from
 * @param name one line saying what it shows
 * @param rules the rule ids it exercises
 * @param policy the policy its steps run under
 * @param start the clock's start
 * @param catalog the service catalog
 * @param partners the partners at the start
 * @param customers the customers at the start
 * @param setup what else holds at the start, applied after the parties are registered: reseller
 *     relationships and recorded customer agreements (NCE-1, NCE-2)
 * @param steps the steps, in order
 * @param names readable names for the ids in messages (a customer's tenant GUID to its file name)
 */
public record Scenario(
    String source,
    String name,
    List<String> rules,
    ProgramPolicy policy,
    Instant start,
    ServiceCatalog catalog,
    List<Partner> partners,
    List<Customer> customers,
    List<Action> setup,
    List<Step> steps,
    Map<String, String> names) {
  /** Copies the collections and refuses nulls. */
  public Scenario {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(name, "name");
    rules = List.copyOf(rules);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(catalog, "catalog");
    partners = List.copyOf(partners);
    customers = List.copyOf(customers);
    setup = List.copyOf(setup);
    steps = List.copyOf(steps);
    names = Map.copyOf(names);
  }

  /**
   * Creates a scenario whose start holds nothing beyond its parties.
   *
   * @param source the file or other source it was read from
   * @param name one line saying what it shows
   * @param rules the rule ids it exercises
   * @param policy the policy its steps run under
   * @param start the clock's start
   * @param catalog the service catalog
   * @param partners the partners at the start
   * @param customers the customers at the start
   * @param steps the steps, in order
   * @param names readable names for the ids in messages
   */
  public Scenario(
      String source,
      String name,
      List<String> rules,
      ProgramPolicy policy,
      Instant start,
      ServiceCatalog catalog,
      List<Partner> partners,
      List<Customer> customers,
      List<Step> steps,
      Map<String, String> names) {
    this(source, name, rules, policy, start, catalog, partners, customers, List.of(), steps, names);
  }
}
