package dev.partnerkit.rules;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A read-write lock split into stripes: a reader locks the one stripe its key falls in, a writer
 * locks them all.
 *
 * <p>Why: every customer action holds the program's partner lock shared, and a single {@link
 * ReentrantReadWriteLock}'s read lock writes one shared counter on each acquisition, so threads
 * working on different customers would pass that counter's cache line between cores on every
 * action. Writers (partner actions, snapshots) are rare and pay for the stripes instead.
 * Thread-safe.
 */
final class StripedLock {
  private final ReentrantReadWriteLock[] stripes;

  /**
   * Makes the stripes, each separated from the next by a spacer so that two stripes' counters are
   * unlikely to share a cache line.
   *
   * @param count the number of stripes, a power of two
   */
  @SuppressWarnings("unused") // the spacers are allocated for their place in memory only
  StripedLock(int count) {
    if (Integer.bitCount(count) != 1) {
      throw new IllegalArgumentException("stripes must be a power of two, got " + count);
    }
    stripes = new ReentrantReadWriteLock[count];
    for (int i = 0; i < count; i++) {
      stripes[i] = new ReentrantReadWriteLock();
      long[] spacer = new long[16];
    }
  }

  /**
   * Returns the read lock of the stripe the key falls in; not yet locked.
   *
   * @param key what the reader works on
   * @return the stripe's read lock
   */
  Lock reader(Object key) {
    int h = key.hashCode();
    h ^= h >>> 16;
    return stripes[h & (stripes.length - 1)].readLock();
  }

  /** Locks every stripe for writing, always in the same order, so two writers cannot deadlock. */
  void lockAll() {
    for (ReentrantReadWriteLock stripe : stripes) {
      stripe.writeLock().lock();
    }
  }

  /** Unlocks what {@link #lockAll} locked. */
  void unlockAll() {
    for (int i = stripes.length - 1; i >= 0; i--) {
      stripes[i].writeLock().unlock();
    }
  }
}
