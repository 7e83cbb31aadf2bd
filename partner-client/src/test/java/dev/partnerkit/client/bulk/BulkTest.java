package dev.partnerkit.client.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BulkTest {
  private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  /** A call that completes on another thread after {@code millis}, failing for odd items. */
  private CompletableFuture<String> later(
      int item, int millis, AtomicInteger inFlight, int[] peak) {
    int now = inFlight.incrementAndGet();
    synchronized (peak) {
      peak[0] = Math.max(peak[0], now);
    }
    CompletableFuture<String> f = new CompletableFuture<>();
    timer.schedule(
        () -> {
          inFlight.decrementAndGet();
          if (item % 2 == 1) {
            f.completeExceptionally(new IllegalStateException("odd " + item));
          } else {
            f.complete("v" + item);
          }
        },
        millis,
        TimeUnit.MILLISECONDS);
    return f;
  }

  @Test
  void everyItemHandedOverOnceWithItsOutcome_neverMoreInFlightThanTheParallelism() {
    qt().withExamples(40)
        .forAll(lists().of(integers().between(0, 5)).ofSizeBetween(0, 60), integers().between(1, 9))
        .checkAssert(
            (delays, parallelism) -> {
              AtomicInteger inFlight = new AtomicInteger();
              int[] peak = {0};
              List<Integer> items = IntStream.range(0, delays.size()).boxed().toList();
              List<BulkItem<Integer, String>> outcomes = new ArrayList<>();
              try (BulkRun<Integer, String> run =
                  Bulk.forEach(items, (Integer i) -> later(i, delays.get(i), inFlight, peak))
                      .parallelism(parallelism)
                      .start()) {
                run.forEachRemaining(outcomes::add);
                assertThat(run.progress().completed()).isEqualTo(items.size());
                assertThat(run.progress().running()).isZero();
              }
              assertThat(outcomes.stream().map(BulkItem::item).collect(Collectors.toList()))
                  .containsExactlyInAnyOrderElementsOf(items);
              for (BulkItem<Integer, String> o : outcomes) {
                if (o.item() % 2 == 0) {
                  assertThat(o).isEqualTo(new BulkItem.Succeeded<>(o.item(), "v" + o.item()));
                } else {
                  assertThat(o)
                      .isInstanceOfSatisfying(
                          BulkItem.Failed.class,
                          f ->
                              assertThat(f.cause())
                                  .isInstanceOf(IllegalStateException.class)
                                  .hasMessage("odd " + o.item()));
                }
              }
              assertThat(peak[0]).isLessThanOrEqualTo(parallelism);
            });
  }

  @Test
  void theInputIsReadOnlyAsSlotsFreeUp() {
    AtomicInteger read = new AtomicInteger();
    Stream<Integer> endless = Stream.iterate(0, i -> i + 1).peek(i -> read.incrementAndGet());
    try (BulkRun<Integer, Integer> run =
        Bulk.forEach(endless, (Integer i) -> CompletableFuture.completedFuture(i))
            .parallelism(3)
            .start()) {
      assertThat(read).hasValue(3);
      for (int i = 0; i < 1000; i++) {
        run.next();
      }
      // One read per handed-over outcome, plus the free slots refilled: never the whole input.
      assertThat(read.get()).isBetween(1000, 1003);
      assertThat(run.progress().total()).isEmpty();
    }
  }

  @Test
  void progressIsToldAfterEachOutcome_withTheTotalOfACollection() {
    List<BulkProgress> told = new ArrayList<>();
    try (BulkRun<Integer, Integer> run =
        Bulk.forEach(List.of(1, 2, 3), (Integer i) -> CompletableFuture.completedFuture(i))
            .onProgress(told::add)
            .start()) {
      run.forEachRemaining(item -> {});
    }
    assertThat(told).hasSize(3);
    assertThat(told.get(2).completed()).isEqualTo(3);
    assertThat(told.get(2).total()).hasValue(3);
  }

  @Test
  void aCallThatThrowsOrReturnsNothingFailsItsItemOnly() {
    Set<Object> failed = new HashSet<>();
    try (BulkRun<Integer, Integer> run =
        Bulk.forEach(
                List.of(1, 2, 3),
                (Integer i) ->
                    i == 1
                        ? null
                        : i == 2
                            ? CompletableFuture.<Integer>failedFuture(new IllegalStateException())
                            : CompletableFuture.completedFuture(3))
            .start()) {
      run.stream().filter(BulkItem.Failed.class::isInstance).forEach(f -> failed.add(f.item()));
    }
    assertThat(failed).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void cancellingWakesTheReaderAndStartsNoMoreCalls() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch waiting = new CountDownLatch(1);
    BulkRun<Integer, String> run =
        Bulk.forEach(
                IntStream.range(0, 100).boxed().toList(),
                (Integer i) -> {
                  calls.incrementAndGet();
                  return new CompletableFuture<String>();
                })
            .parallelism(5)
            .start();
    CompletableFuture<BulkItem<Integer, String>> read =
        CompletableFuture.supplyAsync(
            () -> {
              waiting.countDown();
              return run.next();
            });
    waiting.await();
    Thread.sleep(50);
    run.cancel();

    assertThat(read.get(5, TimeUnit.SECONDS))
        .isInstanceOfSatisfying(
            BulkItem.Failed.class,
            f -> assertThat(f.cause()).isInstanceOf(CancellationException.class));
    assertThat(run.hasNext()).isFalse();
    assertThat(calls).hasValue(5);
    assertThatThrownBy(run::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void badSettingsAreRefusedNamingTheSetting() {
    Bulk<Integer, Integer> bulk =
        Bulk.forEach(List.of(1), (Integer i) -> CompletableFuture.completedFuture(i));
    assertThatThrownBy(() -> bulk.parallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Bulk.parallelism must be 1 to 256, but was 0");
    assertThatThrownBy(
            () ->
                Bulk.forEach(
                        java.util.Arrays.asList(1, null),
                        (Integer i) -> CompletableFuture.completedFuture(i))
                    .start()
                    .forEachRemaining(x -> {}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Bulk items must not hold null");
  }
}
