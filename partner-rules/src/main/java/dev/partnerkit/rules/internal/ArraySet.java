package dev.partnerkit.rules.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set in insertion order over one array, for sets that stay small (a customer's trial
 * history is bounded by the catalog). {@link #plus} returns a new set and leaves this one as it
 * was, so older versions stay valid. A set of two services takes 40 bytes, where an unmodifiable
 * {@code LinkedHashSet} takes about 250; lookups scan the array, which for a few dozen elements is
 * as fast as hashing.
 *
 * @param <E> the element type
 */
public final class ArraySet<E> extends AbstractSet<E> {
  private static final ArraySet<?> EMPTY = new ArraySet<>(new Object[0]);

  private final Object[] elements;

  private ArraySet(Object[] elements) {
    this.elements = elements;
  }

  /**
   * Returns the empty set.
   *
   * @param <E> the element type
   * @return the empty set
   */
  @SuppressWarnings("unchecked")
  public static <E> ArraySet<E> of() {
    return (ArraySet<E>) EMPTY;
  }

  /**
   * Returns a set of the given elements in their iteration order, each once.
   *
   * @param <E> the element type
   * @param elements the elements; none may be null
   * @return the set, the argument itself when it is an {@code ArraySet}
   */
  @SuppressWarnings("unchecked")
  public static <E> ArraySet<E> from(Collection<? extends E> elements) {
    if (elements instanceof ArraySet) {
      return (ArraySet<E>) elements;
    }
    ArraySet<E> set = of();
    for (E element : elements) {
      set = set.plus(element);
    }
    return set;
  }

  /**
   * Returns this set without the element, the others in their order, or this set when it does not
   * hold it.
   *
   * @param element the element
   * @return the set without the element
   */
  public ArraySet<E> minus(Object element) {
    int at = -1;
    for (int i = 0; i < elements.length; i++) {
      if (elements[i].equals(element)) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return this;
    }
    Object[] shrunk = new Object[elements.length - 1];
    System.arraycopy(elements, 0, shrunk, 0, at);
    System.arraycopy(elements, at + 1, shrunk, at, elements.length - at - 1);
    return new ArraySet<>(shrunk);
  }

  /**
   * Returns this set with the element added at the end, or this set when it holds it already.
   *
   * @param element the element; not null
   * @return the set with the element
   */
  public ArraySet<E> plus(E element) {
    if (element == null) {
      throw new NullPointerException("element must not be null");
    }
    if (contains(element)) {
      return this;
    }
    Object[] grown = Arrays.copyOf(elements, elements.length + 1);
    grown[elements.length] = element;
    return new ArraySet<>(grown);
  }

  @Override
  public boolean contains(Object o) {
    for (Object element : elements) {
      if (element.equals(o)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (next == elements.length) {
          throw new NoSuchElementException();
        }
        return (E) elements[next++];
      }
    };
  }
}
