package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cart of items to order for a customer ({@code Cart}); the same shape creates one, so the fields
 * the service assigns are optional.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcCart.class)
@JsonDeserialize(as = ImmutablePcCart.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcCart {
  /**
   * Returns the cart's id, set when it is created.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getId();

  /**
   * Returns when the cart was created.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getCreationTimestamp();

  /**
   * Returns when the cart was last changed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getLastModifiedTimestamp();

  /**
   * Returns when the cart expires.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getExpirationTimestamp();

  /**
   * Returns the user who last changed the cart.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getLastModifiedUser();

  /**
   * Returns whether the cart can still be changed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcCartStatus> getStatus();

  /**
   * Returns the cart's lines.
   *
   * @return the values; empty when the service sent none
   */
  List<PcCartLineItem> getLineItems();

  /**
   * Returns the resource links by name, such as {@code self} and {@code next}.
   *
   * @return the entries; empty when the service sent none
   */
  Map<String, PcLink> getLinks();

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
  static ImmutablePcCart.Builder builder() {
    return ImmutablePcCart.builder();
  }
}
