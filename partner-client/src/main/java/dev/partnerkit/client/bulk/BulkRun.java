package dev.partnerkit.client.bulk;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A bulk run in progress: an iterator over its outcomes in the order the calls complete, one per
 * item. Reading it starts the next calls as slots free up; closing it (or {@link #cancel()})
 * cancels the calls still running and starts no more.
 *
 * <p>Read it from one thread; {@link #cancel()} may be called from any thread.
 *
 * @param <I> the item type
 * @param <R> the result type
 */
public final class BulkRun<I, R> implements Iterator<BulkItem<I, R>>, AutoCloseable {
  private final Iterator<? extends I> items;
  private final OptionalLong total;
  private final Function<? super I, ? extends CompletionStage<? extends R>> call;
  private final int parallelism;
  private final Consumer<? super BulkProgress> progress;
  // Completed outcomes not yet handed over; never more than the parallelism, because a call is
  // started only while fewer than that many are started and not yet handed over.
  private final BlockingQueue<BulkItem<I, R>> completed = new LinkedBlockingQueue<>();
  private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;
  // Owned by the reading thread.
  private int pending;
  private long started;
  private long succeeded;
  private long failed;

  BulkRun(
      Iterator<? extends I> items,
      OptionalLong total,
      Function<? super I, ? extends CompletionStage<? extends R>> call,
      int parallelism,
      Consumer<? super BulkProgress> progress) {
    this.items = items;
    this.total = total;
    this.call = call;
    this.parallelism = parallelism;
    this.progress = progress;
  }

  /**
   * Returns whether another outcome will come, starting calls for free slots first.
   *
   * @return false once every item's outcome has been handed over, or after cancellation
   */
  @Override
  public boolean hasNext() {
    fill();
    return !cancelled && pending > 0;
  }

  /** Starts calls for the free slots while items remain. */
  void fill() {
    while (!cancelled && pending < parallelism && items.hasNext()) {
      start(Objects.requireNonNull(items.next(), "Bulk items must not hold null"));
    }
  }

  /**
   * Waits for the next call to complete and returns its outcome.
   *
   * @return the outcome
   * @throws NoSuchElementException when no outcome is left
   * @throws CancellationException when the thread is interrupted while waiting; the run is
   *     cancelled and the interrupt flag kept
   */
  @Override
  public BulkItem<I, R> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the bulk run has handed over every outcome");
    }
    BulkItem<I, R> item;
    try {
      item = completed.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      CancellationException cancellation =
          new CancellationException("interrupted while waiting for the bulk run's next outcome");
      cancellation.initCause(e);
      throw cancellation;
    }
    pending--;
    if (item instanceof BulkItem.Succeeded) {
      succeeded++;
    } else {
      failed++;
    }
    progress.accept(progress());
    return item;
  }

  /**
   * Returns the progress so far.
   *
   * @return the counts
   */
  public BulkProgress progress() {
    return new BulkProgress(started, succeeded, failed, total);
  }

  /**
   * Returns the remaining outcomes as a sequential stream; closing the stream closes the run.
   *
   * @return the stream
   */
  public Stream<BulkItem<I, R>> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Cancels the calls still running and starts no more; {@link #hasNext()} then says false. */
  public void cancel() {
    cancelled = true;
    // Each cancelled call hands its item over as failed, which also wakes a reader waiting in
    // next() on another thread.
    for (CompletableFuture<?> call : running) {
      call.cancel(true);
    }
  }

  /** Cancels what is still running, like {@link #cancel()}; a finished run is left as it is. */
  @Override
  public void close() {
    cancel();
  }

  private void start(I item) {
    started++;
    pending++;
    CompletableFuture<? extends R> future;
    try {
      CompletionStage<? extends R> stage = call.apply(item);
      future =
          stage == null
              ? CompletableFuture.failedFuture(
                  new IllegalStateException(
                      "the bulk call returned no CompletionStage for " + item))
              : stage.toCompletableFuture();
    } catch (RuntimeException e) {
      // A call refused before it was sent (a bad argument) belongs to its item, not to the run.
      future = CompletableFuture.failedFuture(e);
    }
    running.add(future);
    CompletableFuture<? extends R> watched = future;
    var unused =
        future.whenComplete(
            (value, failure) -> {
              running.remove(watched);
              completed.add(
                  failure == null
                      ? new BulkItem.Succeeded<>(item, value)
                      : new BulkItem.Failed<>(item, unwrap(failure)));
            });
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
