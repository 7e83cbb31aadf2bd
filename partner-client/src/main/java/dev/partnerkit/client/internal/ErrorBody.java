package dev.partnerkit.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.client.AccessToken;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Not API: the error code and description read from an error response body, whatever shape it has.
 *
 * <p>Partner Center sends {@code {"code", "description", "data", "source"}} (its ApiFault), {@code
 * {"statusCode", "message"}} when throttling, and in places {@code {"errorCode", "errorMessage"}}
 * or {@code {"error": {...}}}; Microsoft Graph and Azure Resource Manager send {@code {"error":
 * {"code", "message"}}}. Keys are matched without regard to case, because some Partner Center
 * answers are PascalCase.
 *
 * @param code the service's error code, or null
 * @param description the service's description, or null
 */
public record ErrorBody(String code, String description) {
  private static final int MAX_DESCRIPTION = 1024;
  private static final ErrorBody NONE = new ErrorBody(null, null);

  /**
   * Returns the code and description of an error body; both null when the body is empty, not JSON
   * or of an unknown shape.
   *
   * @param body the response body
   * @return the error body
   */
  public static ErrorBody parse(byte[] body) {
    if (body == null || body.length == 0) {
      return NONE;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      return NONE;
    }
    if (root == null || !root.isObject()) {
      return NONE;
    }
    JsonNode error = field(root, "error");
    if (error != null && error.isObject()) {
      return of(
          first(error, "code", "errorCode"),
          first(error, "message", "description", "errorMessage"));
    }
    String code = first(root, "code", "errorCode");
    String description = first(root, "description", "errorMessage", "errorDescription", "message");
    if (error != null && error.isTextual() && description == null) {
      description = error.asText();
    }
    return of(code, description);
  }

  /**
   * Returns this error body with the token the request sent taken out of its code and description,
   * for a service that echoes the request's {@code Authorization} header back.
   *
   * @param token the token the request sent
   * @return the error body without the token
   */
  public ErrorBody redact(AccessToken token) {
    return new ErrorBody(Redaction.redact(code, token), Redaction.redact(description, token));
  }

  private static ErrorBody of(String code, String description) {
    return new ErrorBody(clean(code, 128), clean(description, MAX_DESCRIPTION));
  }

  private static String first(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = field(node, name);
      if (value != null && value.isValueNode() && !value.isNull()) {
        String text = value.asText();
        if (!text.isBlank()) {
          return text;
        }
      }
    }
    return null;
  }

  private static JsonNode field(JsonNode node, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String clean(String text, int max) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), max));
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > max) {
      out.append("...");
    }
    return out.toString().trim();
  }
}
