package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The type of product a subscription is for ({@code ItemType}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcItemType.class)
@JsonDeserialize(as = ImmutablePcItemType.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcItemType {
  /**
   * Returns the type's id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getId();

  /**
   * Returns the type's display name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getDisplayName();

  /**
   * Returns the sub-type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcItemType> getSubType();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcItemType.Builder builder() {
    return ImmutablePcItemType.builder();
  }
}
