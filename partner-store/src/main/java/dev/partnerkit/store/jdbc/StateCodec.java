package dev.partnerkit.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.CustomerState;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a customer's state as the JSON document of its row and reads it back equal, keeping the
 * order of its offers, grants, subscriptions and relationships. Partners are written as their model
 * JSON. Thread-safe: a utility class.
 */
final class StateCodec {
  private static final ObjectWriter STATE_WRITER =
      PartnerJson.mapper().writerFor(StateDocument.class);
  private static final ObjectReader STATE_READER =
      PartnerJson.mapper().readerFor(StateDocument.class);
  private static final ObjectWriter PARTNER_WRITER = PartnerJson.mapper().writerFor(Partner.class);
  private static final ObjectReader PARTNER_READER = PartnerJson.mapper().readerFor(Partner.class);

  private StateCodec() {}

  /** The stored shape of a {@link CustomerState}: maps become lists, in their order. */
  record StateDocument(
      Customer customer,
      List<Offer> offers,
      List<DelegationGrant> grants,
      Optional<PartnerOfRecord> partnerOfRecord,
      List<Subscription> subscriptions,
      List<ServiceId> trialHistory,
      List<GranularRelationship> relationships,
      List<ServiceRequest> serviceRequests,
      List<PartnerId> resellers,
      Optional<CustomerAgreement> customerAgreement) {}

  static String encode(CustomerState state) {
    StateDocument document =
        new StateDocument(
            state.customer(),
            List.copyOf(state.offers().values()),
            state.grants(),
            state.partnerOfRecord(),
            List.copyOf(state.subscriptions().values()),
            List.copyOf(state.trialHistory()),
            List.copyOf(state.relationships().values()),
            state.serviceRequests(),
            List.copyOf(state.resellers()),
            state.customerAgreement());
    try {
      return STATE_WRITER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new JsonException(
          "Could not write the state of customer "
              + state.customer().getId()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }

  static CustomerState decode(String json) {
    StateDocument d;
    try {
      d = STATE_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw JsonException.from(StateDocument.class, e);
    }
    if (d == null || d.customer() == null) {
      throw new JsonException("Expected a customer state document with a customer", null);
    }
    Map<InvitationId, Offer> offers = new LinkedHashMap<>();
    for (Offer offer : orEmpty(d.offers())) {
      offers.put(offer.getId(), offer);
    }
    Map<SubscriptionId, Subscription> subscriptions = new LinkedHashMap<>();
    for (Subscription subscription : orEmpty(d.subscriptions())) {
      subscriptions.put(subscription.getId(), subscription);
    }
    Map<RelationshipId, GranularRelationship> relationships = new LinkedHashMap<>();
    for (GranularRelationship relationship : orEmpty(d.relationships())) {
      relationships.put(relationship.getId(), relationship);
    }
    return CustomerState.restore(
        d.customer(),
        offers,
        orEmpty(d.grants()),
        d.partnerOfRecord() == null ? Optional.empty() : d.partnerOfRecord(),
        subscriptions,
        new LinkedHashSet<>(orEmpty(d.trialHistory())),
        relationships,
        orEmpty(d.serviceRequests()),
        // Rows written before new commerce have neither field.
        new LinkedHashSet<>(orEmpty(d.resellers())),
        d.customerAgreement() == null ? Optional.empty() : d.customerAgreement());
  }

  static String encode(Partner partner) {
    try {
      return PARTNER_WRITER.writeValueAsString(partner);
    } catch (JsonProcessingException e) {
      throw new JsonException(
          "Could not write partner " + partner.getId() + ": " + e.getOriginalMessage(), e);
    }
  }

  static Partner decodePartner(String json) {
    try {
      Partner partner = PARTNER_READER.readValue(json);
      if (partner == null) {
        throw new JsonException("Expected a partner document, but got null", null);
      }
      return partner;
    } catch (JsonProcessingException e) {
      throw JsonException.from(Partner.class, e);
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
