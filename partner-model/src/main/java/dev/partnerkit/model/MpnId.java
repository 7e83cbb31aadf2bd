package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partnerkit.model.internal.Checks;
import dev.partnerkit.model.validation.Limits;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifies a partner in the Microsoft AI Cloud Partner Program (formerly the Microsoft Partner
 * Network): the numeric id that Partner Center sends as {@code partnerIdOnRecord} and the Partner
 * Admin Link stores.
 *
 * <p>Instances are immutable and thread-safe; JSON shows the digits as a string.
 *
 * @param value 1 to {@value Limits#MPN_ID_MAX_DIGITS} decimal digits
 */
public record MpnId(String value) {
  private static final Pattern DIGITS = Pattern.compile(Limits.MPN_ID);

  /** Checks that the value matches {@link Limits#MPN_ID}. */
  public MpnId {
    Objects.requireNonNull(value, "MpnId must not be null");
    if (!DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "MpnId must be 1 to "
              + Limits.MPN_ID_MAX_DIGITS
              + " decimal digits, but was "
              + Checks.quote(value));
    }
  }

  /**
   * Returns the MPN id with the given digits.
   *
   * @param value the digits
   * @return the id
   */
  @JsonCreator
  public static MpnId of(String value) {
    return new MpnId(value);
  }

  /**
   * Returns the MPN id written in the text, for readers of remote data where a missing or malformed
   * id is absent rather than an error.
   *
   * @param text the text, surrounding white space ignored
   * @return the id; empty when the text is not 1 to {@value Limits#MPN_ID_MAX_DIGITS} decimal
   *     digits
   */
  public static Optional<MpnId> parse(String text) {
    String digits = text.trim();
    return DIGITS.matcher(digits).matches() ? Optional.of(new MpnId(digits)) : Optional.empty();
  }

  /** Returns the digits. */
  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
