package dev.partnerkit.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map that keeps insertion order in one array of keys and values, for the small
 * per-customer maps that {@link Transitions} copies on every change.
 *
 * <p>Why: a customer's state is replaced whole on each action, and the copy of its offers made a
 * {@code LinkedHashMap}, its table, an entry object per offer and an unmodifiable wrapper: about
 * four times the bytes of this map, all of which survive in the program's state until the next
 * change. Lookups scan the array while the map is small and use an open-addressing index of the
 * positions beyond that, so a customer with many offers stays cheap to ask. Immutable and
 * thread-safe; null keys and values are refused.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class OrderedMap<K, V> extends AbstractMap<K, V> {
  /** Up to this many entries, a lookup scans; beyond, it probes the index. */
  private static final int SCAN_LIMIT = 8;

  private static final OrderedMap<Object, Object> EMPTY = new OrderedMap<>(new Object[0]);

  /** Keys at even positions, each followed by its value. */
  private final Object[] entries;

  /** Open addressing of entry numbers plus one (0 is free); null while the map is small. */
  private final int[] index;

  private OrderedMap(Object[] entries) {
    this.entries = entries;
    int size = entries.length / 2;
    if (size <= SCAN_LIMIT) {
      this.index = null;
    } else {
      int[] table = new int[Integer.highestOneBit(size * 4 - 1)];
      for (int i = 0; i < size; i++) {
        int slot = slotOf(table, entries[2 * i]);
        table[slot] = i + 1;
      }
      this.index = table;
    }
  }

  /**
   * Returns {@code map} with {@code key} mapped to {@code value}: an existing key keeps its place,
   * as {@link java.util.LinkedHashMap#put} does, and a new one goes last.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @param map the map, of any kind, left unchanged
   * @param key the key
   * @param value the value
   * @return a new map
   */
  static <K, V> Map<K, V> with(Map<K, V> map, K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Object[] entries;
    if (map instanceof OrderedMap<K, V> ordered) {
      int at = ordered.find(key);
      if (at >= 0) {
        entries = ordered.entries.clone();
        entries[2 * at + 1] = value;
        return new OrderedMap<>(entries);
      }
      entries = Arrays.copyOf(ordered.entries, ordered.entries.length + 2);
    } else {
      entries = new Object[2 * (map.size() + 1)];
      int n = 0;
      boolean replaced = false;
      for (Map.Entry<K, V> e : map.entrySet()) {
        entries[n++] = Objects.requireNonNull(e.getKey(), "key");
        boolean same = e.getKey().equals(key);
        replaced |= same;
        entries[n++] = same ? value : Objects.requireNonNull(e.getValue(), "value");
      }
      if (replaced) {
        return new OrderedMap<>(Arrays.copyOf(entries, n));
      }
    }
    entries[entries.length - 2] = key;
    entries[entries.length - 1] = value;
    return new OrderedMap<>(entries);
  }

  /**
   * Returns the empty map.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @return the empty map
   */
  @SuppressWarnings("unchecked")
  static <K, V> Map<K, V> of() {
    return (Map<K, V>) EMPTY;
  }

  private int find(Object key) {
    if (index == null) {
      for (int i = 0; i < entries.length; i += 2) {
        if (entries[i].equals(key)) {
          return i / 2;
        }
      }
      return -1;
    }
    int found = index[slotOf(index, key)];
    return found - 1;
  }

  /** Returns the slot holding {@code key}, or the free slot where it would go. */
  private int slotOf(int[] table, Object key) {
    int mask = table.length - 1;
    int h = key.hashCode();
    int slot = (h ^ (h >>> 16)) & mask;
    while (table[slot] != 0 && !entries[2 * (table[slot] - 1)].equals(key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  @Override
  public int size() {
    return entries.length / 2;
  }

  @Override
  public boolean containsKey(Object key) {
    return key != null && find(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    if (key == null) {
      return null;
    }
    int at = find(key);
    return at < 0 ? null : (V) entries[2 * at + 1];
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < entries.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (next >= entries.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<K, V> entry =
                new AbstractMap.SimpleImmutableEntry<>((K) entries[next], (V) entries[next + 1]);
            next += 2;
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return entries.length / 2;
      }
    };
  }
}
