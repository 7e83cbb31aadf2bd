package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partnerkit.model.internal.Checks;

/**
 * Identifies a partner: its own stable key (a Partner Center partner tenant id or a portal's slug).
 *
 * <p>The value is 1 to 128 letters, digits or {@code . _ : -}, starting with a letter or digit;
 * anything else fails on construction with an {@link IllegalArgumentException} naming the field.
 * Instances are immutable and thread-safe; JSON shows the bare value.
 *
 * @param value the identifier's text
 */
public record PartnerId(String value) implements Comparable<PartnerId> {
  /** Checks the value's shape. */
  public PartnerId {
    Checks.token("PartnerId", value);
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

  // Written out, with the values a record would give: the record's own equals and hashCode are
  // bootstrapped through java.lang.runtime.ObjectMethods on first use, which costs a fresh JVM tens
  // of milliseconds, and every rule decision hashes this id.
  @Override
  public boolean equals(Object o) {
    return o instanceof PartnerId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(PartnerId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
