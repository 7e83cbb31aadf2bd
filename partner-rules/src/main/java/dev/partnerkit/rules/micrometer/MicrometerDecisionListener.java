package dev.partnerkit.rules.micrometer;

import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.DecisionEvent;
import dev.partnerkit.rules.DecisionListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link DecisionListener} that records a program's decisions in a Micrometer {@link
 * MeterRegistry}.
 *
 * <pre>{@code
 * PartnerProgram program = PartnerProgram.builder()
 *     .catalog(catalog)
 *     .listener(new MicrometerDecisionListener(registry))
 *     .build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@value #DECISIONS}</td><td>counter</td><td>verb, outcome</td>
 *       <td>actions decided; outcome {@code allowed} or {@code denied}</td></tr>
 *   <tr><td>{@value #DENIALS}</td><td>counter</td><td>verb, rule</td>
 *       <td>each rule a denial cites, such as {@code DA-2}; a denial citing two rules counts
 *       once under each</td></tr>
 *   <tr><td>{@value #APPLY}</td><td>timer</td><td>verb, outcome</td>
 *       <td>{@code apply}, deciding and storing included; outcome {@code failed} when the storage
 *       threw</td></tr>
 * </table>
 *
 * <p>The verb tag is the action's wire name ({@link dev.partnerkit.rules.ActionKind#getWireName()},
 * such as {@code acceptDelegatedAdmin}).
 *
 * <p>Thread-safe; create with {@link #MicrometerDecisionListener(MeterRegistry)}. It times each
 * action from {@link #applying} to {@link #decided} on the calling thread, which is where the
 * program calls both.
 */
public final class MicrometerDecisionListener implements DecisionListener {
  /** The counter of decisions. */
  public static final String DECISIONS = "partnerkit.program.decisions";

  /** The counter of the rules denials cite. */
  public static final String DENIALS = "partnerkit.program.denials";

  /** The timer of apply. */
  public static final String APPLY = "partnerkit.program.apply";

  private final MeterRegistry registry;
  private final ThreadLocal<Timer.Sample> started = new ThreadLocal<>();

  /**
   * Returns a listener that records in the registry.
   *
   * @param registry the registry
   */
  public MicrometerDecisionListener(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
  }

  @Override
  public void applying(Action action, Instant now) {
    started.set(Timer.start(registry));
  }

  @Override
  public void decided(DecisionEvent event) {
    String verb = event.kind().getWireName();
    String outcome = event.isAllowed() ? "allowed" : "denied";
    stop(verb, outcome);
    Counter.builder(DECISIONS)
        .description("Partner program actions decided")
        .tag("verb", verb)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    for (String rule : event.ruleIds()) {
      Counter.builder(DENIALS)
          .description("Rules cited by denied partner program actions")
          .tag("verb", verb)
          .tag("rule", rule)
          .register(registry)
          .increment();
    }
  }

  @Override
  public void failed(Action action, RuntimeException error) {
    stop(action.kind().getWireName(), "failed");
  }

  private void stop(String verb, String outcome) {
    Timer.Sample sample = started.get();
    if (sample == null) {
      return;
    }
    started.remove();
    sample.stop(
        Timer.builder(APPLY)
            .description("Partner program apply, deciding and storing included")
            .tag("verb", verb)
            .tag("outcome", outcome)
            .register(registry));
  }

  @Override
  public String toString() {
    return "MicrometerDecisionListener[" + registry.getClass().getSimpleName() + "]";
  }
}
