package dev.partnerkit.client.internal;

import dev.partnerkit.client.ClientListener.CallOutcome;
import dev.partnerkit.client.DeadlineExceededException;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.PartnerApiException;
import dev.partnerkit.client.ResponseTooLargeException;
import dev.partnerkit.client.ThrottledException;
import dev.partnerkit.client.TokenAcquisitionException;
import dev.partnerkit.client.TransportException;

/**
 * Not API: names calls and their outcomes for listeners, with few distinct values so that they fit
 * metric tags.
 *
 * <p>Thread-safe; a utility class.
 */
public final class OperationNames {
  private OperationNames() {}

  /**
   * Returns the operation of a method and a path: the path without its query, every segment that is
   * an identifier replaced by {@code {id}}, such as {@code GET /v1/customers/{id}/orders}.
   *
   * <p>A segment is a name when it is made of letters, optionally joined by dots ({@code
   * Microsoft.ManagementPartner}), or is a version ({@code v1}, {@code v1.0}); anything else (a
   * GUID, a number, an offer id, anything percent-encoded) is an identifier. The client's own paths
   * name their collections with letters only, so this keeps names and hides every identifier.
   *
   * @param method the HTTP method
   * @param rawPath the raw path, query allowed
   * @return the operation
   */
  public static String of(String method, String rawPath) {
    int query = rawPath.indexOf('?');
    String path = query < 0 ? rawPath : rawPath.substring(0, query);
    StringBuilder out = new StringBuilder(method.length() + path.length() + 8).append(method);
    out.append(' ');
    int start = path.startsWith("/") ? 1 : 0;
    if (start == 1 || path.isEmpty()) {
      out.append('/');
    }
    boolean first = true;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      String segment = path.substring(start, end);
      if (!segment.isEmpty()) {
        if (!first) {
          out.append('/');
        }
        out.append(isName(segment) ? segment : "{id}");
        first = false;
      }
      start = end + 1;
    }
    return out.toString();
  }

  private static boolean isName(String segment) {
    if (isVersion(segment)) {
      return true;
    }
    boolean letterBefore = false;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (isLetter(c)) {
        letterBefore = true;
      } else if (c == '.' && letterBefore && i + 1 < segment.length()) {
        letterBefore = false;
      } else {
        return false;
      }
    }
    return letterBefore;
  }

  private static boolean isVersion(String segment) {
    if (segment.length() < 2 || segment.charAt(0) != 'v') {
      return false;
    }
    boolean digits = false;
    for (int i = 1; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c != '.' || !digits) {
        return false;
      }
    }
    return digits && segment.charAt(segment.length() - 1) != '.';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Returns how a call ended from what its caller gets.
   *
   * @param failure the failure, or null for a success
   * @return the outcome
   */
  public static CallOutcome outcome(Throwable failure) {
    if (failure == null) {
      return CallOutcome.SUCCESS;
    }
    if (failure instanceof ThrottledException) {
      return CallOutcome.THROTTLED;
    }
    if (failure instanceof PartnerApiException api) {
      return api.getStatus() >= 500 ? CallOutcome.SERVER_ERROR : CallOutcome.CLIENT_ERROR;
    }
    if (failure instanceof DeadlineExceededException) {
      return CallOutcome.DEADLINE_EXCEEDED;
    }
    if (failure instanceof TransportException) {
      return CallOutcome.TRANSPORT_ERROR;
    }
    if (failure instanceof TokenAcquisitionException) {
      return CallOutcome.TOKEN_ERROR;
    }
    if (failure instanceof InvalidResponseException
        || failure instanceof ResponseTooLargeException) {
      return CallOutcome.INVALID_RESPONSE;
    }
    return CallOutcome.OTHER;
  }
}
