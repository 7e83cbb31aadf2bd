package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a granular delegated admin relationship.
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class RelationshipId extends TextId<RelationshipId> {
  private RelationshipId(String value) {
    super("RelationshipId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static RelationshipId of(String value) {
    return new RelationshipId(value);
  }
}
