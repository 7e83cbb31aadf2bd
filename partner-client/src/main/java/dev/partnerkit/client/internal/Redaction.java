package dev.partnerkit.client.internal;

import dev.partnerkit.client.AccessToken;

/**
 * Not API: takes the access token out of text that came from a response, before that text goes into
 * an exception message. A service, or a gateway in front of it, may echo the request's {@code
 * Authorization} header in an error description or a field; the client then quotes it back.
 */
public final class Redaction {
  /** What a removed token is replaced with. */
  public static final String REDACTED = "[redacted]";

  /**
   * Tokens shorter than this are not redacted: real bearer tokens are hundreds of characters, and
   * replacing a short one would rewrite ordinary words of the message.
   */
  static final int MIN_LENGTH = 8;

  private Redaction() {}

  /**
   * Returns whether the token, or a start of it that {@link #redact} would replace, appears in the
   * message of the exception or of any of its causes.
   *
   * @param failure the exception
   * @param token the token, or null
   * @return true when some message in the chain shows the token
   */
  public static boolean appearsIn(Throwable failure, AccessToken token) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && !redact(message, token).equals(message)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the text with the token's value replaced by {@link #REDACTED} wherever it appears, also
   * where the text shows only its start: messages quote a bad value cut at 64 characters and an
   * error description cut at 1,024, and the cut may fall inside the token.
   *
   * @param text the text, or null
   * @param token the token, or null
   * @return the text without the token or any start of it of {@link #MIN_LENGTH} or more
   *     characters; null for null
   */
  public static String redact(String text, AccessToken token) {
    if (text == null || token == null || token.value().length() < MIN_LENGTH) {
      return text;
    }
    String secret = token.value();
    String start = secret.substring(0, MIN_LENGTH);
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (int at = text.indexOf(start); at >= 0; at = text.indexOf(start, from)) {
      int end = at + MIN_LENGTH;
      while (end < text.length()
          && end - at < secret.length()
          && text.charAt(end) == secret.charAt(end - at)) {
        end++;
      }
      out.append(text, from, at).append(REDACTED);
      from = end;
    }
    return out.append(text, from, text.length()).toString();
  }
}
