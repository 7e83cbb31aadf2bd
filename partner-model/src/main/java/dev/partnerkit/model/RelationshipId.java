package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partnerkit.model.internal.Checks;

/**
 * Identifies a granular delegated admin relationship.
 *
 * <p>The value is 1 to 128 letters, digits or {@code . _ : -}, starting with a letter or digit;
 * anything else fails on construction with an {@link IllegalArgumentException} naming the field.
 * Instances are immutable and thread-safe; JSON shows the bare value.
 *
 * @param value the identifier's text
 */
public record RelationshipId(String value) implements Comparable<RelationshipId> {
  /** Checks the value's shape. */
  public RelationshipId {
    Checks.token("RelationshipId", value);
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

  /**
   * Returns the identifier's text.
   *
   * @return the text
   */
  @Override
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RelationshipId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
