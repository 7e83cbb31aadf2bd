package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.partnerkit.model.internal.Checks;
import java.util.UUID;

/**
 * What every text identifier of the model shares: its shape, equality, order and JSON form. A
 * {@link PartnerId} never equals a {@link GrantId} of the same text: each kind is its own type.
 *
 * <p>The text is 1 to 128 letters, digits or {@code . _ : -}, starting with a letter or digit;
 * anything else fails on construction with an {@link IllegalArgumentException} naming the kind of
 * identifier. Instances are immutable and thread-safe; JSON shows the bare text, and the order is
 * the text's.
 *
 * @param <T> the identifier's own type
 */
public abstract sealed class TextId<T extends TextId<T>> implements Comparable<T>
    permits AccessAssignmentId,
        GrantId,
        InvitationId,
        OrderId,
        PartnerId,
        RelationshipId,
        ServiceId,
        ServiceRequestId,
        SubscriptionId {
  // A String, or a UUID when the text is a UUID's canonical form. The program makes its own ids
  // (grants, subscriptions, access assignments) as UUIDs, and Partner Center's and Graph's ids are
  // mostly UUIDs too: held as two longs such an id takes 48 bytes instead of 96, and a customer in
  // memory holds several. The text is rebuilt exactly, so nothing but the size can tell.
  private final Object value;

  /**
   * Checks the text and keeps it in its compact form.
   *
   * @param kind the identifier's kind, named in the error
   * @param text the identifier's text
   */
  TextId(String kind, String text) {
    Checks.token(kind, text);
    // Lower case only: an upper-case GUID would not come back as it was written.
    this.value = Checks.isGuid(text, false) ? UUID.fromString(text) : text;
  }

  /**
   * Returns the identifier's text.
   *
   * @return the text, exactly as given
   */
  @JsonValue
  public final String value() {
    return value instanceof UUID uuid ? uuid.toString() : (String) value;
  }

  /**
   * Compares by text, as {@link String#compareTo} orders the two texts.
   *
   * @param other the identifier to compare with
   * @return a negative number, zero or a positive number as this text sorts before, with or after
   *     the other's
   */
  @Override
  public final int compareTo(T other) {
    Object theirs = ((TextId<?>) other).value;
    if (value instanceof UUID mine && theirs instanceof UUID uuid) {
      // The canonical text of two UUIDs sorts as their bits do, read unsigned.
      int high = Long.compareUnsigned(mine.getMostSignificantBits(), uuid.getMostSignificantBits());
      return high != 0
          ? high
          : Long.compareUnsigned(mine.getLeastSignificantBits(), uuid.getLeastSignificantBits());
    }
    return value().compareTo(other.value());
  }

  /** Equal when of the same kind with the same text. */
  @Override
  public final boolean equals(Object o) {
    // The canonical UUID form is always held as a UUID, so equal texts have equal values.
    return o != null && o.getClass() == getClass() && value.equals(((TextId<?>) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the identifier's text. */
  @Override
  public final String toString() {
    return value();
  }
}
