package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a delegated-admin grant.
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class GrantId extends TextId<GrantId> {
  private GrantId(String value) {
    super("GrantId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static GrantId of(String value) {
    return new GrantId(value);
  }
}
