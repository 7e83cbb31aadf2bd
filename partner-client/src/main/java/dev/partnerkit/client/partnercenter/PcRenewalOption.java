package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One way a term can renew: into which availability, and whether automatically.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param renewToId the catalog item the term renews into; empty when the service did not send it
 * @param isAutoRenewable whether the renewal can be automatic; false when the service did not send
 *     it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcRenewalOption(Optional<String> renewToId, boolean isAutoRenewable) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcRenewalOption {
    renewToId = WireValues.optional(renewToId);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcRenewalOptionBuilder builder() {
    return new PcRenewalOptionBuilder();
  }
}
