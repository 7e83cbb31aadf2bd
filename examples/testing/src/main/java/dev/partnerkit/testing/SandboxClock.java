package dev.partnerkit.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's clock: the time every request is handled at, which tests move forward with {@link
 * #advance(Duration)} to make invitations expire, trials lapse, relationships end and tokens expire
 * without waiting.
 *
 * <p>A fixed clock stands still between advances (the default for tests: every run sees the same
 * times); a ticking clock also moves with real time (the default of the {@code sandbox} command).
 * It never moves backwards. Thread-safe; get it from {@link PartnerSandbox#clock()}, or create one
 * with {@link #fixed(Instant)} or {@link #ticking(Instant)} for {@link
 * PartnerSandbox.Builder#clock(SandboxClock)}.
 */
public final class SandboxClock extends Clock {
  private final Instant start;
  private final boolean ticking;
  private final long anchorNanos;
  private final AtomicReference<Duration> advanced = new AtomicReference<>(Duration.ZERO);

  private SandboxClock(Instant start, boolean ticking) {
    this.start = Objects.requireNonNull(start, "start");
    this.ticking = ticking;
    this.anchorNanos = System.nanoTime();
  }

  /**
   * Returns a clock that stands at {@code start} until advanced.
   *
   * @param start the time it shows
   * @return the clock
   */
  public static SandboxClock fixed(Instant start) {
    return new SandboxClock(start, false);
  }

  /**
   * Returns a clock that starts at {@code start} and moves with real time, plus any advances.
   *
   * @param start the time it shows now
   * @return the clock
   */
  public static SandboxClock ticking(Instant start) {
    return new SandboxClock(start, true);
  }

  /**
   * Returns the sandbox's current time.
   *
   * @return the instant
   */
  @Override
  public Instant instant() {
    Instant now = start.plus(advanced.get());
    return ticking ? now.plusNanos(System.nanoTime() - anchorNanos) : now;
  }

  /**
   * Moves the clock forward.
   *
   * @param by how far, zero or more, such as {@code Duration.ofDays(91)}
   * @return this clock
   */
  public SandboxClock advance(Duration by) {
    Objects.requireNonNull(by, "by");
    if (by.isNegative()) {
      throw new IllegalArgumentException(
          "SandboxClock only moves forward; advance(" + by + ") would move it back");
    }
    advanced.accumulateAndGet(by, Duration::plus);
    return this;
  }

  /**
   * Moves the clock forward to an instant.
   *
   * @param time the time to show, not before the current one
   * @return this clock
   */
  public SandboxClock advanceTo(Instant time) {
    Objects.requireNonNull(time, "time");
    Duration by = Duration.between(instant(), time);
    if (by.isNegative()) {
      throw new IllegalArgumentException(
          "SandboxClock only moves forward; it shows " + instant() + ", after " + time);
    }
    return advance(by);
  }

  /**
   * Returns whether the clock also moves with real time.
   *
   * @return true for a ticking clock
   */
  public boolean isTicking() {
    return ticking;
  }

  /**
   * Returns UTC, the zone of every time the sandbox serves.
   *
   * @return {@link ZoneOffset#UTC}
   */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns a view of this clock in another zone; advancing this clock moves the view too.
   *
   * @param zone the zone
   * @return the view
   */
  @Override
  public Clock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    if (zone.equals(ZoneOffset.UTC)) {
      return this;
    }
    SandboxClock source = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }

      @Override
      public Instant instant() {
        return source.instant();
      }
    };
  }

  /** Returns {@code SandboxClock[instant, fixed|ticking]}. */
  @Override
  public String toString() {
    return "SandboxClock[" + instant() + ", " + (ticking ? "ticking" : "fixed") + "]";
  }
}
