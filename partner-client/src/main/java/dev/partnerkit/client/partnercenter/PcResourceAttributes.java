package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The metadata attributes of a Partner Center resource ({@code ResourceAttributes}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcResourceAttributes.class)
@JsonDeserialize(as = ImmutablePcResourceAttributes.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcResourceAttributes {
  /**
   * Returns the ETag, the version of the object.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getEtag();

  /**
   * Returns the object's type, such as {@code Customer}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getObjectType();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcResourceAttributes.Builder builder() {
    return ImmutablePcResourceAttributes.builder();
  }
}
