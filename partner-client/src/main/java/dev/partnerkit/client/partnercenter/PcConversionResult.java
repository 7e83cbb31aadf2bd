package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of converting a trial subscription ({@code ConversionResult}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcConversionResult.class)
@JsonDeserialize(as = ImmutablePcConversionResult.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcConversionResult {
  /**
   * Returns the subscription converted (it keeps its id).
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getSubscriptionId();

  /**
   * Returns the original offer.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOfferId();

  /**
   * Returns the target offer.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTargetOfferId();

  /**
   * Returns the error, when the conversion failed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcConversionError> getError();

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
  static ImmutablePcConversionResult.Builder builder() {
    return ImmutablePcConversionResult.builder();
  }
}
