package dev.partnerkit.examples;

import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import dev.partnerkit.testing.SandboxClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The demo population {@code partnerkit audit --sandbox} reports on: one partner (Tailwind, a CSP
 * under the modern policy) and seven customers whose relationships give every kind of finding once,
 * seeded through the program's own actions on a fixed clock, so every run reads the same.
 *
 * <p>Thread-safe: a utility class; each call starts a new sandbox.
 */
final class AuditDemo {
  /** The partner whose customers the demo reports on. */
  static final PartnerId PARTNER = Samples.TAILWIND_CSP.getId();

  /** When the demo's relationships were created, approved and locked. */
  static final Instant SEEDED_AT = Samples.EPOCH;

  /** How long after the seeding the report is made: a pending approval then lapses in 5 days. */
  static final Duration ELAPSED = Duration.ofDays(85);

  private static final Duration TWO_YEARS = Duration.ofDays(730);
  private static final Duration HUNDRED_DAYS = Duration.ofDays(100);
  private static final Duration AUTO_EXTEND = Duration.ofDays(180);

  private AuditDemo() {}

  /**
   * Starts a sandbox with the demo population, its clock moved {@link #ELAPSED} past the seeding.
   *
   * @return the running sandbox; close it when done
   */
  static PartnerSandbox start() {
    Customer lakeshore = customer("audit-lakeshore", "Lakeshore Dental Group");
    Customer birchwood = customer("audit-birchwood", "Birchwood Legal LLP");
    Customer quarry = customer("audit-quarry-lane", "Quarry Lane Bakery");
    Customer northgate = customer("audit-northgate", "Northgate Clinics");
    Customer saltmarsh = customer("audit-saltmarsh", "Saltmarsh Outfitters");
    Customer tidewater = customer("audit-tidewater", "Tidewater Books");
    Customer meadow = customer("audit-meadowbrook", "Meadowbrook Farms");
    List<Customer> customers =
        List.of(lakeshore, birchwood, quarry, northgate, saltmarsh, tidewater, meadow);
    // Seeded before the sandbox is built, so that its Graph index lists the relationships as if
    // they had been created through it, with ids that stay the same from run to run.
    PartnerProgram program = PartnerProgram.create(Samples.catalog(), ProgramPolicy.modern());
    Seeder seed = new Seeder(program);
    seed.apply(new Action.RegisterPartner(Samples.TAILWIND_CSP));
    customers.forEach(c -> seed.apply(new Action.RegisterCustomer(c)));
    // Global Administrator held, and a role approved that no assignment gives.
    seed.active(
        "0a1b2c3d-0001-4000-8000-00000000a001",
        lakeshore,
        "Lakeshore full admin",
        TWO_YEARS,
        Duration.ZERO,
        Set.of(Role.GLOBAL_ADMINISTRATOR, Role.USER_ADMINISTRATOR),
        Set.of(Role.USER_ADMINISTRATOR));
    // Ends 15 days after the report, without auto-extend.
    seed.active(
        "0a1b2c3d-0002-4000-8000-00000000a002",
        birchwood,
        "Birchwood helpdesk",
        HUNDRED_DAYS,
        Duration.ZERO,
        Set.of(Role.HELPDESK_ADMINISTRATOR),
        Set.of(Role.HELPDESK_ADMINISTRATOR));
    // Ends 15 days after the report, but auto-extends.
    seed.active(
        "0a1b2c3d-0003-4000-8000-00000000a003",
        quarry,
        "Quarry Lane support",
        HUNDRED_DAYS,
        AUTO_EXTEND,
        Set.of(Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR),
        Set.of(Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR));
    // Active, with no access assignment.
    seed.active(
        "0a1b2c3d-0004-4000-8000-00000000a004",
        northgate,
        "Northgate mail",
        TWO_YEARS,
        AUTO_EXTEND,
        Set.of(Role.EXCHANGE_ADMINISTRATOR),
        Set.of());
    // Locked for approval at the seeding, never approved: lapses 5 days after the report.
    RelationshipId pending =
        seed.create(
            "0a1b2c3d-0005-4000-8000-00000000a005",
            saltmarsh,
            "Saltmarsh onboarding",
            TWO_YEARS,
            AUTO_EXTEND,
            Set.of(Role.USER_ADMINISTRATOR));
    seed.apply(new Action.LockForApproval(pending, Actor.partner(PARTNER)));
    // Nothing to report.
    seed.active(
        "0a1b2c3d-0007-4000-8000-00000000a007",
        meadow,
        "Meadowbrook helpdesk",
        TWO_YEARS,
        AUTO_EXTEND,
        Set.of(Role.HELPDESK_ADMINISTRATOR),
        Set.of(Role.HELPDESK_ADMINISTRATOR));
    // Tidewater is resold by the partner and has no relationship at all.
    PartnerSandbox sandbox =
        PartnerSandbox.builder()
            .programStore(() -> program)
            .clock(SandboxClock.fixed(SEEDED_AT))
            .customers(customers)
            .reseller(PARTNER, tidewater.getId())
            .start();
    sandbox.clock().advance(ELAPSED);
    return sandbox;
  }

  private static Customer customer(String key, String company) {
    return Customer.builder()
        .from(Samples.FABRIKAM)
        .id(CustomerId.fromName(key))
        .profile(
            CompanyProfile.builder()
                .from(Samples.FABRIKAM.getProfile())
                .companyName(company)
                .domain(key + ".example.com")
                .build())
        .build();
  }

  /** Applies the seeding actions at the sandbox's time, failing loudly when the rules refuse. */
  private record Seeder(PartnerProgram program) {
    RelationshipId create(
        String id,
        Customer customer,
        String name,
        Duration duration,
        Duration autoExtend,
        Set<Role> roles) {
      RelationshipId relationship = RelationshipId.of(id);
      apply(
          new Action.CreateRelationship(
              relationship, PARTNER, customer.getId(), name, duration, roles, autoExtend));
      return relationship;
    }

    void active(
        String id,
        Customer customer,
        String name,
        Duration duration,
        Duration autoExtend,
        Set<Role> roles,
        Set<Role> assigned) {
      RelationshipId relationship = create(id, customer, name, duration, autoExtend, roles);
      apply(new Action.LockForApproval(relationship, Actor.partner(PARTNER)));
      apply(new Action.ApproveRelationship(relationship, Actor.customer(customer.getId())));
      if (!assigned.isEmpty()) {
        apply(
            new Action.AssignAccess(
                relationship,
                Actor.partner(PARTNER),
                customer.getProfile().getDomain().replace(".example.com", "-admins"),
                assigned));
      }
    }

    void apply(Action action) {
      Outcome outcome = program.apply(action, SEEDED_AT);
      if (!outcome.isAllowed()) {
        throw new IllegalStateException(
            "the audit demo's seeding was refused: "
                + action
                + ": "
                + outcome.decision().getReasons());
      }
    }
  }
}
