package dev.partnerkit.testing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the sandbox received, as its request log keeps it for tests: when, the method and
 * path (never a header, so never a token), the status answered, the client's {@code MS-RequestId}
 * and {@code MS-CorrelationId}, the fault injected and whether the answer was replayed from an
 * earlier request with the same request id.
 *
 * <p>Immutable and thread-safe. Read them with {@link PartnerSandbox#requests()}.
 *
 * @param at the sandbox's time of the request
 * @param method the HTTP method
 * @param path the raw path and query
 * @param status the status answered; 0 when the connection was dropped without an answer
 * @param requestId the {@code MS-RequestId} sent, if any
 * @param correlationId the {@code MS-CorrelationId} sent, if any
 * @param fault the kind of fault injected, if any
 * @param replayed whether the answer was the stored answer to an earlier request with the same
 *     request id (API-4)
 */
public record SandboxRequest(
    Instant at,
    String method,
    String path,
    int status,
    Optional<String> requestId,
    Optional<String> correlationId,
    Optional<Fault.Kind> fault,
    boolean replayed) {
  /** Checks that no part is null. */
  public SandboxRequest {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(fault, "fault");
  }
}
