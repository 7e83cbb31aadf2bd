package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.partnerkit.client.internal.CheckedObjects;
import dev.partnerkit.client.internal.CustomerJson;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link PcCollection} field by field, refusing repeated names itself as {@link
 * CustomerJson}'s readers do, so that a customer page can be read with the parser's duplicate check
 * off. The fields' values, and anything but an object, go to Jackson's own bean deserializer for
 * the collection and its properties, so that they read, coerce and fail as before.
 *
 * <p>Immutable and thread-safe once contextualized; Jackson creates it from {@link PcCollection}'s
 * annotation.
 */
final class PcCollectionReader extends StdDeserializer<PcCollection<?>>
    implements ContextualDeserializer, CheckedObjects.SelfChecking {
  private static final long serialVersionUID = 1L;

  private static final String[] NAMES = {"items", "continuationToken", "links"};

  private final transient BeanDeserializerBase bean;
  private final transient SettableBeanProperty[] properties;
  private final transient JsonDeserializer<Object> link;
  private final transient CheckedObjects.Names names;

  /** Creates the uncontextualized reader that Jackson instantiates. */
  PcCollectionReader() {
    super(PcCollection.class);
    this.bean = null;
    this.properties = null;
    this.link = null;
    this.names = null;
  }

  private PcCollectionReader(
      JavaType type,
      BeanDeserializerBase bean,
      SettableBeanProperty[] properties,
      JsonDeserializer<Object> link,
      CheckedObjects.Names names) {
    super(type);
    this.bean = bean;
    this.properties = properties;
    this.link = link;
    this.names = names;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    JavaType type = ctxt.getContextualType();
    if (type == null || type.getRawClass() != PcCollection.class) {
      type = ctxt.constructType(PcCollection.class);
    }
    // Jackson's own deserializer for the class, made as if this one were not annotated.
    JsonDeserializer<Object> made =
        ctxt.getFactory().createBeanDeserializer(ctxt, type, ctxt.getConfig().introspect(type));
    if (!(made instanceof BeanDeserializerBase base)) {
      throw JsonMappingException.from(ctxt, "Expected a bean deserializer for " + type);
    }
    base.resolve(ctxt);
    SettableBeanProperty[] properties = new SettableBeanProperty[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      properties[i] = base.findProperty(NAMES[i]);
      if (properties[i] == null) {
        throw JsonMappingException.from(ctxt, "No property " + NAMES[i] + " in " + type);
      }
    }
    return new PcCollectionReader(
        type,
        base,
        properties,
        ctxt.findRootValueDeserializer(ctxt.constructType(ImmutablePcLink.class)),
        new CheckedObjects.Names(ctxt.getConfig().getLocale(), NAMES));
  }

  @Override
  public boolean checksEveryObject() {
    if (properties == null || !CustomerJson.checksEveryObject(link)) {
      return false;
    }
    JsonDeserializer<Object> items = properties[0].getValueDeserializer();
    return items instanceof ContainerDeserializerBase<?> list
        && CustomerJson.checksEveryObject(list.getContentDeserializer());
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public PcCollection<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (bean == null) {
      throw JsonMappingException.from(ctxt, "PcCollectionReader used without its type");
    }
    if (!p.isExpectedStartObjectToken()) {
      return (PcCollection<?>) bean.deserialize(p, ctxt);
    }
    Object[] values = new Object[NAMES.length];
    long seen = 0;
    Set<String> others = null;
    boolean folding = ctxt.isEnabled(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES);
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      int i = names.exactIndex(key);
      if (i >= 0) {
        long bit = 1L << i;
        if ((seen & bit) != 0) {
          throw CheckedObjects.duplicate(p, key);
        }
        seen |= bit;
      } else {
        // A page has a handful of fields, so one set per page is cheap.
        if (others == null) {
          others = new HashSet<>();
        }
        if (!others.add(key)) {
          throw CheckedObjects.duplicate(p, key);
        }
        if (folding) {
          i = names.foldedIndex(key, ctxt.getConfig().getLocale());
        }
      }
      JsonToken token = p.nextToken();
      if (i < 0) {
        CheckedObjects.skipChecked(p);
        continue;
      }
      try {
        if (i == 2 && token == JsonToken.START_OBJECT) {
          values[i] = CustomerJson.readLinks(p, ctxt, link);
        } else if (i == 1 && token == JsonToken.VALUE_STRING) {
          values[i] = p.getText();
        } else {
          values[i] = properties[i].deserialize(p, ctxt);
        }
      } catch (Exception e) {
        throw CheckedObjects.wrap(e, PcCollection.class, key, ctxt);
      }
    }
    @SuppressWarnings("unchecked")
    List<Object> items = (List<Object>) values[0];
    @SuppressWarnings("unchecked")
    Map<String, PcLink> links = (Map<String, PcLink>) values[2];
    return new PcCollection<>(items, (String) values[1], links);
  }
}
