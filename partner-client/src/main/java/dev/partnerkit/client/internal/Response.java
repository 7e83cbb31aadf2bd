package dev.partnerkit.client.internal;

import dev.partnerkit.client.AccessToken;
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
 * @param token the token the answered attempt sent, so that text from the answer can be cleared of
 *     it before it goes into a message; its {@code toString} hides it
 */
public record Response(
    int status,
    HttpHeaders headers,
    byte[] body,
    URI uri,
    String requestId,
    String correlationId,
    AccessToken token) {}
