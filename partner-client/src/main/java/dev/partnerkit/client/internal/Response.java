package dev.partnerkit.client.internal;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * Not API: a successful response: status, headers and body, with the ids the call sent.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body, empty when none
 * @param uri the URI that answered
 * @param requestId the call's {@code MS-RequestId}
 * @param correlationId the call's {@code MS-CorrelationId}
 */
public record Response(
    int status,
    HttpHeaders headers,
    byte[] body,
    URI uri,
    String requestId,
    String correlationId) {}
