package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.List;
import org.immutables.value.Value;

/**
 * How an availability's terms renew: the terms it applies to and the options open to them.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param applicableTermIds the ids of the availability's terms this instruction covers; empty when
 *     the service sent none
 * @param renewalOptions the ways those terms can renew; empty when the service sent none
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcRenewalInstruction(
    List<String> applicableTermIds, List<PcRenewalOption> renewalOptions) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcRenewalInstruction {
    applicableTermIds = WireValues.list(applicableTermIds);
    renewalOptions = WireValues.list(renewalOptions);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcRenewalInstructionBuilder builder() {
    return new PcRenewalInstructionBuilder();
  }
}
