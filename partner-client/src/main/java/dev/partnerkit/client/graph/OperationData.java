package dev.partnerkit.client.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.internal.Json;
import java.util.Optional;

/** Decodes the JSON string in a long-running operation's {@code data}. Not API. */
final class OperationData {
  // The engine's own mapper is not public; this one is configured the same way.
  private static final ObjectMapper MAPPER = Json.newMapper();

  /** A payload larger than this is no assignment or relationship; it is not read. */
  static final int MAX_LENGTH = 1 << 20;

  private OperationData() {}

  /** Returns the decoded payload, or empty when it is missing, too large or not of that type. */
  static <T> Optional<T> decode(Optional<String> data, Class<T> type) {
    if (data.isEmpty() || data.get().isBlank() || data.get().length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(MAPPER.readValue(data.get(), type));
    } catch (JsonProcessingException | RuntimeException e) {
      // A payload that is no assignment or relationship reads as none: the operation's own fields
      // are still there, and the caller can read the raw string.
      return Optional.empty();
    }
  }
}
