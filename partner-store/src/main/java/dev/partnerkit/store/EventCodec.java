package dev.partnerkit.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;

/**
 * Encodes program {@link Event}s as one-line JSON documents and decodes them back: the format of
 * the journal and of the database store's event table.
 *
 * <p>An event is {@code {"sequence": 7, "at": "2026-01-01T00:00:00Z", "action": {"do": "accept",
 * "invitation": "t1", "by": {"type": "customer", "id": "..."}}}}; the verb names follow the
 * scenario format where one exists. Decoding is strict about the verb and tolerant of unknown
 * fields. Thread-safe.
 */
public final class EventCodec {
  private static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter WRITER = MAPPER.writerFor(Event.class);
  private static final ObjectReader READER = MAPPER.readerFor(Event.class);

  private EventCodec() {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "do")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Action.RegisterPartner.class, name = "registerPartner"),
    @JsonSubTypes.Type(value = Action.RegisterCustomer.class, name = "registerCustomer"),
    @JsonSubTypes.Type(value = Action.SignAgreement.class, name = "signAgreement"),
    @JsonSubTypes.Type(value = Action.Enroll.class, name = "enroll"),
    @JsonSubTypes.Type(value = Action.Withdraw.class, name = "withdraw"),
    @JsonSubTypes.Type(value = Action.SendTrialInvitation.class, name = "sendTrialInvitation"),
    @JsonSubTypes.Type(value = Action.SendPurchaseOffer.class, name = "sendPurchaseOffer"),
    @JsonSubTypes.Type(
        value = Action.SendDelegatedAdminInvitation.class,
        name = "sendDelegatedAdminInvitation"),
    @JsonSubTypes.Type(value = Action.Accept.class, name = "accept"),
    @JsonSubTypes.Type(value = Action.Decline.class, name = "decline"),
    @JsonSubTypes.Type(value = Action.Revoke.class, name = "revoke"),
    @JsonSubTypes.Type(value = Action.RevokeDelegation.class, name = "revokeDelegation"),
    @JsonSubTypes.Type(
        value = Action.DesignatePartnerOfRecord.class,
        name = "designatePartnerOfRecord"),
    @JsonSubTypes.Type(value = Action.RemovePartnerOfRecord.class, name = "removePartnerOfRecord"),
    @JsonSubTypes.Type(value = Action.PerformAdminTask.class, name = "performAdminTask"),
    @JsonSubTypes.Type(value = Action.SubmitServiceRequest.class, name = "submitServiceRequest"),
    @JsonSubTypes.Type(value = Action.CreateRelationship.class, name = "createRelationship"),
    @JsonSubTypes.Type(value = Action.UpdateRelationship.class, name = "updateRelationship"),
    @JsonSubTypes.Type(value = Action.LockForApproval.class, name = "lockForApproval"),
    @JsonSubTypes.Type(value = Action.ApproveRelationship.class, name = "approveRelationship"),
    @JsonSubTypes.Type(value = Action.DeleteRelationship.class, name = "deleteRelationship"),
    @JsonSubTypes.Type(value = Action.TerminateRelationship.class, name = "terminateRelationship"),
    @JsonSubTypes.Type(value = Action.RemoveRole.class, name = "removeRole"),
    @JsonSubTypes.Type(value = Action.AssignAccess.class, name = "assignAccess"),
    @JsonSubTypes.Type(value = Action.PlaceOrder.class, name = "placeOrder"),
    @JsonSubTypes.Type(value = Action.StartTrials.class, name = "startTrials"),
    @JsonSubTypes.Type(value = Action.ChangeLicenses.class, name = "changeLicenses"),
    @JsonSubTypes.Type(value = Action.ConvertTrial.class, name = "convertTrial")
  })
  private interface ActionMixin {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Actor.PartnerActor.class, name = "partner"),
    @JsonSubTypes.Type(value = Actor.CustomerActor.class, name = "customer")
  })
  private interface ActorMixin {}

  private static ObjectMapper mapper() {
    ObjectMapper mapper = PartnerJson.configure(JsonMapper.builder().build());
    mapper.addMixIn(Action.class, ActionMixin.class);
    mapper.addMixIn(Actor.class, ActorMixin.class);
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
