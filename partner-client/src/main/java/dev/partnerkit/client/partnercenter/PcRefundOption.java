package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A refund option of a subscription ({@code RefundOption}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcRefundOption.class)
@JsonDeserialize(as = ImmutablePcRefundOption.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcRefundOption {
  /**
   * Returns the refund's type: {@code Partial} or {@code Full}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getType();

  /**
   * Returns when the option expires; empty when it does not.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getExpiresAfter();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcRefundOption.Builder builder() {
    return ImmutablePcRefundOption.builder();
  }
}
