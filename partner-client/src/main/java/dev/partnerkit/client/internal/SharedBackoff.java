package dev.partnerkit.client.internal;

import dev.partnerkit.client.Audience;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Not API: the backoff that calls sharing a throttling limit share (API-9). Once a 429 arrives,
 * calls not yet sent to that limit are held until its {@code Retry-After} has passed, instead of
 * each meeting the limit and retrying on its own; and from then on they are paced, so that the held
 * calls do not all meet the limit again the moment the hold ends.
 *
 * <p>A limit is one service as this client reaches it: Partner Center for the partner whose token
 * the client holds, Microsoft Graph for the application, Azure Resource Manager. A 429 does not say
 * which of a service's limits tripped (Partner Center also limits per customer), so the hold covers
 * every call this client makes to the service: a loop over many customers stops sending into the
 * limit instead of collecting one 429 per customer.
 *
 * <p>Pacing learns the limit's rate the way TCP learns a path's: each call takes the next send
 * slot, one interval after the last; a 429 widens the interval by a quarter (once per round: a 429
 * to a call sent before the last widening says nothing new), and each success narrows it by a
 * twentieth of a percent, so the client probes upwards slowly and meets the limit about once every
 * several hundred calls. Until the first 429 the interval is zero: a client under its limit is
 * never slowed; the first 429 starts it from the average gap between the calls sent until then.
 *
 * <p>Thread-safe; each service's state is guarded by its own lock, held for a few arithmetic steps.
 */
final class SharedBackoff {
  /** The narrowest interval kept; below it the pacing stops. */
  static final long MIN_INTERVAL_NANOS = 1_000_000;

  // A 429 widens by a quarter; a success narrows by 0.05%: about 450 successes undo one widening,
  // and the limit is met again only once the narrowing has taken the rate past it.
  private static final double WIDEN = 1.25;
  private static final double NARROW = 0.9995;
  // The first 429 starts the pacing a quarter slower than the calls were going: a rate the client
  // just showed it can keep, and close to the limit it just met, so few widenings remain.
  private static final double GAP_WEIGHT = 0.1;

  private final Map<Audience, Gate> gates = new EnumMap<>(Audience.class);

  SharedBackoff() {
    for (Audience audience : Audience.values()) {
      gates.put(audience, new Gate());
    }
  }

  /** One service's send schedule. */
  private static final class Gate {
    // System.nanoTime() may be negative; these compare by difference, and a gate never used has
    // never held anything.
    boolean used;
    long nextSend;
    double interval;
    long widenedAt;
    long round;
    // While unpaced: when the last slot was taken and the average gap between slots.
    long lastReserve;
    double gap;
  }

  /**
   * A send slot: when the call may be sent, and the round it was taken in, so that a call woken at
   * its slot can tell whether a 429 came meanwhile.
   *
   * @param delayNanos how long to wait from now; zero or less to send now
   * @param round the gate's round when the slot was taken
   */
  record Slot(long delayNanos, long round) {}

  /**
   * Takes the next send slot of a service.
   *
   * @param audience the service
   * @param nowNanos {@link System#nanoTime()} now
   * @return the slot
   */
  Slot reserve(Audience audience, long nowNanos) {
    Gate g = gates.get(audience);
    synchronized (g) {
      if (!g.used) {
        if (g.lastReserve != 0) {
          g.gap += GAP_WEIGHT * ((nowNanos - g.lastReserve) - g.gap);
        }
        g.lastReserve = nowNanos;
        return new Slot(0, g.round);
      }
      long slot = g.nextSend - nowNanos > 0 ? g.nextSend : nowNanos;
      g.nextSend = slot + (long) g.interval;
      return new Slot(slot - nowNanos, g.round);
    }
  }

  /**
   * Returns whether a 429 has come since a slot was taken, so that its call must take a new one.
   *
   * @param audience the service
   * @param slot the slot taken
   * @return true when the round moved on
   */
  boolean throttledSince(Audience audience, Slot slot) {
    Gate g = gates.get(audience);
    synchronized (g) {
      return g.round != slot.round();
    }
  }

  /**
   * Records a 429: holds the service's calls until {@code wait} has passed (unless they are held
   * longer already) and widens the interval, once per round.
   *
   * @param audience the service that answered 429
   * @param wait how long it asked to wait; empty when it did not say
   * @param sentNanos when the throttled attempt was sent
   * @param nowNanos {@link System#nanoTime()} now
   */
  void throttled(Audience audience, Optional<Duration> wait, long sentNanos, long nowNanos) {
    Gate g = gates.get(audience);
    synchronized (g) {
      if (!g.used) {
        g.used = true;
        g.nextSend = nowNanos;
        g.interval = g.gap;
        // So that the first 429 widens, whenever its call was sent.
        g.widenedAt = sentNanos - 1;
      }
      if (wait.isPresent()) {
        long until = nowNanos + wait.get().toNanos();
        if (until - g.nextSend > 0) {
          g.nextSend = until;
        }
      }
      if (sentNanos - g.widenedAt > 0) {
        g.interval = Math.max(g.interval * WIDEN, MIN_INTERVAL_NANOS);
        g.widenedAt = nowNanos;
      }
      g.round++;
    }
  }

  /**
   * Records a success: narrows the interval a little, and stops pacing below the narrowest.
   *
   * @param audience the service that answered
   */
  void succeeded(Audience audience) {
    Gate g = gates.get(audience);
    synchronized (g) {
      if (g.interval > 0) {
        g.interval *= NARROW;
        if (g.interval < MIN_INTERVAL_NANOS) {
          g.interval = 0;
        }
      }
    }
  }
}
