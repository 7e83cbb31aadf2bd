package dev.partnerkit.model.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.ext.javatime.deser.DurationDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * Binds every Partnerkit model type on a Jackson 3 ({@code tools.jackson}) mapper, such as Spring
 * Boot 4's, without changing how the application's own types bind: {@code
 * JsonMapper.builder().findAndAddModules()} finds it through {@link java.util.ServiceLoader}, or
 * add it with {@code addModule(new PartnerJackson3Module())}.
 *
 * <p>It does what {@link PartnerJacksonModule} does for Jackson 2, from the same list of types:
 * maps each model interface to its implementation (Jackson 3 does not read Jackson 2's
 * {@code @JsonDeserialize(as = ...)}), reads an unknown name of a model enum as its {@code
 * UNKNOWN}, refuses a field name repeated within one model object, and reads and writes {@link
 * Instant} and {@link Duration} as ISO-8601 text only, durations in whole days where they can be.
 *
 * <p>Jackson 3 is an optional dependency of partner-model: an application that uses this module
 * brings its own {@code tools.jackson.core:jackson-databind}. Immutable and thread-safe.
 */
public final class PartnerJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; public for {@link java.util.ServiceLoader}. */
  public PartnerJackson3Module() {
    super("partnerkit");
    for (Class<?> type : ModelTypes.IMPLEMENTATIONS.keySet()) {
      addMapping(type);
    }
    addSerializer(Duration.class, new DaysDurationSerializer());
    addSerializer(Instant.class, new IsoInstantSerializer());
    addDeserializer(
        Instant.class, new TextOnlyDeserializer<>(Instant.class, InstantDeserializer.INSTANT));
    addDeserializer(
        Duration.class, new TextOnlyDeserializer<>(Duration.class, DurationDeserializer.INSTANCE));
    setDeserializerModifier(new UniqueFieldNames());
  }

  private <T> void addMapping(Class<T> type) {
    addAbstractTypeMapping(type, ModelTypes.implementation(type));
  }

  @Override
  public String getModuleName() {
    return "partnerkit";
  }

  // A fixed id: registering the module twice (by hand and through the ServiceLoader) keeps one.
  @Override
  public Object getRegistrationId() {
    return PartnerJackson3Module.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    JsonFormat.Value tolerant =
        JsonFormat.Value.empty()
            .withFeature(JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
    for (Class<?> type : ModelTypes.ENUMS) {
      context.configOverride(type).setFormat(tolerant);
    }
  }

  /** Writes an instant as its ISO-8601 text in UTC, whatever the mapper's date settings. */
  private static final class IsoInstantSerializer extends StdSerializer<Instant> {
    IsoInstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializationContext context) {
      gen.writeString(value.toString());
    }
  }

  /** Writes a duration with {@link PartnerJson#isoDays(Duration)}. */
  private static final class DaysDurationSerializer extends StdSerializer<Duration> {
    DaysDurationSerializer() {
      super(Duration.class);
    }

    @Override
    public void serialize(Duration value, JsonGenerator gen, SerializationContext context) {
      gen.writeString(PartnerJson.isoDays(value));
    }
  }

  /**
   * Reads a value from a JSON string with Jackson's own deserializer, and refuses anything else.
   */
  private static final class TextOnlyDeserializer<T> extends StdScalarDeserializer<T> {
    private final ValueDeserializer<? extends T> text;

    TextOnlyDeserializer(Class<T> type, ValueDeserializer<? extends T> text) {
      super(type);
      this.text = text;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        @SuppressWarnings("unchecked")
        T recovered = (T) ctxt.handleUnexpectedToken(handledType(), p);
        return recovered;
      }
      return text.deserialize(p, ctxt);
    }

    @Override
    public LogicalType logicalType() {
      return LogicalType.DateTime;
    }
  }

  /** Gives each model object's deserializer a check that no field name repeats within it. */
  private static final class UniqueFieldNames extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      return ModelTypes.OBJECTS.contains(description.getBeanClass())
          ? new UniqueFieldNamesDeserializer(deserializer)
          : deserializer;
    }
  }

  /** Reads a model object through a parser that refuses a repeated field name. */
  private static final class UniqueFieldNamesDeserializer extends DelegatingDeserializer {
    UniqueFieldNamesDeserializer(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new UniqueFieldNamesDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      return _delegatee.deserialize(checked(p), ctxt);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
      return ((ValueDeserializer<Object>) _delegatee).deserialize(checked(p), ctxt, intoValue);
    }

    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
      return _delegatee.deserializeWithType(checked(p), ctxt, typeDeserializer);
    }

    /** Returns the parser itself when it already refuses duplicates for the whole document. */
    private static JsonParser checked(JsonParser p) {
      if (p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          || !(p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.PROPERTY_NAME))) {
        return p;
      }
      return new UniqueFieldNamesParser(p);
    }
  }

  /**
   * Passes one JSON object through, refusing a property name seen before at its own level. Every
   * method that can move to a name goes through {@link #nextToken()}, which keeps the depth; nested
   * objects are checked by their own deserializers, not here.
   */
  private static final class UniqueFieldNamesParser extends JsonParserDelegate {
    private final Set<String> names = new HashSet<>();
    private int depth = 1;

    UniqueFieldNamesParser(JsonParser p) {
      super(p);
      if (p.hasToken(JsonToken.PROPERTY_NAME)) {
        // A type id was read first: the object started before this deserializer saw it.
        see(p.currentName());
      }
    }

    @Override
    public JsonToken nextToken() throws JacksonException {
      JsonToken token = delegate.nextToken();
      if (token != null) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case PROPERTY_NAME -> {
            if (depth == 1) {
              see(delegate.currentName());
            }
          }
          default -> {}
        }
      }
      return token;
    }

    private void see(String name) {
      if (!names.add(name)) {
        throw new StreamReadException(delegate, "Duplicate Object property \"" + name + "\"");
      }
    }

    @Override
    public JsonToken nextValue() throws JacksonException {
      JsonToken token = nextToken();
      return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
    }

    @Override
    public String nextName() throws JacksonException {
      return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
    }

    @Override
    public boolean nextName(SerializableString name) throws JacksonException {
      return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) throws JacksonException {
      JsonToken token = nextToken();
      if (token == JsonToken.PROPERTY_NAME) {
        return matcher.matchName(currentName());
      }
      return token == JsonToken.END_OBJECT
          ? PropertyNameMatcher.MATCH_END_OBJECT
          : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }

    @Override
    public String nextStringValue() throws JacksonException {
      return nextToken() == JsonToken.VALUE_STRING ? getString() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws JacksonException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws JacksonException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws JacksonException {
      JsonToken token = nextToken();
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws JacksonException {
      if (delegate.hasToken(JsonToken.START_OBJECT) || delegate.hasToken(JsonToken.START_ARRAY)) {
        delegate.skipChildren();
        depth--;
      }
      return this;
    }
  }
}
