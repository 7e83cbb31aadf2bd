package dev.partnerkit.testing;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A large portfolio for capacity tests and benchmarks: one CSP partner ({@link
 * Samples#TAILWIND_CSP}) that resells to many customers and manages each through two approved
 * granular relationships, each with one access assignment per role. Built through the program's own
 * actions, so every rule checked it, without HTTP, so that ten thousand customers take seconds; a
 * sandbox serves it with {@code PartnerSandbox.builder().programStore(() -> program)}.
 *
 * <p>Stateless and thread-safe: a utility class.
 */
public final class ManagedCustomers {
  /** The partner that manages them. */
  public static final PartnerId PARTNER = Samples.TAILWIND_CSP.getId();

  /** The roles of every relationship, each also given to one access assignment. */
  public static final Set<Role> ROLES =
      Set.of(Role.HELPDESK_ADMINISTRATOR, Role.USER_ADMINISTRATOR);

  /** How many relationships each customer has. */
  public static final int RELATIONSHIPS_PER_CUSTOMER = 2;

  private static final Duration DURATION = Duration.ofDays(730);

  private ManagedCustomers() {}

  /**
   * Returns a new program under the modern policy, at {@link Samples#EPOCH}, in which {@link
   * #PARTNER} is the reseller of {@code customers} customers ({@link #customer(int)}), each with
   * {@link #RELATIONSHIPS_PER_CUSTOMER} active relationships ({@link #relationship(int, int)}) of
   * {@link #ROLES} and one access assignment per role.
   *
   * @param customers how many customers, 0 or more
   * @return the program, in memory
   * @throws IllegalArgumentException when {@code customers} is negative
   */
  public static PartnerProgram program(int customers) {
    if (customers < 0) {
      throw new IllegalArgumentException("customers must be 0 or more, but was " + customers);
    }
    PartnerProgram program = PartnerProgram.create(Samples.catalog(), ProgramPolicy.modern());
    Instant now = Samples.EPOCH;
    apply(program, new Action.RegisterPartner(Samples.TAILWIND_CSP), now);
    Actor partner = Actor.partner(PARTNER);
    for (int i = 0; i < customers; i++) {
      CustomerId customer = customer(i);
      apply(program, new Action.RegisterCustomer(profile(customer, i)), now);
      apply(program, new Action.AddReseller(PARTNER, customer), now);
      for (int r = 0; r < RELATIONSHIPS_PER_CUSTOMER; r++) {
        RelationshipId id = relationship(i, r);
        apply(
            program,
            new Action.CreateRelationship(
                id, PARTNER, customer, "Support " + i + "-" + r, DURATION, ROLES, Duration.ZERO),
            now);
        apply(program, new Action.LockForApproval(id, partner), now);
        apply(program, new Action.ApproveRelationship(id, Actor.customer(customer)), now);
        for (Role role : ROLES) {
          apply(program, new Action.AssignAccess(id, partner, "g-" + role, Set.of(role)), now);
        }
      }
    }
    return program;
  }

  /**
   * Returns the tenant id of the customer numbered {@code i}.
   *
   * @param i the customer's number, from 0
   * @return its id
   */
  public static CustomerId customer(int i) {
    return CustomerId.fromName("managed-" + i);
  }

  /**
   * Returns the id of a customer's relationship.
   *
   * @param customer the customer's number, from 0
   * @param r the relationship's number, from 0
   * @return its id
   */
  public static RelationshipId relationship(int customer, int r) {
    return RelationshipId.of("managed-" + customer + "-" + r);
  }

  private static Customer profile(CustomerId id, int i) {
    CompanyProfile profile = Samples.FABRIKAM.getProfile();
    return Customer.builder()
        .from(Samples.FABRIKAM)
        .id(id)
        .profile(
            CompanyProfile.builder()
                .from(profile)
                .companyName("Managed " + i)
                .domain("managed" + i + ".onmicrosoft.com")
                .build())
        .build();
  }

  private static void apply(PartnerProgram program, Action action, Instant now) {
    Outcome outcome = program.apply(action, now);
    if (!outcome.isAllowed()) {
      // The portfolio is fixed: a denial means the rules changed under it.
      throw new IllegalStateException(
          "ManagedCustomers could not apply " + action + ": " + outcome.decision());
    }
  }
}
