package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** {@link KeyedTable} must behave as a map from key to value, alone and under concurrency. */
class KeyedTableTest {
  /** A key whose hash takes only 8 values, so that probing runs long and wraps around. */
  private record Key(int id) {
    @Override
    public int hashCode() {
      return id & 7;
    }
  }

  /** A value with its key; identity matters for removal. */
  private record Value(Key key, int version) implements KeyedTable.Keyed<Key> {}

  @Test
  void behavesAsAMapUnderAnySequenceOfAddsAndRemoves() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(-60, 60)).ofSizeBetween(0, 200))
        .checkAssert(
            ops -> {
              KeyedTable<Key, Value> table = new KeyedTable<>();
              Map<Key, Value> expected = new HashMap<>();
              for (int i = 0; i < ops.size(); i++) {
                int op = ops.get(i);
                Key key = new Key(Math.abs(op));
                if (op >= 0) {
                  Value value = new Value(key, i);
                  Value held = table.putIfAbsent(value);
                  assertThat(held).isSameAs(expected.get(key));
                  expected.putIfAbsent(key, value);
                } else {
                  Value held = expected.get(key);
                  boolean removed = held != null && table.remove(held);
                  assertThat(removed).isEqualTo(held != null);
                  assertThat(table.remove(new Value(key, -1))).as("another value").isFalse();
                  expected.remove(key);
                }
                assertThat(table.size()).isEqualTo(expected.size());
              }
              for (int id = 0; id <= 61; id++) {
                assertThat(table.get(new Key(id))).isSameAs(expected.get(new Key(id)));
              }
              assertThat(table.values()).containsExactlyInAnyOrderElementsOf(expected.values());
            });
  }

  @Test
  void readersFindEveryValueAddedBeforeTheyLookWhileWritersGrowTheTable() throws Exception {
    int writers = 3;
    int perWriter = 60_000;
    KeyedTable<Integer, Entry> table = new KeyedTable<>();
    // How many values each writer has finished adding; a reader may ask for any of those.
    AtomicIntegerArray added = new AtomicIntegerArray(writers);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        tasks.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < perWriter; n++) {
                    assertThat(table.putIfAbsent(new Entry(n * writers + writer))).isNull();
                    added.set(writer, n + 1);
                  }
                }));
      }
      for (int r = 0; r < 2; r++) {
        int seed = r;
        tasks.add(
            pool.submit(
                () -> {
                  java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
                  for (int q = 0; q < 400_000; q++) {
                    int writer = random.nextInt(writers);
                    int done = added.get(writer);
                    if (done > 0) {
                      int key = random.nextInt(done) * writers + writer;
                      Entry found = table.get(key);
                      assertThat(found).as("value %d, added before the lookup", key).isNotNull();
                      assertThat(found.key()).isEqualTo(key);
                    }
                  }
                }));
      }
      for (Future<?> task : tasks) {
        task.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(table.size()).isEqualTo(writers * perWriter);
    assertThat(table.values()).hasSize(writers * perWriter);
  }

  /** A value keyed by a boxed int, as the concurrency test adds them. */
  private record Entry(Integer key) implements KeyedTable.Keyed<Integer> {}
}
