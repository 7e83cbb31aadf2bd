package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An error on a cart line, set after the cart was created ({@code CartError}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcCartError.class)
@JsonDeserialize(as = ImmutablePcCartError.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcCartError {
  /**
   * Returns the error code.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getErrorCode();

  /**
   * Returns the error's description.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getErrorDescription();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcCartError.Builder builder() {
    return ImmutablePcCartError.builder();
  }
}
