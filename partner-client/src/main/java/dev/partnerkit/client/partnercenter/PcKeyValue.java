package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key and a value, as in a link's headers or a cart line's participants.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcKeyValue.class)
@JsonDeserialize(as = ImmutablePcKeyValue.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcKeyValue {
  /**
   * Returns the key.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getKey();

  /**
   * Returns the value.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getValue();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcKeyValue.Builder builder() {
    return ImmutablePcKeyValue.builder();
  }
}
