package dev.partnerkit.client;

import java.util.Objects;

/**
 * An OAuth 2.0 bearer token for one {@link Audience}.
 *
 * <p>Immutable and thread-safe; create with {@link #of(String)}. The token's text is a secret:
 * {@link #toString()} never shows it, and the client never puts it in a log line or an exception
 * message.
 *
 * @param value the token's text, sent as {@code Authorization: Bearer <value>}
 */
public record AccessToken(String value) {
  /** Checks that the token is present and fits in one header line. */
  public AccessToken {
    Objects.requireNonNull(value, "AccessToken.value must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("AccessToken.value must not be blank");
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("AccessToken.value must not contain line breaks");
    }
  }

  /**
   * Returns a token with the given text.
   *
   * @param value the token's text
   * @return the token
   */
  public static AccessToken of(String value) {
    return new AccessToken(value);
  }

  /** Returns a fixed text that hides the token. */
  @Override
  public String toString() {
    return "AccessToken[redacted]";
  }
}
