package dev.partnerkit.testing.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Not API: a handler's answer: status, headers and body.
 *
 * @param status the HTTP status
 * @param headers headers to send besides the ones every answer gets
 * @param body the body; empty for none
 */
@SuppressWarnings("ArrayRecordComponent") // a carrier, never compared or hashed
public record ApiResponse(int status, Map<String, String> headers, byte[] body) {
  /** Copies the headers. */
  public ApiResponse {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /**
   * Returns a JSON answer.
   *
   * @param status the status
   * @param value the body's value
   * @return the answer
   */
  public static ApiResponse json(int status, Object value) {
    return new ApiResponse(status, Map.of("Content-Type", "application/json"), Wire.write(value));
  }

  /**
   * Returns a 200 JSON answer.
   *
   * @param value the body's value
   * @return the answer
   */
  public static ApiResponse ok(Object value) {
    return json(200, value);
  }

  /**
   * Returns a 201 JSON answer.
   *
   * @param value the body's value
   * @return the answer
   */
  public static ApiResponse created(Object value) {
    return json(201, value);
  }

  /**
   * Returns a 204 answer without a body.
   *
   * @return the answer
   */
  public static ApiResponse noContent() {
    return new ApiResponse(204, Map.of(), new byte[0]);
  }

  /**
   * Returns a copy with one more header.
   *
   * @param name the header's name
   * @param value its value
   * @return the copy
   */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiResponse(status, more, body);
  }
}
