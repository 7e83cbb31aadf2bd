package dev.partnerkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The values that the golden files under {@code src/test/resources/golden} hold, built in Java.
 * Each file was written by hand from the wire format; a test checks that decoding it gives exactly
 * this value and that encoding this value gives exactly that document.
 */
public final class GoldenValues {
  /**
   * One golden file and the value it holds.
   *
   * @param <T> the model type
   * @param type the model type; the file is {@code golden/<simple name>.json}
   * @param readAs the type to decode the file as ({@link Offer} for the offer kinds, so that the
   *     union's {@code type} property is exercised)
   * @param value the value the file holds
   */
  public record Golden<T>(Class<T> type, Class<? super T> readAs, T value) {
    /** Returns the file's resource name. */
    public String resource() {
      return "/golden/" + type.getSimpleName() + ".json";
    }

    /** Returns the file's text. */
    public String json() {
      return read(resource());
    }

    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  static final CustomerId WINGTIP = CustomerId.fromName("wingtip");
  static final CustomerId ALPINE = CustomerId.fromName("alpine-germany");
  static final PartnerId NORTHWIND = PartnerId.of("northwind");
  static final PartnerId ADATUM = PartnerId.of("adatum");
  static final ServiceId OFFICE_365_E3 = ServiceId.of("OFFICE_365_E3");
  static final ServiceId EXCHANGE_ONLINE = ServiceId.of("EXCHANGE_ONLINE");
  static final ServiceId SHAREPOINT_ONLINE = ServiceId.of("SHAREPOINT_ONLINE");
  static final ServiceId TEAMS_ESSENTIALS = ServiceId.of("TEAMS_ESSENTIALS");
  static final ServiceId DEFENDER = ServiceId.of("DEFENDER_FOR_OFFICE_365");

  private GoldenValues() {}

  /** Returns every golden file with its value, one per model type. */
  public static List<Golden<?>> all() {
    return List.of(
        new Golden<>(Address.class, Address.class, address()),
        new Golden<>(Contact.class, Contact.class, contact()),
        new Golden<>(CompanyProfile.class, CompanyProfile.class, companyProfile()),
        new Golden<>(Customer.class, Customer.class, customer()),
        new Golden<>(ProgramEnrollment.class, ProgramEnrollment.class, programEnrollment()),
        new Golden<>(Partner.class, Partner.class, partner()),
        new Golden<>(TrialTerms.class, TrialTerms.class, trialTerms()),
        new Golden<>(Service.class, Service.class, service()),
        new Golden<>(ServiceCatalog.class, ServiceCatalog.class, serviceCatalog()),
        new Golden<>(OfferLine.class, OfferLine.class, offerLine()),
        new Golden<>(Money.class, Money.class, money()),
        new Golden<>(TrialInvitation.class, Offer.class, trialInvitation()),
        new Golden<>(PurchaseOffer.class, Offer.class, purchaseOffer()),
        new Golden<>(DelegatedAdminInvitation.class, Offer.class, delegatedAdminInvitation()),
        new Golden<>(ResellerInvitation.class, Offer.class, resellerInvitation()),
        new Golden<>(DelegationGrant.class, DelegationGrant.class, delegationGrant()),
        new Golden<>(PartnerOfRecord.class, PartnerOfRecord.class, partnerOfRecord()),
        new Golden<>(Subscription.class, Subscription.class, subscription()),
        new Golden<>(SeatBatch.class, SeatBatch.class, seatBatch()),
        new Golden<>(ScheduledChange.class, ScheduledChange.class, scheduledChange()),
        new Golden<>(CustomerAgreement.class, CustomerAgreement.class, customerAgreement()),
        new Golden<>(ServiceRequest.class, ServiceRequest.class, serviceRequest()),
        new Golden<>(MarketplaceListing.class, MarketplaceListing.class, marketplaceListing()),
        new Golden<>(AccessAssignment.class, AccessAssignment.class, accessAssignment()),
        new Golden<>(
            GranularRelationship.class, GranularRelationship.class, granularRelationship()));
  }

