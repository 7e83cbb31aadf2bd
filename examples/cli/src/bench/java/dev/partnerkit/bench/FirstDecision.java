package dev.partnerkit.bench;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Target 4: the smallest program that reaches a rule decision, run in a fresh JVM by {@code
 * startup.sh}: it builds a partner and a customer (tenant id as Partner Center gives it) with the
 * model's builders, registers both in a {@link PartnerProgram} and asks, at the current time,
 * whether the customer may accept the partner's delegated-admin option, then prints the decision
 * and exits. It touches no JSON and no validation, so it shows what a rules-only caller pays at
 * start-up.
 */
public final class FirstDecision {
  private FirstDecision() {}

  /**
   * Runs the decision and prints it.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Instant now = Instant.now();
    Partner partner =
        Partner.builder()
            .id(PartnerId.of("northwind"))
            .name("Northwind Traders")
            .agreementSigned(true)
            .addEnrollment(
                ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, now.minus(Duration.ofDays(365))))
            .build();
    Customer customer =
        Customer.builder()
            .id(CustomerId.parse("4a9c3e2d-1b6f-4c1e-9d2a-7f3b5e8c0a11"))
            .profile(
                CompanyProfile.builder()
                    .companyName("Fabrikam, Inc.")
                    .domain("fabrikam.onmicrosoft.com")
                    .address(
                        Address.builder()
                            .addressLine1("1 Microsoft Way")
                            .city("Redmond")
                            .state("WA")
                            .postalCode("98052")
                            .country("US")
                            .build())
                    .contact(
                        Contact.builder()
                            .firstName("Avery")
                            .lastName("Howard")
                            .email("avery.howard@fabrikam.onmicrosoft.com")
                            .build())
                    .build())
            .build();
    PartnerProgram program =
        PartnerProgram.create(ServiceCatalog.of(List.of()), ProgramPolicy.seed());
    program.apply(new Action.RegisterPartner(partner), now);
    program.apply(new Action.RegisterCustomer(customer), now);
    Decision decision = program.mayAcceptDelegatedAdmin(customer.getId(), partner.getId(), now);
    System.out.println(decision);
  }
}
