package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The fields of one step (or one {@code resellers} entry): checks that only allowed keys appear and
 * reads them by name, resolving the names of declared parties.
 *
 * <p>Not thread-safe: one instance reads one object of one file.
 */
final class StepFields {
  private final FieldReader reader;
  private final JsonNode node;
  private final String path;
  private final Instant clock;

  /**
   * Reads the fields of {@code node}.
   *
   * @param clock the scenario's clock when the step runs, as the advances before it leave it
   */
  StepFields(FieldReader reader, JsonNode node, String path, Instant clock) {
    this.reader = reader;
    this.node = node;
    this.path = path;
    this.clock = clock;
  }

  /** Returns the JSON path of the object. */
  String path() {
    return path;
  }

  /** Returns the scenario's clock when the step runs. */
  Instant clock() {
    return clock;
  }

  /** Returns the shared readers. */
  FieldReader reader() {
    return reader;
  }

  void allow(String... keys) {
    allow(Arrays.asList(keys));
  }

  void allow(List<String> keys) {
    Set<String> allowed = new LinkedHashSet<>(keys);
    allowed.add("do");
    allowed.add("check");
    allowed.add("expect");
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        throw reader.fail(
            path + "." + key,
            "expected only the fields " + new TreeSet<>(keys) + " here, but got \"" + key + "\"");
      }
    }
  }

  boolean has(String key) {
    return node.has(key);
  }

  JsonNode required(String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      throw reader.fail(path + "." + key, "expected a value, but the field is missing");
    }
    return value;
  }

  /** Returns the field as the file writes it, for the step's description. */
  String name(String key) {
    JsonNode value = node.get(key);
    return value == null ? "" : value.isTextual() ? value.asText() : value.toString();
  }

  String text(String key) {
    return reader.text(required(key), path + "." + key);
  }

  Optional<String> optionalText(String key) {
    return has(key) ? Optional.of(text(key)) : Optional.empty();
  }

  int integer(String key, int min) {
    return reader.integer(required(key), path + "." + key, min);
  }

  <T> T id(String key, Function<String, T> parse) {
    return reader.id(required(key), path + "." + key, parse);
  }

  <T> Optional<T> optionalId(String key, Function<String, T> parse) {
    return has(key) ? Optional.of(id(key, parse)) : Optional.empty();
  }

  <T> List<T> ids(String key, Function<String, T> parse) {
    JsonNode list = reader.array(required(key), path + "." + key);
    List<T> result = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      result.add(reader.id(list.get(i), path + "." + key + "[" + i + "]", parse));
    }
    return result;
  }

  boolean bool(String key, boolean fallback) {
    return has(key) ? reader.bool(node.get(key), path + "." + key) : fallback;
  }

  <E extends Enum<E>> E constant(String key, Class<E> type) {
    return reader.constant(required(key), path + "." + key, type);
  }

  <E extends Enum<E>> Optional<E> optionalConstant(String key, Class<E> type) {
    return has(key) ? Optional.of(constant(key, type)) : Optional.empty();
  }

  Optional<Boolean> optionalBool(String key) {
    return has(key) ? Optional.of(reader.bool(node.get(key), path + "." + key)) : Optional.empty();
  }

  Optional<Integer> optionalInteger(String key, int min) {
    return has(key) ? Optional.of(integer(key, min)) : Optional.empty();
  }

  Optional<Instant> optionalInstant(String key) {
    return has(key)
        ? Optional.of(reader.instant(node.get(key), path + "." + key))
        : Optional.empty();
  }

  PartnerId partner(String key) {
    String name = text(key);
    PartnerId known = reader.partnerNames.get(name);
    return known != null ? known : id(key, PartnerId::of);
  }

  CustomerId customer(String key) {
    String name = text(key);
    CustomerId known = reader.customerNames.get(name);
    if (known != null) {
      return known;
    }
    CustomerId id = reader.customerId(name, path + "." + key);
    reader.displayNames.put(id.toString(), name);
    return id;
  }

  Actor actor(String key) {
    String name = text(key);
    if (reader.customerNames.containsKey(name)) {
      return Actor.customer(reader.customerNames.get(name));
    }
    if (reader.partnerNames.containsKey(name)) {
      return Actor.partner(reader.partnerNames.get(name));
    }
    throw reader.fail(
        path + "." + key,
        "expected the name of a partner or customer declared in the file, but got \""
            + name
            + "\"");
  }
}
