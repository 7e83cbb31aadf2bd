package dev.partnerkit.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point for Partnerkit's JSON: a configured, shared {@link ObjectMapper}, and the
 * module that binds the model on an application's own mapper ({@link PartnerJacksonModule}; {@link
 * PartnerJackson3Module} for Jackson 3).
 *
 * <p>The settings make a tolerant reader (API-5): unknown fields are ignored and unknown enum
 * values map to each enum's {@code UNKNOWN}. Instants, durations and periods are ISO-8601 text
 * (whole days as {@code P730D}, the form Microsoft Graph uses); empty optionals are left out; a
 * {@code null} for an optional field reads as absent.
 *
 * <p>Tolerance stops at the shape of the data. Scalars are not coerced ({@code "30"} is not an
 * integer, {@code 30.5} is not {@code 30}, {@code 1} is not {@code true}, a number is not an
 * instant), collections hold no {@code null} elements, duplicate field names and anything after the
 * document are rejected, and input is bounded (nesting depth, number and string length), so that
 * hostile or malformed documents fail fast with a {@link JsonException} naming the JSON path and
 * what was expected.
 *
 * <p>Thread-safe. The mapper is built on first use, so code that never touches JSON never pays for
 * it.
 */
public final class PartnerJson {
  /** Deepest nesting accepted; the model nests no deeper than ten levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** Longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  private PartnerJson() {}

  private static final class Holder {
    static final ObjectMapper MAPPER = newMapper();
  }

  /**
   * Returns the shared mapper, configured as this class describes. Do not reconfigure it; {@link
   * ObjectMapper#copy()} it, or take {@link #newMapper()}.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  /**
   * Returns a reader for {@code type} from the shared mapper.
   *
   * @param type the type to read
   * @return a thread-safe reader
   */
  public static ObjectReader reader(Class<?> type) {
    return Holder.MAPPER.readerFor(type);
  }

  /**
   * Returns a writer from the shared mapper.
   *
   * @return a thread-safe writer
   */
  public static ObjectWriter writer() {
    return Holder.MAPPER.writer();
  }

  /**
   * Returns the Jackson modules Partnerkit's types need: Java 8 types ({@code Optional}), Java time
   * and Partnerkit's own.
   *
   * @return the modules, for {@link ObjectMapper#registerModules(Iterable)}
   */
  public static List<Module> modules() {
    return List.of(new Jdk8Module(), new JavaTimeModule(), module());
  }

  /**
   * Returns Partnerkit's Jackson 2 module, {@link PartnerJacksonModule}: every model type bound,
   * tolerant enums and unique field names per model type, and instants and durations as ISO-8601
   * text. It changes no mapper-wide setting, so it is safe on an application's own mapper; {@code
   * ObjectMapper.findAndRegisterModules()} also finds it.
   *
   * @return the module
   */
  public static Module module() {
    return new PartnerJacksonModule();
  }

  /**
   * Returns a new mapper with Partnerkit's own strict settings, the ones {@link #mapper()} has: for
   * a component that reads Partnerkit's formats with a mapper of its own. An application's mapper
   * needs only {@link #module()}; these settings are mapper-wide and not for a mapper shared with
   * other types.
   *
   * @return a new mapper, the caller's to configure further
   */
  public static ObjectMapper newMapper() {
    return newMapper(JsonMapper.builder());
  }

  /**
   * Returns a new mapper built from {@code builder} with Partnerkit's own strict settings added, as
   * {@link #newMapper()} does.
   *
   * @param builder the builder, with the caller's settings
   * @return a new mapper, the caller's to configure further
   */
  public static ObjectMapper newMapper(JsonMapper.Builder builder) {
    ObjectMapper mapper = builder.build();
    mapper.registerModules(modules());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    mapper.setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
    // Without this a null element reaches the Immutables builder and fails there, far from its
    // path.
    mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    refuseScalarCoercion(mapper);
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
    return mapper;
  }

  /**
   * Returns the JSON text of a value.
   *
   * @param value a model value
   * @return the JSON text
   * @throws JsonException when the value cannot be written
   */
  public static String toJson(Object value) {
    try {
      return Holder.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JsonException(
          "Could not write "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Reads a value of {@code type} from JSON text.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the model type to read, such as {@code Customer.class}
   * @return the value
   * @throws JsonException naming the JSON path and what was expected, when the text is malformed or
   *     does not fit the type
   */
  public static <T> T fromJson(String json, Class<T> type) {
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(type, "type must not be null");
    try (JsonParser parser = Holder.MAPPER.createParser(json)) {
      T value;
      try {
        value = Holder.MAPPER.readValue(parser, type);
      } catch (JsonProcessingException e) {
        // Explained while the parser is open: closing it forgets the token it stopped at.
        throw JsonException.from(type, e);
      }
      if (value == null) {
        throw new JsonException(
            "Invalid JSON for "
                + type.getSimpleName()
                + " at $: expected a JSON object ("
                + type.getSimpleName()
                + "), but got null",
            null);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw JsonException.from(type, e);
    } catch (IOException e) {
      // A parser over a String does no I/O; this is here only because the API declares it.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes every scalar mismatch an error: Jackson by default reads {@code "30"} and {@code 30.9} as
   * the integer 30, {@code 1} as true and {@code 5} as the string "5", which hides bad data.
   */
  private static void refuseScalarCoercion(ObjectMapper mapper) {
    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float)) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
  }

  /**
   * Returns the ISO-8601 text of a duration with whole days as days: {@code P730D}, {@code P1DT2H},
   * {@code PT12H}, {@code PT0S}. {@link Duration#parse} reads every form back to an equal value.
   *
   * @param duration the duration
   * @return the text
   */
  static String isoDays(Duration duration) {
    long days = duration.toDays();
    if (duration.isNegative() || days == 0) {
      return duration.toString();
    }
    Duration rest = duration.minusDays(days);
    return rest.isZero() ? "P" + days + "D" : "P" + days + "D" + rest.toString().substring(1);
  }
}
