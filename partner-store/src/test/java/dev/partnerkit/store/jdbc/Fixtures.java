package dev.partnerkit.store.jdbc;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.TrialTerms;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * A small catalog, partners and customers for the store's tests, workers and benchmark (public for
 * the failover test in {@code dev.partnerkit.store.ha}).
 */
public final class Fixtures {
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final ServiceId E3 = ServiceId.of("OFFICE_365_E3");
  static final ServiceId EXCHANGE = ServiceId.of("EXCHANGE_ONLINE");

  public static final ServiceCatalog CATALOG =
      ServiceCatalog.of(List.of(service(E3).build(), service(EXCHANGE).addConvertsTo(E3).build()));

  private Fixtures() {}

  private static dev.partnerkit.model.ImmutableService.Builder service(ServiceId id) {
    return Service.builder()
        .id(id)
        .name(id.value())
        .minLicenses(1)
        .maxLicenses(10_000)
        .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL))
        .trial(TrialTerms.of(30, 25));
  }

  /** A partner certified for delegated administration under both policies. */
  public static Partner partner(String name) {
    return Partner.builder()
        .id(PartnerId.of(name))
        .name(name)
        .cloud(Cloud.GLOBAL)
        .agreementSigned(true)
        .authorizedServices(CATALOG.byId().keySet())
        .addEnrollment(ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, START))
        .addEnrollment(ProgramEnrollment.of(Program.CSP_DIRECT, START))
        .build();
  }

  /** A customer in the global cloud whose id, name and domain derive from the name. */
  public static Customer customer(String name) {
    return Customer.builder()
        .id(CustomerId.fromName(name))
        .cloud(Cloud.GLOBAL)
        .profile(
            CompanyProfile.builder()
                .companyName(name)
                .domain(name + ".onmicrosoft.com")
                .address(
                    Address.builder()
                        .addressLine1("1 Main St")
                        .city("Redmond")
                        .postalCode("98052")
                        .country("US")
                        .build())
                .contact(
                    Contact.builder()
                        .firstName("A")
                        .lastName("B")
                        .email("a@" + name + ".example")
                        .build())
                .build())
        .build();
  }
}
