package dev.partnerkit.model.json;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.internal.Checks;
import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Thrown when JSON cannot be read into, or written from, a Partnerkit type. The message names the
 * JSON path (such as {@code $.profile.address.country}), what was expected there and what was
 * found, for example {@code Invalid JSON for Customer at $.cloud: expected a string (Cloud: GLOBAL,
 * CHINA_21VIANET, US_GOVERNMENT, GERMANY), but got a number}.
 *
 * <p>Unchecked; the cause is Jackson's exception. Messages never echo more than a short, quoted
 * prefix of the input, so a hostile document cannot flood a log.
 */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Longest explanation kept from Jackson's own message. */
  private static final int MAX_DETAIL = 300;

  /** The message Immutables' builders throw when required attributes are absent or null. */
  private static final Pattern MISSING_ATTRIBUTES =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  /** The start of an invariant's message that names its field, such as {@code Service.addOnTo }. */
  private static final Pattern INVARIANT_FIELD =
      Pattern.compile("[A-Z][A-Za-z0-9]*\\.([a-z][A-Za-z0-9]*) ");

  /** Where Jackson's mismatch messages name the token found: {@code (token `JsonToken.X`)}. */
  private static final Pattern TOKEN_IN_MESSAGE = Pattern.compile("JsonToken\\.([A-Z_]+)");

  /** Where Jackson's mismatch messages name the kind of value found: {@code from String value}. */
  private static final Pattern KIND_IN_MESSAGE =
      Pattern.compile(
          "(?:from|coerce) (String|Number|Integer|Floating-point|Boolean|Array|Object) value");

  /** Longest field name a path shows as it is; a longer one is quoted and cut. */
  private static final int MAX_NAME = 64;

  /** Longest path shown; a deeper one keeps its innermost segments after {@code $..}. */
  private static final int MAX_PATH = 256;

  /** Field names that can follow a dot in a path without quoting. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  /** Jackson's description of the input source inside a location, which says nothing here. */
  private static final Pattern SOURCE_REFERENCE = Pattern.compile("\\[Source: [^;\\]]*; ");

  /** Jackson's pointer to its own configuration API, useless to a reader of the message. */
  private static final Pattern JACKSON_API_HINT = Pattern.compile(", from `[^`]*`");

  private final String path;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, naming the path
   * @param cause Jackson's exception, or null
   */
  public JsonException(String message, Throwable cause) {
    this(message, "$", cause);
  }

  private JsonException(String message, String path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /**
   * Returns the JSON path of the bad value, such as {@code $.lines[0].licenses}. A field name
   * longer than 64 characters is shown quoted and cut ({@code ["aaa..."]}), and a path longer than
   * 256 characters keeps its innermost segments after {@code $..}, so that the path, like the
   * message, stays short whatever the input.
   *
   * @return the path; {@code $} for the document itself
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns an exception that explains Jackson's failure to read {@code type}.
   *
   * @param type the type being read
   * @param e Jackson's exception
   * @return the exception to throw
   */
  public static JsonException from(Class<?> type, JsonProcessingException e) {
    Explanation explanation = explain(type, e);
    return new JsonException(
        "Invalid JSON for "
            + type.getSimpleName()
            + " at "
            + explanation.path()
            + ": "
            + explanation.detail(),
        explanation.path(),
        e);
  }

  /** Where the input went wrong and what was expected there. */
  private record Explanation(String path, String detail) {}

  private static Explanation explain(Class<?> type, JsonProcessingException e) {
    String path = pathOf(e);
    if (e instanceof ValueInstantiationException) {
      return refused(path, e);
    }
    if (e instanceof InvalidTypeIdException typeId) {
      return badTypeId(path, typeId);
    }
    if (e instanceof InvalidNullException) {
      return new Explanation(
          path, "expected a value, but got null (arrays and objects hold no null elements)");
    }
    if (e instanceof MismatchedInputException mismatch) {
      return mismatch(type, path, mismatch);
    }
    InputCoercionException range = find(e, InputCoercionException.class);
    if (range != null) {
      return new Explanation(
          path,
          "expected "
              + expectation(range.getTargetType())
              + " within its range, but got "
              + clean(range.getOriginalMessage()));
    }
    NumberFormatException number = find(e, NumberFormatException.class);
    if (number != null) {
      return new Explanation(
          path, "expected a number of a representable size, but " + clean(number.getMessage()));
    }
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      return new Explanation(
          path,
          "expected a document within Partnerkit's input limits"
              + at(limit.getLocation())
              + ", but "
              + clean(limit.getOriginalMessage()));
    }
    StreamReadException syntax = find(e, StreamReadException.class);
    if (syntax != null) {
      return new Explanation(
          path,
          "expected well-formed JSON"
              + at(syntax.getLocation())
              + ": "
              + clean(syntax.getOriginalMessage()));
    }
    return new Explanation(path, clean(e.getOriginalMessage()));
  }

  /**
   * Explains a value that a creator refused: an identifier or {@code Money} that failed its check,
   * a value type's invariant, or an Immutables builder missing required attributes.
   */
  private static Explanation refused(String path, JsonProcessingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message == null) {
        continue;
      }
      if (cause instanceof IllegalStateException) {
        Matcher missing = MISSING_ATTRIBUTES.matcher(message);
        if (missing.matches()) {
          return missingFields(path, missing.group(1), missing.group(2));
        }
      }
      if (cause instanceof IllegalArgumentException
          || cause instanceof IllegalStateException
          || cause instanceof NullPointerException
          || cause instanceof ArithmeticException) {
        // The model's invariant messages start with the field they judge: "Offer.expiresAt must".
        Matcher field = INVARIANT_FIELD.matcher(message);
        return new Explanation(
            field.lookingAt() ? path + segment(field.group(1)) : path, clean(message));
      }
    }
    return new Explanation(path, clean(e.getOriginalMessage()));
  }

  private static Explanation missingFields(String path, String typeName, String names) {
    List<String> fields = List.of(names.split(",\\s*"));
    String first = path + segment(fields.get(0));
    if (fields.size() == 1) {
      return new Explanation(
          first,
          "expected a value for the required field "
              + fields.get(0)
              + " of "
              + typeName
              + ", but it is missing or null");
    }
    return new Explanation(
        first,
        "expected values for the required fields "
            + String.join(", ", fields)
            + " of "
            + typeName
            + ", but they are missing or null");
  }

  private static Explanation badTypeId(String path, InvalidTypeIdException e) {
    Class<?> base = e.getBaseType() == null ? Object.class : e.getBaseType().getRawClass();
    String property = typeProperty(base);
    List<String> known = knownTypeIds(base);
    String expected =
        "expected \""
            + property
            + "\" naming the kind of "
            + base.getSimpleName()
            + (known.isEmpty() ? "" : " (" + String.join(", ", known) + ")");
    if (e.getTypeId() == null) {
      return new Explanation(path + segment(property), expected + ", but it is missing");
    }
    return new Explanation(
        path + segment(property), expected + ", but got " + Checks.quote(e.getTypeId()));
  }

  private static Explanation mismatch(Class<?> type, String path, MismatchedInputException e) {
    JsonToken token = currentToken(e);
    JsonParser parser = e.getProcessor() instanceof JsonParser p ? p : null;
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Trailing token")) {
      return new Explanation(
          path,
          "expected the end of input after the "
              + type.getSimpleName()
              + ", but got "
              + (token == null ? "more content" : describe(token, parser)));
    }
    if (message.startsWith("No content to map")) {
      return new Explanation(
          path, "expected " + expectation(e.getTargetType()) + ", but got no content");
    }
    String expected = "expected " + expectation(e.getTargetType());
    if (e instanceof InvalidFormatException format && format.getValue() != null) {
      return new Explanation(path, expected + ", but got " + describeValue(format.getValue()));
    }
    if (token == null) {
      // The caller's parser was closed before this was explained, and closing forgets the token;
      // Jackson's message still names the kind of value it found.
      String found = foundIn(message);
      return new Explanation(
          path, found == null ? expected + ": " + clean(message) : expected + ", but got " + found);
    }
    return new Explanation(path, expected + ", but got " + describe(token, parser));
  }

  /** Returns what a value of {@code target} looks like in JSON, for "expected ..." messages. */
  private static String expectation(Class<?> target) {
    if (target == null) {
      return "a value";
    }
    if (target == String.class || target == char.class || target == Character.class) {
      return "a string";
    }
    if (target == int.class
        || target == Integer.class
        || target == long.class
        || target == Long.class
        || target == short.class
        || target == Short.class
        || target == byte.class
        || target == Byte.class
        || target == BigInteger.class) {
      return "an integer";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target == BigDecimal.class
        || target == double.class
        || target == Double.class
        || target == float.class
        || target == Float.class
        || target == Number.class) {
      return "a number";
    }
    if (target == Instant.class) {
      return "an ISO-8601 instant such as \"2026-01-01T00:00:00Z\"";
    }
    if (target == Duration.class) {
      return "an ISO-8601 duration such as \"P90D\"";
    }
    if (target.isEnum()) {
      return "a string ("
          + target.getSimpleName()
          + ": "
          + String.join(", ", enumNames(target))
          + ")";
    }
    if (target.isArray() || Collection.class.isAssignableFrom(target)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(target)) {
      return "a JSON object";
    }
    if (target == Money.class) {
      return "a JSON object (Money) such as {\"amount\": 12.50, \"currency\": \"USD\"}";
    }
    if (target == CustomerId.class) {
      return "a string (CustomerId, a tenant GUID)";
    }
    if (target.isRecord() && isModel(target)) {
      return "a string (" + target.getSimpleName() + ")";
    }
    String model = modelName(target);
    if (model != null) {
      return "a JSON object (" + model + ")";
    }
    String immutable = immutablesName(target);
    if (immutable != null) {
      return "a JSON object (" + immutable + ")";
    }
    if (target.isRecord()) {
      // A record outside the model, such as a client's wire type, is read from an object.
      return "a JSON object (" + target.getSimpleName() + ")";
    }
    return "a value of type " + target.getSimpleName();
  }

  /**
   * Returns the value type's name for a class that Immutables generated outside the model, such as
   * a client's wire type: Jackson reads {@code ImmutablePcCompanyProfile.Json}, and the reader
   * knows it as {@code PcCompanyProfile}.
   */
  private static String immutablesName(Class<?> target) {
    Class<?> type = target;
    while (type.getEnclosingClass() != null && type.getSimpleName().equals("Json")) {
      type = type.getEnclosingClass();
    }
    if (!type.getSimpleName().startsWith("Immutable") || type.getSimpleName().length() == 9) {
      return null;
    }
    for (Class<?> face : type.getInterfaces()) {
      if (("Immutable" + face.getSimpleName()).equals(type.getSimpleName())) {
        return face.getSimpleName();
      }
    }
    return null;
  }

  /** Returns the model interface's name for a model type or its Immutables implementation. */
  private static String modelName(Class<?> target) {
    Class<?> type = target;
    while (type.getEnclosingClass() != null && type.getSimpleName().equals("Json")) {
      type = type.getEnclosingClass();
    }
    if (!isModel(type)) {
      return null;
    }
    if (type.isInterface()) {
      return type.getSimpleName();
    }
    for (Class<?> face : type.getInterfaces()) {
      if (isModel(face)) {
        return face.getSimpleName();
      }
    }
    return type.getSimpleName();
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().equals("dev.partnerkit.model");
  }

  /** Returns the wire names of an enum's values, leaving out its catch-all default. */
  private static List<String> enumNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (!field.isEnumConstant() || field.isAnnotationPresent(JsonEnumDefaultValue.class)) {
        continue;
      }
      JsonProperty property = field.getAnnotation(JsonProperty.class);
      names.add(property != null ? property.value() : field.getName());
    }
    return names;
  }

  private static String typeProperty(Class<?> base) {
    JsonTypeInfo info = findAnnotation(base, JsonTypeInfo.class);
    return info == null || info.property().isEmpty() ? "@type" : info.property();
  }

  private static List<String> knownTypeIds(Class<?> base) {
    JsonSubTypes subTypes = findAnnotation(base, JsonSubTypes.class);
    if (subTypes == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (JsonSubTypes.Type subType : subTypes.value()) {
      if (base.isAssignableFrom(subType.value()) && !subType.name().isEmpty()) {
        names.add(subType.name());
      }
    }
    return names;
  }

  /** Finds an annotation on a type or, as Jackson does, on the types it extends. */
  private static <A extends java.lang.annotation.Annotation> A findAnnotation(
      Class<?> type, Class<A> annotation) {
    Deque<Class<?>> pending = new ArrayDeque<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      Class<?> next = pending.remove();
      A found = next.getAnnotation(annotation);
      if (found != null) {
        return found;
      }
      if (next.getSuperclass() != null) {
        pending.add(next.getSuperclass());
      }
      pending.addAll(List.of(next.getInterfaces()));
    }
    return null;
  }

  private static JsonToken currentToken(JsonProcessingException e) {
    return e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
  }

  private static String describe(JsonToken token, JsonParser parser) {
    return switch (token) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING ->
          text(parser).map(text -> "the string " + Checks.quote(text)).orElse("a string");
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          text(parser).map(text -> "the number " + cap(text, 64)).orElse("a number");
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      default -> "the token " + token;
    };
  }

  /** Returns the kind of value a Jackson mismatch message says it found, or null. */
  private static String foundIn(String message) {
    if (message.startsWith("Cannot map `null`")) {
      return "null";
    }
    Matcher token = TOKEN_IN_MESSAGE.matcher(message);
    if (token.find()) {
      try {
        return describe(JsonToken.valueOf(token.group(1)), null);
      } catch (IllegalArgumentException e) {
        // A token name this version of Jackson does not have; fall through to the kind of value.
      }
    }
    Matcher kind = KIND_IN_MESSAGE.matcher(message);
    if (!kind.find()) {
      return null;
    }
    return switch (kind.group(1)) {
      case "String" -> "a string";
      case "Boolean" -> "true or false";
      case "Array" -> "an array";
      case "Object" -> "an object";
      default -> "a number";
    };
  }

  /** Returns the text of the parser's current scalar, if it can still give it. */
  private static Optional<String> text(JsonParser parser) {
    if (parser == null || parser.isClosed()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(parser.getText());
    } catch (IOException | RuntimeException e) {
      // The text is only decoration for the message; the explanation stands without it.
      return Optional.empty();
    }
  }

  private static String describeValue(Object value) {
    if (value instanceof String text) {
      return "the string " + Checks.quote(text);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return (value instanceof Number ? "the number " : "") + cap(String.valueOf(value), 64);
    }
    return "a " + value.getClass().getSimpleName();
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** Returns the path Jackson recorded, or the parser's position for errors below data binding. */
  private static String pathOf(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return join(
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null
                          ? segment(ref.getFieldName())
                          : "[" + Math.max(ref.getIndex(), 0) + "]")
              .collect(Collectors.toCollection(ArrayDeque::new)));
    }
    if (e instanceof StreamReadException && e.getProcessor() instanceof JsonParser parser) {
      return pathOf(parser.getParsingContext());
    }
    return "$";
  }

  private static String pathOf(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        segments.addFirst(segment(c.getCurrentName()));
      }
    }
    return join(segments);
  }

  /**
   * Returns the path of the segments, dropping outer ones while it is longer than {@link
   * #MAX_PATH}: field names come from the input, and a hostile document nests long ones deeply.
   */
  private static String join(Deque<String> segments) {
    int length = segments.stream().mapToInt(String::length).sum();
    boolean cut = false;
    while (length > MAX_PATH && segments.size() > 1) {
      length -= segments.removeFirst().length();
      cut = true;
    }
    String path = String.join("", segments);
    if (!cut) {
      return "$" + path;
    }
    return "$.." + (path.startsWith(".") ? path.substring(1) : path);
  }

  private static String segment(String name) {
    return name.length() <= MAX_NAME && PLAIN_NAME.matcher(name).matches()
        ? "." + name
        : "[" + Checks.quote(name) + "]";
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  /** Cuts Jackson's source excerpt and configuration hints, and caps the length. */
  private static String clean(String detail) {
    if (detail == null) {
      return "no detail given";
    }
    String text = detail;
    int source = text.indexOf("\n at [Source");
    if (source >= 0) {
      text = text.substring(0, source);
    }
    text = JACKSON_API_HINT.matcher(text).replaceAll("");
    text = SOURCE_REFERENCE.matcher(text).replaceAll("[");
    return cap(text, MAX_DETAIL);
  }

  private static String cap(String text, int max) {
    return text.length() > max ? text.substring(0, max) + "..." : text;
  }
}
