package dev.partnerkit.testing.sandbox.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.partnerkit.client.WireJson;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.json.JsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Not API: the sandbox's JSON: a mapper with partner-client's settings ({@link WireJson}), so that
 * the wire types the client reads are written exactly as it expects, plus request decoding that
 * answers a bad body with a 400 naming the JSON path.
 *
 * <p>Thread-safe: a utility class over a mapper that is never reconfigured.
 */
public final class Wire {
  /** The shared mapper; thread-safe, never reconfigured after creation. */
  public static final ObjectMapper MAPPER = create();

  private Wire() {}

  private static ObjectMapper create() {
    // The client's settings, so that the sandbox reads and writes exactly as the client does, with
    // one difference: absent and empty properties of a resource are left out, but a map's entries,
    // such as a collection's "items", are always written.
    ObjectMapper mapper = WireJson.newMapper();
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS));
    return mapper;
  }

  /**
   * Returns a value as JSON bytes.
   *
   * @param value the value
   * @return the bytes
   */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "could not write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Returns offers as a JSON array whose elements carry their kind in {@code "type"}, which a
   * collection of the sealed {@code Offer} type would lose to type erasure.
   *
   * @param offers the offers
   * @return the array
   */
  public static ArrayNode offers(List<? extends Offer> offers) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Offer offer : offers) {
      array.add(MAPPER.valueToTree(offer));
    }
    return array;
  }

  /**
   * Reads a request body.
   *
   * @param <T> the type
   * @param body the body
   * @param type the type to read
   * @return the value
   * @throws ApiProblem a 400 naming the path and what was expected when the body does not fit
   */
  public static <T> T read(byte[] body, Class<T> type) {
    if (body.length == 0) {
      throw ApiProblem.badRequest(
          "Expected a JSON " + type.getSimpleName() + " in the request body, but it was empty.");
    }
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ApiProblem.badRequest(
            "Expected a JSON " + type.getSimpleName() + " in the request body, but it was null.");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest(JsonException.from(type, e).getMessage());
    } catch (IOException e) {
      throw ApiProblem.badRequest("Could not read the request body: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ApiProblem.badRequest(
          "The request body is not a valid " + type.getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Returns a weak entity tag for a resource as it is now: a digest of its JSON, so that any change
   * gives a new tag and no version needs storing.
   *
   * @param resource the resource's representation, without its tag
   * @return the tag, such as {@code W/"Jx3..."}
   */
  public static String etag(Object resource) {
    byte[] digest = sha256(write(resource));
    return "W/\""
        + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27)
        + "\"";
  }

  /**
   * Returns the hexadecimal SHA-256 digest of some bytes.
   *
   * @param bytes the bytes
   * @return the digest
   */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes));
  }

  /**
   * Returns the hexadecimal SHA-256 digest of a text.
   *
   * @param text the text
   * @return the digest
   */
  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
