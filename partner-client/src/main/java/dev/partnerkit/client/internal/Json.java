package dev.partnerkit.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.partnerkit.model.json.PartnerJson;
import java.io.IOException;

/**
 * Not API: the client's JSON mapper: {@link PartnerJson}'s tolerant settings (unknown fields and
 * enum values never fail, API-5), plus property names in camelCase and PascalCase ({@link
 * PascalCaseAliases}), because Partner Center answers some calls in PascalCase, and enum names in
 * any case, because it spells enum values in either case; empty strings read as absent dates and
 * durations, because Graph sends {@code "activatedDateTime": ""}. Every type binds through
 * Jackson's own deserializers and serializers.
 */
public final class Json {
  /**
   * The engine's mapper; thread-safe, never reconfigured after creation, and not public, so that
   * nothing outside the engine can reconfigure it ({@code WireJson} hands out new ones).
   */
  static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  /**
   * Returns a parser over a body for the engine. A call read in bulk ({@link Call#inBulk()}) gets a
   * parser without the check for repeated names that the mapper's parsers make; every other call
   * keeps it.
   *
   * @param body the body
   * @param call the call it answers
   * @return a new parser; the caller closes it
   * @throws IOException when the parser cannot be made
   */
  static JsonParser createParser(byte[] body, Call call) throws IOException {
    JsonParser parser = MAPPER.createParser(body);
    if (call.bulk()) {
      // Before the first token, so that no object's context has a detector yet.
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    return parser;
  }

  /**
   * Returns the type of a body, for {@link HttpEngine#execute(Call,
   * dev.partnerkit.client.RequestOptions, JavaType)}.
   *
   * @param type the class
   * @return the type
   */
  public static JavaType type(Class<?> type) {
    return MAPPER.constructType(type);
  }

  /**
   * Returns the type of a body that is a generic container, such as a page of customers.
   *
   * @param container the container class, such as {@code PcCollection}
   * @param element the class of its elements
   * @return the type
   */
  public static JavaType type(Class<?> container, Class<?> element) {
    return MAPPER.getTypeFactory().constructParametricType(container, element);
  }

  /**
   * Returns a new mapper with the client's settings.
   *
   * @return a new mapper, the caller's to configure further
   */
  public static ObjectMapper newMapper() {
    ObjectMapper mapper =
        PartnerJson.newMapper(
            JsonMapper.builder()
                .annotationIntrospector(new PascalCaseAliases())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS));
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
    return mapper;
  }
}
