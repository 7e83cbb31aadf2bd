package dev.partnerkit.testing;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Canonical, named sample data for documentation and tests: the built-in sample service catalog,
 * partners in each situation the rules tell apart, a customer in each cloud, an offer of each kind,
 * a delegated-admin grant and a granular relationship.
 *
 * <p>Every sample is an immutable, valid value (no constraint violations) and fixed: the same on
 * every run and in every release, so that tests, scenario files and documents can refer to them by
 * name. Times are relative to {@link #EPOCH}. Customer ids derive from readable names with {@link
 * CustomerId#fromName(String)}, so that {@code "fabrikam"} in a scenario file is {@link #FABRIKAM}
 * here; partner ids are the same readable names.
 *
 * <p>Thread-safe; a holder of constants, not instantiable. For many varied values use {@link
 * ModelFactory} or {@link ModelGenerators}.
 */
public final class Samples {
  /** The reference instant every sample's times count from: 2026-01-01T00:00:00Z. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * Office 365 E3: 1 to 10,000 licenses, monthly or annual, a 30-day trial of 25 licenses; in new
   * commerce it upgrades to {@link #OFFICE_365_E5} (NCE-12).
   */
  public static final ServiceId OFFICE_365_E3 = ServiceId.of("OFFICE_365_E3");

  /** Office 365 E5: 1 to 10,000 licenses, monthly, annual or triennial, no trial. */
  public static final ServiceId OFFICE_365_E5 = ServiceId.of("OFFICE_365_E5");

  /**
   * Microsoft 365 Business Basic: 1 to 300 licenses, monthly or annual, a 30-day trial of 25
   * licenses, at most 300 seats per customer (NCE-4), upgrades to {@link
   * #MICROSOFT_365_BUSINESS_STANDARD} (NCE-12).
   */
  public static final ServiceId MICROSOFT_365_BUSINESS_BASIC =
      ServiceId.of("MICROSOFT_365_BUSINESS_BASIC");

  /**
   * Microsoft 365 Business Standard: 1 to 300 licenses, monthly or annual, no trial, at most 300
   * seats per customer (NCE-4).
   */
  public static final ServiceId MICROSOFT_365_BUSINESS_STANDARD =
      ServiceId.of("MICROSOFT_365_BUSINESS_STANDARD");

  /** Exchange Online: 1 to 300 licenses, monthly or annual, a 30-day trial of 25 licenses. */
  public static final ServiceId EXCHANGE_ONLINE = ServiceId.of("EXCHANGE_ONLINE");

  /** SharePoint Online: 1 to 300 licenses, monthly or annual, a 30-day trial of 25 licenses. */
  public static final ServiceId SHAREPOINT_ONLINE = ServiceId.of("SHAREPOINT_ONLINE");

  /** Teams Essentials: 1 to 300 licenses, monthly only, a 30-day trial of 25 licenses. */
  public static final ServiceId TEAMS_ESSENTIALS = ServiceId.of("TEAMS_ESSENTIALS");

  /**
   * Defender for Office 365: an add-on to {@link #EXCHANGE_ONLINE} (OFFER-7), 1 to 300 licenses,
   * monthly or annual, no trial (TRIAL-3).
   */
  public static final ServiceId DEFENDER_FOR_OFFICE_365 = ServiceId.of("DEFENDER_FOR_OFFICE_365");

  private static final ServiceCatalog CATALOG =
      ServiceCatalog.of(
          List.of(
              Service.builder()
                  .from(catalogService(OFFICE_365_E3, "Office 365 E3", 10_000, true, true))
                  .addUpgradesTo(OFFICE_365_E5)
                  .build(),
              catalogService(EXCHANGE_ONLINE, "Exchange Online (Plan 1)", 300, true, true),
              catalogService(SHAREPOINT_ONLINE, "SharePoint Online (Plan 1)", 300, true, true),
              catalogService(TEAMS_ESSENTIALS, "Microsoft Teams Essentials", 300, false, true),
              Service.builder()
                  .from(
                      catalogService(
                          DEFENDER_FOR_OFFICE_365,
                          "Microsoft Defender for Office 365 (Plan 1)",
                          300,
                          true,
                          false))
                  .addOnTo(EXCHANGE_ONLINE)
                  .build(),
              Service.builder()
                  .from(catalogService(OFFICE_365_E5, "Office 365 E5", 10_000, true, false))
                  .addBillingCycle(BillingCycle.TRIENNIAL)
                  .build(),
              Service.builder()
                  .from(
                      catalogService(
                          MICROSOFT_365_BUSINESS_BASIC,
                          "Microsoft 365 Business Basic",
                          300,
                          true,
                          true))
                  .maxSeatsPerCustomer(300)
                  .addUpgradesTo(MICROSOFT_365_BUSINESS_STANDARD)
                  .build(),
              Service.builder()
                  .from(
                      catalogService(
                          MICROSOFT_365_BUSINESS_STANDARD,
                          "Microsoft 365 Business Standard",
                          300,
                          true,
                          false))
                  .maxSeatsPerCustomer(300)
                  .build()));

  /**
   * Northwind Traders: signed the partner agreement and enrolled in Cloud Essentials since 2025, so
   * certified for delegated administration under the seed policy (ELIG-2); authorized for every
   * catalog service.
   */
  public static final Partner NORTHWIND =
      Partner.builder()
          .id(PartnerId.of("northwind"))
          .name("Northwind Traders")
          .mpnId(MpnId.of("1234567"))
          .agreementSigned(true)
          .addEnrollment(ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, EPOCH.minus(days(365))))
          .addAllAuthorizedServices(serviceIds())
          .build();

  /**
   * Adatum: signed, enrolled in Cloud Essentials and in Cloud Accelerate, which builds on it
   * (ELIG-4); authorized for every catalog service.
   */
  public static final Partner ADATUM =
      Partner.builder()
          .id(PartnerId.of("adatum"))
          .name("Adatum Corporation")
          .mpnId(MpnId.of("4875210"))
          .agreementSigned(true)
          .addEnrollment(ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, EPOCH.minus(days(580))))
          .addEnrollment(ProgramEnrollment.of(Program.CLOUD_ACCELERATE, EPOCH.minus(days(300))))
          .addAllAuthorizedServices(serviceIds())
          .build();

  /**
   * Contoso: signed the agreement but enrolled in no program, so not certified for delegated
   * administration (ELIG-1); it may still sell every catalog service.
   */
  public static final Partner CONTOSO_UNCERTIFIED =
      Partner.builder()
          .id(PartnerId.of("contoso"))
          .name("Contoso Ltd")
          .agreementSigned(true)
          .addAllAuthorizedServices(serviceIds())
          .build();

  /**
   * Proseware China: a partner in Office 365 operated by 21Vianet, enrolled in Cloud Essentials;
   * under the seed policy partner features are unavailable there (CLOUD-1).
   */
  public static final Partner PROSEWARE_CHINA =
      Partner.builder()
          .id(PartnerId.of("proseware-china"))
          .name("Proseware China")
          .cloud(Cloud.CHINA_21VIANET)
          .agreementSigned(true)
          .addEnrollment(ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, EPOCH.minus(days(200))))
          .addAllAuthorizedServices(serviceIds())
          .build();

  /**
   * Tailwind Traders: a modern Cloud Solution Provider (direct bill), certified under the modern
   * policy (ELIG-2) and the partner of {@link #RELATIONSHIP}.
   */
  public static final Partner TAILWIND_CSP =
      Partner.builder()
          .id(PartnerId.of("tailwind"))
          .name("Tailwind Traders")
          .mpnId(MpnId.of("6543210"))
          .agreementSigned(true)
          .addEnrollment(ProgramEnrollment.of(Program.CSP_DIRECT, EPOCH.minus(days(400))))
          .addAllAuthorizedServices(serviceIds())
          .build();

  /** Fabrikam, Inc.: a customer in the worldwide cloud, in Redmond; id from {@code "fabrikam"}. */
  public static final Customer FABRIKAM =
      customer(
          "fabrikam",
          Cloud.GLOBAL,
          "Fabrikam, Inc.",
          "fabrikam.onmicrosoft.com",
          address("1 Microsoft Way", "Redmond", "WA", "98052", "US"),
          contact("Avery", "Howard", "avery.howard@fabrikam.onmicrosoft.com", "+1 425 555 0100"));

  /** Wingtip Toys: a customer in the worldwide cloud, in London; id from {@code "wingtip"}. */
  public static final Customer WINGTIP =
      customer(
          "wingtip",
          Cloud.GLOBAL,
          "Wingtip Toys Ltd",
          "wingtiptoys.onmicrosoft.com",
          address("12 High Street", "London", null, "EC1A 1BB", "GB"),
          contact(
              "Siobhán",
              "O'Connor",
              "siobhan.oconnor@wingtiptoys.onmicrosoft.com",
              "+44 20 7946 0018"));

  /**
   * Coho Winery (Shanghai): a customer in Office 365 operated by 21Vianet; id from {@code
   * "coho-china"}.
   */
  public static final Customer COHO_CHINA =
      customer(
          "coho-china",
          Cloud.CHINA_21VIANET,
          "Coho Winery (Shanghai)",
          "cohowinery.partner.onmschina.cn",
          address("88 Nanjing Road", "Shanghai", "上海市", "200000", "CN"),
          contact("Wei", "Zhang", "wei.zhang@cohowinery.partner.onmschina.cn", "+86 21 5555 0100"));

  /**
   * Trey Research Federal: a customer in the US Government cloud; id from {@code
   * "trey-research-gov"}.
   */
  public static final Customer TREY_RESEARCH_GOV =
      customer(
          "trey-research-gov",
          Cloud.US_GOVERNMENT,
          "Trey Research Federal",
          "treyresearch.onmicrosoft.us",
          address("2000 Army Navy Drive", "Arlington", "VA", "22202", "US"),
          contact(
              "Jordan", "Smith", "jordan.smith@treyresearch.onmicrosoft.us", "+1 703 555 0100"));

  /**
   * Alpine Ski House GmbH: a customer in Microsoft Cloud Germany, which takes no new relationships
   * after 2021-10-29 (CLOUD-3); id from {@code "alpine-germany"}.
   */
  public static final Customer ALPINE_GERMANY =
      customer(
          "alpine-germany",
          Cloud.GERMANY,
          "Alpine Ski House GmbH",
          "alpineskihouse.onmicrosoft.de",
          address("Mainzer Landstraße 50", "Frankfurt am Main", "Hessen", "60325", "DE"),
          contact("Jürgen", "Weiß", "juergen.weiss@alpineskihouse.onmicrosoft.de", null));

  /**
   * A pending trial invitation from {@link #NORTHWIND} to {@link #FABRIKAM} for Exchange Online and
   * SharePoint Online, with the delegated-admin option; sent at {@link #EPOCH}, valid 90 days.
   */
  public static final TrialInvitation TRIAL_INVITATION =
      TrialInvitation.builder()
          .id(InvitationId.of("northwind-trial-1"))
          .partner(NORTHWIND.getId())
          .customer(FABRIKAM.getId())
          .sentAt(EPOCH)
          .expiresAt(EPOCH.plus(days(90)))
          .addServices(EXCHANGE_ONLINE, SHAREPOINT_ONLINE)
          .delegatedAdmin(true)
          .build();

  /**
   * A pending purchase offer from {@link #NORTHWIND} to {@link #FABRIKAM} that follows up {@link
   * #TRIAL_INVITATION}: 25 Exchange Online and 25 Defender for Office 365 licenses (the add-on with
   * its prerequisite in the same offer), billed annually for 1,950.00 USD; sent a week after {@link
   * #EPOCH}.
   */
  public static final PurchaseOffer PURCHASE_OFFER =
      PurchaseOffer.builder()
          .id(InvitationId.of("northwind-offer-1"))
          .partner(NORTHWIND.getId())
          .customer(FABRIKAM.getId())
          .sentAt(EPOCH.plus(days(7)))
          .expiresAt(EPOCH.plus(days(97)))
          .addLine(OfferLine.of(EXCHANGE_ONLINE, 25))
          .addLine(OfferLine.of(DEFENDER_FOR_OFFICE_365, 25))
          .billingCycle(BillingCycle.ANNUAL)
          .fee(Money.of(new BigDecimal("1950.00"), "USD"))
          .followsUp(TRIAL_INVITATION.getId())
          .build();

  /**
   * A pending invitation from {@link #ADATUM} to {@link #WINGTIP} offering only delegated
   * administration; sent at {@link #EPOCH}, valid 90 days.
   */
  public static final DelegatedAdminInvitation DELEGATED_ADMIN_INVITATION =
      DelegatedAdminInvitation.builder()
          .id(InvitationId.of("adatum-admin-1"))
          .partner(ADATUM.getId())
          .customer(WINGTIP.getId())
          .sentAt(EPOCH)
          .expiresAt(EPOCH.plus(days(90)))
          .build();

  /**
   * The active grant {@link #FABRIKAM} gave {@link #NORTHWIND} by accepting {@link
   * #TRIAL_INVITATION} two days after {@link #EPOCH}.
   */
  public static final DelegationGrant GRANT =
      DelegationGrant.builder()
          .id(GrantId.of("grant-northwind-fabrikam-1"))
          .partner(NORTHWIND.getId())
          .customer(FABRIKAM.getId())
          .origin(TRIAL_INVITATION.getId())
          .grantedAt(EPOCH.plus(days(2)))
          .build();

  /**
   * A granular relationship {@link #TAILWIND_CSP} created at {@link #EPOCH} for helpdesk work at
   * {@link #FABRIKAM}: two years, User and Helpdesk Administrator, no auto-extend, still {@code
   * created} (editable, not yet locked for approval).
   */
  public static final GranularRelationship RELATIONSHIP =
      GranularRelationship.builder()
          .id(RelationshipId.of("tailwind-fabrikam-helpdesk"))
          .partner(TAILWIND_CSP.getId())
          .customer(FABRIKAM.getId())
          .displayName("Tailwind - Fabrikam helpdesk")
          .duration(days(730))
          .addRoles(Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR)
          .createdAt(EPOCH)
          .build();

  private static final List<Partner> PARTNERS =
      List.of(NORTHWIND, ADATUM, CONTOSO_UNCERTIFIED, PROSEWARE_CHINA, TAILWIND_CSP);

  private static final List<Customer> CUSTOMERS =
      List.of(FABRIKAM, WINGTIP, COHO_CHINA, TREY_RESEARCH_GOV, ALPINE_GERMANY);

  private static final List<Offer> OFFERS =
      List.of(TRIAL_INVITATION, PURCHASE_OFFER, DELEGATED_ADMIN_INVITATION);

  private Samples() {}

  /**
   * Returns the built-in sample catalog that scenario files use when they name none: {@link
   * #OFFICE_365_E3}, {@link #EXCHANGE_ONLINE}, {@link #SHAREPOINT_ONLINE}, {@link
   * #TEAMS_ESSENTIALS}, {@link #DEFENDER_FOR_OFFICE_365}, and for new commerce {@link
   * #OFFICE_365_E5}, {@link #MICROSOFT_365_BUSINESS_BASIC} and {@link
   * #MICROSOFT_365_BUSINESS_STANDARD}, in that order.
   *
   * @return the catalog
   */
  public static ServiceCatalog catalog() {
    return CATALOG;
  }

  /**
   * Returns the sample partners: {@link #NORTHWIND}, {@link #ADATUM}, {@link #CONTOSO_UNCERTIFIED},
   * {@link #PROSEWARE_CHINA} and {@link #TAILWIND_CSP}.
   *
   * @return an unmodifiable list
   */
  public static List<Partner> partners() {
    return PARTNERS;
  }

  /**
   * Returns the sample customers, one or more in each cloud: {@link #FABRIKAM}, {@link #WINGTIP},
   * {@link #COHO_CHINA}, {@link #TREY_RESEARCH_GOV} and {@link #ALPINE_GERMANY}.
   *
   * @return an unmodifiable list
   */
  public static List<Customer> customers() {
    return CUSTOMERS;
  }

  /**
   * Returns the sample offers, one of each kind: {@link #TRIAL_INVITATION}, {@link #PURCHASE_OFFER}
   * and {@link #DELEGATED_ADMIN_INVITATION}.
   *
   * @return an unmodifiable list
   */
  public static List<Offer> offers() {
    return OFFERS;
  }

  private static Service catalogService(
      ServiceId id, String name, int maxLicenses, boolean annual, boolean trial) {
    var service =
        Service.builder()
            .id(id)
            .name(name)
            .minLicenses(1)
            .maxLicenses(maxLicenses)
            .addBillingCycle(BillingCycle.MONTHLY);
    if (annual) {
      service.addBillingCycle(BillingCycle.ANNUAL);
    }
    if (trial) {
      service.trial(TrialTerms.of(30, 25));
    }
    return service.build();
  }

  private static List<ServiceId> serviceIds() {
    return CATALOG.getServices().stream().map(Service::getId).toList();
  }

  private static Customer customer(
      String name, Cloud cloud, String company, String domain, Address address, Contact contact) {
    return Customer.builder()
        .id(CustomerId.fromName(name))
        .cloud(cloud)
        .profile(
            CompanyProfile.builder()
                .companyName(company)
                .domain(domain)
                .address(address)
                .contact(contact)
                .build())
        .build();
  }

  private static Contact contact(String firstName, String lastName, String email, String phone) {
    var contact = Contact.builder().firstName(firstName).lastName(lastName).email(email);
    if (phone != null) {
      contact.phoneNumber(phone);
    }
    return contact.build();
  }

  private static Address address(
      String line1, String city, String state, String postalCode, String country) {
    var address =
        Address.builder().addressLine1(line1).city(city).postalCode(postalCode).country(country);
    if (state != null) {
      address.state(state);
    }
    return address.build();
  }

  private static Duration days(long days) {
    return Duration.ofDays(days);
  }
}