  static Address address() {
    return Address.builder()
        .addressLine1("1 Microsoft Way")
        .addressLine2("Building 92")
        .city("Redmond")
        .state("WA")
        .postalCode("98052")
        .country("US")
        .build();
  }

  static Contact contact() {
    return Contact.builder()
        .firstName("Avery")
        .lastName("Howard")
        .email("avery.howard@fabrikam.onmicrosoft.com")
        .phoneNumber("+1 425 555 0100")
        .build();
  }

  static CompanyProfile companyProfile() {
    return CompanyProfile.builder()
        .companyName("Fabrikam, Inc.")
        .domain("fabrikam.onmicrosoft.com")
        .address(address())
        .contact(contact())
        .build();
  }

  static Customer customer() {
    return Customer.builder()
        .id(ALPINE)
        .profile(
            CompanyProfile.builder()
                .companyName("Alpine Ski House GmbH")
                .domain("alpineskihouse.onmicrosoft.de")
                .address(
                    Address.builder()
                        .addressLine1("Mainzer Landstraße 50")
                        .city("Frankfurt am Main")
                        .state("Hessen")
                        .postalCode("60325")
                        .country("DE")
                        .build())
                .contact(
                    Contact.builder()
                        .firstName("Jürgen")
                        .lastName("Weiß")
                        .email("juergen.weiss@alpineskihouse.onmicrosoft.de")
                        .build())
                .build())
        .cloud(Cloud.GERMANY)
        .createdBy(NORTHWIND)
        .build();
  }

  static ProgramEnrollment programEnrollment() {
    return ProgramEnrollment.builder()
        .program(Program.CLOUD_ACCELERATE)
        .start(Instant.parse("2025-03-01T00:00:00Z"))
        .end(Instant.parse("2027-03-01T00:00:00Z"))
        .build();
  }

  static Partner partner() {
    return Partner.builder()
        .id(ADATUM)
        .name("Adatum Corporation")
        .mpnId(MpnId.of("4875210"))
        .cloud(Cloud.GLOBAL)
        .agreementSigned(true)
        .addEnrollment(
            ProgramEnrollment.of(Program.CLOUD_ESSENTIALS, Instant.parse("2025-01-15T00:00:00Z")))
        .addEnrollment(programEnrollment())
        .addAuthorizedServices(OFFICE_365_E3, EXCHANGE_ONLINE, SHAREPOINT_ONLINE)
        .build();
  }

  static TrialTerms trialTerms() {
    return TrialTerms.of(30, 25);
  }

  static Service service() {
    return Service.builder()
        .id(EXCHANGE_ONLINE)
        .name("Exchange Online (Plan 1)")
        .minLicenses(1)
        .maxLicenses(300)
        .addBillingCycles(BillingCycle.MONTHLY, BillingCycle.ANNUAL)
        .trial(TrialTerms.of(30, 25))
        .addConvertsTo(OFFICE_365_E3)
        .addTerms(Term.P1M, Term.P1Y)
        .addUpgradesTo(OFFICE_365_E3)
        .maxSeatsPerCustomer(300)
        .maxSubscriptionsPerCustomer(1)
        .build();
  }

  /** Returns the built-in sample catalog that SCENARIOS.md describes. */
  static ServiceCatalog serviceCatalog() {
    return ServiceCatalog.of(
        List.of(
            catalogService(OFFICE_365_E3, "Office 365 E3", 10_000, true, true),
            catalogService(EXCHANGE_ONLINE, "Exchange Online (Plan 1)", 300, true, true),
            catalogService(SHAREPOINT_ONLINE, "SharePoint Online (Plan 1)", 300, true, true),
            catalogService(TEAMS_ESSENTIALS, "Microsoft Teams Essentials", 300, false, true),
            Service.builder()
                .from(
                    catalogService(
                        DEFENDER, "Microsoft Defender for Office 365 (Plan 1)", 300, true, false))
                .addOnTo(EXCHANGE_ONLINE)
                .build()));
  }

