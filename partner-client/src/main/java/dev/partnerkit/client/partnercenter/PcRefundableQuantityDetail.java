package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One batch of removable seats of a new-commerce subscription ({@code RefundableQuantityDetail}),
 * as "Subscription resources" documents it
 * (learn.microsoft.com/partner-center/developer/subscription-resources).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcRefundableQuantityDetail.class)
@JsonDeserialize(as = ImmutablePcRefundableQuantityDetail.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcRefundableQuantityDetail {
  /**
   * Returns how many seats of the batch can be removed.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns until when the batch's seats can be removed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getAllowedUntilDateTime();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcRefundableQuantityDetail.Builder builder() {
    return ImmutablePcRefundableQuantityDetail.builder();
  }
}
