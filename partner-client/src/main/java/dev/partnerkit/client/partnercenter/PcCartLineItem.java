package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a cart ({@code CartLineItem}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcCartLineItem.class)
@JsonDeserialize(as = ImmutablePcCartLineItem.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcCartLineItem {
  /**
   * Returns the line's id, set when the cart is created.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Integer> getId();

  /**
   * Returns the catalog item (offer) id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCatalogItemId();

  /**
   * Returns the partner's name for the item.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getFriendlyName();

  /**
   * Returns the number of licenses or instances.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns the currency code.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCurrencyCode();

  /**
   * Returns the billing cycle.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingCycle> getBillingCycle();

  /**
   * Returns the term as an ISO 8601 duration, such as {@code P1Y}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTermDuration();

  /**
   * Returns the promotion applied to a new-commerce line item.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPromotionId();

  /**
   * Returns the partners on record of the purchase, as key and MPN id pairs.
   *
   * @return the values; empty when the service sent none
   */
  List<PcKeyValue> getParticipants();

  /**
   * Returns the context used to provision the item.
   *
   * @return the entries; empty when the service sent none
   */
  Map<String, String> getProvisioningContext();

  /**
   * Returns the group of lines that go into one order.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOrderGroup();

  /**
   * Returns the add-on lines bought with this one.
   *
   * @return the values; empty when the service sent none
   */
  List<PcCartLineItem> getAddonItems();

  /**
   * Returns the line's error, if the cart found one.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcCartError> getError();

  /**
   * Returns the renewal terms; the service sends one object or an array.
   *
   * @return the values; empty when the service sent none
   */
  List<PcRenewsTo> getRenewsTo();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcCartLineItem.Builder builder() {
    return ImmutablePcCartLineItem.builder();
  }
}
