package dev.partnerkit.bench;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.testing.PartnerSandbox;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Target 3, time: streaming all of a partner's {@code customers} customers in pages of {@value
 * CustomerStreams#PAGE_SIZE} from the loopback sandbox with {@code client.customers().list(...)},
 * beside the floor, a hand-written {@link java.net.http.HttpClient} and Jackson loop following the
 * same continuation tokens against the same sandbox. One operation is one whole pass; every
 * customer goes into a {@link Blackhole}, and a pass that sees fewer customers than the sandbox
 * holds fails the run. The sandbox runs in the benchmark's JVM, so its cost of serving the pages is
 * in both figures alike. Peak heap is {@link ClientStreamHeap}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ClientStreamBench {
  @Param({"100000"})
  public int customers;

  private PartnerSandbox sandbox;
  private PartnerClient client;
  private CustomerStreams.HandLoop floor;

  /** Starts the sandbox with the customers, the client and the floor. */
  @Setup(Level.Trial)
  public void setUp() {
    sandbox = CustomerStreams.sandbox(customers).start();
    String token = sandbox.partnerToken(CustomerStreams.PARTNER);
    client = CustomerStreams.client(sandbox.partnerCenterUri(), token);
    floor = new CustomerStreams.HandLoop(sandbox.partnerCenterUri(), token);
    // The set-up allocates the sandbox's 100,000 customers at once; collected here, their promotion
    // to the old generation is not charged to the first measured iterations.
    System.gc();
  }

  /** Stops the client and the sandbox. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    sandbox.close();
  }

  /**
   * Streams every customer with Partnerkit's client.
   *
   * @param blackhole takes each customer
   */
  @Benchmark
  public void client(Blackhole blackhole) {
    check(CustomerStreams.withClient(client, blackhole::consume));
  }

  /**
   * The floor: streams every customer with the hand-written loop.
   *
   * @param blackhole takes each customer
   */
  @Benchmark
  public void handWritten(Blackhole blackhole) {
    check(floor.stream(blackhole::consume));
  }

  private void check(long seen) {
    if (seen != customers) {
      throw new IllegalStateException("streamed " + seen + " of " + customers + " customers");
    }
  }
}
