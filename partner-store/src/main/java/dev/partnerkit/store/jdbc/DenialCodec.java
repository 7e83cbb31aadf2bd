package dev.partnerkit.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Reason;
import dev.partnerkit.rules.Rule;
import dev.partnerkit.store.json.ActionJacksonModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the parts of a keyed action's denial that {@code partnerkit_denial} keeps as JSON (the
 * action, as an event's payload holds it, and the decision's reasons) and reads them back equal.
 * Thread-safe: a utility class.
 */
final class DenialCodec {
  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter ACTION_WRITER = MAPPER.writerFor(Action.class);
  private static final ObjectReader ACTION_READER = MAPPER.readerFor(Action.class);
  private static final ObjectWriter REASONS_WRITER =
      MAPPER.writerFor(new TypeReference<List<ReasonDocument>>() {});
  private static final ObjectReader REASONS_READER =
      MAPPER.readerFor(new TypeReference<List<ReasonDocument>>() {});

  private DenialCodec() {}

  /** The stored shape of a {@link Reason}: the rule by its id, which outlives enum renames. */
  record ReasonDocument(
      String rule,
      String message,
      String subject,
      Optional<PartnerId> partner,
      Optional<CustomerId> customer,
      Optional<InvitationId> invitation,
      Optional<RelationshipId> relationship,
      Optional<SubscriptionId> subscription) {}

  private static ObjectMapper mapper() {
    ObjectMapper mapper = PartnerJson.newMapper();
    mapper.registerModule(new ActionJacksonModule());
    mapper.enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE);
    return mapper;
  }

  static String encode(Action action) {
    try {
      return ACTION_WRITER.writeValueAsString(action);
    } catch (JsonProcessingException e) {
      throw new JsonException(
          "Could not write a denied " + action.kind() + " action: " + e.getOriginalMessage(), e);
    }
  }

  static Action decodeAction(String json) {
    try {
      Action action = ACTION_READER.readValue(json);
      if (action == null) {
        throw new JsonException("Expected a denied action, but got null", null);
      }
      return action;
    } catch (JsonProcessingException e) {
      throw JsonException.from(Action.class, e);
    }
  }

  static String encode(List<Reason> reasons) {
    List<ReasonDocument> documents = new ArrayList<>();
    for (Reason r : reasons) {
      documents.add(
          new ReasonDocument(
              r.ruleId(),
              r.message(),
              r.subject(),
              r.partner(),
              r.customer(),
              r.invitation(),
              r.relationship(),
              r.subscription()));
    }
    try {
      return REASONS_WRITER.writeValueAsString(documents);
    } catch (JsonProcessingException e) {
      throw new JsonException("Could not write a denial's reasons: " + e.getOriginalMessage(), e);
    }
  }

  static List<Reason> decodeReasons(String json) {
    List<ReasonDocument> documents;
    try {
      documents = REASONS_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw JsonException.from(ReasonDocument.class, e);
    }
    if (documents == null || documents.isEmpty()) {
      throw new JsonException("Expected a denial's reasons, at least one, but got none", null);
    }
    List<Reason> reasons = new ArrayList<>();
    for (ReasonDocument d : documents) {
      if (d == null || d.rule() == null || d.message() == null || d.subject() == null) {
        throw new JsonException(
            "Expected each of a denial's reasons to have a rule, a message and a subject", null);
      }
      Rule rule =
          Rule.byId(d.rule())
              .orElseThrow(
                  () ->
                      new JsonException(
                          "A denial's reason names rule \""
                              + d.rule()
                              + "\", which this Partnerkit does not know",
                          null));
      reasons.add(
          new Reason(
              rule,
              d.message(),
              d.subject(),
              orEmpty(d.partner()),
              orEmpty(d.customer()),
              orEmpty(d.invitation()),
              orEmpty(d.relationship()),
              orEmpty(d.subscription())));
    }
    return List.copyOf(reasons);
  }

  @SuppressWarnings("OptionalAssignedToNull") // Jackson leaves a missing Optional field null
  private static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }
}
