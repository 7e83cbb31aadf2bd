package dev.partnerkit.testing.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.testing.ManagedCustomers;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sandbox holds 10,000 customers with two GDAP relationships each, and two access assignments
 * on each relationship ({@link ManagedCustomers}, seeded through the program's actions, no HTTP),
 * and still answers a page through HTTP. Heap used is printed for docs/performance.md.
 */
class SandboxCapacityTest {
  private static final int CUSTOMERS = 10_000;
  private static final PartnerId TAILWIND = ManagedCustomers.PARTNER;

  @Test
  void tenThousandCustomersWithTheirRelationshipsAreHeldAndPaged() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long started = System.nanoTime();
    PartnerProgram program = ManagedCustomers.program(CUSTOMERS);
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
                      + "/tenantRelationships/delegatedAdminRelationships/"
                      + ManagedCustomers.relationship(CUSTOMERS - 1, 1)
                      + "/accessAssignments"),
              token);

      assertThat(page.status()).as(page.body()).isEqualTo(200);
      JsonNode value = page.json().path("value");
      assertThat(value.size()).isEqualTo(100);
      assertThat(page.json().path("@odata.nextLink").asText())
          .contains("delegatedAdminRelationships");
      assertThat(next.json().path("value").size()).isEqualTo(100);
      assertThat(assignments.status()).as(assignments.body()).isEqualTo(200);
      assertThat(assignments.json().path("value").size()).isEqualTo(ManagedCustomers.ROLES.size());
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
}
