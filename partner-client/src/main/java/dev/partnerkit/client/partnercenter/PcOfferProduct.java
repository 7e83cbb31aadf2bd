package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The product an offer belongs to ({@code OfferProduct}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcOfferProduct.class)
@JsonDeserialize(as = ImmutablePcOfferProduct.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcOfferProduct {
  /**
   * Returns the product's id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getId();

  /**
   * Returns the product's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getName();

  /**
   * Returns the product's unit, such as {@code Licenses}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getUnit();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcOfferProduct.Builder builder() {
    return ImmutablePcOfferProduct.builder();
  }
}
