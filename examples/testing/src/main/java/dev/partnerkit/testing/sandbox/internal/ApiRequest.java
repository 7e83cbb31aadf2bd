package dev.partnerkit.testing.sandbox.internal;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Not API: one request as a handler sees it: the API, method, path below the API's prefix, the
 * path's variables, the query, the headers, the body, the authenticated caller and the sandbox's
 * time.
 *
 * @param api the API called
 * @param method the HTTP method
 * @param path the decoded path below the API's prefix, such as {@code /v1/customers}
 * @param variables the path's variables by name
 * @param rawQuery the raw query, empty when none
 * @param headers the request headers
 * @param body the request body; empty when none
 * @param caller who the bearer token speaks for
 * @param now the sandbox's time of the request
 * @param keys the program keys and new ids of the request's actions
 */
@SuppressWarnings("ArrayRecordComponent") // a carrier, never compared or hashed
public record ApiRequest(
    Api api,
    String method,
    String path,
    Map<String, String> variables,
    String rawQuery,
    Headers headers,
    byte[] body,
    Caller caller,
    Instant now,
    RequestKeys keys) {
  private static final Pattern AMPERSAND = Pattern.compile("&");
  private static final Pattern SLASH = Pattern.compile("/");

  /** Checks the parts. */
  public ApiRequest {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    variables = Map.copyOf(variables);
    Objects.requireNonNull(rawQuery, "rawQuery");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(keys, "keys");
  }

  /**
   * Returns a path variable.
   *
   * @param name the variable's name in the route
   * @return its decoded value
   */
  public String variable(String name) {
    String value = variables.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the route has no variable " + name);
    }
    return value;
  }

  /**
   * Returns the first value of a query parameter, decoded.
   *
   * @param name the parameter's name, such as {@code $top}
   * @return the value
   */
  public Optional<String> query(String name) {
    return Optional.ofNullable(queryParameters(rawQuery).get(name));
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header's name, any case
   * @return the value
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.getFirst(name));
  }

  /**
   * Reads the body as JSON.
   *
   * @param <T> the type
   * @param type the type to read
   * @return the value
   * @throws ApiProblem a 400 when the body does not fit
   */
  public <T> T body(Class<T> type) {
    return Wire.read(body, type);
  }

  /**
   * Returns the partner calling.
   *
   * @return the partner caller
   * @throws ApiProblem a 403 when a customer's token was sent
   */
  public Caller.PartnerCaller partner() {
    if (caller instanceof Caller.PartnerCaller partner) {
      return partner;
    }
    throw ApiProblem.forbidden(
        "This endpoint takes a partner's token; a customer's tenant token was sent. Get one with"
            + " PartnerSandbox.partnerToken(...).");
  }

  /**
   * Returns the customer's tenant calling.
   *
   * @return the customer caller
   * @throws ApiProblem a 403 when a partner's token was sent
   */
  public Caller.CustomerCaller customer() {
    if (caller instanceof Caller.CustomerCaller customer) {
      return customer;
    }
    throw ApiProblem.forbidden(
        "This endpoint acts in a customer's tenant and takes that customer's token; a partner's"
            + " token was sent. Get one with PartnerSandbox.customerToken(...).");
  }

  /**
   * Returns the parameters of a raw query, first value of each, decoded.
   *
   * @param rawQuery the raw query, possibly empty
   * @return the parameters in order
   */
  public static Map<String, String> queryParameters(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : AMPERSAND.splitAsStream(rawQuery).toList()) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      parameters.putIfAbsent(name, value);
    }
    return parameters;
  }

  /**
   * Returns the decoded segments of a raw path.
   *
   * @param rawPath the raw path, starting with {@code /}
   * @return the segments, without empty ones
   */
  public static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String segment : SLASH.splitAsStream(rawPath).toList()) {
      if (!segment.isEmpty()) {
        segments.add(decode(segment.replace("+", "%2B")));
      }
    }
    return segments;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("The request URI has a malformed percent-encoding.");
    }
  }
}
