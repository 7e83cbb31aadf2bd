package dev.partnerkit.store;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Event;
import dev.partnerkit.store.json.ActionJacksonModule;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes program {@link Event}s as one-line JSON documents and decodes them back: the format of
 * the journal and of the database store's event table.
 *
 * <p>An event is {@code {"sequence": 7, "at": "2026-01-01T00:00:00Z", "action": {"do": "accept",
 * "invitation": "t1", "by": {"type": "customer", "id": "..."}}}}; each verb is named by its {@link
 * ActionKind#getWireName() wire name}, the scenario format's. Decoding is strict about the verb
 * (two older names, {@code performAdminTask} and {@code submitServiceRequest}, are still read) and
 * tolerant of unknown fields. Thread-safe.
 */
public final class EventCodec {
  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter WRITER = MAPPER.writerFor(Event.class);
  private static final ObjectReader READER = MAPPER.readerFor(Event.class);

  private EventCodec() {}

  /**
   * Verb names that earlier journals and databases hold, read as the verb that carries them now.
   * Before each verb had one wire name in {@link ActionKind}, the codec wrote these two under names
   * of its own; the scenario format's names replaced them, and journals and event tables written
   * before still hold the old ones. Decoding only: events are always written with {@link
   * ActionKind#getWireName()}.
   */
  private static final Map<String, ActionKind> OLD_NAMES =
      Map.of(
          "performAdminTask", ActionKind.PERFORM_ADMIN_TASK,
          "submitServiceRequest", ActionKind.SUBMIT_SERVICE_REQUEST);

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "do")
  @JsonTypeIdResolver(VerbNames.class)
  private interface ActionMixin {}

  /**
   * Names each action's verb with its {@link ActionKind} wire name, so the codec lists no verb of
   * its own: a verb added to {@code ActionKind} is written and read with no change here.
   */
  private static final class VerbNames extends TypeIdResolverBase {
    @Override
    public String idFromValue(Object value) {
      return ((Action) value).kind().getWireName();
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> type) {
      return idFromValue(value);
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) {
      // Null makes Jackson report the unknown verb with the names it knows
      // (FAIL_ON_INVALID_SUBTYPE).
      return ActionKind.fromWireName(id)
          .or(() -> Optional.ofNullable(OLD_NAMES.get(id)))
          .map(kind -> context.constructType(kind.getActionType()))
          .orElse(null);
    }

    @Override
    public String getDescForKnownTypeIds() {
      return String.join(", ", ActionKind.wireNames());
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
      return JsonTypeInfo.Id.NAME;
    }
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper = PartnerJson.newMapper();
    mapper.registerModule(new ActionJacksonModule());
    // The module's verb names, plus those of earlier journals: the codec's own resolver reads both.
    mapper.addMixIn(Action.class, ActionMixin.class);
    mapper.enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);
    return mapper;
  }

  /**
   * Returns the event as one line of JSON, without a line break.
   *
   * @param event the event
   * @return the JSON text
   */
  public static String encode(Event event) {
    try {
      return WRITER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new JsonException(
          "Could not encode event " + event.sequence() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads an event from one line of JSON.
   *
   * @param json the JSON text
   * @return the event
   * @throws JsonException naming the JSON path and what was expected, when the text is not an event
   */
  public static Event decode(String json) {
    try {
      Event event = READER.readValue(json);
      if (event == null) {
        throw new JsonException("Expected an event object, but got null", null);
      }
      return event;
    } catch (JsonProcessingException e) {
      throw JsonException.from(Event.class, e);
    }
  }
}
