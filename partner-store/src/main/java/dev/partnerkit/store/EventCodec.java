package dev.partnerkit.store;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.ActionKind;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.KeyedOutcome;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.Reason;
import dev.partnerkit.rules.Rule;
import dev.partnerkit.store.json.ActionJacksonModule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Encodes program {@link Event}s as one-line JSON documents and decodes them back: the format of
 * the journal and of the database store's event table.
 *
 * <p>An event is {@code {"sequence": 7, "at": "2026-01-01T00:00:00Z", "action": {"do": "accept",
 * "invitation": "t1", "by": {"type": "customer", "id": "..."}}}}; each verb is named by its {@link
 * ActionKind#getWireName() wire name}, the scenario format's. An event applied under an {@link
 * IdempotencyKey} carries it as a last field, {@code "key": "..."}; without one the field is
 * absent. Decoding is strict about the verb (two older names, {@code performAdminTask} and {@code
 * submitServiceRequest}, are still read) and tolerant of unknown fields.
 *
 * <p>The denial of a keyed action ({@link KeyedOutcome} whose outcome is denied) is {@code
 * {"denied": "<key>", "at": "...", "action": {...}, "reasons": [{"rule": "ELIG-3", "message":
 * "...", "subject": "...", "customer": "..."}]}}: each {@link Reason} with its rule id, its texts
 * and the typed parties it names, so that a repeat read back is answered with an equal decision.
 *
 * <p>Thread-safe: a utility class.
 */
public final class EventCodec {
  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter WRITER = MAPPER.writerFor(Event.class);
  private static final ObjectReader READER = MAPPER.readerFor(Event.class);
  private static final ObjectWriter DENIAL_WRITER = MAPPER.writerFor(DenialDocument.class);
  private static final ObjectWriter ACTION_WRITER = MAPPER.writerFor(Action.class);
  private static final ObjectReader ACTION_READER = MAPPER.readerFor(Action.class);
  private static final ObjectWriter REASONS_WRITER =
      MAPPER.writerFor(new TypeReference<List<ReasonDocument>>() {});
  private static final ObjectReader REASONS_READER =
      MAPPER.readerFor(new TypeReference<List<ReasonDocument>>() {});
  private static final ObjectReader DENIAL_READER = MAPPER.readerFor(DenialDocument.class);

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

  /** Writes a key as its plain text rather than as an object with one field. */
  private abstract static class KeyMixin {
    @JsonValue
    abstract String value();

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static IdempotencyKey of(String value) {
      return IdempotencyKey.of(value);
    }
  }

  /** The stored shape of a denial; its first field names the line kind in a journal. */
  private record DenialDocument(
      IdempotencyKey denied, Instant at, Action action, List<ReasonDocument> reasons) {
    DenialDocument {
      Objects.requireNonNull(denied, "denied");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(action, "action");
      if (reasons == null || reasons.isEmpty()) {
        throw new IllegalArgumentException("reasons must hold at least one reason of the denial");
      }
    }
  }

