package dev.partnerkit.rules;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A concurrent hash table of values that carry their own keys, open-addressed, so that a lookup
 * loads the table's cell and the value itself and nothing between.
 *
 * <p>Why: {@code PartnerProgram} finds a customer's slot on every decision, and with a million
 * customers each dependent load is a cache miss. A {@link java.util.concurrent.ConcurrentHashMap}
 * reads the cell, then a node holding key and value, then the value; here the cell holds the value,
 * which holds its key.
 *
 * <p>Reads take no lock: a reader sees each cell through an acquiring load, and a value is
 * published with a releasing store after it is built. Writes (adding, removing) are serialized by
 * the table's monitor; they are rare next to reads (registration, and undoing a registration whose
 * event the sink refused). A full table is copied into one twice its size, and the copy published;
 * a reader still probing the old array finds what was there when it started. Removal leaves a
 * marker, so that probes for other keys go past it; a copy drops the markers. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class KeyedTable<K, V extends KeyedTable.Keyed<K>> {
  /** A value that knows its key; the key never changes. */
  interface Keyed<K> {
    /**
     * Returns the value's key.
     *
     * @return the key, never null
     */
    K key();
  }

  private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(Object[].class);

  /** Marks a removed value's cell: a probe goes past it, an insertion may reuse it. */
  private static final Object REMOVED = new Object();

  private volatile Object[] cells = new Object[16];

  /** Values held; guarded by this. */
  private int size;

  /** Cells marked {@link #REMOVED}; guarded by this. */
  private int removed;

  /**
   * Returns the value with this key, or null.
   *
   * @param key the key
   * @return the value, or null when none has it
   */
  @SuppressWarnings("unchecked")
  V get(Object key) {
    Object[] table = cells;
    int mask = table.length - 1;
    for (int i = indexOf(key, mask); ; i = (i + 1) & mask) {
      Object cell = CELLS.getAcquire(table, i);
      if (cell == null) {
        return null;
      }
      if (cell != REMOVED) {
        Object k = ((V) cell).key();
        if (k == key || k.equals(key)) {
          return (V) cell;
        }
      }
    }
  }

  /**
   * Adds the value unless one with its key is held.
   *
   * @param value the value
   * @return the value already held under its key, or null when this one was added
   */
  @SuppressWarnings("unchecked")
  synchronized V putIfAbsent(V value) {
    K key = Objects.requireNonNull(value.key(), "key");
    V held = get(key);
    if (held != null) {
      return held;
    }
    if (2 * (size + removed + 1) > cells.length) {
      resize(cells.length * (2 * (size + 1) > cells.length ? 2 : 1));
    }
    Object[] table = cells;
    int mask = table.length - 1;
    int i = indexOf(key, mask);
    while (table[i] != null && table[i] != REMOVED) {
      i = (i + 1) & mask;
    }
    if (table[i] == REMOVED) {
      removed--;
    }
    CELLS.setRelease(table, i, value);
    size++;
    return null;
  }

  /**
   * Removes this very value, if it is held.
   *
   * @param value the value
   * @return whether it was held
   */
  synchronized boolean remove(V value) {
    Object[] table = cells;
    int mask = table.length - 1;
    for (int i = indexOf(value.key(), mask); table[i] != null; i = (i + 1) & mask) {
      if (table[i] == value) {
        CELLS.setRelease(table, i, REMOVED);
        size--;
        removed++;
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the number of values held.
   *
   * @return the count
   */
  synchronized int size() {
    return size;
  }

  /**
   * Returns the values held now, in no particular order.
   *
   * @return a new list
   */
  @SuppressWarnings("unchecked")
  List<V> values() {
    Object[] table = cells;
    List<V> values = new ArrayList<>();
    for (int i = 0; i < table.length; i++) {
      Object cell = CELLS.getAcquire(table, i);
      if (cell != null && cell != REMOVED) {
        values.add((V) cell);
      }
    }
    return values;
  }

  /** Copies every value into a new array of the given length and publishes it. */
  @SuppressWarnings("unchecked")
  private void resize(int length) {
    Object[] table = new Object[length];
    int mask = length - 1;
    for (Object cell : cells) {
      if (cell != null && cell != REMOVED) {
        int i = indexOf(((V) cell).key(), mask);
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = cell;
      }
    }
    removed = 0;
    cells = table;
  }

  private static int indexOf(Object key, int mask) {
    int h = key.hashCode();
    // Spread the high bits down, as HashMap does, and scatter the result, so that keys with
    // sequential hash codes do not fill one run of cells.
    h ^= h >>> 16;
    h *= 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
