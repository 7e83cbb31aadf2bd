package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.CustomerId;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of an inventory check ({@code InventoryCheckRequest} in "Products resources"): the items
 * to check and the context their SKUs' {@code inventoryVariables} ask for, such as {@code
 * customerId}.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} or {@link #forCustomer(CustomerId,
 * List)}. Building refuses a request with no item. Decoding ignores unknown fields (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcInventoryCheckRequest.class)
@JsonDeserialize(as = ImmutablePcInventoryCheckRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcInventoryCheckRequest {
  /** The context key that names the customer a purchase would be for. */
  String CUSTOMER_ID = "customerId";

  /**
   * Returns the items to check; at least one.
   *
   * @return the values
   */
  List<PcInventoryTarget> getTargetItems();

  /**
   * Returns the context values by name, such as {@value #CUSTOMER_ID}.
   *
   * @return the entries; empty for none
   */
  Map<String, String> getInventoryContext();

  /** Rejects a request with nothing to check. */
  @Value.Check
  default void check() {
    if (getTargetItems().isEmpty()) {
      throw new IllegalArgumentException(
          "PcInventoryCheckRequest.targetItems must hold at least one item, but was empty");
    }
  }

  /**
   * Returns a request that checks items for a purchase by one customer.
   *
   * @param customer the customer the purchase would be for
   * @param items the items; at least one
   * @return the request
   */
  static PcInventoryCheckRequest forCustomer(CustomerId customer, List<PcInventoryTarget> items) {
    return builder()
        .addAllTargetItems(items)
        .putInventoryContext(CUSTOMER_ID, customer.toString())
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcInventoryCheckRequest.Builder builder() {
    return ImmutablePcInventoryCheckRequest.builder();
  }
}
