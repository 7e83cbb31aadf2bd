package dev.partnerkit.rules;

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

/** A small catalog, partners and customers for the rules' own tests. */
final class TestWorld {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final ServiceId E3 = ServiceId.of("OFFICE_365_E3");
  static final ServiceId EXCHANGE = ServiceId.of("EXCHANGE_ONLINE");
  static final ServiceId TEAMS = ServiceId.of("TEAMS_ESSENTIALS");
  static final ServiceId DEFENDER = ServiceId.of("DEFENDER_FOR_OFFICE_365");

  static final ServiceCatalog CATALOG =
      ServiceCatalog.of(
          List.of(
              service(E3, 1, 10_000, true).build(),
              // New commerce: Exchange upgrades to E3 and caps one customer at 300 seats.
              service(EXCHANGE, 1, 300, true)
                  .addConvertsTo(E3)
                  .addUpgradesTo(E3)
                  .maxSeatsPerCustomer(300)
                  .build(),
              Service.builder()
                  .id(TEAMS)
                  .name("Teams Essentials")
                  .maxLicenses(300)
                  .billingCycles(EnumSet.of(BillingCycle.MONTHLY))
                  .trial(TrialTerms.of(30, 25))
                  .build(),
              service(DEFENDER, 1, 300, false).addOnTo(EXCHANGE).build()));

  private TestWorld() {}

  private static dev.partnerkit.model.ImmutableService.Builder service(
      ServiceId id, int min, int max, boolean trial) {
    var b =
        Service.builder()
            .id(id)
            .name(id.value())
            .minLicenses(min)
            .maxLicenses(max)
            .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL));
    if (trial) {
      b.trial(TrialTerms.of(30, 25));
    }
    return b;
  }

  static Partner partner(String name, Cloud cloud, Program... programs) {
    var b =
        Partner.builder()
            .id(PartnerId.of(name))
            .name(name)
            .cloud(cloud)
            .agreementSigned(true)
            .authorizedServices(CATALOG.byId().keySet());
    for (Program program : programs) {
      b.addEnrollment(ProgramEnrollment.of(program, START));
    }
    return b.build();
  }

  static Customer customer(String name, Cloud cloud) {
    return Customer.builder()
        .id(CustomerId.fromName(name))
        .cloud(cloud)
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
