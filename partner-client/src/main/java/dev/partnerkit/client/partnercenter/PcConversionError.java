package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a conversion failed ({@code ConversionError}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcConversionError.class)
@JsonDeserialize(as = ImmutablePcConversionError.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcConversionError {
  /**
   * Returns the error code, such as {@code ConversionsNotFound}.
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
  static ImmutablePcConversionError.Builder builder() {
    return ImmutablePcConversionError.builder();
  }
}
