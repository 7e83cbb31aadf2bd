package dev.partnerkit.client.bulk;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Sets up a bulk run: one asynchronous call per item, at most {@link #parallelism(int)} at a time.
 *
 * <pre>{@code
 * try (BulkRun<CustomerId, List<PcSubscription>> run =
 *     Bulk.forEach(customerIds, client.subscriptions()::listAsync)
 *         .parallelism(8)
 *         .onProgress(p -> log.info("{} of {} done", p.completed(), p.total()))
 *         .start()) {
 *   run.forEachRemaining(item -> {
 *     if (item instanceof BulkItem.Failed<CustomerId, ?> failed) {
 *       report.add(failed.item(), failed.cause());
 *     }
 *   });
 * }
 * }</pre>
 *
 * <p>The calls share the client's throttling backoff (API-9), so a 429 on one holds the others
 * instead of each meeting the limit; the parallelism bounds how many wait at once. Items are read
 * from the input only as slots free up and each outcome is handed over once, so memory stays fixed
 * however long the input is.
 *
 * <p>Not thread-safe; configure on one thread, then {@link #start()}.
 *
 * @param <I> the item type, such as {@code CustomerId}
 * @param <R> the call's result type
 */
public final class Bulk<I, R> {
  /** The most calls a run keeps in flight; far above any service's concurrency limit. */
  public static final int MAX_PARALLELISM = 256;

  private final Iterator<? extends I> items;
  private final OptionalLong total;
  private final Function<? super I, ? extends CompletionStage<? extends R>> call;
  private int parallelism = 4;
  private Consumer<? super BulkProgress> progress = p -> {};

  private Bulk(
      Iterator<? extends I> items,
      OptionalLong total,
      Function<? super I, ? extends CompletionStage<? extends R>> call) {
    this.items = items;
    this.total = total;
    this.call = Objects.requireNonNull(call, "call must not be null");
  }

  /**
   * Prepares a run over a collection, whose size is reported as the progress total.
   *
   * @param <I> the item type
   * @param <R> the result type
   * @param items the items; none may be null
   * @param call the asynchronous call to make for each item, such as {@code
   *     client.subscriptions()::listAsync}
   * @return the run's settings
   */
  public static <I, R> Bulk<I, R> forEach(
      Collection<? extends I> items,
      Function<? super I, ? extends CompletionStage<? extends R>> call) {
    Objects.requireNonNull(items, "items must not be null");
    return new Bulk<>(items.iterator(), OptionalLong.of(items.size()), call);
  }

  /**
   * Prepares a run over a stream, read lazily: an item is taken only when a slot is free.
   *
   * @param <I> the item type
   * @param <R> the result type
   * @param items the items; none may be null
   * @param call the asynchronous call to make for each item
   * @return the run's settings
   */
  public static <I, R> Bulk<I, R> forEach(
      Stream<? extends I> items, Function<? super I, ? extends CompletionStage<? extends R>> call) {
    Objects.requireNonNull(items, "items must not be null");
    return new Bulk<>(items.iterator(), OptionalLong.empty(), call);
  }

  /**
   * Prepares a run over an iterator, read lazily: an item is taken only when a slot is free.
   *
   * @param <I> the item type
   * @param <R> the result type
   * @param items the items; none may be null
   * @param call the asynchronous call to make for each item
   * @return the run's settings
   */
  public static <I, R> Bulk<I, R> forEach(
      Iterator<? extends I> items,
      Function<? super I, ? extends CompletionStage<? extends R>> call) {
    Objects.requireNonNull(items, "items must not be null");
    return new Bulk<>(items, OptionalLong.empty(), call);
  }

  /**
   * Sets how many calls may be in flight at once; 4 by default.
   *
   * @param parallelism 1 to {@link #MAX_PARALLELISM}
   * @return this
   */
  public Bulk<I, R> parallelism(int parallelism) {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "Bulk.parallelism must be 1 to " + MAX_PARALLELISM + ", but was " + parallelism);
    }
    this.parallelism = parallelism;
    return this;
  }

  /**
   * Sets what is told after each outcome is handed over, on the thread that reads the run.
   *
   * @param progress the listener
   * @return this
   */
  public Bulk<I, R> onProgress(Consumer<? super BulkProgress> progress) {
    this.progress = Objects.requireNonNull(progress, "progress must not be null");
    return this;
  }

  /**
   * Starts the first calls and returns the run, whose outcomes come back in completion order.
   *
   * @return the run; close it to cancel what is still running
   */
  public BulkRun<I, R> start() {
    BulkRun<I, R> run = new BulkRun<>(items, total, call, parallelism, progress);
    run.fill();
    return run;
  }
}
