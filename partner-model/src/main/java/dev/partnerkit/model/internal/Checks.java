package dev.partnerkit.model.internal;

import dev.partnerkit.model.validation.Limits;

/**
 * Shared argument checks for the model's invariants. Not API: it may change without notice.
 *
 * <p>Every failure is an {@link IllegalArgumentException} whose message names the field and what
 * was expected, so that a JSON decoding error built from it points at the bad value.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} when it is a token id, or throws naming {@code field}.
   *
   * @param field the field's name, as the caller knows it
   * @param value the candidate value
   * @return the value, unchanged
   */
  public static String token(String field, String value) {
    // Not a supplier lambda: a fresh JVM's first lambda costs tens of milliseconds, and every id
    // the first rule decision makes passes here.
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    if (!isToken(value)) {
      throw new IllegalArgumentException(
          field + " must be " + Limits.TOKEN_DESCRIPTION + ", but was " + quote(value));
    }
    return value;
  }

  /**
   * Returns whether {@code text} matches {@link Limits#GUID}: 8-4-4-4-12 hexadecimal digits.
   * Written as a loop for the same reason as {@link #isToken}: a page of customers parses a tenant
   * id per customer, where the pattern took a tenth of the page's decoding time; {@code
   * CustomerIdParseTest} checks that both accept the same strings.
   *
   * @param text the candidate text
   * @param upperCase whether upper-case hexadecimal digits are taken too; {@link
   *     java.util.UUID#toString} writes lower case only
   * @return true when it is a GUID
   */
  public static boolean isGuid(String text, boolean upperCase) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean ok =
          i == 8 || i == 13 || i == 18 || i == 23
              ? c == '-'
              : (c >= '0' && c <= '9')
                  || (c >= 'a' && c <= 'f')
                  || (upperCase && c >= 'A' && c <= 'F');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code value} matches {@link Limits#TOKEN}. Written as a loop over the
   * characters because every id the rules create passes through here, where the regex took a sixth
   * of the time of applying an action; a test checks that both accept the same strings.
   *
   * @param value the candidate value
   * @return true when it is a token id
   */
  public static boolean isToken(String value) {
    int length = value.length();
    if (length == 0 || length > Limits.TOKEN_MAX_LENGTH || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns {@code value} when it is not negative, or throws naming {@code field}.
   *
   * @param field the field's name
   * @param value the candidate value
   * @return the value, unchanged
   */
  public static int notNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be 0 or more, but was " + value);
    }
    return value;
  }

  /**
   * Returns a quoted, length-capped rendering of a bad input for an error message, so that a huge
   * or hostile value never floods a log.
   *
   * @param value the value to show
   * @return the value in quotes, cut at 64 characters
   */
  public static String quote(String value) {
    String shown = value.length() > 64 ? value.substring(0, 64) + "..." : value;
    return '"' + shown.replace("\n", "\\n").replace("\r", "\\r") + '"';
  }
}
