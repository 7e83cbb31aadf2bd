package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an instant written with or without a zone, the latter as UTC: Partner Center writes some
 * dates (an agreement's {@code dateAgreed}) without one. Not API.
 */
final class LenientInstantDeserializer extends StdDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  LenientInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
    String text = p.getText().trim();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException zoned) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException local) {
        return (Instant)
            ctxt.handleWeirdStringValue(
                Instant.class, text, "expected an ISO-8601 date and time, with or without a zone");
      }
    }
  }
}
