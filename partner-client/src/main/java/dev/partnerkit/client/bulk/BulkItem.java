package dev.partnerkit.client.bulk;

import java.util.Objects;

/**
 * The outcome of one item of a bulk run: the call's value, or the reason it failed.
 *
 * @param <I> the item type, such as a customer id
 * @param <R> the call's result type
 */
public sealed interface BulkItem<I, R> {
  /**
   * Returns the item the call was made for.
   *
   * @return the item
   */
  I item();

  /**
   * A call that completed normally.
   *
   * @param <I> the item type
   * @param <R> the result type
   * @param item the item
   * @param value what the call completed with; null only when the call completes with null, as a
   *     {@code CompletableFuture<Void>} does
   */
  record Succeeded<I, R>(I item, R value) implements BulkItem<I, R> {
    /**
     * Creates an outcome.
     *
     * @param item the item, not null
     * @param value the value
     */
    public Succeeded {
      Objects.requireNonNull(item, "item");
    }
  }

  /**
   * A call that failed, was refused before it was sent, or was cancelled.
   *
   * @param <I> the item type
   * @param <R> the result type the call would have had
   * @param item the item
   * @param cause why: the call's exception, unwrapped from {@code CompletionException}, such as a
   *     {@code ThrottledException} or {@code NotFoundException}, or a {@code CancellationException}
   */
  record Failed<I, R>(I item, Throwable cause) implements BulkItem<I, R> {
    /**
     * Creates an outcome.
     *
     * @param item the item, not null
     * @param cause the cause, not null
     */
    public Failed {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(cause, "cause");
    }
  }
}
