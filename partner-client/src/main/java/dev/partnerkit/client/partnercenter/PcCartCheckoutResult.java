package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The orders a cart checkout created and the ones it could not ({@code CartCheckoutResult}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcCartCheckoutResult.class)
@JsonDeserialize(as = ImmutablePcCartCheckoutResult.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcCartCheckoutResult {
  /**
   * Returns the orders created.
   *
   * @return the values; empty when the service sent none
   */
  List<PcOrder> getOrders();

  /**
   * Returns the orders that failed.
   *
   * @return the values; empty when the service sent none
   */
  List<PcOrderError> getOrderErrors();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcCartCheckoutResult.Builder builder() {
    return ImmutablePcCartCheckoutResult.builder();
  }
}
