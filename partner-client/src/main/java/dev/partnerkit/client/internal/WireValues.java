package dev.partnerkit.client.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Not API: what the wire records' canonical constructors do with their components. Null reads as
 * absent or empty, because Jackson passes null for a list or map that a body leaves out or sends as
 * {@code null}; lists and maps are copied, so that a record never shares a collection its caller
 * can change, and maps keep their order, so that a record writes its entries as it read them.
 *
 * <p>Thread-safe; a utility class.
 */
public final class WireValues {
  private WireValues() {}

  /**
   * Returns an optional value, or empty for null.
   *
   * @param <T> the value's type
   * @param value the value, or null
   * @return the value
   */
  public static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /**
   * Returns an unmodifiable copy of a list, or an empty list for null.
   *
   * @param <T> the elements' type
   * @param values the list, or null; its elements must not be null
   * @return the copy
   */
  public static <T> List<T> list(List<T> values) {
    return values == null || values.isEmpty() ? List.of() : List.copyOf(values);
  }

  /**
   * Returns an unmodifiable copy of a map in its order, or an empty map for null.
   *
   * @param <K> the keys' type
   * @param <V> the values' type
   * @param entries the map, or null; its keys and values must not be null
   * @return the copy
   */
  public static <K, V> Map<K, V> map(Map<K, V> entries) {
    if (entries == null || entries.isEmpty()) {
      return Map.of();
    }
    if (entries.size() == 1) {
      // Most links maps hold one link ("self"); Map.of keeps that to one small object.
      Map.Entry<K, V> entry = entries.entrySet().iterator().next();
      return Map.of(entry.getKey(), entry.getValue());
    }
    Map<K, V> copy = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
    for (Map.Entry<K, V> entry : entries.entrySet()) {
      copy.put(
          Objects.requireNonNull(entry.getKey(), "key"),
          Objects.requireNonNull(entry.getValue(), "value"));
    }
    return Collections.unmodifiableMap(copy);
  }
}
