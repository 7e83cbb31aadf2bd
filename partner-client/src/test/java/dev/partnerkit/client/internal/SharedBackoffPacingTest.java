package dev.partnerkit.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.partnerkit.client.Audience;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The send schedule of API-9, driven with explicit instants: no clock, no timing. */
class SharedBackoffPacingTest {
  private static final long MS = 1_000_000;
  private final SharedBackoff backoff = new SharedBackoff();

  @Test
  void untilTheFirst429NoCallWaits() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(backoff.reserve(Audience.GRAPH, i).delayNanos()).isLessThanOrEqualTo(0);
    }
  }

  @Test
  void a429HoldsEveryCallForItsRetryAfterAndThenSpacesThem() {
    long now = 1_000 * MS;
    backoff.throttled(Audience.GRAPH, Optional.of(Duration.ofMillis(500)), now - 10 * MS, now);

    long first = backoff.reserve(Audience.GRAPH, now).delayNanos();
    long second = backoff.reserve(Audience.GRAPH, now).delayNanos();
    long third = backoff.reserve(Audience.GRAPH, now).delayNanos();

    assertThat(first).isEqualTo(500 * MS);
    assertThat(second - first).isEqualTo(SharedBackoff.MIN_INTERVAL_NANOS);
    assertThat(third - second).isEqualTo(SharedBackoff.MIN_INTERVAL_NANOS);
    assertThat(backoff.reserve(Audience.PARTNER_CENTER, now).delayNanos()).isLessThanOrEqualTo(0);
  }

  @Test
  void throttlingOfCallsSentBeforeTheLastWideningWidensNoFurther() {
    long now = 1_000 * MS;
    backoff.throttled(Audience.GRAPH, Optional.empty(), now - 5 * MS, now);
    // Four more answers to calls that were in flight before the first 429 came back.
    for (int i = 1; i <= 4; i++) {
      backoff.throttled(Audience.GRAPH, Optional.empty(), now - MS, now + i * MS);
    }
    long a = backoff.reserve(Audience.GRAPH, now + 10 * MS).delayNanos();
    long b = backoff.reserve(Audience.GRAPH, now + 10 * MS).delayNanos();
    assertThat(b - a).isEqualTo(SharedBackoff.MIN_INTERVAL_NANOS);

    // A call sent after the widening meets the limit again: that is news.
    backoff.throttled(Audience.GRAPH, Optional.empty(), now + 20 * MS, now + 30 * MS);
    long c = backoff.reserve(Audience.GRAPH, now + 30 * MS).delayNanos();
    long d = backoff.reserve(Audience.GRAPH, now + 30 * MS).delayNanos();
    assertThat(d - c).isEqualTo((long) (SharedBackoff.MIN_INTERVAL_NANOS * 1.25));
  }

  @Test
  void successesNarrowTheIntervalUntilThePacingStops() {
    long now = 1_000 * MS;
    long sent = now - MS;
    for (int i = 0; i < 10; i++) {
      backoff.throttled(Audience.GRAPH, Optional.empty(), sent + 1, now);
      sent = now;
      now += MS;
    }
    long wide = spacing(now);
    for (int i = 0; i < 500; i++) {
      backoff.succeeded(Audience.GRAPH);
    }
    long narrower = spacing(now + 1_000 * MS);
    for (int i = 0; i < 5_000; i++) {
      backoff.succeeded(Audience.GRAPH);
    }

    assertThat(narrower).isLessThan(wide).isGreaterThan(wide / 2);
    assertThat(spacing(now + 10_000 * MS)).isZero();
  }

  @Test
  void theFirst429StartsFromTheGapBetweenTheCallsSentUntilThen() {
    long now = 0;
    for (int i = 0; i < 200; i++) {
      now += 8 * MS;
      backoff.reserve(Audience.GRAPH, now);
    }
    backoff.throttled(Audience.GRAPH, Optional.empty(), now - MS, now);

    assertThat(spacing(now)).isCloseTo(10 * MS, org.assertj.core.data.Offset.offset(1_000L));
  }

  @Test
  void aSlotTakenBeforeA429IsRetakenAfterIt() {
    long now = 1_000 * MS;
    backoff.throttled(Audience.GRAPH, Optional.of(Duration.ofMillis(100)), now - MS, now);
    SharedBackoff.Slot slot = backoff.reserve(Audience.GRAPH, now);
    assertThat(backoff.throttledSince(Audience.GRAPH, slot)).isFalse();

    backoff.throttled(Audience.GRAPH, Optional.of(Duration.ofMillis(300)), now + MS, now + 2 * MS);

    assertThat(backoff.throttledSince(Audience.GRAPH, slot)).isTrue();
    assertThat(backoff.reserve(Audience.GRAPH, now + 2 * MS).delayNanos())
        .isGreaterThanOrEqualTo(300 * MS);
  }

  @Test
  void slotsNeverOverlapAndNeverComeBeforeTheHold() {
    qt().forAll(longs().between(-1_000_000 * MS, 1_000_000 * MS), integers().between(1, 200))
        .checkAssert(
            (start, calls) -> {
              SharedBackoff gate = new SharedBackoff();
              gate.throttled(Audience.GRAPH, Optional.of(Duration.ofMillis(50)), start - 1, start);
              long previous = Long.MIN_VALUE;
              for (int i = 0; i < calls; i++) {
                long now = start + i * 100_000L;
                long at = now + gate.reserve(Audience.GRAPH, now).delayNanos();
                assertThat(at - start).isGreaterThanOrEqualTo(50 * MS);
                if (previous != Long.MIN_VALUE) {
                  assertThat(at - previous)
                      .isGreaterThanOrEqualTo(SharedBackoff.MIN_INTERVAL_NANOS);
                }
                previous = at;
              }
            });
  }

  private long spacing(long now) {
    long a = backoff.reserve(Audience.GRAPH, now).delayNanos();
    long b = backoff.reserve(Audience.GRAPH, now).delayNanos();
    return b - a;
  }
}
