package dev.partnerkit.client.internal;

import dev.partnerkit.client.Audience;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Not API: one logical call: the API, method, path (or absolute URI for a paging link), extra
 * headers, body, whether it may be repeated and whether its answer is read in bulk.
 *
 * @param audience the API
 * @param method the HTTP method
 * @param pathAndQuery the encoded path and query below the API's base URI, or null with {@code
 *     absolute}
 * @param absolute an absolute URI (a Graph {@code @odata.nextLink}), or null
 * @param headers extra request headers
 * @param body the JSON body, or null
 * @param retry whether attempts may be repeated
 * @param bulk whether the answer is one of many pages read in bulk, read without the parser's check
 *     for repeated names (see {@link #inBulk()})
 */
public record Call(
    Audience audience,
    String method,
    String pathAndQuery,
    URI absolute,
    Map<String, String> headers,
    byte[] body,
    Retry retry,
    boolean bulk) {

  /** Copies the headers and checks the parts. */
  public Call {
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(retry, "retry");
    if ((pathAndQuery == null) == (absolute == null)) {
      throw new IllegalArgumentException("Call needs exactly one of a path and an absolute URI");
    }
    headers = Map.copyOf(headers);
  }

  /**
   * Returns a GET of a path.
   *
   * @param audience the API
   * @param pathAndQuery the encoded path and query
   * @return the call
   */
  public static Call get(Audience audience, String pathAndQuery) {
    return new Call(audience, "GET", pathAndQuery, null, Map.of(), null, Retry.IDEMPOTENT, false);
  }

  /**
   * Returns a GET of an absolute URI, such as a paging link.
   *
   * @param audience the API
   * @param uri the URI
   * @return the call
   */
  public static Call get(Audience audience, URI uri) {
    return new Call(audience, "GET", null, uri, Map.of(), null, Retry.IDEMPOTENT, false);
  }

  /**
   * Returns a call with a JSON body.
   *
   * @param audience the API
   * @param method the method
   * @param pathAndQuery the encoded path and query
   * @param body the JSON body, or null
   * @param retry whether attempts may be repeated
   * @return the call
   */
  public static Call of(
      Audience audience, String method, String pathAndQuery, byte[] body, Retry retry) {
    return new Call(audience, method, pathAndQuery, null, Map.of(), body, retry, false);
  }

  /**
   * Returns a copy with one more header.
   *
   * @param name the header's name
   * @param value its value
   * @return the copy
   */
  public Call withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Call(audience, method, pathAndQuery, absolute, copy, body, retry, bulk);
  }

  /**
   * Returns a copy whose answer is read in bulk: without the parser's check for repeated names,
   * which keeps a set of names for every object it reads (docs/performance.md measures it). For the
   * one listing read in bulk, a partner's customers; every other answer keeps the check. A repeated
   * name in an answer read in bulk reads as its last value.
   *
   * @return the copy
   */
  public Call inBulk() {
    return new Call(audience, method, pathAndQuery, absolute, headers, body, retry, true);
  }

  /**
   * Returns the body, if any.
   *
   * @return the body
   */
  public Optional<byte[]> bodyBytes() {
    return Optional.ofNullable(body);
  }
}
