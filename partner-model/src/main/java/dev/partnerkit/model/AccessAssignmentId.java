package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies an access assignment of a granular delegated admin relationship.
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class AccessAssignmentId extends TextId<AccessAssignmentId> {
  private AccessAssignmentId(String value) {
    super("AccessAssignmentId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static AccessAssignmentId of(String value) {
    return new AccessAssignmentId(value);
  }
}
