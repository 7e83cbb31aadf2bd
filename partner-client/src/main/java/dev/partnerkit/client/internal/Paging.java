package dev.partnerkit.client.internal;

import dev.partnerkit.client.Page;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Not API: a lazy stream over pages, holding one page at a time. */
public final class Paging {
  private Paging() {}

  /**
   * Returns a stream that fetches the first page when first pulled and each next page only when the
   * previous one is used up; memory holds one page, however many are read. Each fetch is a call of
   * its own, with its own retries and deadline.
   *
   * @param <T> the item type
   * @param fetch fetches the page for a token (empty for the first page)
   * @return the stream; sequential and ordered
   */
  public static <T> Stream<T> stream(Function<Optional<String>, Page<T>> fetch) {
    return StreamSupport.stream(new PageSpliterator<>(fetch), false);
  }

  private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
    private final Function<Optional<String>, Page<T>> fetch;
    private Iterator<T> current;
    private Optional<String> next = Optional.empty();
    private boolean started;

    PageSpliterator(Function<Optional<String>, Page<T>> fetch) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.fetch = fetch;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (current == null || !current.hasNext()) {
        if (started && next.isEmpty()) {
          return false;
        }
        Page<T> page = fetch.apply(next);
        started = true;
        current = page.items().iterator();
        next = page.nextToken();
      }
      action.accept(current.next());
      return true;
    }
  }
}
