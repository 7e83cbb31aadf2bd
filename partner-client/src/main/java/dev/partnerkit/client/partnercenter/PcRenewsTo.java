package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The term a line renews to ({@code RenewsTo}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcRenewsTo.class)
@JsonDeserialize(as = ImmutablePcRenewsTo.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcRenewsTo {
  /**
   * Returns the renewal term as an ISO 8601 duration, such as {@code P1Y}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTermDuration();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcRenewsTo.Builder builder() {
    return ImmutablePcRenewsTo.builder();
  }
}
