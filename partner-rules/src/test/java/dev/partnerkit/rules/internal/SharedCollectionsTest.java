package dev.partnerkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared collections against the JDK's: the same operations in the same order give equal
 * collections, in the same order, and every earlier version stays as it was.
 */
class SharedCollectionsTest {
  /** A key whose hash is its value modulo 7, so that many keys collide in the trie. */
  private record Colliding(int value) {
    @Override
    public int hashCode() {
      return Math.floorMod(value, 7);
    }
  }

  @Test
  void sharedMapAgreesWithLinkedHashMapUnderAnyOperations() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-60, 60)).ofSizeBetween(0, 400))
        .checkAssert(
            ops -> {
              Map<Object, Integer> expected = new LinkedHashMap<>();
              SharedMap<Object, Integer> actual = SharedMap.of();
              List<SharedMap<Object, Integer>> versions = new ArrayList<>();
              List<Map<Object, Integer>> copies = new ArrayList<>();
              for (int i = 0; i < ops.size(); i++) {
                int op = ops.get(i);
                Object key = op % 3 == 0 ? new Colliding(op / 3) : Integer.valueOf(op / 2);
                if (op % 5 == 0) {
                  expected.remove(key);
                  actual = actual.minus(key);
                } else {
                  expected.put(key, i);
                  actual = actual.plus(key, i);
                }
                versions.add(actual);
                copies.add(new LinkedHashMap<>(expected));
              }
              assertThat(actual).isEqualTo(expected);
              assertThat(new ArrayList<>(actual.entrySet()))
                  .isEqualTo(new ArrayList<>(expected.entrySet()));
              for (Object key : expected.keySet()) {
                assertThat(actual.get(key)).isEqualTo(expected.get(key));
              }
              for (int v = 0; v < versions.size(); v++) {
                assertThat(new ArrayList<>(versions.get(v).entrySet()))
                    .isEqualTo(new ArrayList<>(copies.get(v).entrySet()));
              }
            });
  }

  @Test
  void arraySetAgreesWithLinkedHashSetAndKeepsOlderVersions() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-40, 40)).ofSizeBetween(0, 120))
        .checkAssert(
            adds -> {
              Set<Integer> expected = new LinkedHashSet<>();
              ArraySet<Integer> actual = ArraySet.of();
              List<ArraySet<Integer>> versions = new ArrayList<>();
              List<List<Integer>> copies = new ArrayList<>();
              for (int add : adds) {
                expected.add(add);
                actual = actual.plus(add);
                versions.add(actual);
                copies.add(new ArrayList<>(expected));
              }
              assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
              assertThat(new ArrayList<>(actual)).isEqualTo(new ArrayList<>(expected));
              assertThat(ArraySet.from(new ArrayList<>(adds))).containsExactlyElementsOf(expected);
              for (int v = 0; v < versions.size(); v++) {
                assertThat(new ArrayList<>(versions.get(v))).isEqualTo(copies.get(v));
              }
            });
  }

  @Test
  void arraySetRefusesNullAndIsUnmodifiable() {
    ArraySet<String> set = ArraySet.<String>of().plus("a");
    assertThatThrownBy(() -> set.plus(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("element");
    assertThatThrownBy(() -> set.add("b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(set.plus("a")).isSameAs(set);
  }

  @Test
  void sharedListAgreesWithArrayListAcrossTrieLevels() {
    qt().withExamples(40)
        .forAll(integers().between(0, 40_000), integers().between(0, Integer.MAX_VALUE))
        .checkAssert(
            (size, seed) -> {
              List<Integer> expected = new ArrayList<>();
              List<Integer> actual = List.of();
              for (int i = 0; i < size; i++) {
                expected.add(i);
                actual = SharedList.append(actual, i);
              }
              if (size > 0) {
                int at = Math.floorMod(seed, size);
                List<Integer> before = actual;
                expected.set(at, -1);
                actual = SharedList.replace(actual, at, -1);
                assertThat(before.get(at)).isEqualTo(at);
              }
              assertThat(actual).isEqualTo(expected);
              assertThat(actual).hasSize(size);
            });
  }

  @Test
  void sharedCollectionsAreUnmodifiableAndRefuseNulls() {
    List<String> list = SharedList.from(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"));
    assertThatThrownBy(() -> list.add("j")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SharedList.append(list, null))
        .isInstanceOf(NullPointerException.class);
    SharedMap<String, String> map = SharedMap.<String, String>of().plus("k", "v");
    assertThatThrownBy(() -> map.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.plus("x", null)).isInstanceOf(NullPointerException.class);
    assertThat(map.get(null)).isNull();
  }
}
