package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conversion a trial subscription can make to a paid offer ({@code Conversion}); also the body
 * that asks for it.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcConversion.class)
@JsonDeserialize(as = ImmutablePcConversion.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcConversion {
  /**
   * Returns the trial's offer.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOfferId();

  /**
   * Returns the paid offer it converts to.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTargetOfferId();

  /**
   * Returns the order id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOrderId();

  /**
   * Returns the number of licenses; the trial's count by default.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns how often the partner is billed after conversion.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingCycle> getBillingCycle();

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
  static ImmutablePcConversion.Builder builder() {
    return ImmutablePcConversion.builder();
  }
}
