package dev.partnerkit.model.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.DurationDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds every Partnerkit model type on a Jackson 2 {@code ObjectMapper} without changing how the
 * application's own types bind: register it, or let {@code ObjectMapper.findAndRegisterModules()}
 * find it through {@link java.util.ServiceLoader}.
 *
 * <p>What it does, type by type rather than mapper-wide:
 *
 * <ul>
 *   <li>maps each model interface, such as {@code Customer}, to its implementation;
 *   <li>reads an unknown name of a model enum as that enum's {@code UNKNOWN} (a newer service may
 *       send one), through a per-enum format override;
 *   <li>refuses a field name repeated within one model object, as Jackson's {@code
 *       STRICT_DUPLICATE_DETECTION} would for the whole document;
 *   <li>reads {@link Instant} and {@link Duration} from ISO-8601 text only, never from bare numbers
 *       whose unit a reader would have to guess, and writes them as ISO-8601 text, durations in
 *       whole days where they can be ({@code P730D}). These two JDK types are the one effect beyond
 *       Partnerkit's own types.
 * </ul>
 *
 * <p>Unknown fields of model objects are ignored by the model's own annotations. It registers
 * Jackson's {@code Jdk8Module} and {@code JavaTimeModule} first. Immutable and thread-safe.
 */
public final class PartnerJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module; public for {@link java.util.ServiceLoader}. */
  public PartnerJacksonModule() {
    super("partnerkit");
    for (Class<?> type : ModelTypes.IMPLEMENTATIONS.keySet()) {
      addMapping(type);
    }
    addSerializer(Instant.class, new IsoInstantSerializer());
    addSerializer(Duration.class, new DaysDurationSerializer());
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
  public Object getTypeId() {
    return PartnerJacksonModule.class.getName();
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
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
    private static final long serialVersionUID = 1L;

    IsoInstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Writes a duration with {@link PartnerJson#isoDays(Duration)}. */
  private static final class DaysDurationSerializer extends StdSerializer<Duration> {
    private static final long serialVersionUID = 1L;

    DaysDurationSerializer() {
      super(Duration.class);
    }

    @Override
    public void serialize(Duration value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(PartnerJson.isoDays(value));
    }
  }

  /**
   * Reads a value from a JSON string with Jackson's own deserializer, and refuses anything else.
   */
  private static final class TextOnlyDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient JsonDeserializer<? extends T> text;

    TextOnlyDeserializer(Class<T> type, JsonDeserializer<? extends T> text) {
      super(type);
      this.text = text;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
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
  private static final class UniqueFieldNames extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription description,
        JsonDeserializer<?> deserializer) {
      return ModelTypes.OBJECTS.contains(description.getBeanClass())
          ? new UniqueFieldNamesDeserializer(deserializer)
          : deserializer;
    }
  }

  /** Reads a model object through a parser that refuses a repeated field name. */
  private static final class UniqueFieldNamesDeserializer extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    UniqueFieldNamesDeserializer(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new UniqueFieldNamesDeserializer(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return _delegatee.deserialize(checked(p), ctxt);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue)
        throws IOException {
      return ((JsonDeserializer<Object>) _delegatee).deserialize(checked(p), ctxt, intoValue);
    }

    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
        throws IOException {
      return _delegatee.deserializeWithType(checked(p), ctxt, typeDeserializer);
    }

    /** Returns the parser itself when it already refuses duplicates for the whole document. */
    private static JsonParser checked(JsonParser p) throws IOException {
      if (p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          || !(p.hasToken(JsonToken.START_OBJECT) || p.hasToken(JsonToken.FIELD_NAME))) {
        return p;
      }
      return new UniqueFieldNamesParser(p);
    }
  }

  /**
   * Passes one JSON object through, refusing a field name seen before at its own level. Every
   * method that can move to a field name goes through {@link #nextToken()}, which keeps the depth;
   * nested objects are checked by their own deserializers, not here.
   */
  private static final class UniqueFieldNamesParser extends JsonParserDelegate {
    private final Set<String> names = new HashSet<>();
    private int depth = 1;

    UniqueFieldNamesParser(JsonParser p) throws IOException {
      super(p);
      if (p.hasToken(JsonToken.FIELD_NAME)) {
        // A type id was read first: the object started before this deserializer saw it.
        see(p.currentName());
      }
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = delegate.nextToken();
      if (token != null) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            if (depth == 1) {
              see(delegate.currentName());
            }
          }
          default -> {}
        }
      }
      return token;
    }

    private void see(String name) throws JsonParseException {
      if (!names.add(name)) {
        throw new JsonParseException(delegate, "Duplicate field '" + name + "'");
      }
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken token = nextToken();
      return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public String nextFieldName() throws IOException {
      return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
      return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
      JsonToken token = nextToken();
      if (token == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      return token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      if (delegate.hasToken(JsonToken.START_OBJECT) || delegate.hasToken(JsonToken.START_ARRAY)) {
        delegate.skipChildren();
        depth--;
      }
      return this;
    }
  }
}
