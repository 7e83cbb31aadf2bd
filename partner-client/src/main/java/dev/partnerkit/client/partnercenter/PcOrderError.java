package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An order a cart checkout could not create ({@code OrderError}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcOrderError.class)
@JsonDeserialize(as = ImmutablePcOrderError.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcOrderError {
  /**
   * Returns the order group that failed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOrderGroupId();

  /**
   * Returns the error code.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCode();

  /**
   * Returns the error's description.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDescription();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcOrderError.Builder builder() {
    return ImmutablePcOrderError.builder();
  }
}
