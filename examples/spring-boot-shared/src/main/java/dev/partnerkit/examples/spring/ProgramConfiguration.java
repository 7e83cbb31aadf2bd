package dev.partnerkit.examples.spring;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's partner program, in memory: one partner, {@link #NORTHWIND}, registered with a
 * signed agreement and enrolled in Cloud Essentials, and a one-service catalog.
 */
@Configuration(proxyBeanMethods = false)
public class ProgramConfiguration {
  /** The partner the program starts with. */
  public static final PartnerId NORTHWIND = PartnerId.of("northwind");

  /** The one service of the catalog. */
  public static final ServiceId EXCHANGE = ServiceId.of("EXCHANGE_ONLINE");

  /**
   * Returns the clock each decision is taken at.
   *
   * @return the system clock in UTC
   */
  @Bean
  public Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Returns the program, with {@link #NORTHWIND} registered.
   *
   * @param clock the clock of the registration
   * @return the program
   */
  @Bean(destroyMethod = "close")
  public PartnerProgram partnerProgram(Clock clock) {
    ServiceCatalog catalog =
        ServiceCatalog.of(
            List.of(
                Service.builder()
                    .id(EXCHANGE)
                    .name("Exchange Online")
                    .minLicenses(1)
                    .maxLicenses(300)
                    .billingCycles(EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL))
                    .build()));
    PartnerProgram program = PartnerProgram.create(catalog, ProgramPolicy.seed());
    Instant now = clock.instant();
    Partner northwind =
        Partner.builder()
            .id(NORTHWIND)
            .name("Northwind Traders")
            .cloud(Cloud.GLOBAL)
            .agreementSigned(true)
            .addAuthorizedService(EXCHANGE)
            .addEnrollment(ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, now))
            .build();
    program.apply(new Action.RegisterPartner(northwind), now);
    return program;
  }
}
