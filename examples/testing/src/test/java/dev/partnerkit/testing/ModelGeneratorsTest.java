package dev.partnerkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.MarketplaceListing;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.model.validation.ModelValidator;
import dev.partnerkit.model.validation.Violation;
import dev.partnerkit.testing.ModelGenerators.InvalidCase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Checks every generator of {@link ModelGenerators} over many generated values: JSON round trips,
 * {@code builder().from(x)} copies, valid values have no violation, and each invalid variant has
 * exactly the violation it announces.
 */
class ModelGeneratorsTest {
  /** Validation builds and walks a validator's metadata; fewer examples keep the run short. */
  private static final int VALIDATION_EXAMPLES = 200;

  /** A generator, the type to decode its values as, and the copy through its builder. */
  private record Kind<T>(
      String name, Gen<T> values, Class<? super T> readAs, UnaryOperator<T> copy) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind<?>> kinds() {
    return Stream.of(
        new Kind<>(
            "Address",
            ModelGenerators.addresses(),
            Address.class,
            x -> Address.builder().from(x).build()),
        new Kind<>(
            "Contact",
            ModelGenerators.contacts(),
            Contact.class,
            x -> Contact.builder().from(x).build()),
        new Kind<>(
            "CompanyProfile",
            ModelGenerators.companyProfiles(),
            CompanyProfile.class,
            x -> CompanyProfile.builder().from(x).build()),
        new Kind<>(
            "Customer",
            ModelGenerators.customers(),
            Customer.class,
            x -> Customer.builder().from(x).build()),
        new Kind<>(
            "ProgramEnrollment",
            ModelGenerators.programEnrollments(),
            ProgramEnrollment.class,
            x -> ProgramEnrollment.builder().from(x).build()),
        new Kind<>(
            "Partner",
            ModelGenerators.partners(),
            Partner.class,
            x -> Partner.builder().from(x).build()),
        new Kind<>(
            "TrialTerms",
            ModelGenerators.trialTerms(),
            TrialTerms.class,
            x -> TrialTerms.builder().from(x).build()),
        new Kind<>(
            "Service",
            ModelGenerators.services(),
            Service.class,
            x -> Service.builder().from(x).build()),
        new Kind<>(
            "ServiceCatalog",
            ModelGenerators.serviceCatalogs(),
            ServiceCatalog.class,
            x -> ServiceCatalog.builder().from(x).build()),
        new Kind<>(
            "OfferLine",
            ModelGenerators.offerLines(),
            OfferLine.class,
            x -> OfferLine.builder().from(x).build()),
        new Kind<>(
            "Money",
            ModelGenerators.money(),
            Money.class,
            x -> Money.of(x.amount(), x.currencyCode())),
        new Kind<>(
            "TrialInvitation",
            ModelGenerators.trialInvitations(),
            Offer.class,
            x -> TrialInvitation.builder().from(x).build()),
        new Kind<>(
            "PurchaseOffer",
            ModelGenerators.purchaseOffers(),
            Offer.class,
            x -> PurchaseOffer.builder().from(x).build()),
        new Kind<>(
            "DelegatedAdminInvitation",
            ModelGenerators.delegatedAdminInvitations(),
            Offer.class,
            x -> DelegatedAdminInvitation.builder().from(x).build()),
        new Kind<>(
            "ResellerInvitation",
            ModelGenerators.resellerInvitations(),
            Offer.class,
            x -> ResellerInvitation.builder().from(x).build()),
        new Kind<>(
            "Offer",
            ModelGenerators.offers(),
            Offer.class,
            x ->
                x.fold(
                    t -> TrialInvitation.builder().from(t).build(),
                    p -> PurchaseOffer.builder().from(p).build(),
                    d -> DelegatedAdminInvitation.builder().from(d).build(),
                    r -> ResellerInvitation.builder().from(r).build())),
        new Kind<>(
            "DelegationGrant",
            ModelGenerators.delegationGrants(),
            DelegationGrant.class,
            x -> DelegationGrant.builder().from(x).build()),
        new Kind<>(
            "PartnerOfRecord",
            ModelGenerators.partnersOfRecord(),
            PartnerOfRecord.class,
            x -> PartnerOfRecord.builder().from(x).build()),
        new Kind<>(
            "Subscription",
            ModelGenerators.subscriptions(),
            Subscription.class,
            x -> Subscription.builder().from(x).build()),
        new Kind<>(
            "ServiceRequest",
            ModelGenerators.serviceRequests(),
            ServiceRequest.class,
            x -> ServiceRequest.builder().from(x).build()),
        new Kind<>(
            "MarketplaceListing",
            ModelGenerators.marketplaceListings(),
            MarketplaceListing.class,
            x -> MarketplaceListing.builder().from(x).build()),
        new Kind<>(
            "AccessAssignment",
            ModelGenerators.accessAssignments(),
            AccessAssignment.class,
            x -> AccessAssignment.builder().from(x).build()),
        new Kind<>(
            "GranularRelationship",
            ModelGenerators.granularRelationships(),
            GranularRelationship.class,
            x -> GranularRelationship.builder().from(x).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  <T> void everyGeneratedValueSurvivesAJsonRoundTrip(Kind<T> kind) {
    qt().forAll(kind.values())
        .checkAssert(
            value ->
                assertThat(PartnerJson.fromJson(PartnerJson.toJson(value), kind.readAs()))
                    .isEqualTo(value));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  <T> void builderFromCopiesEveryGeneratedValue(Kind<T> kind) {
    qt().forAll(kind.values())
        .checkAssert(
            value ->
                assertThat(kind.copy().apply(value)).isEqualTo(value).hasSameHashCodeAs(value));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  <T> void everyGeneratedValueIsValid(Kind<T> kind) {
    qt().withExamples(VALIDATION_EXAMPLES)
        .forAll(kind.values())
        .checkAssert(value -> assertThat(ModelValidator.validate(value)).isEmpty());
  }

  static Stream<Arguments> invalidCases() {
    return Stream.of(
        invalid("Address", Address.class, ModelGenerators.invalidAddresses()),
        invalid("Contact", Contact.class, ModelGenerators.invalidContacts()),
        invalid("CompanyProfile", CompanyProfile.class, ModelGenerators.invalidCompanyProfiles()),
        invalid("Customer", Customer.class, ModelGenerators.invalidCustomers()),
        invalid("Partner", Partner.class, ModelGenerators.invalidPartners()),
        invalid("TrialTerms", TrialTerms.class, ModelGenerators.invalidTrialTerms()),
        invalid("Service", Service.class, ModelGenerators.invalidServices()),
        invalid("ServiceCatalog", ServiceCatalog.class, ModelGenerators.invalidServiceCatalogs()),
        invalid("OfferLine", OfferLine.class, ModelGenerators.invalidOfferLines()),
        invalid("TrialInvitation", Offer.class, ModelGenerators.invalidTrialInvitations()),
        invalid("PurchaseOffer", Offer.class, ModelGenerators.invalidPurchaseOffers()),
        invalid("Offer", Offer.class, ModelGenerators.invalidOffers()),
        invalid("Subscription", Subscription.class, ModelGenerators.invalidSubscriptions()),
        invalid("ServiceRequest", ServiceRequest.class, ModelGenerators.invalidServiceRequests()),
        invalid(
            "MarketplaceListing",
            MarketplaceListing.class,
            ModelGenerators.invalidMarketplaceListings()),
        invalid(
            "AccessAssignment", AccessAssignment.class, ModelGenerators.invalidAccessAssignments()),
        invalid(
            "GranularRelationship",
            GranularRelationship.class,
            ModelGenerators.invalidGranularRelationships()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void everyInvalidVariantHasExactlyTheViolationItAnnounces(
      String type, Class<?> wireType, Gen<InvalidCase<?>> cases) {
    qt().withExamples(VALIDATION_EXAMPLES)
        .forAll(cases)
        .checkAssert(
            bad ->
                assertThat(ModelValidator.validate(bad.value()))
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple(bad.expectedPath(), bad.expectedCode())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void invalidVariantsStillTravelAsJson(String type, Class<?> wireType, Gen<InvalidCase<?>> cases) {
    // Constraints are checked by validators, not by the wire: a bad payload must still be readable
    // so that a server can answer it with every violation at once.
    qt().withExamples(VALIDATION_EXAMPLES)
        .forAll(cases)
        .checkAssert(
            bad ->
                assertThat(PartnerJson.fromJson(PartnerJson.toJson(bad.value()), wireType))
                    .isEqualTo(bad.value()));
  }

  @Test
  void invalidVariantsCoverEveryConstraintTheyDocument() {
    // Over enough draws, each generator reaches every mutation it has.
    assertThat(pathsAndCodes(ModelGenerators.invalidAddresses()))
        .contains(
            "addressLine1 NotBlank",
            "addressLine1 Size",
            "addressLine2 Size",
            "city NotBlank",
            "city Size",
            "state Size",
            "postalCode NotBlank",
            "postalCode Size",
            "country Pattern");
    assertThat(pathsAndCodes(ModelGenerators.invalidContacts()))
        .contains(
            "firstName NotBlank",
            "firstName Size",
            "lastName NotBlank",
            "lastName Size",
            "email NotBlank",
            "email Email",
            "email Size",
            "phoneNumber Size");
    assertThat(pathsAndCodes(ModelGenerators.invalidCustomers()))
        .contains(
            "profile.companyName NotBlank",
            "profile.domain Pattern",
            "profile.domain Size",
            "profile.address.country Pattern",
            "profile.contact.email Email");
    assertThat(pathsAndCodes(ModelGenerators.invalidServices()))
        .contains(
            "name NotBlank",
            "minLicenses Min",
            "maxLicenses Max",
            "billingCycles NotEmpty",
            "trial.days Min",
            "trial.days Max",
            "trial.licenses Min",
            "trial.licenses Max");
    assertThat(pathsAndCodes(ModelGenerators.invalidMarketplaceListings()))
        .contains(
            "headline NotBlank",
            "headline Size",
            "services NotEmpty",
            "expertise[] NotBlank",
            "expertise[] Size",
            "countries NotEmpty",
            "countries[] Pattern");
    assertThat(pathsAndCodes(ModelGenerators.invalidOffers()))
        .contains("services NotEmpty", "lines NotEmpty", "lines[0].licenses Min");
    assertThat(pathsAndCodes(ModelGenerators.invalidGranularRelationships()))
        .contains(
            "displayName Size",
            "accessAssignments[0].securityGroup NotBlank",
            "accessAssignments[0].roles NotEmpty");
  }

  @Test
  void generatorsReachTheCasesThatMatter() {
    List<Customer> customers = sample(ModelGenerators.customers());
    List<Offer> offers = sample(ModelGenerators.offers());
    List<GranularRelationship> relationships = sample(ModelGenerators.granularRelationships());
    List<Service> services = sample(ModelGenerators.services());

    assertThat(customers)
        .extracting(Customer::getCloud)
        .contains(Cloud.GLOBAL, Cloud.GERMANY, Cloud.US_GOVERNMENT, Cloud.CHINA_21VIANET)
        .doesNotContain(Cloud.UNKNOWN);
    assertThat(customers).anyMatch(c -> c.getProfile().getCompanyName().length() == 256);
    assertThat(customers).anyMatch(c -> c.getProfile().getDomain().length() == 253);
    assertThat(offers).anyMatch(o -> o instanceof TrialInvitation);
    assertThat(offers).anyMatch(o -> o instanceof PurchaseOffer);
    assertThat(offers).anyMatch(o -> o instanceof DelegatedAdminInvitation);
    assertThat(offers)
        .extracting(Offer::getStatus)
        .contains(OfferStatus.PENDING, OfferStatus.EXPIRED);
    assertThat(offers)
        .allMatch(o -> o.getClosedAt().isPresent() == (o.getStatus() != OfferStatus.PENDING))
        .allMatch(
            o ->
                o.getClosedAt()
                    .map(c -> !c.isBefore(o.getSentAt()) && !c.isAfter(o.getExpiresAt()))
                    .orElse(true));
    assertThat(relationships)
        .extracting(GranularRelationship::getStatus)
        .contains(
            RelationshipStatus.CREATED, RelationshipStatus.ACTIVE, RelationshipStatus.TERMINATED);
    assertThat(relationships)
        .allMatch(
            r -> !r.isAutoExtending() || r.getAutoExtendDuration().equals(Duration.ofDays(180)))
        .allMatch(r -> !(r.isAutoExtending() && r.getRoles().contains(Role.GLOBAL_ADMINISTRATOR)))
        .allMatch(
            r ->
                r.getActivatedAt()
                    .map(a -> r.getEndsAt().orElseThrow().equals(a.plus(r.getDuration())))
                    .orElse(true))
        .anyMatch(r -> !r.getAccessAssignments().isEmpty())
        // GDAP-12: roles the table does not name are generated too, and kept.
        .anyMatch(r -> r.getRoles().stream().anyMatch(role -> role.getName().isEmpty()))
        .anyMatch(r -> r.getRoles().stream().allMatch(role -> role.getName().isPresent()));
    assertThat(services)
        .anyMatch(s -> s.getAddOnTo().isPresent())
        .anyMatch(s -> s.getTrial().isEmpty());
    assertThat(services)
        .flatExtracting(Service::getBillingCycles)
        .contains(BillingCycle.MONTHLY, BillingCycle.ANNUAL)
        .doesNotContain(BillingCycle.UNKNOWN);
  }

  @Test
  void knownValuesLeaveOutUnknown() {
    assertThat(sample(ModelGenerators.knownValues(Cloud.class)))
        .containsOnly(Cloud.GLOBAL, Cloud.CHINA_21VIANET, Cloud.US_GOVERNMENT, Cloud.GERMANY);
  }

  @Test
  void invalidCasesEmbedIntoTheirContainers() {
    InvalidCase<Address> address =
        new InvalidCase<>(Samples.FABRIKAM.getProfile().getAddress(), "country", "Pattern");

    InvalidCase<String> embedded = address.within("profile.address", Address::getCity);

    assertThat(embedded.value()).isEqualTo("Redmond");
    assertThat(embedded.expectedPath()).isEqualTo("profile.address.country");
    assertThat(embedded.expectedCode()).isEqualTo("Pattern");
  }

  /** Returns 500 values drawn by QuickTheories from the generator. */
  private static <T> List<T> sample(Gen<T> values) {
    List<T> drawn = new ArrayList<>();
    qt().withExamples(500).forAll(values).check(drawn::add);
    return drawn;
  }

  private static List<String> pathsAndCodes(Gen<? extends InvalidCase<?>> cases) {
    return sample(cases).stream()
        .map(c -> c.expectedPath() + " " + c.expectedCode())
        .distinct()
        .collect(Collectors.toList());
  }

  @SuppressWarnings("unchecked")
  private static Arguments invalid(
      String type, Class<?> wireType, Gen<? extends InvalidCase<?>> cases) {
    return Arguments.of(type, wireType, (Gen<InvalidCase<?>>) cases);
  }
}
