package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a partner: its own stable key (a Partner Center partner tenant id or a portal's slug).
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class PartnerId extends TextId<PartnerId> {
  private PartnerId(String value) {
    super("PartnerId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static PartnerId of(String value) {
    return new PartnerId(value);
  }
}
