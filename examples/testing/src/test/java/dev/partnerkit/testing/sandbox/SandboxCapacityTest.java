package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sandbox holds 10,000 customers with two GDAP relationships each, and two access assignments
 * on each relationship, seeded through the program's actions (no HTTP, for speed), and still
 * answers a page through HTTP. Heap used is printed for docs/performance.md.
 */
class SandboxCapacityTest {
  private static final int CUSTOMERS = 10_000;
  private static final PartnerId TAILWIND = Samples.TAILWIND_CSP.getId();
  private static final Set<Role> ROLES =
      Set.of(Role.HELPDESK_ADMINISTRATOR, Role.USER_ADMINISTRATOR);

  @Test
  void tenThousandCustomersWithTheirRelationshipsAreHeldAndPaged() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long started = System.nanoTime();
    PartnerProgram program = PartnerProgram.create(Samples.catalog(), ProgramPolicy.modern());
    Instant now = Samples.EPOCH;
    apply(program, new Action.RegisterPartner(Samples.TAILWIND_CSP), now);
    Actor partner = Actor.partner(TAILWIND);
    for (int i = 0; i < CUSTOMERS; i++) {
      CustomerId customer = CustomerId.fromName("capacity-" + i);
      apply(program, new Action.RegisterCustomer(customer(customer, i)), now);
      for (int r = 0; r < 2; r++) {
        RelationshipId id = RelationshipId.of("capacity-" + i + "-" + r);
        apply(
            program,
            new Action.CreateRelationship(
                id,
                TAILWIND,
                customer,
                "Support " + i + "-" + r,
                Duration.ofDays(730),
                ROLES,
                Duration.ZERO),
            now);
        apply(program, new Action.LockForApproval(id, partner), now);
        apply(program, new Action.ApproveRelationship(id, Actor.customer(customer)), now);
        apply(
            program,
            new Action.AssignAccess(
                id, partner, "helpdesk-" + r, Set.of(Role.HELPDESK_ADMINISTRATOR)),
            now);
        apply(
            program,
            new Action.AssignAccess(id, partner, "users-" + r, Set.of(Role.USER_ADMINISTRATOR)),
            now);
      }
    }
    Duration seeded = Duration.ofNanos(System.nanoTime() - started);

    try (PartnerSandbox sandbox =
        PartnerSandbox.builder()
            .programStore(() -> program)
            .partners(List.of(Samples.TAILWIND_CSP))
            .customers(List.of())
            .start()) {
      String token = sandbox.partnerToken(TAILWIND);
      long asked = System.nanoTime();
      RawHttp.Answer page =
          RawHttp.get(
              URI.create(
                  sandbox.graphUri() + "/tenantRelationships/delegatedAdminRelationships?$top=100"),
              token);
      Duration answered = Duration.ofNanos(System.nanoTime() - asked);
      long again = System.nanoTime();
      RawHttp.Answer next =
          RawHttp.get(URI.create(page.json().path("@odata.nextLink").asText()), token);
      Duration answeredAgain = Duration.ofNanos(System.nanoTime() - again);
      RawHttp.Answer assignments =
          RawHttp.get(
              URI.create(
                  sandbox.graphUri()
                      + "/tenantRelationships/delegatedAdminRelationships/capacity-9999-1"
                      + "/accessAssignments"),
              token);

      assertThat(page.status()).as(page.body()).isEqualTo(200);
      JsonNode value = page.json().path("value");
      assertThat(value.size()).isEqualTo(100);
      assertThat(page.json().path("@odata.nextLink").asText())
          .contains("delegatedAdminRelationships");
      assertThat(next.json().path("value").size()).isEqualTo(100);
      assertThat(assignments.status()).as(assignments.body()).isEqualTo(200);
      assertThat(assignments.json().path("value").size()).isEqualTo(2);
      assertThat(program.snapshot().customers()).hasSize(CUSTOMERS);

      System.gc();
      long heapAfter = memory.getHeapMemoryUsage().getUsed();
      System.out.printf(
          "capacity: %d customers, %d relationships, %d access assignments, %d events;"
              + " seeded in %d ms; Graph pages of 100 in %d ms, then %d ms; heap used %d MiB"
              + " (%d MiB more than before)%n",
          CUSTOMERS,
          2 * CUSTOMERS,
          4 * CUSTOMERS,
          program.lastSequence(),
          seeded.toMillis(),
          answered.toMillis(),
          answeredAgain.toMillis(),
          heapAfter >> 20,
          (heapAfter - heapBefore) >> 20);
    }
  }

  private static Customer customer(CustomerId id, int i) {
    CompanyProfile profile = Samples.FABRIKAM.getProfile();
    return Customer.builder()
        .from(Samples.FABRIKAM)
        .id(id)
        .profile(
            CompanyProfile.builder()
                .from(profile)
                .companyName("Capacity " + i)
                .domain("capacity" + i + ".onmicrosoft.com")
                .build())
        .build();
  }

  private static void apply(PartnerProgram program, Action action, Instant now) {
    Outcome outcome = program.apply(action, now);
    assertThat(outcome.isAllowed()).as("%s: %s", action, outcome.decision()).isTrue();
  }
}
