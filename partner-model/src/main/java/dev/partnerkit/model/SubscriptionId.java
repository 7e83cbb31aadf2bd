package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies a customer's subscription to a service.
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class SubscriptionId extends TextId<SubscriptionId> {
  private SubscriptionId(String value) {
    super("SubscriptionId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static SubscriptionId of(String value) {
    return new SubscriptionId(value);
  }
}
