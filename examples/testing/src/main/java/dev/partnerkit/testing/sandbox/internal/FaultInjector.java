package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.testing.Fault;
import dev.partnerkit.testing.FaultPlan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Not API: decides which fault, if any, hits each request: scripted faults first, in the order they
 * were scripted, then the random plan. Thread-safe: one lock guards the script, the plan and its
 * random source, so draws happen in request order.
 */
public final class FaultInjector {
  private final Deque<Scripted> scripted = new ArrayDeque<>();
  private FaultPlan plan;
  private Random random;
  private long injected;

  /** A scripted fault and how many more requests it hits. */
  private static final class Scripted {
    final String prefix;
    final Fault fault;
    int remaining;

    Scripted(String prefix, Fault fault, int remaining) {
      this.prefix = prefix;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  /**
   * Creates an injector with a plan.
   *
   * @param plan the random plan
   */
  public FaultInjector(FaultPlan plan) {
    plan(plan);
  }

  /**
   * Scripts a fault for the next requests on a path prefix.
   *
   * @param prefix the path prefix, {@code /} for every request
   * @param count how many requests it hits, 1 or more
   * @param fault the fault
   */
  public synchronized void script(String prefix, int count, Fault fault) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(fault, "fault");
    if (count < 1) {
      throw new IllegalArgumentException("count must be 1 or more, but was " + count);
    }
    if (!prefix.startsWith("/")) {
      throw new IllegalArgumentException("a path prefix starts with /, but got \"" + prefix + "\"");
    }
    scripted.addLast(new Scripted(prefix, fault, count));
  }

  /**
   * Replaces the random plan and restarts its draws from its seed.
   *
   * @param plan the plan
   */
  public synchronized void plan(FaultPlan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.random = new Random(plan.getSeed());
  }

  /** Drops every scripted fault and the random plan. */
  public synchronized void clear() {
    scripted.clear();
    plan(FaultPlan.none());
  }

  /**
   * Returns the number of faults injected so far.
   *
   * @return the count
   */
  public synchronized long injected() {
    return injected;
  }

  /**
   * Returns the number of scripted hits still to come.
   *
   * @return the count
   */
  public synchronized int pending() {
    int pending = 0;
    for (Scripted s : scripted) {
      pending += s.remaining;
    }
    return pending;
  }

  /**
   * Returns the fault for the next request on a path, and counts it.
   *
   * @param path the request's raw path
   * @return the fault; empty for none
   */
  public synchronized Optional<Fault> next(String path) {
    for (Iterator<Scripted> it = scripted.iterator(); it.hasNext(); ) {
      Scripted s = it.next();
      if (path.startsWith(s.prefix)) {
        if (--s.remaining == 0) {
          it.remove();
        }
        injected++;
        return Optional.of(s.fault);
      }
    }
    if (!plan.covers(path)) {
      return Optional.empty();
    }
    double draw = random.nextDouble();
    double cumulative = 0;
    for (FaultPlan.Entry entry : plan.getEntries()) {
      cumulative += entry.rate();
      if (draw < cumulative) {
        injected++;
        return Optional.of(entry.fault());
      }
    }
    return Optional.empty();
  }
}
