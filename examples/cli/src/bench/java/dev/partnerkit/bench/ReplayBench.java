package dev.partnerkit.bench;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.Samples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * Replaying a log: 200,000 events spread over {@code customers} customers, rebuilt with {@link
 * PartnerProgram#replay}, as a journal is on opening. The events are a portal's busy days: each
 * customer is sent delegated-admin invitations that it declines, and files service requests, so a
 * customer's offers and requests grow with its share of the log. With state that grows by sharing,
 * 10 busy customers replay about as fast as 1,000 quiet ones; with copying they were quadratic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReplayBench {
  private static final int EVENTS = 200_000;

  @Param({"10", "1000"})
  public int customers;

  List<Event> log;

  /** Writes the log once, by applying its actions to a program. */
  @Setup(Level.Trial)
  public void setUp() {
    log = write(customers, EVENTS);
  }

  /**
   * Returns the log of a program with one partner and {@code customerCount} customers after
   * {@code events} events.
   */
  static List<Event> write(int customerCount, int events) {
    PartnerProgram program = PartnerProgram.create(Samples.catalog(), ProgramPolicy.seed());
    Instant at = Samples.EPOCH;
    PartnerId partner = Samples.NORTHWIND.getId();
    apply(program, new Action.RegisterPartner(Samples.NORTHWIND), at);
    CustomerId[] ids = new CustomerId[customerCount];
    for (int i = 0; i < customerCount; i++) {
      ids[i] = CustomerId.of(new UUID(7, i));
      apply(
          program,
          new Action.RegisterCustomer(
              dev.partnerkit.model.ImmutableCustomer.copyOf(Samples.FABRIKAM).withId(ids[i])),
          at);
    }
    for (int n = program.events().size(), round = 0; n < events; round++) {
      at = at.plus(Duration.ofSeconds(1));
      for (int i = 0; i < customerCount && n < events; i++, n++) {
        CustomerId customer = ids[i];
        Action action =
            switch (round % 3) {
              case 0 -> new Action.SendDelegatedAdminInvitation(
                  InvitationId.of("d-" + i + "-" + round), partner, customer);
              case 1 -> new Action.Decline(
                  InvitationId.of("d-" + i + "-" + (round - 1)), Actor.customer(customer));
              default -> new Action.SubmitServiceRequest(
                  customer, Actor.customer(customer), "Request " + round);
            };
        apply(program, action, at);
      }
    }
    return program.events();
  }

  private static void apply(PartnerProgram program, Action action, Instant at) {
    if (!program.apply(action, at).isAllowed()) {
      throw new IllegalStateException("benchmark set-up was denied: " + action);
    }
  }

  /** Rebuilds the program from the whole log. */
  @Benchmark
  public PartnerProgram replay() {
    return PartnerProgram.replay(Samples.catalog(), ProgramPolicy.seed(), log);
  }
}
