package dev.partnerkit.client.internal;

import dev.partnerkit.client.Audience;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not API: the backoff that calls sharing a throttling limit share (API-9). Once a 429 arrives,
 * calls not yet sent to that limit are held until its {@code Retry-After} has passed, instead of
 * each meeting the limit and retrying on its own.
 *
 * <p>A limit is one service as this client reaches it: Partner Center for the partner whose token
 * the client holds, Microsoft Graph for the application, Azure Resource Manager. A 429 does not say
 * which of a service's limits tripped (Partner Center also limits per customer), so the hold covers
 * every call this client makes to the service: a loop over many customers stops sending into the
 * limit instead of collecting one 429 per customer.
 *
 * <p>Thread-safe and lock-free: one monotonic instant per service, only ever moved later.
 */
final class SharedBackoff {
  private final Map<Audience, AtomicLong> heldUntil = new EnumMap<>(Audience.class);

  SharedBackoff() {
    for (Audience audience : Audience.values()) {
      // System.nanoTime() may be negative; "held until the far past" is the open state.
      heldUntil.put(audience, new AtomicLong(Long.MIN_VALUE));
    }
  }

  /**
   * Returns how long calls to a service are still held.
   *
   * @param audience the service
   * @param nowNanos {@link System#nanoTime()} now
   * @return the remaining hold in nanoseconds, zero or less when calls may be sent
   */
  long remainingNanos(Audience audience, long nowNanos) {
    long until = heldUntil.get(audience).get();
    return until == Long.MIN_VALUE ? 0 : until - nowNanos;
  }

  /**
   * Holds the calls to a service until {@code wait} has passed, unless they are held longer
   * already.
   *
   * @param audience the service that answered 429
   * @param wait how long it asked to wait
   * @param nowNanos {@link System#nanoTime()} now
   */
  void hold(Audience audience, Duration wait, long nowNanos) {
    long until = nowNanos + wait.toNanos();
    heldUntil
        .get(audience)
        .accumulateAndGet(
            until,
            (current, next) -> current == Long.MIN_VALUE || next - current > 0 ? next : current);
  }
}
