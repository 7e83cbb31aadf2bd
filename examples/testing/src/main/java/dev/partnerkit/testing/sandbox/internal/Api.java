package dev.partnerkit.testing.sandbox.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Not API: the APIs the sandbox serves under one origin, each under its own path prefix, and the
 * error shape each answers with.
 */
public enum Api {
  /**
   * Partner Center REST, under {@code /partnercenter}: {@code {code, description, data, source}}.
   */
  PARTNER_CENTER("/partnercenter"),
  /** Microsoft Graph v1.0, under {@code /graph/v1.0}: {@code {"error": {code, message}}}. */
  GRAPH("/graph/v1.0"),
  /** Azure Resource Manager, under {@code /arm}: {@code {"error": {code, message}}}. */
  AZURE("/arm"),
  /** The sandbox's own endpoints, under {@code /sandbox}: Partner Center's shape plus rule ids. */
  SANDBOX("/sandbox");

  private final String prefix;

  Api(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Returns the path prefix the API is served under.
   *
   * @return the prefix, such as {@code /graph/v1.0}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Returns the API a request path belongs to.
   *
   * @param path the request's raw path
   * @return the API; empty for a path outside every prefix
   */
  public static Optional<Api> forPath(String path) {
    for (Api api : values()) {
      if (path.equals(api.prefix) || path.startsWith(api.prefix + "/")) {
        return Optional.of(api);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the error body this API sends for a problem.
   *
   * @param problem the problem
   * @param requestId the request's id, for Graph's inner error
   * @param now the time, for Graph's inner error
   * @return the JSON body
   */
  public byte[] errorBody(ApiProblem problem, String requestId, Instant now) {
    Map<String, Object> body = new LinkedHashMap<>();
    switch (this) {
      case PARTNER_CENTER -> {
        if (problem.status() == 429) {
          body.put("statusCode", 429);
          body.put("message", problem.getMessage());
        } else {
          body.put("code", problem.code());
          body.put("description", problem.getMessage());
          body.put("data", problem.data());
          body.put("source", "PartnerFD");
        }
      }
      case SANDBOX -> {
        body.put("code", problem.code());
        body.put("description", problem.getMessage());
        body.put("data", problem.data());
        body.put("source", "PartnerkitSandbox");
        body.put("ruleIds", problem.ruleIds());
      }
      case GRAPH -> {
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("code", graphCode(problem.status()));
        graph.put("message", problem.getMessage());
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("date", now.toString());
        inner.put("request-id", requestId);
        inner.put("client-request-id", requestId);
        graph.put("innerError", inner);
        body.put("error", graph);
      }
      case AZURE -> {
        Map<String, Object> arm = new LinkedHashMap<>();
        arm.put("code", armCode(problem.status()));
        arm.put("message", problem.getMessage());
        body.put("error", arm);
      }
    }
    return Wire.write(body);
  }

  private static String graphCode(int status) {
    return switch (status) {
      case 401 -> "InvalidAuthenticationToken";
      case 403 -> "Authorization_RequestDenied";
      case 404 -> "Request_ResourceNotFound";
      case 409 -> "Conflict";
      case 412 -> "PreconditionFailed";
      case 428 -> "PreconditionRequired";
      case 429 -> "TooManyRequests";
      case 503 -> "ServiceUnavailable";
      default -> status >= 500 ? "generalException" : "Request_BadRequest";
    };
  }

  private static String armCode(int status) {
    return switch (status) {
      case 401 -> "InvalidAuthenticationToken";
      case 403 -> "AuthorizationFailed";
      case 404 -> "NotFound";
      case 409 -> "Conflict";
      case 429 -> "TooManyRequests";
      case 503 -> "ServiceUnavailable";
      default -> status >= 500 ? "InternalServerError" : "BadRequest";
    };
  }
}
