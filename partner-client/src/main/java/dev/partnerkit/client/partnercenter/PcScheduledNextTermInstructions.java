package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes a new-commerce subscription takes at its next renewal ({@code
 * ScheduledNextTermInstructions}): the product, quantity and custom term end, as "Subscription
 * resources" and "Create scheduled changes" document them
 * (learn.microsoft.com/partner-center/developer/subscription-resources).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcScheduledNextTermInstructions.class)
@JsonDeserialize(as = ImmutablePcScheduledNextTermInstructions.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcScheduledNextTermInstructions {
  /**
   * Returns the product, SKU, availability, term and billing of the next term.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcScheduledProduct> getProduct();

  /**
   * Returns the seat count of the next term.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns the custom end of the next term, to make it coterminous with another subscription.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getCustomTermEndDate();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcScheduledNextTermInstructions.Builder builder() {
    return ImmutablePcScheduledNextTermInstructions.builder();
  }
}
