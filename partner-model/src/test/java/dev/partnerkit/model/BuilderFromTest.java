package dev.partnerkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that {@code builder().from(x).build()} equals {@code x} for every type, both for a value
 * with every optional attribute set (the golden values) and for a minimal one that leaves optionals
 * absent and defaults unset, so that copying never loses or invents an attribute.
 */
class BuilderFromTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static Stream<Arguments> copies() {
    return Stream.of(
        copy("Address full", GoldenValues.address(), x -> Address.builder().from(x).build()),
        copy(
            "Address minimal",
            Address.builder()
                .addressLine1("1 Main St")
                .city("Leeds")
                .postalCode("LS1 1AA")
                .country("GB")
                .build(),
            x -> Address.builder().from(x).build()),
        copy("Contact full", GoldenValues.contact(), x -> Contact.builder().from(x).build()),
        copy(
            "Contact minimal",
            Contact.builder().firstName("Ana").lastName("Lima").email("ana@contoso.com").build(),
            x -> Contact.builder().from(x).build()),
        copy(
            "CompanyProfile",
            GoldenValues.companyProfile(),
            x -> CompanyProfile.builder().from(x).build()),
        copy("Customer full", GoldenValues.customer(), x -> Customer.builder().from(x).build()),
        copy(
            "Customer default cloud",
            Customer.builder()
                .id(GoldenValues.FABRIKAM)
                .profile(GoldenValues.companyProfile())
                .build(),
            x -> Customer.builder().from(x).build()),
        copy(
            "ProgramEnrollment ended",
            GoldenValues.programEnrollment(),
            x -> ProgramEnrollment.builder().from(x).build()),
        copy(
            "ProgramEnrollment open",
            ProgramEnrollment.of(Program.CSP_DIRECT, T0),
            x -> ProgramEnrollment.builder().from(x).build()),
        copy("Partner full", GoldenValues.partner(), x -> Partner.builder().from(x).build()),
        copy(
            "Partner minimal",
            Partner.builder().id(PartnerId.of("contoso")).name("Contoso").build(),
            x -> Partner.builder().from(x).build()),
        copy("TrialTerms", GoldenValues.trialTerms(), x -> TrialTerms.builder().from(x).build()),
        copy("Service full", GoldenValues.service(), x -> Service.builder().from(x).build()),
        copy(
            "Service minimal",
            Service.builder()
                .id(GoldenValues.TEAMS_ESSENTIALS)
                .name("Teams")
                .addBillingCycle(BillingCycle.MONTHLY)
                .build(),
            x -> Service.builder().from(x).build()),
        copy(
            "ServiceCatalog",
            GoldenValues.serviceCatalog(),
            x -> ServiceCatalog.builder().from(x).build()),
        copy(
            "ServiceCatalog empty",
            ServiceCatalog.of(List.of()),
            x -> ServiceCatalog.builder().from(x).build()),
        copy("OfferLine", GoldenValues.offerLine(), x -> OfferLine.builder().from(x).build()),
        copy(
            "TrialInvitation",
            GoldenValues.trialInvitation(),
            x -> TrialInvitation.builder().from(x).build()),
        copy(
            "TrialInvitation defaults",
            TrialInvitation.builder()
                .id(InvitationId.of("t"))
                .partner(GoldenValues.NORTHWIND)
                .customer(GoldenValues.FABRIKAM)
                .sentAt(T0)
                .expiresAt(T0.plusSeconds(60))
                .addService(GoldenValues.EXCHANGE_ONLINE)
                .build(),
            x -> TrialInvitation.builder().from(x).build()),
        copy(
            "PurchaseOffer",
            GoldenValues.purchaseOffer(),
            x -> PurchaseOffer.builder().from(x).build()),
        copy(
            "PurchaseOffer minimal",
            PurchaseOffer.builder()
                .id(InvitationId.of("p"))
                .partner(GoldenValues.NORTHWIND)
                .customer(GoldenValues.FABRIKAM)
                .sentAt(T0)
                .expiresAt(T0.plusSeconds(60))
                .addLine(GoldenValues.offerLine())
                .billingCycle(BillingCycle.MONTHLY)
                .build(),
            x -> PurchaseOffer.builder().from(x).build()),
        copy(
            "DelegatedAdminInvitation",
            GoldenValues.delegatedAdminInvitation(),
            x -> DelegatedAdminInvitation.builder().from(x).build()),
        copy(
            "ResellerInvitation",
            GoldenValues.resellerInvitation(),
            x -> ResellerInvitation.builder().from(x).build()),
        copy(
            "DelegationGrant revoked",
            GoldenValues.delegationGrant(),
            x -> DelegationGrant.builder().from(x).build()),
        copy(
            "DelegationGrant active",
            DelegationGrant.builder()
                .id(GrantId.of("g"))
                .partner(GoldenValues.NORTHWIND)
                .customer(GoldenValues.FABRIKAM)
                .origin(InvitationId.of("t"))
                .grantedAt(T0)
                .build(),
            x -> DelegationGrant.builder().from(x).build()),
        copy(
            "PartnerOfRecord",
            GoldenValues.partnerOfRecord(),
            x -> PartnerOfRecord.builder().from(x).build()),
        copy(
            "Subscription paid",
            GoldenValues.subscription(),
            x -> Subscription.builder().from(x).build()),
        copy(
            "Subscription trial",
            Subscription.builder()
                .id(SubscriptionId.of("s"))
                .customer(GoldenValues.FABRIKAM)
                .service(GoldenValues.EXCHANGE_ONLINE)
                .licenses(25)
                .trial(true)
                .start(T0)
                .build(),
            x -> Subscription.builder().from(x).build()),
        copy(
            "ServiceRequest",
            GoldenValues.serviceRequest(),
            x -> ServiceRequest.builder().from(x).build()),
        copy(
            "MarketplaceListing",
            GoldenValues.marketplaceListing(),
            x -> MarketplaceListing.builder().from(x).build()),
        copy(
            "AccessAssignment",
            GoldenValues.accessAssignment(),
            x -> AccessAssignment.builder().from(x).build()),
        copy(
            "GranularRelationship",
            GoldenValues.granularRelationship(),
            x -> GranularRelationship.builder().from(x).build()),
        copy(
            "GranularRelationship created",
            GranularRelationship.builder()
                .id(RelationshipId.of("r"))
                .partner(GoldenValues.NORTHWIND)
                .customer(GoldenValues.FABRIKAM)
                .displayName("Northwind - Fabrikam")
                .duration(Duration.ofDays(90))
                .createdAt(T0)
                .build(),
            x -> GranularRelationship.builder().from(x).build()));
  }

  private static <T> Arguments copy(String name, T value, UnaryOperator<T> copier) {
    return Arguments.of(name, value, copier);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copies")
  <T> void builderFromBuildsAnEqualValue(String name, T value, UnaryOperator<T> copier) {
    T copy = copier.apply(value);

    assertThat(copy).isEqualTo(value).hasSameHashCodeAs(value);
    assertThat(copy).hasToString(value.toString());
  }
}
