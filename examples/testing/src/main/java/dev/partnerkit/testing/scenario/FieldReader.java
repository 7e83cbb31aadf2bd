package dev.partnerkit.testing.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.Role;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The field readers every part of a scenario file shares: JSON shapes (object, array, string,
 * boolean, whole number), ids, ISO-8601 instants and durations, enum constants, and the names of
 * the parties the file declares. Each fails with a {@link ScenarioFormatException} naming the file,
 * the JSON path and what was expected.
 *
 * <p>Not thread-safe: one instance reads one file.
 */
final class FieldReader {
  private final String source;

  /** The partners declared so far, by the name the file gives them. */
  final Map<String, PartnerId> partnerNames = new LinkedHashMap<>();

  /** The customers declared so far, by the name the file gives them. */
  final Map<String, CustomerId> customerNames = new LinkedHashMap<>();

  /** The names the file gives the customers it names, by the id's text, for reports. */
  final Map<String, String> displayNames = new HashMap<>();

  FieldReader(String source) {
    this.source = source;
  }

  /** Returns the error for a value at {@code path} that is not what was {@code expected}. */
  ScenarioFormatException fail(String path, String expected) {
    return new ScenarioFormatException(source, path, expected);
  }

  <T> T id(JsonNode node, String path, Function<String, T> parse) {
    String value = text(node, path);
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw fail(path, "expected an id of letters, digits or . _ : -, but got \"" + value + "\"");
    }
  }

  /** Returns the tenant id a customer's name maps to. */
  CustomerId customerId(String name, String path) {
    try {
      return CustomerId.fromName(name);
    } catch (IllegalArgumentException e) {
      throw fail(
          path, "expected a customer name of letters, digits or . _ : -, but got \"" + name + "\"");
    }
  }

  void object(JsonNode node, String path, Set<String> allowed, Set<String> required) {
    if (node == null || !node.isObject()) {
      throw fail(path, "expected a JSON object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      if (!allowed.contains(key)) {
        throw fail(
            path + "." + key,
            "expected only the fields " + new TreeSet<>(allowed) + ", but got \"" + key + "\"");
      }
    }
    for (String key : new TreeSet<>(required)) {
      if (!node.has(key)) {
        throw fail(path + "." + key, "expected a value, but the field is missing");
      }
    }
  }

  JsonNode array(JsonNode node, String path) {
    if (node == null || !node.isArray()) {
      throw fail(path, "expected a JSON array");
    }
    return node;
  }

  String text(JsonNode node, String path) {
    if (node == null || !node.isTextual()) {
      throw fail(
          path,
          "expected a string"
              + (node == null ? ", but the field is missing" : ", but got " + kind(node)));
    }
    return node.asText();
  }

  boolean bool(JsonNode node, String path) {
    if (node == null || !node.isBoolean()) {
      throw fail(path, "expected true or false" + (node == null ? "" : ", but got " + kind(node)));
    }
    return node.asBoolean();
  }

  int integer(JsonNode node, String path, int min) {
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      throw fail(path, "expected a whole number" + (node == null ? "" : ", but got " + kind(node)));
    }
    int value = node.asInt();
    if (value < min) {
      throw fail(path, "expected a number of at least " + min + ", but got " + value);
    }
    return value;
  }

  /** Reads an ISO-8601 instant in the years the scenario's clock may show. */
  Instant instant(JsonNode node, String path) {
    String value = text(node, path);
    Instant instant;
    try {
      instant = Instant.parse(value);
    } catch (DateTimeException e) {
      try {
        // ISO-8601 also writes an instant without its seconds (2026-01-01T00:00Z); Instant.parse
        // wants them.
        instant = OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeException e2) {
        throw fail(
            path,
            "expected an ISO-8601 instant such as 2026-01-01T00:00:00Z, but got \"" + value + "\"");
      }
    }
    if (instant.isBefore(ScenarioParser.EARLIEST_START)
        || instant.isAfter(ScenarioParser.LATEST_TIME)) {
      throw fail(path, "expected an instant in the years 1970 to 9999, but got \"" + value + "\"");
    }
    return instant;
  }

  Duration duration(JsonNode node, String path) {
    String value = text(node, path);
    Duration duration;
    try {
      duration = Duration.parse(value);
    } catch (DateTimeException e) {
      try {
        duration = dateAndTime(value);
      } catch (DateTimeException | ArithmeticException e2) {
        throw fail(
            path,
            "expected an ISO-8601 duration such as P31D, PT12H or P2Y, but got \"" + value + "\"");
      }
    }
    if (duration.abs().compareTo(ScenarioParser.MAX_DURATION) > 0) {
      throw fail(
          path, "expected a duration of at most 36500 days (P100Y), but got \"" + value + "\"");
    }
    return duration;
  }

  /**
   * Reads an ISO-8601 duration with a date part in years, months or weeks, such as {@code P2Y} or
   * {@code P1Y2DT3H}, which {@link Duration#parse} refuses: years count 365 days, months 30.
   */
  private static Duration dateAndTime(String value) {
    boolean negative = value.startsWith("-");
    String unsigned = negative || value.startsWith("+") ? value.substring(1) : value;
    int t = unsigned.indexOf('T');
    Period period = Period.parse(t < 0 ? unsigned : unsigned.substring(0, t));
    Duration duration =
        Duration.ofDays(period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
    if (t >= 0) {
      duration = duration.plus(Duration.parse("P" + unsigned.substring(t)));
    }
    return negative ? duration.negated() : duration;
  }

  Cloud cloud(JsonNode node, String path) {
    return constant(node, path, Cloud.class);
  }

  Program program(JsonNode node, String path) {
    return constant(node, path, Program.class);
  }

  BillingCycle billing(JsonNode node, String path) {
    return constant(node, path, BillingCycle.class);
  }

  // A name of GDAP-12's table or any roleDefinitionId (SCENARIOS.md), as Role.parse reads it.
  Role role(JsonNode node, String path) {
    try {
      return Role.parse(text(node, path));
    } catch (IllegalArgumentException e) {
      throw fail(path, e.getMessage());
    }
  }

  Set<Role> roles(JsonNode node, String path) {
    JsonNode list = array(node, path);
    Set<Role> roles = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      roles.add(role(list.get(i), path + "[" + i + "]"));
    }
    return roles;
  }

  <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
    String value = text(node, path);
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      if (!constant.name().equals("UNKNOWN")) {
        names.add(constant.name());
        if (constant.name().equals(value)) {
          return constant;
        }
      }
    }
    throw fail(path, "expected one of " + names + ", but got \"" + value + "\"");
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(node.toString());
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
