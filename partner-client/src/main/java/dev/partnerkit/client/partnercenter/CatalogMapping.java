package dev.partnerkit.client.partnercenter;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.ImmutableService;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Term;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Not API: the catalog's wire types in the model's terms. */
final class CatalogMapping {
  private CatalogMapping() {}

  /**
   * A SKU bought through one of its availabilities is one service of the model: the catalog item id
   * names it, the SKU's title names it for people, its minimum and maximum quantities bound a
   * purchase line (OFFER-4), its billing cycles and the availability's terms are what it can be
   * bought with (OFFER-6, NCE-3).
   */
  static Optional<Service> service(PcSku sku, PcAvailability availability) {
    Objects.requireNonNull(availability, "availability must not be null");
    Optional<ServiceId> id;
    try {
      id = PcMapping.serviceId(availability.catalogItem().value());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (id.isEmpty()) {
      return Optional.empty();
    }
    ImmutableService.Builder builder =
        Service.builder()
            .id(id.get())
            .name(
                sku.getTitle()
                    .filter(t -> !t.isBlank())
                    .orElse(availability.catalogItem().value()));
    // Bounds the SKU leaves out keep the model's defaults.
    Optional<Integer> min = sku.getMinimumQuantity().map(m -> Math.max(1, m));
    min.ifPresent(builder::minLicenses);
    sku.getMaximumQuantity().map(m -> Math.max(min.orElse(1), m)).ifPresent(builder::maxLicenses);
    for (PcBillingCycle cycle : sku.getSupportedBillingCycles()) {
      PcMapping.billingCycle(cycle)
          .filter(c -> c != BillingCycle.UNKNOWN)
          .ifPresent(builder::addBillingCycle);
    }
    Set<Term> terms = availability.modelTerms();
    if (!terms.isEmpty()) {
      builder.terms(terms);
    }
    try {
      return Optional.of(builder.build());
    } catch (IllegalArgumentException e) {
      // A minimum above the model's default maximum, with no maximum sent: no line could meet it.
      return Optional.empty();
    }
  }
}