  private static Service catalogService(
      ServiceId id, String name, int max, boolean annual, boolean trial) {
    ImmutableService.Builder builder =
        Service.builder().id(id).name(name).minLicenses(1).maxLicenses(max);
    builder.addBillingCycle(BillingCycle.MONTHLY);
    if (annual) {
      builder.addBillingCycle(BillingCycle.ANNUAL);
    }
    if (trial) {
      builder.trial(TrialTerms.of(30, 25));
    }
    return builder.build();
  }

  static OfferLine offerLine() {
    return OfferLine.of(EXCHANGE_ONLINE, 25);
  }

  static Money money() {
    return Money.of(new BigDecimal("1249.5"), "EUR");
  }

  static TrialInvitation trialInvitation() {
    return TrialInvitation.builder()
        .id(InvitationId.of("northwind-trial-0001"))
        .partner(NORTHWIND)
        .customer(FABRIKAM)
        .sentAt(Instant.parse("2026-01-01T09:30:00Z"))
        .expiresAt(Instant.parse("2026-04-01T09:30:00Z"))
        .addServices(EXCHANGE_ONLINE, SHAREPOINT_ONLINE)
        .status(OfferStatus.PENDING)
        .delegatedAdmin(true)
        .build();
  }

  static PurchaseOffer purchaseOffer() {
    return PurchaseOffer.builder()
        .id(InvitationId.of("northwind-offer-0002"))
        .partner(NORTHWIND)
        .customer(FABRIKAM)
        .sentAt(Instant.parse("2026-01-20T14:00:00Z"))
        .expiresAt(Instant.parse("2026-04-20T14:00:00Z"))
        .closedAt(Instant.parse("2026-01-22T08:15:00Z"))
        .addLine(OfferLine.of(EXCHANGE_ONLINE, 25))
        .addLine(OfferLine.of(DEFENDER, 25))
        .billingCycle(BillingCycle.ANNUAL)
        .fee(Money.of(new BigDecimal("1950"), "USD"))
        .followsUp(InvitationId.of("northwind-trial-0001"))
        .status(OfferStatus.ACCEPTED)
        .delegatedAdmin(false)
        .build();
  }

  static DelegatedAdminInvitation delegatedAdminInvitation() {
    return DelegatedAdminInvitation.builder()
        .id(InvitationId.of("adatum-da-0001"))
        .partner(ADATUM)
        .customer(WINGTIP)
        .sentAt(Instant.parse("2026-01-10T08:00:00Z"))
        .expiresAt(Instant.parse("2026-04-10T08:00:00Z"))
        .closedAt(Instant.parse("2026-01-12T17:45:00Z"))
        .status(OfferStatus.DECLINED)
        .build();
  }

  static ResellerInvitation resellerInvitation() {
    return ResellerInvitation.builder()
        .id(InvitationId.of("northwind-reseller-0001"))
        .partner(NORTHWIND)
        .customer(FABRIKAM)
        .sentAt(Instant.parse("2026-01-05T09:00:00Z"))
        .expiresAt(Instant.parse("2026-04-05T09:00:00Z"))
        .closedAt(Instant.parse("2026-01-06T10:30:00Z"))
        .status(OfferStatus.ACCEPTED)
        .build();
  }

  static DelegationGrant delegationGrant() {
    return DelegationGrant.builder()
        .id(GrantId.of("grant-northwind-fabrikam-1"))
        .partner(NORTHWIND)
        .customer(FABRIKAM)
        .origin(InvitationId.of("northwind-trial-0001"))
        .grantedAt(Instant.parse("2026-01-05T10:00:00Z"))
        .revokedAt(Instant.parse("2026-03-01T12:00:00Z"))
        .status(GrantStatus.REVOKED)
        .build();
  }

  static PartnerOfRecord partnerOfRecord() {
    return PartnerOfRecord.builder()
        .customer(FABRIKAM)
        .partner(ADATUM)
        .designatedAt(Instant.parse("2026-02-01T00:00:00Z"))
        .build();
  }

