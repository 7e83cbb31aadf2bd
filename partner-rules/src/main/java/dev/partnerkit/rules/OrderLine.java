package dev.partnerkit.rules;

import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.SubscriptionId;
import java.util.Objects;

/**
 * One line of an order a partner places for a customer ({@link Action.PlaceOrder}, {@link
 * Action.StartTrials}): the id of the subscription it starts, the service and the license count.
 *
 * <p>Immutable and thread-safe. The id travels in the action so that replaying the log gives the
 * same subscriptions.
 *
 * @param subscription the id of the subscription the line starts
 * @param service the service
 * @param licenses the license count
 */
public record OrderLine(SubscriptionId subscription, ServiceId service, int licenses) {
  /** Checks that no part is null. */
  public OrderLine {
    Objects.requireNonNull(subscription, "OrderLine.subscription");
    Objects.requireNonNull(service, "OrderLine.service");
  }

  /**
   * Returns an order line.
   *
   * @param subscription the id of the subscription it starts
   * @param service the service
   * @param licenses the license count
   * @return the line
   */
  public static OrderLine of(SubscriptionId subscription, ServiceId service, int licenses) {
    return new OrderLine(subscription, service, licenses);
  }
}
