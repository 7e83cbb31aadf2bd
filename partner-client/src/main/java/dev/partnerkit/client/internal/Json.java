package dev.partnerkit.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.partnerkit.model.json.PartnerJson;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not API: the client's JSON mapper: {@link PartnerJson}'s tolerant settings (unknown fields and
 * enum values never fail, API-5), plus case-insensitive property and enum names, because Partner
 * Center answers some calls in PascalCase and spells enum values in either case, and empty strings
 * read as absent dates and durations, because Graph sends {@code "activatedDateTime": ""}. The
 * customer types a page is made of are read and written by {@link CustomerJson}'s hand-written
 * readers and writers, which keep those settings.
 */
public final class Json {
  /** The shared mapper; thread-safe, never reconfigured after creation. */
  public static final ObjectMapper MAPPER = create(true);

  private static final Map<JavaType, Boolean> SELF_CHECKING = new ConcurrentHashMap<>();

  private Json() {}

  /**
   * Returns a new mapper with {@link #MAPPER}'s settings but without {@link CustomerJson}:
   * Jackson's generic binding of every type, the reference that the hand-written readers and
   * writers are tested and measured against. ({@code PcCollection} names its reader in an
   * annotation, so this mapper still reads collections with it.)
   *
   * @return a new mapper
   */
  public static ObjectMapper genericMapper() {
    return create(false);
  }

  private static ObjectMapper create(boolean handWritten) {
    ObjectMapper mapper =
        PartnerJson.configure(
            JsonMapper.builder()
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build());
    // Graph and Partner Center send null for absent flags and one object where an array is
    // documented (a cart line's renewsTo); neither is worth failing a call over.
    mapper.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    // Partner Center sends some codes as numbers and some as strings; the wire types hold text.
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.TryConvert);
    }
    // Request bodies leave out what is empty, as the documented examples do.
    mapper.setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    mapper
        .coercionConfigFor(LogicalType.DateTime)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    // The customer types a page is made of, read and written by hand (docs/performance.md, 2).
    if (handWritten) {
      mapper.registerModule(CustomerJson.module());
    }
    return mapper;
  }

  /**
   * Returns a parser over a body to be read as {@code type} with {@link #MAPPER}. When every object
   * of the type is read by deserializers that refuse repeated field names themselves ({@link
   * CheckedObjects.SelfChecking}), the parser's own check, which keeps a set of names per object,
   * is turned off; any other type is read with it on, as the mapper is configured.
   *
   * @param body the body
   * @param type the type the body will be read as
   * @return a new parser; the caller closes it
   * @throws IOException when the parser cannot be created
   */
  public static JsonParser createParser(byte[] body, JavaType type) throws IOException {
    JsonParser parser = MAPPER.createParser(body);
    if (checksItself(type)) {
      // Before the first token, so no nested context has a detector yet.
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    return parser;
  }

  /**
   * Returns whether the mapper's root deserializer for a type refuses repeated names in every
   * object itself.
   *
   * @param type the type
   * @return true when the parser's own check may be left out
   */
  public static boolean checksItself(JavaType type) {
    return SELF_CHECKING.computeIfAbsent(
        type,
        t -> {
          DefaultDeserializationContext ctxt =
              ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
                  .createInstance(MAPPER.getDeserializationConfig(), null, null);
          try {
            return ctxt.findRootValueDeserializer(t) instanceof CheckedObjects.SelfChecking s
                && s.checksEveryObject();
          } catch (JsonMappingException e) {
            return false;
          }
        });
  }
}
