package dev.partnerkit.rules.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map in insertion order that grows by sharing: {@link #plus} and {@link #minus}
 * return a new map that shares all but a few paths with this one, so each costs O(log n) whatever
 * the size, and a busy customer's offers are never copied whole. Replacing a key's value keeps its
 * place; a key removed and added again goes last.
 *
 * <p>Short maps are one array searched in order (cheapest in memory); from {@link
 * SharedList.Small#LIMIT} entries on, the entries live in a {@link SharedList} and a hash trie maps
 * each key to its place.
 *
 * <p>Nulls are refused. Immutable and thread-safe; the {@link Map} mutators throw.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class SharedMap<K, V> extends AbstractMap<K, V> {
  private static final SharedMap<?, ?> EMPTY = new SharedMap<>(new Object[0], null, null, 0);

  /** Keys and values alternately, while the map is short; null once it is long. */
  private final Object[] small;

  /** The entries in insertion order, null where one was removed; null while the map is short. */
  private final SharedList<Object> entries;

  /** Each key's place in {@link #entries}; null while the map is short. */
  private final Trie.Node index;

  private final int size;

  private SharedMap(Object[] small, SharedList<Object> entries, Trie.Node index, int size) {
    this.small = small;
    this.entries = entries;
    this.index = index;
    this.size = size;
  }

  /**
   * Returns the empty map.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @return the map
   */
  @SuppressWarnings("unchecked")
  public static <K, V> SharedMap<K, V> of() {
    return (SharedMap<K, V>) EMPTY;
  }

  /**
   * Returns a map of the entries, in the source's iteration order: the map itself when it is a
   * shared map already.
   *
   * @param source the entries
   * @param <K> the key type
   * @param <V> the value type
   * @return the map
   */
  @SuppressWarnings("unchecked")
  public static <K, V> SharedMap<K, V> from(Map<? extends K, ? extends V> source) {
    if (source instanceof SharedMap<?, ?> shared) {
      return (SharedMap<K, V>) shared;
    }
    SharedMap<K, V> map = of();
    for (Map.Entry<? extends K, ? extends V> e : source.entrySet()) {
      map = map.plus(e.getKey(), e.getValue());
    }
    return map;
  }

  /** Returns the map with the key mapped to the value, {@code source} itself converted first. */
  public static <K, V> SharedMap<K, V> put(Map<K, V> source, K key, V value) {
    return from(source).plus(key, value);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    if (key == null) {
      return null;
    }
    if (small != null) {
      int i = smallIndex(key);
      return i < 0 ? null : (V) small[i + 1];
    }
    int place = Trie.get(index, key, spread(key));
    return place < 0 ? null : ((Entry<K, V>) entries.get(place)).getValue();
  }

  /**
   * Returns this map with the key mapped to the value.
   *
   * @param key the key
   * @param value the value
   * @return the new map; this one is unchanged
   */
  public SharedMap<K, V> plus(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (small != null) {
      int i = smallIndex(key);
      if (i >= 0) {
        Object[] copy = small.clone();
        copy[i + 1] = value;
        return new SharedMap<>(copy, null, null, size);
      }
      if (size < SharedList.Small.LIMIT) {
        Object[] copy = java.util.Arrays.copyOf(small, small.length + 2);
        copy[small.length] = key;
        copy[small.length + 1] = value;
        return new SharedMap<>(copy, null, null, size + 1);
      }
      return grown().plus(key, value);
    }
    int hash = spread(key);
    int place = Trie.get(index, key, hash);
    Entry<K, V> entry = new SimpleImmutableEntry<>(key, value);
    if (place >= 0) {
      return new SharedMap<>(null, entries.with(place, entry), index, size);
    }
    int end = entries.size();
    return new SharedMap<>(null, entries.plus(entry), Trie.put(index, key, hash, end), size + 1);
  }

  /**
   * Returns this map without the key.
   *
   * @param key the key
   * @return the new map; this one when it has no such key
   */
  public SharedMap<K, V> minus(K key) {
    if (!containsKey(key)) {
      return this;
    }
    if (small != null) {
      int i = smallIndex(key);
      Object[] copy = new Object[small.length - 2];
      System.arraycopy(small, 0, copy, 0, i);
      System.arraycopy(small, i + 2, copy, i, small.length - i - 2);
      return new SharedMap<>(copy, null, null, size - 1);
    }
    int hash = spread(key);
    int place = Trie.get(index, key, hash);
    // The place keeps a hole, found by no key; removals are rare, so holes do not add up.
    return new SharedMap<>(
        null, entries.with(place, Hole.INSTANCE), Trie.put(index, key, hash, -1), size - 1);
  }

  private SharedMap<K, V> grown() {
    SharedList<Object> list = SharedList.of();
    Trie.Node trie = null;
    for (int i = 0; i < small.length; i += 2) {
      trie = Trie.put(trie, small[i], spread(small[i]), list.size());
      list = list.plus(new SimpleImmutableEntry<>(small[i], small[i + 1]));
    }
    return new SharedMap<>(null, list, trie, size);
  }

  private int smallIndex(Object key) {
    for (int i = 0; i < small.length; i += 2) {
      if (small[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private static int spread(Object key) {
    int h = key.hashCode();
    return h ^ (h >>> 16);
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<K, V>> iterator() {
        return small != null ? smallIterator() : sharedIterator();
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @SuppressWarnings("unchecked")
  private Iterator<Entry<K, V>> smallIterator() {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < small.length;
      }

      @Override
      public Entry<K, V> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Entry<K, V> e = new SimpleImmutableEntry<>((K) small[i], (V) small[i + 1]);
        i += 2;
        return e;
      }
    };
  }

  @SuppressWarnings("unchecked")
  private Iterator<Entry<K, V>> sharedIterator() {
    return new Iterator<>() {
      private int i = skipHoles(0);

      private int skipHoles(int from) {
        int n = entries.size();
        while (from < n && entries.get(from) == Hole.INSTANCE) {
          from++;
        }
        return from;
      }

      @Override
      public boolean hasNext() {
        return i < entries.size();
      }

      @Override
      public Entry<K, V> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Entry<K, V> e = (Entry<K, V>) entries.get(i);
        i = skipHoles(i + 1);
        return e;
      }
    };
  }

  /** Marks a removed entry's place. */
  private enum Hole {
    INSTANCE
  }

  /**
   * A hash array mapped trie from keys to places: 5 bits of the hash per level, each node an array
   * of its present children only, keys with equal hashes chained in one leaf.
   */
  private static final class Trie {
    private Trie() {}

    /** An inner node: which of its 32 slots are present, and those slots in order. */
    record Node(int bitmap, Object[] slots) {}

    /** A key and its place, with the next key of the same hash. */
    record Leaf(int hash, Object key, int place, Leaf next) {
      Leaf with(Object key, int place) {
        if (this.key.equals(key)) {
          return new Leaf(hash, key, place, next);
        }
        return new Leaf(
            hash,
            this.key,
            this.place,
            next == null ? new Leaf(hash, key, place, null) : next.with(key, place));
      }

      int find(Object key) {
        for (Leaf l = this; l != null; l = l.next) {
          if (l.key.equals(key)) {
            return l.place;
          }
        }
        return -1;
      }
    }

    static int get(Node node, Object key, int hash) {
      int shift = 0;
      while (node != null) {
        int bit = 1 << ((hash >>> shift) & 31);
        if ((node.bitmap & bit) == 0) {
          return -1;
        }
        Object slot = node.slots[Integer.bitCount(node.bitmap & (bit - 1))];
        if (slot instanceof Leaf leaf) {
          return leaf.hash == hash ? leaf.find(key) : -1;
        }
        node = (Node) slot;
        shift += 5;
      }
      return -1;
    }

    static Node put(Node node, Object key, int hash, int place) {
      return put(node, key, hash, place, 0);
    }

    private static Node put(Node node, Object key, int hash, int place, int shift) {
      if (node == null) {
        return new Node(
            1 << ((hash >>> shift) & 31), new Object[] {new Leaf(hash, key, place, null)});
      }
      int bit = 1 << ((hash >>> shift) & 31);
      int i = Integer.bitCount(node.bitmap & (bit - 1));
      if ((node.bitmap & bit) == 0) {
        Object[] slots = new Object[node.slots.length + 1];
        System.arraycopy(node.slots, 0, slots, 0, i);
        slots[i] = new Leaf(hash, key, place, null);
        System.arraycopy(node.slots, i, slots, i + 1, node.slots.length - i);
        return new Node(node.bitmap | bit, slots);
      }
      Object slot = node.slots[i];
      Object replaced;
      if (slot instanceof Leaf leaf) {
        if (leaf.hash == hash) {
          replaced = leaf.with(key, place);
        } else {
          // Two hashes differ in some bit below 32, so they part by the last level.
          Node split = put(null, leaf.key, leaf.hash, leaf.place, shift + 5);
          for (Leaf l = leaf.next; l != null; l = l.next) {
            split = put(split, l.key, l.hash, l.place, shift + 5);
          }
          replaced = put(split, key, hash, place, shift + 5);
        }
      } else {
        replaced = put((Node) slot, key, hash, place, shift + 5);
      }
      Object[] slots = node.slots.clone();
      slots[i] = replaced;
      return new Node(node.bitmap, slots);
    }
  }
}
