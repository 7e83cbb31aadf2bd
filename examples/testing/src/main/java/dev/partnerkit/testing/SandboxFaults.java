package dev.partnerkit.testing;

import dev.partnerkit.testing.sandbox.internal.FaultInjector;
import java.util.Objects;

/**
 * The fault knobs of a running {@link PartnerSandbox}: script the next requests to fail, or set a
 * random {@link FaultPlan}.
 *
 * <pre>{@code
 * sandbox.faults().failNext(2, Fault.throttle(Duration.ZERO));   // the next two requests get 429
 * sandbox.faults().failNext("/graph/", 1, Fault.disconnect());    // the next Graph request drops
 * }</pre>
 *
 * <p>Scripted faults come first, in the order they were scripted; a request that none matches draws
 * from the plan. Thread-safe; get it from {@link PartnerSandbox#faults()}.
 */
public final class SandboxFaults {
  private final FaultInjector injector;

  SandboxFaults(FaultInjector injector) {
    this.injector = Objects.requireNonNull(injector, "injector");
  }

  /**
   * Scripts a fault for the next requests, whatever their path.
   *
   * @param count how many requests it hits, 1 or more
   * @param fault the fault
   * @return these knobs, for chaining
   */
  public SandboxFaults failNext(int count, Fault fault) {
    injector.script("/", count, fault);
    return this;
  }

  /**
   * Scripts a fault for the next requests whose path starts with a prefix, such as {@code
   * /partnercenter/v1/customers} or {@code /graph/}.
   *
   * @param pathPrefix the prefix, starting with {@code /}
   * @param count how many requests it hits, 1 or more
   * @param fault the fault
   * @return these knobs, for chaining
   */
  public SandboxFaults failNext(String pathPrefix, int count, Fault fault) {
    injector.script(pathPrefix, count, fault);
    return this;
  }

  /**
   * Replaces the random plan; its draws start again from its seed.
   *
   * @param plan the plan
   * @return these knobs, for chaining
   */
  public SandboxFaults plan(FaultPlan plan) {
    injector.plan(plan);
    return this;
  }

  /**
   * Drops every scripted fault and the random plan.
   *
   * @return these knobs, for chaining
   */
  public SandboxFaults clear() {
    injector.clear();
    return this;
  }

  /**
   * Returns how many scripted hits are still to come.
   *
   * @return the count
   */
  public int pending() {
    return injector.pending();
  }

  /**
   * Returns how many faults the sandbox injected so far.
   *
   * @return the count
   */
  public long injected() {
    return injector.injected();
  }
}
