package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The seats of a new-commerce subscription that can still be removed for a refund ({@code
 * RefundableQuantity}): one detail per batch of seats added, each with the instant its window
 * closes. Follows "Subscription resources" and "Get a subscription by ID"
 * (learn.microsoft.com/partner-center/developer/subscription-resources).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcRefundableQuantity.class)
@JsonDeserialize(as = ImmutablePcRefundableQuantity.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcRefundableQuantity {
  /**
   * Returns how many seats can be removed in all.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getTotalQuantity() {
    return 0;
  }

  /**
   * Returns the removable seats by batch.
   *
   * @return the values; empty when the service sent none
   */
  List<PcRefundableQuantityDetail> getDetails();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcRefundableQuantity.Builder builder() {
    return ImmutablePcRefundableQuantity.builder();
  }
}
