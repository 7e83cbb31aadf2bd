package dev.partnerkit.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.model.json.PartnerJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Sends the sandbox-only calls of {@link SandboxPartnerClient} and {@link SandboxCustomerClient}:
 * JSON in and out, a bearer token per request, errors as {@link SandboxException}. No retries:
 * these calls stand for a person's clicks in a portal. Thread-safe.
 */
final class SandboxHttp {
  private static final ObjectMapper JSON = PartnerJson.mapper();

  private final HttpClient http;
  private final URI base;
  private final Supplier<String> token;

  SandboxHttp(HttpClient http, URI base, Supplier<String> token) {
    this.http = Objects.requireNonNull(http, "http");
    this.base = Objects.requireNonNull(base, "base");
    this.token = Objects.requireNonNull(token, "token");
  }

  /** Returns the sandbox's origin, to check links against. */
  URI base() {
    return base;
  }

  <T> T call(String method, String path, Object body, Class<T> type) {
    Optional<T> value =
        read(send(method, base + path, body), JSON.constructType(type), method, path);
    return value.orElseThrow(() -> noBody(method, path));
  }

  <T> List<T> list(String method, String path, Class<T> type) {
    JavaType listType = JSON.getTypeFactory().constructCollectionType(List.class, type);
    Optional<JsonNode> tree =
        read(send(method, base + path, null), JSON.constructType(JsonNode.class), method, path);
    JsonNode value = tree.map(t -> t.get("value")).orElseThrow(() -> noBody(method, path));
    try {
      return JSON.readerFor(listType).readValue(value);
    } catch (IOException e) {
      throw new SandboxException(
          method
              + " "
              + path
              + " answered with a list the client could not read: "
              + e.getMessage(),
          200,
          null,
          null,
          List.of(),
          e);
    }
  }

  <T> Optional<T> optional(String method, String path, Class<T> type) {
    return SandboxHttp.<T>read(
        send(method, base + path, null), JSON.constructType(type), method, path);
  }

  void run(String method, String path, Object body) {
    send(method, base + path, body);
  }

  void runAt(String method, URI uri) {
    send(method, uri.toString(), null);
  }

  private HttpResponse<byte[]> send(String method, String uri, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token.get())
            .header("Accept", "application/json")
            .header("MS-RequestId", UUID.randomUUID().toString());
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      try {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("could not write the request body as JSON", e);
      }
    }
    String what = method + " " + URI.create(uri).getRawPath();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new SandboxException(
          what + " got no answer from the sandbox: " + e.getClass().getSimpleName(),
          0,
          null,
          null,
          List.of(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SandboxException(what + " was interrupted", 0, null, null, List.of(), e);
    }
    if (response.statusCode() >= 300) {
      throw error(what, response);
    }
    return response;
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> read(
      HttpResponse<byte[]> response, JavaType type, String method, String path) {
    if (response.statusCode() == 204 || response.body().length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable((T) JSON.readerFor(type).readValue(response.body()));
    } catch (IOException e) {
      throw new SandboxException(
          method
              + " "
              + path
              + " answered with a body the client could not read: "
              + e.getMessage(),
          response.statusCode(),
          null,
          null,
          List.of(),
          e);
    }
  }

  private static SandboxException error(String what, HttpResponse<byte[]> response) {
    String code = null;
    String description = null;
    List<String> rules = new ArrayList<>();
    try {
      JsonNode body = JSON.readTree(response.body());
      if (body != null && body.isObject()) {
        code = body.hasNonNull("code") ? body.get("code").asText() : null;
        description = body.hasNonNull("description") ? body.get("description").asText() : null;
        if (body.has("ruleIds")) {
          body.get("ruleIds").forEach(id -> rules.add(id.asText()));
        }
      }
    } catch (IOException e) {
      // an error body that is not JSON leaves code and description empty
    }
    return new SandboxException(
        what
            + " failed with HTTP "
            + response.statusCode()
            + (description == null ? "" : ": " + description),
        response.statusCode(),
        code,
        description,
        rules,
        null);
  }

  private static SandboxException noBody(String method, String path) {
    return new SandboxException(
        method + " " + path + " answered without the expected body",
        0,
        null,
        null,
        List.of(),
        null);
  }
}
