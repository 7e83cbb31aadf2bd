package dev.partnerkit.bench;

import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.ImmutableCustomer;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.ModelFactory;
import dev.partnerkit.testing.Samples;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Memory: the bytes a program in memory retains per typical customer, measured as the heap in use
 * after full collections, with and without the customers, divided by their number. A typical
 * customer has one delegated-admin grant (from a trial invitation of two services with the
 * delegated-admin option, so two trial subscriptions and the accepted invitation), a partner of
 * record (another partner) and one granular relationship, under the modern policy; the in-memory log is off, as for
 * a program on a journal or database.
 *
 * <p>Customers are copies of 4,096 generated profiles that differ in their tenant id, as in the
 * rules benchmarks, so a profile's strings are shared; everything the program makes per customer
 * is counted. Run: {@code java -cp examples/target/benchmarks.jar
 * dev.partnerkit.bench.RetainedBytes 200000}.
 */
public final class RetainedBytes {
  private RetainedBytes() {}

  /**
   * Prints the retained bytes per customer.
   *
   * @param args the number of customers, 200,000 when none is given
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    ModelFactory factory = ModelFactory.seeded(42);
    List<Customer> profiles = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      profiles.add(factory.customer());
    }
    PartnerProgram program =
        PartnerProgram.builder()
            .catalog(Samples.catalog())
            .policy(ProgramPolicy.modern())
            .keepLog(false)
            .build();
    Instant at = Samples.EPOCH;
    apply(program, new Action.RegisterPartner(Samples.TAILWIND_CSP), at);
    apply(program, new Action.RegisterPartner(Samples.NORTHWIND), at);
    long before = usedAfterGc();
    for (int i = 0; i < count; i++) {
      addTypicalCustomer(program, ImmutableCustomer.copyOf(profiles.get(i % 4096)), i, at);
    }
    long after = usedAfterGc();
    System.out.printf(
        "%d customers: %.0f bytes retained per customer (%,d bytes in all)%n",
        count, (after - before) / (double) count, after - before);
    // Keeps the program reachable until the heap was measured.
    System.out.println(program.customerCount() == count ? "ok" : "unexpected customer count");
  }

  private static void addTypicalCustomer(
      PartnerProgram program, ImmutableCustomer profile, int i, Instant at) {
    CustomerId id = CustomerId.of(new UUID(42, i));
    // Tailwind is certified under the modern policy (CSP direct); Northwind is another partner.
    PartnerId tailwind = Samples.TAILWIND_CSP.getId();
    apply(program, new Action.RegisterCustomer(profile.withId(id).withCloud(Cloud.GLOBAL)), at);
    InvitationId trial = InvitationId.of("t" + i);
    apply(
        program,
        new Action.SendTrialInvitation(
            trial,
            tailwind,
            id,
            List.of(Samples.EXCHANGE_ONLINE, Samples.SHAREPOINT_ONLINE),
            true),
        at);
    apply(program, new Action.Accept(trial, Actor.customer(id)), at);
    apply(
        program,
        new Action.DesignatePartnerOfRecord(id, Samples.NORTHWIND.getId(), Actor.customer(id)),
        at);
    apply(
        program,
        new Action.CreateRelationship(
            RelationshipId.of("r" + i),
            tailwind,
            id,
            "Tailwind for customer " + i,
            Duration.ofDays(730),
            Set.of(Role.HELPDESK_ADMINISTRATOR),
            Duration.ZERO),
        at);
  }

  private static void apply(PartnerProgram program, Action action, Instant at) {
    if (!program.apply(action, at).isAllowed()) {
      throw new IllegalStateException("set-up was denied: " + action + ": " + program.decide(action, at));
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
