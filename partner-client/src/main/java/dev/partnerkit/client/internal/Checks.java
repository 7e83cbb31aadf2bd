package dev.partnerkit.client.internal;

import dev.partnerkit.model.validation.Limits;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Not API: argument checks shared by the operations, with messages that say what was expected. */
public final class Checks {
  // The model's pattern, in either case: without UNICODE_CASE only ASCII letters fold, so a letter
  // such as the dotless i is not taken for an I.
  private static final Pattern COUNTRY =
      Pattern.compile(Limits.COUNTRY_CODE, Pattern.CASE_INSENSITIVE);

  private Checks() {}

  /**
   * Returns a non-blank id, or throws naming it.
   *
   * @param name the argument's name
   * @param value the value
   * @return the trimmed value
   */
  public static String id(String name, String value) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    String trimmed = value.trim();
    if (trimmed.isEmpty() || trimmed.length() > 256) {
      throw new IllegalArgumentException(
          name + " must be 1 to 256 characters, but was blank or longer");
    }
    return trimmed;
  }

  /**
   * Returns an ISO 3166-1 alpha-2 country code in upper case, or throws.
   *
   * @param country the code, such as {@code US}
   * @return the upper-case code
   */
  public static String country(String country) {
    Objects.requireNonNull(country, "country must not be null");
    if (!COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException(
          "country must be an ISO 3166-1 alpha-2 code such as US, but was \"" + country + "\"");
    }
    return country.toUpperCase(Locale.ROOT);
  }

  /**
   * Returns a page size within bounds, or throws.
   *
   * @param size the size
   * @param max the service's largest page
   * @return the size
   */
  public static int pageSize(int size, int max) {
    if (size < 1 || size > max) {
      throw new IllegalArgumentException("page size must be 1 to " + max + ", but was " + size);
    }
    return size;
  }

  /**
   * Returns the token unless it is null, or throws.
   *
   * @param token the token
   * @return the token
   */
  public static Optional<String> token(Optional<String> token) {
    return Objects.requireNonNull(
        token, "token must not be null; pass Optional.empty() for the first page");
  }
}
