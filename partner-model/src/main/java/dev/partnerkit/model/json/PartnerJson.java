package dev.partnerkit.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The one entry point for Partnerkit's JSON: a configured, shared {@link ObjectMapper} and the
 * modules and settings for a caller's own mapper.
 *
 * <p>The settings make a tolerant reader (API-5): unknown fields are ignored and unknown enum
 * values map to each enum's {@code UNKNOWN}. Instants, durations and periods are ISO-8601 text;
 * empty optionals are left out. Input is bounded (nesting depth, number and string length) so that
 * hostile documents fail fast with a clear message.
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
    static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());
  }

  /**
   * Returns the shared mapper, configured as this class describes. Do not reconfigure it; {@link
   * ObjectMapper#copy()} it or use {@link #configure(ObjectMapper)} on your own.
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
   * Returns Partnerkit's own module. It carries no serializers today (the types bind through their
   * annotations) but is the stable hook for any that later versions need.
   *
   * @return the module
   */
  public static Module module() {
    return new SimpleModule("partnerkit");
  }

  /**
   * Applies Partnerkit's modules and settings to a caller's mapper and returns it.
   *
   * @param mapper the mapper to configure
   * @return the same mapper
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper.registerModules(modules());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    mapper.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
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
    try {
      T value = Holder.MAPPER.readValue(json, type);
      if (value == null) {
        throw new JsonException(
            "Expected a JSON object for " + type.getSimpleName() + ", but got null", null);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw JsonException.from(type, e);
    }
  }
}
