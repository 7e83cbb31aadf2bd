package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An order for a customer ({@code Order}); the same shape creates one, so the fields the service
 * assigns are optional.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcOrder.class)
@JsonDeserialize(as = ImmutablePcOrder.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcOrder {
  /**
   * Returns the order's id, set when it is created.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getId();

  /**
   * Returns a friendly id for the order.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAlternateId();

  /**
   * Returns the customer's id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getReferenceCustomerId();

  /**
   * Returns how often the partner is billed for the order.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingCycle> getBillingCycle();

  /**
   * Returns the order's transaction type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTransactionType();

  /**
   * Returns the order's lines.
   *
   * @return the values; empty when the service sent none
   */
  List<PcOrderLineItem> getLineItems();

  /**
   * Returns the currency of the order.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCurrencyCode();

  /**
   * Returns the currency's symbol.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCurrencySymbol();

  /**
   * Returns when the order was created.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getCreationDate();

  /**
   * Returns where the order stands.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcOrderStatus> getStatus();

  /**
   * Returns the resource links by name, such as {@code self} and {@code next}.
   *
   * @return the entries; empty when the service sent none
   */
  Map<String, PcLink> getLinks();

  /**
   * Returns the metadata attributes: the ETag and the object type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcResourceAttributes> getAttributes();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcOrder.Builder builder() {
    return ImmutablePcOrder.builder();
  }
}