  static Subscription subscription() {
    return Subscription.builder()
        .id(SubscriptionId.of("sub-fabrikam-exchange-1"))
        .customer(FABRIKAM)
        .service(EXCHANGE_ONLINE)
        .partner(NORTHWIND)
        .order(OrderId.of("order-fabrikam-1"))
        .licenses(25)
        .trial(false)
        .billingCycle(BillingCycle.ANNUAL)
        .status(SubscriptionStatus.ACTIVE)
        .start(Instant.parse("2026-01-22T08:15:00Z"))
        .end(Instant.parse("2027-01-22T08:15:00Z"))
        .term(Term.P1Y)
        .termStart(Instant.parse("2026-01-22T08:15:00Z"))
        .autoRenew(true)
        .addSeatBatches(SeatBatch.of(20, Instant.parse("2026-01-22T08:15:00Z")), seatBatch())
        .windowOpenedAt(Instant.parse("2026-01-22T08:15:00Z"))
        .scheduledChange(scheduledChange())
        .build();
  }

  static SeatBatch seatBatch() {
    return SeatBatch.of(5, Instant.parse("2026-02-03T10:00:00Z"));
  }

  static ScheduledChange scheduledChange() {
    return ScheduledChange.builder()
        .seats(30)
        .term(Term.P3Y)
        .billing(BillingCycle.TRIENNIAL)
        .build();
  }

  static CustomerAgreement customerAgreement() {
    return CustomerAgreement.builder()
        .dateAgreed(Instant.parse("2026-01-20T00:00:00Z"))
        .recordedAt(Instant.parse("2026-01-21T09:30:00Z"))
        .attestedBy(NORTHWIND)
        .build();
  }

  static ServiceRequest serviceRequest() {
    return ServiceRequest.builder()
        .id(ServiceRequestId.of("SR-2601050001"))
        .customer(FABRIKAM)
        .filedBy(NORTHWIND)
        .title("Mailbox migration stalled at 80% for 3 users")
        .createdAt(Instant.parse("2026-01-05T16:42:10Z"))
        .status(ServiceRequestStatus.OPEN)
        .build();
  }

  static MarketplaceListing marketplaceListing() {
    return MarketplaceListing.builder()
        .partner(NORTHWIND)
        .headline(
            "Northwind Traders: Microsoft 365 deployment and mailbox migration for small"
                + " businesses")
        .addServices(OFFICE_365_E3, EXCHANGE_ONLINE, SHAREPOINT_ONLINE)
        .addExpertise("Data migration", "Identity and access")
        .addCountries("US", "CA")
        .build();
  }

  static AccessAssignment accessAssignment() {
    return AccessAssignment.builder()
        .id(AccessAssignmentId.of("6f2c1b8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b"))
        .securityGroup("Tailwind Helpdesk Agents")
        .addRoles(Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR)
        .status(AccessAssignmentStatus.ACTIVE)
        .createdAt(Instant.parse("2026-01-03T12:00:00Z"))
        .build();
  }

  static GranularRelationship granularRelationship() {
    return GranularRelationship.builder()
        .id(
            RelationshipId.of(
                "0b8c4c4a-2a0e-4ab0-9b5c-3f2f5d1e7a10-cb50a80c-2f3c-3b12-b193-c9b0a3367d3b"))
        .partner(PartnerId.of("tailwind"))
        .customer(FABRIKAM)
        .displayName("Tailwind - Fabrikam helpdesk")
        .duration(Duration.ofDays(730))
        .addRoles(Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR)
        .autoExtendDuration(Duration.ofDays(180))
        .status(RelationshipStatus.ACTIVE)
        .createdAt(Instant.parse("2026-01-02T09:00:00Z"))
        .lockedAt(Instant.parse("2026-01-02T09:05:00Z"))
        .activatedAt(Instant.parse("2026-01-03T11:20:00Z"))
        .endsAt(Instant.parse("2028-01-03T11:20:00Z"))
        .addAccessAssignment(accessAssignment())
        .build();
  }

  static String read(String resource) {
    try (InputStream in = GoldenValues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