  /** The stored shape of a {@link Reason}: its rule by id, as people and RULES.md know it. */
  private record ReasonDocument(
      String rule,
      String message,
      String subject,
      Optional<PartnerId> partner,
      Optional<CustomerId> customer,
      Optional<InvitationId> invitation,
      Optional<RelationshipId> relationship,
      Optional<SubscriptionId> subscription) {
    ReasonDocument {
      if (rule == null || Rule.byId(rule).isEmpty()) {
        throw new IllegalArgumentException(
            "rule must be the id of a rule, such as DA-2, but was " + rule);
      }
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(subject, "subject");
      // Absent parties arrive as null from a creator; none means empty.
      partner = partner == null ? Optional.empty() : partner;
      customer = customer == null ? Optional.empty() : customer;
      invitation = invitation == null ? Optional.empty() : invitation;
      relationship = relationship == null ? Optional.empty() : relationship;
      subscription = subscription == null ? Optional.empty() : subscription;
    }

    static ReasonDocument of(Reason r) {
      return new ReasonDocument(
          r.ruleId(),
          r.message(),
          r.subject(),
          r.partner(),
          r.customer(),
          r.invitation(),
          r.relationship(),
          r.subscription());
    }

    Reason reason() {
      return new Reason(
          Rule.byId(rule).orElseThrow(),
          message,
          subject,
          partner,
          customer,
          invitation,
          relationship,
          subscription);
    }
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper = PartnerJson.newMapper();
    mapper.registerModule(new ActionJacksonModule());
    // The module's verb names, plus those of earlier journals: the codec's own resolver reads both.
    mapper.addMixIn(Action.class, ActionMixin.class);
    mapper.addMixIn(IdempotencyKey.class, KeyMixin.class);
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

  /**
   * Returns an action as JSON, named by its verb as in an event: for a store that keeps a denial's
   * action apart from its reasons, as PostgreSQL's denial table does.
   *
   * @param action the action
   * @return the JSON text
   */
  public static String encodeAction(Action action) {
    try {
      return ACTION_WRITER.writeValueAsString(action);
    } catch (JsonProcessingException e) {
      throw new JsonException(
          "Could not encode a " + action.kind() + " action: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads an action written by {@link #encodeAction}.
   *
   * @param json the JSON text
   * @return the action
   * @throws JsonException naming the JSON path and what was expected
   */
  public static Action decodeAction(String json) {
    try {
      Action action = ACTION_READER.readValue(json);
      if (action == null) {
        throw new JsonException("Expected an action object, but got null", null);
      }
      return action;
    } catch (JsonProcessingException e) {
      throw JsonException.from(Action.class, e);
    }
  }

  /**
   * Returns a denial's reasons as a JSON array, each with its rule id, texts and parties, in the
   * shape a denial line holds them.
   *
   * @param reasons the reasons, at least one
   * @return the JSON text
   */
  public static String encodeReasons(List<Reason> reasons) {
    List<ReasonDocument> documents = new ArrayList<>();
    for (Reason reason : reasons) {
      documents.add(ReasonDocument.of(reason));
    }
    try {
      return REASONS_WRITER.writeValueAsString(documents);
    } catch (JsonProcessingException e) {
      throw new JsonException("Could not encode a denial's reasons: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a denial's reasons written by {@link #encodeReasons}.
   *
   * @param json the JSON text
   * @return the reasons, at least one
   * @throws JsonException naming the JSON path and what was expected, such as a rule id this
   *     Partnerkit does not know, or no reason at all
   */
  public static List<Reason> decodeReasons(String json) {
    List<ReasonDocument> documents;
    try {
      documents = REASONS_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw JsonException.from(Reason.class, e);
    }
    if (documents == null || documents.isEmpty()) {
      throw new JsonException("Expected a denial's reasons, at least one, but got none", null);
    }
    List<Reason> reasons = new ArrayList<>();
    for (ReasonDocument document : documents) {
      if (document == null) {
        throw new JsonException("Expected a reason object, but got null", null);
      }
      reasons.add(document.reason());
    }
    return List.copyOf(reasons);
  }

  /**
   * Returns the denial of a keyed action as one line of JSON, without a line break.
   *
   * @param denial the denial; its outcome must be denied
   * @return the JSON text, whose first field is {@code "denied"}
   * @throws IllegalArgumentException when the outcome is allowed: an allowed keyed action is
   *     written as its event, which carries the key
   */
  public static String encodeDenial(KeyedOutcome denial) {
    if (denial.outcome().isAllowed()) {
      throw new IllegalArgumentException(
          "an allowed keyed outcome is written as its event, not as a denial: " + denial.key());
    }
    List<ReasonDocument> reasons = new ArrayList<>();
    for (Reason reason : denial.outcome().decision().getReasons()) {
      reasons.add(ReasonDocument.of(reason));
    }
    try {
      return DENIAL_WRITER.writeValueAsString(
          new DenialDocument(denial.key(), denial.at(), denial.action(), reasons));
    } catch (JsonProcessingException e) {
      throw new JsonException(
          "Could not encode the denial under key " + denial.key() + ": " + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Reads the denial of a keyed action from one line of JSON.
   *
   * @param json the JSON text
   * @return the denial, its outcome denied with the reasons recorded
   * @throws JsonException naming the JSON path and what was expected, when the text is not a denial
   */
  public static KeyedOutcome decodeDenial(String json) {
    DenialDocument document;
    try {
      document = DENIAL_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw JsonException.from(KeyedOutcome.class, e);
    }
    if (document == null) {
      throw new JsonException("Expected a denial object, but got null", null);
    }
    List<Reason> reasons = new ArrayList<>();
    for (ReasonDocument reason : document.reasons()) {
      reasons.add(reason.reason());
    }
    return new KeyedOutcome(
        document.denied(),
        document.action(),
        document.at(),
        new Outcome(Decision.denied(reasons), Optional.empty()));
  }

  /**
   * Returns the first outcome under an idempotency key as one line of JSON: an allowed action's
   * event, which carries the key, or a denial ({@link #encodeDenial}).
   *
   * @param outcome the outcome
   * @return the JSON text
   */
  public static String encodeKeyed(KeyedOutcome outcome) {
    Optional<Event> event = outcome.outcome().event();
    return event.isPresent() ? encode(event.get()) : encodeDenial(outcome);
  }

  /**
   * Reads the first outcome under an idempotency key that {@link #encodeKeyed} wrote.
   *
   * @param json the JSON text
   * @return the outcome
   * @throws JsonException naming what is wrong, when the text is neither a keyed event nor a denial
   */
  public static KeyedOutcome decodeKeyed(String json) {
    if (json.startsWith("{\"denied\":")) {
      return decodeDenial(json);
    }
    Event event = decode(json);
    if (event.key().isEmpty()) {
      throw new JsonException(
          "Expected a keyed outcome: a denial or an event with a \"key\", but event "
              + event.sequence()
              + " has no key",
          null);
    }
    return KeyedOutcome.of(event);
  }
}
