package dev.partnerkit.client.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A set of tenant ids in little memory, for a walk over many customers that must later tell whether
 * it met one: a GUID takes its 16 bytes in an open-addressing table of two {@code long} arrays,
 * kept at most three quarters full, instead of a {@code HashSet<UUID>}'s node, boxed key and table
 * slot (about 80 bytes). An id that is not a GUID, which a real tenant id always is, goes to an
 * ordinary set. Not thread-safe.
 */
final class TenantIds {
  private long[] high = new long[64];
  private long[] low = new long[64];
  private boolean[] used = new boolean[64];
  private int size;
  private final Set<String> others = new HashSet<>();

  /**
   * Adds an id, in either case.
   *
   * @return true when it was not there yet
   */
  boolean add(String id) {
    UUID guid = guid(id);
    if (guid == null) {
      return others.add(id.toLowerCase(Locale.ROOT));
    }
    if ((size + 1) * 4L > used.length * 3L) {
      grow();
    }
    if (insert(guid.getMostSignificantBits(), guid.getLeastSignificantBits())) {
      size++;
      return true;
    }
    return false;
  }

  /** Returns whether the id was added, in either case. */
  boolean contains(String id) {
    UUID guid = guid(id);
    if (guid == null) {
      return others.contains(id.toLowerCase(Locale.ROOT));
    }
    long h = guid.getMostSignificantBits();
    long l = guid.getLeastSignificantBits();
    for (int i = slot(h, l); used[i]; i = (i + 1) & (used.length - 1)) {
      if (high[i] == h && low[i] == l) {
        return true;
      }
    }
    return false;
  }

  /** Returns how many ids were added, each once. */
  int size() {
    return size + others.size();
  }

  private boolean insert(long h, long l) {
    int i = slot(h, l);
    while (used[i]) {
      if (high[i] == h && low[i] == l) {
        return false;
      }
      i = (i + 1) & (used.length - 1);
    }
    used[i] = true;
    high[i] = h;
    low[i] = l;
    return true;
  }

  private int slot(long h, long l) {
    // GUIDs are random in most bits, but not all (version and variant); mixing spreads them.
    long x = h * 0x9E3779B97F4A7C15L ^ l;
    x ^= x >>> 32;
    return (int) x & (used.length - 1);
  }

  private void grow() {
    long[] oldHigh = high;
    long[] oldLow = low;
    boolean[] oldUsed = used;
    high = new long[oldUsed.length * 2];
    low = new long[oldUsed.length * 2];
    used = new boolean[oldUsed.length * 2];
    for (int i = 0; i < oldUsed.length; i++) {
      if (oldUsed[i]) {
        insert(oldHigh[i], oldLow[i]);
      }
    }
  }

  private static UUID guid(String id) {
    // UUID.fromString accepts short groups such as "1-2-3-4-5"; only the 36-character form is one.
    if (id.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
