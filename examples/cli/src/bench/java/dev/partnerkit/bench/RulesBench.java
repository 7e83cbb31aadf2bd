package dev.partnerkit.bench;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.PartnerProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 1, the decision: "may customer C accept partner P's delegated-admin option now" on a
 * program of {@code customers} customers and 10,000 partners, beside its floor, one {@link
 * HashMap#get} on the same customer keys in a map of the same size.
 *
 * <p>The questions cycle through {@code queries} (customer, partner) pairs drawn uniformly from all
 * customers: 1,024 pairs keep the touched state in the CPU caches at every size, so a difference
 * between sizes is the algorithm's; a million pairs touch memory at random, as a busy portal does,
 * and show the cache misses as well. {@code answer} = {@code allowed} asks only questions whose
 * answer is yes (the partner is certified, in the customer's cloud, and no other partner is the
 * customer's delegated admin); {@code mixed} asks about a partner in the customer's cloud chosen at
 * random, which is denied about 40% of the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 3,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class RulesBench {
  private static final int PARTNERS = 10_000;

  @Param({"1000", "1000000"})
  public int customers;

  @Param({"1024", "1048576"})
  public int queries;

  @Param({"allowed", "mixed"})
  public String answer;

  private PartnerProgram program;
  private Map<CustomerId, Object> floor;
  private Map<PartnerId, Object> partnerFloor;
  private CustomerId[] customerKeys;
  private PartnerId[] partnerKeys;
  private int mask;
  private int next;

  /** Builds the program, the floor's map over the same keys, and the questions. */
  @Setup(Level.Trial)
  public void setUp() {
    RulesWorld world = RulesWorld.build(customers, PARTNERS, false, 42);
    program = world.program;
    floor = new HashMap<>();
    for (CustomerId id : world.customers) {
      floor.put(id, id);
    }
    partnerFloor = new HashMap<>();
    for (PartnerId id : world.partners) {
      partnerFloor.put(id, id);
    }
    List<CustomerId> askCustomers = new ArrayList<>(queries);
    List<PartnerId> askPartners = new ArrayList<>(queries);
    SplittableRandom random = new SplittableRandom(7);
    int allowed = 0;
    while (askCustomers.size() < queries) {
      int c = random.nextInt(world.customers.length);
      int p = pickPartner(world, c, random);
      if (p < 0) {
        continue;
      }
      Decision decision =
          program.mayAcceptDelegatedAdmin(world.customers[c], world.partners[p], RulesWorld.NOW);
      if (answer.equals("allowed") && decision.isDenied()) {
        continue;
      }
      allowed += decision.isAllowed() ? 1 : 0;
      askCustomers.add(world.customers[c]);
      askPartners.add(world.partners[p]);
    }
    customerKeys = askCustomers.toArray(new CustomerId[0]);
    partnerKeys = askPartners.toArray(new PartnerId[0]);
    mask = queries - 1;
    System.out.printf(
        "%n%d customers, %d partners, %d questions, %.1f%% allowed%n",
        customers, PARTNERS, queries, 100.0 * allowed / queries);
    // The set-up allocates the whole program at once; collected here, its promotion to the old
    // generation is not charged to the first measured iterations.
    System.gc();
  }

  private int pickPartner(RulesWorld world, int c, SplittableRandom random) {
    if (answer.equals("allowed")) {
      return RulesWorld.certifiedPartnerIn(
          world.customerClouds[c], world.partnerClouds, world.certified, random);
    }
    for (int attempt = 0; attempt < 1000; attempt++) {
      int p = random.nextInt(world.partners.length);
      if (world.partnerClouds[p] == world.customerClouds[c]) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Returns the decision for the next question.
   *
   * @return the decision
   */
  @Benchmark
  public Decision decide() {
    int i = next++ & mask;
    return program.mayAcceptDelegatedAdmin(customerKeys[i], partnerKeys[i], RulesWorld.NOW);
  }

  /**
   * Returns the floor's answer for the next question's customer.
   *
   * @return the value the map holds for the customer
   */
  @Benchmark
  public Object hashMapGet() {
    int i = next++ & mask;
    return floor.get(customerKeys[i]);
  }

  /**
   * Returns the lookups no implementation of the decision can avoid: the customer's and the
   * partner's, each one {@link HashMap#get}. Not the target's floor; it shows how much of the
   * decision is finding the two parties.
   *
   * @return whether both are known
   */
  @Benchmark
  public boolean twoHashMapGets() {
    int i = next++ & mask;
    return floor.get(customerKeys[i]) != null && partnerFloor.get(partnerKeys[i]) != null;
  }
}
