package dev.partnerkit.rules.internal;

import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list that grows by sharing: {@link #plus} and {@link #with} return a new list that
 * shares all but one path of a 32-way trie with this one, so each costs O(log32 n) whatever the
 * size, and a customer's history of thousands of entries is never copied whole.
 *
 * <p>Nulls are refused. Immutable and thread-safe; the {@link List} mutators throw.
 *
 * @param <E> the element type
 */
public final class SharedList<E> extends AbstractList<E> implements RandomAccess {
  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  private static final SharedList<?> EMPTY = new SharedList<>(0, 0, new Object[WIDTH]);

  private final int size;
  private final int shift;
  private final Object[] root;

  private SharedList(int size, int shift, Object[] root) {
    this.size = size;
    this.shift = shift;
    this.root = root;
  }

  /**
   * Returns the empty list.
   *
   * @param <E> the element type
   * @return the list
   */
  @SuppressWarnings("unchecked")
  public static <E> SharedList<E> of() {
    return (SharedList<E>) EMPTY;
  }

  /**
   * Returns a list of the elements, in order: the list itself when it is a shared list already.
   *
   * @param elements the elements
   * @param <E> the element type
   * @return the list
   */
  @SuppressWarnings("unchecked")
  public static <E> SharedList<E> from(List<? extends E> elements) {
    if (elements instanceof SharedList<?> shared) {
      return (SharedList<E>) shared;
    }
    SharedList<E> list = of();
    for (E element : elements) {
      list = list.plus(element);
    }
    return list;
  }

  /**
   * Returns a list with a small-list representation when it is short, and a shared one once it
   * grows: the short copy is cheaper in memory, the shared one in time.
   *
   * @param list the list so far, unmodifiable
   * @param element the element to append
   * @param <E> the element type
   * @return the longer list
   */
  public static <E> List<E> append(List<E> list, E element) {
    Objects.requireNonNull(element, "element");
    if (list instanceof SharedList<E> shared) {
      return shared.plus(element);
    }
    if (list.size() >= Small.LIMIT) {
      return from(list).plus(element);
    }
    Object[] copy = list.toArray(new Object[list.size() + 1]);
    copy[list.size()] = element;
    return Small.list(copy);
  }

  /**
   * Returns the list with the element at {@code index} replaced, in the list's own representation.
   *
   * @param list the list, unmodifiable
   * @param index the index
   * @param element the new element
   * @param <E> the element type
   * @return the new list
   */
  public static <E> List<E> replace(List<E> list, int index, E element) {
    Objects.requireNonNull(element, "element");
    if (list instanceof SharedList<E> shared) {
      return shared.with(index, element);
    }
    Object[] copy = list.toArray();
    copy[index] = element;
    return Small.list(copy);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
    }
    return (E) node[index & MASK];
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns this list with the element appended.
   *
   * @param element the element
   * @return the new list; this one is unchanged
   */
  public SharedList<E> plus(E element) {
    Objects.requireNonNull(element, "element");
    if (size == WIDTH << shift) {
      Object[] grown = new Object[WIDTH];
      grown[0] = root;
      return new SharedList<>(size + 1, shift + BITS, store(grown, shift + BITS, size, element));
    }
    return new SharedList<>(size + 1, shift, store(root, shift, size, element));
  }

  /**
   * Returns this list with the element at {@code index} replaced.
   *
   * @param index the index
   * @param element the new element
   * @return the new list; this one is unchanged
   */
  public SharedList<E> with(int index, E element) {
    Objects.checkIndex(index, size);
    Objects.requireNonNull(element, "element");
    return new SharedList<>(size, shift, store(root, shift, index, element));
  }

  /** Returns a copy of the path to {@code index} with the element stored at its end. */
  private static Object[] store(Object[] node, int shift, int index, Object element) {
    Object[] copy = node == null ? new Object[WIDTH] : node.clone();
    if (shift == 0) {
      copy[index & MASK] = element;
    } else {
      int slot = (index >>> shift) & MASK;
      copy[slot] = store((Object[]) copy[slot], shift - BITS, index, element);
    }
    return copy;
  }

  /** The representation of short lists: an exact-size array behind an unmodifiable view. */
  static final class Small {
    /** Lists up to this size are copied whole on change. */
    static final int LIMIT = 8;

    private Small() {}

    @SuppressWarnings("unchecked")
    static <E> List<E> list(Object[] elements) {
      return (List<E>) Collections.unmodifiableList(java.util.Arrays.asList(elements));
    }
  }
}
