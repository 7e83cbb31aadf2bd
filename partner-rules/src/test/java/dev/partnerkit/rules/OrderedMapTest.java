package dev.partnerkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link OrderedMap} must behave as the unmodifiable {@link LinkedHashMap} copies it replaced. */
class OrderedMapTest {
  /** A key whose hash takes only 4 values, so that the index's probing is exercised. */
  private record Key(int id) {
    @Override
    public int hashCode() {
      return id & 3;
    }
  }

  @Test
  void behavesAsALinkedHashMapUnderAnySequenceOfPuts() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 60))
        .checkAssert(
            puts -> {
              Map<Key, String> expected = new LinkedHashMap<>();
              Map<Key, String> actual = OrderedMap.of();
              for (int i = 0; i < puts.size(); i++) {
                Key key = new Key(puts.get(i));
                String value = "v" + i;
                expected.put(key, value);
                Map<Key, String> before = actual;
                Map<Key, String> beforeCopy = new LinkedHashMap<>(before);
                actual = OrderedMap.with(actual, key, value);
                assertThat(before).as("the map it was made from").isEqualTo(beforeCopy);
              }
              assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
              assertThat(new ArrayList<>(actual.entrySet()))
                  .as("entries in insertion order")
                  .isEqualTo(new ArrayList<>(expected.entrySet()));
              for (int id = -1; id <= 41; id++) {
                Key key = new Key(id);
                assertThat(actual.get(key)).isEqualTo(expected.get(key));
                assertThat(actual.containsKey(key)).isEqualTo(expected.containsKey(key));
              }
              assertThat(actual.toString()).isEqualTo(expected.toString());
            });
  }

  @Test
  void startsFromAnyMapKeepingItsOrder() {
    Map<String, Integer> source = new LinkedHashMap<>();
    source.put("b", 1);
    source.put("a", 2);
    assertThat(new ArrayList<>(OrderedMap.with(source, "a", 3).keySet())).containsExactly("b", "a");
    assertThat(OrderedMap.with(source, "a", 3)).containsEntry("a", 3).hasSize(2);
    assertThat(new ArrayList<>(OrderedMap.with(source, "c", 4).keySet()))
        .containsExactly("b", "a", "c");
  }

  @Test
  void isUnmodifiableAndRefusesNulls() {
    Map<String, Integer> map = OrderedMap.with(OrderedMap.of(), "a", 1);
    assertThatThrownBy(() -> map.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> OrderedMap.with(map, null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key");
    assertThatThrownBy(() -> OrderedMap.with(map, "b", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThat(map.get(null)).isNull();
    assertThat(map.containsKey(null)).isFalse();
    assertThat(List.copyOf(map.values())).containsExactly(1);
  }
}
