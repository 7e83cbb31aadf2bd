package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import java.util.Map;
import java.util.Objects;

/**
 * The whole stored state of a program at one moment: every partner and every customer's state. Two
 * programs with equal snapshots answer every query alike.
 *
 * <p>Immutable and thread-safe.
 *
 * @param partners the partners by id
 * @param customers the customers' states by id
 */
public record ProgramSnapshot(
    Map<PartnerId, Partner> partners, Map<CustomerId, CustomerState> customers) {
  /** Copies the maps. */
  public ProgramSnapshot {
    partners = Map.copyOf(Objects.requireNonNull(partners, "partners"));
    customers = Map.copyOf(Objects.requireNonNull(customers, "customers"));
  }
}
