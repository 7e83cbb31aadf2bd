package dev.partnerkit.testing.sandbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Not API: maps a method and a path below an API's prefix to a handler, with {@code {name}}
 * segments as variables. Routes are tried in the order added, so add literal paths before variable
 * ones that could shadow them. Built once, then read-only and thread-safe.
 */
public final class Router {
  /** Handles one routed request. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Returns the answer to a request.
     *
     * @param request the request
     * @return the answer
     * @throws ApiProblem for an error answer
     */
    ApiResponse handle(ApiRequest request);
  }

  /** A route's match: its handler and the path's variables. */
  public record Match(Handler handler, Map<String, String> variables) {}

  private record Route(Api api, String method, List<String> template, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  /**
   * Adds a route.
   *
   * @param api the API
   * @param method the HTTP method
   * @param template the path below the API's prefix, such as {@code /v1/customers/{customer}}
   * @param handler the handler
   * @return this router
   */
  public Router add(Api api, String method, String template, Handler handler) {
    routes.add(new Route(api, method, ApiRequest.segments(template), handler));
    return this;
  }

  /**
   * Returns the route for a request.
   *
   * @param api the API
   * @param method the method
   * @param segments the decoded path segments below the prefix
   * @return the match; empty when no route matches
   * @throws ApiProblem a 405 when the path matches but the method does not
   */
  public Optional<Match> route(Api api, String method, List<String> segments) {
    boolean pathMatched = false;
    for (Route route : routes) {
      if (route.api() != api) {
        continue;
      }
      Map<String, String> variables = match(route.template(), segments);
      if (variables == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return Optional.of(new Match(route.handler(), variables));
      }
      pathMatched = true;
    }
    if (pathMatched) {
      throw ApiProblem.of(
          405, ApiProblem.INVALID_REQUEST, "The method " + method + " is not served on this path.");
    }
    return Optional.empty();
  }

  private static Map<String, String> match(List<String> template, List<String> segments) {
    if (template.size() != segments.size()) {
      return null;
    }
    Map<String, String> variables = new HashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String part = template.get(i);
      if (part.startsWith("{") && part.endsWith("}")) {
        variables.put(part.substring(1, part.length() - 1), segments.get(i));
      } else if (!part.equalsIgnoreCase(segments.get(i))) {
        return null;
      }
    }
    return variables;
  }
}
