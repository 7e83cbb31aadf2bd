package dev.partnerkit.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.json.JsonException;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.store.CustomerStateDocument;

/**
 * Writes a customer's state as the JSON document of its row and reads it back equal, keeping the
 * order of its offers, grants, subscriptions and relationships. Partners are written as their model
 * JSON. Thread-safe: a utility class.
 */
final class StateCodec {
  private static final ObjectWriter STATE_WRITER =
      PartnerJson.mapper().writerFor(CustomerStateDocument.class);
  private static final ObjectReader STATE_READER =
      PartnerJson.mapper().readerFor(CustomerStateDocument.class);
  private static final ObjectWriter PARTNER_WRITER = PartnerJson.mapper().writerFor(Partner.class);
  private static final ObjectReader PARTNER_READER = PartnerJson.mapper().readerFor(Partner.class);

  private StateCodec() {}

  static String encode(CustomerState state) {
    try {
      return STATE_WRITER.writeValueAsString(CustomerStateDocument.of(state));
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
    CustomerStateDocument d;
    try {
      d = STATE_READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw JsonException.from(CustomerStateDocument.class, e);
    }
    if (d == null) {
      throw new JsonException("Expected a customer state document with a customer", null);
    }
    return d.toState();
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
}
