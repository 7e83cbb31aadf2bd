package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Identifies an order: the purchase that started one or more subscriptions at once, as Partner
 * Center numbers its orders. Each subscription keeps the order it came from ({@link
 * Subscription#getOrder()}), so an order can be read back from the subscriptions it made.
 *
 * <p>Its text, equality, order and JSON form are those of every {@link TextId}.
 */
public final class OrderId extends TextId<OrderId> {
  private OrderId(String value) {
    super("OrderId", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the identifier's text
   * @return the identifier
   * @throws IllegalArgumentException when the text is not a valid identifier
   */
  @JsonCreator
  public static OrderId of(String value) {
    return new OrderId(value);
  }
}
