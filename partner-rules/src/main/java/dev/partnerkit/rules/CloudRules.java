package dev.partnerkit.rules;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one cloud offers partners: its capabilities, the rule a denial for a missing capability
 * cites, and the moment from which it takes no new relationships, if any (CLOUD-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param capabilities the features the cloud offers
 * @param missingCapabilityRule the rule cited when a feature is missing (CLOUD-1 or CLOUD-2)
 * @param closedFrom the moment from which no new relationship is accepted, if the cloud closed
 */
public record CloudRules(
    Set<Capability> capabilities, Rule missingCapabilityRule, Optional<Instant> closedFrom) {
  /** Copies the capabilities and checks that no part is null. */
  public CloudRules {
    capabilities = Set.copyOf(capabilities);
    Objects.requireNonNull(missingCapabilityRule, "missingCapabilityRule");
    Objects.requireNonNull(closedFrom, "closedFrom");
  }

  /**
   * Returns the rules of a cloud that offers every feature and never closed.
   *
   * @return the rules
   */
  public static CloudRules open() {
    return new CloudRules(Set.of(Capability.values()), Rule.CLOUD_2, Optional.empty());
  }

  /**
   * Returns whether the cloud offers {@code capability}.
   *
   * @param capability the feature
   * @return true when offered
   */
  public boolean offers(Capability capability) {
    return capabilities.contains(capability);
  }

  /**
   * Returns whether the cloud takes new relationships at {@code time}.
   *
   * @param time the moment asked about
   * @return true unless the cloud closed before then
   */
  public boolean isOpenAt(Instant time) {
    return closedFrom.isEmpty() || time.isBefore(closedFrom.get());
  }
}
