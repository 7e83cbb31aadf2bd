package dev.partnerkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.model.json.PartnerJson;
import dev.partnerkit.model.validation.ModelValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that the canonical samples are what their documentation and SCENARIOS.md say. */
class SamplesTest {
  /** The built-in sample catalog in the scenario format of SCENARIOS.md. */
  private static final String SCENARIO_CATALOG =
      """
      {"services": [
        {"id": "OFFICE_365_E3", "name": "Office 365 E3", "minLicenses": 1, "maxLicenses": 10000,
         "billingCycles": ["MONTHLY", "ANNUAL"], "trial": {"days": 30, "licenses": 25},
         "upgradesTo": ["OFFICE_365_E5"]},
        {"id": "EXCHANGE_ONLINE", "name": "Exchange Online (Plan 1)", "minLicenses": 1,
         "maxLicenses": 300, "billingCycles": ["MONTHLY", "ANNUAL"],
         "trial": {"days": 30, "licenses": 25}},
        {"id": "SHAREPOINT_ONLINE", "name": "SharePoint Online (Plan 1)", "minLicenses": 1,
         "maxLicenses": 300, "billingCycles": ["MONTHLY", "ANNUAL"],
         "trial": {"days": 30, "licenses": 25}},
        {"id": "TEAMS_ESSENTIALS", "name": "Microsoft Teams Essentials", "minLicenses": 1,
         "maxLicenses": 300, "billingCycles": ["MONTHLY"], "trial": {"days": 30, "licenses": 25}},
        {"id": "DEFENDER_FOR_OFFICE_365", "name": "Microsoft Defender for Office 365 (Plan 1)",
         "minLicenses": 1, "maxLicenses": 300, "billingCycles": ["MONTHLY", "ANNUAL"],
         "addOnTo": "EXCHANGE_ONLINE"},
        {"id": "OFFICE_365_E5", "name": "Office 365 E5", "minLicenses": 1, "maxLicenses": 10000,
         "billingCycles": ["MONTHLY", "ANNUAL", "TRIENNIAL"]},
        {"id": "MICROSOFT_365_BUSINESS_BASIC", "name": "Microsoft 365 Business Basic",
         "minLicenses": 1, "maxLicenses": 300, "billingCycles": ["MONTHLY", "ANNUAL"],
         "trial": {"days": 30, "licenses": 25}, "maxSeatsPerCustomer": 300,
         "upgradesTo": ["MICROSOFT_365_BUSINESS_STANDARD"]},
        {"id": "MICROSOFT_365_BUSINESS_STANDARD", "name": "Microsoft 365 Business Standard",
         "minLicenses": 1, "maxLicenses": 300, "billingCycles": ["MONTHLY", "ANNUAL"],
         "maxSeatsPerCustomer": 300}
      ]}
      """;

  @Test
  void theEpochIsTheStartOf2026() {
    assertThat(Samples.EPOCH).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void theCatalogIsTheBuiltInSampleCatalogOfTheScenarioFormat() {
    ServiceCatalog catalog = Samples.catalog();

    assertThat(catalog).isEqualTo(PartnerJson.fromJson(SCENARIO_CATALOG, ServiceCatalog.class));
    assertThat(catalog.getServices())
        .extracting(
            Service::getId,
            Service::getMinLicenses,
            Service::getMaxLicenses,
            Service::getBillingCycles,
            Service::getTrial,
            Service::getAddOnTo)
        .containsExactly(
            tuple(Samples.OFFICE_365_E3, 1, 10_000, both(), trial(), none()),
            tuple(Samples.EXCHANGE_ONLINE, 1, 300, both(), trial(), none()),
            tuple(Samples.SHAREPOINT_ONLINE, 1, 300, both(), trial(), none()),
            tuple(Samples.TEAMS_ESSENTIALS, 1, 300, Set.of(BillingCycle.MONTHLY), trial(), none()),
            tuple(
                Samples.DEFENDER_FOR_OFFICE_365,
                1,
                300,
                both(),
                Optional.empty(),
                Optional.of(Samples.EXCHANGE_ONLINE)),
            tuple(
                Samples.OFFICE_365_E5,
                1,
                10_000,
                Set.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL, BillingCycle.TRIENNIAL),
                Optional.empty(),
                none()),
            tuple(Samples.MICROSOFT_365_BUSINESS_BASIC, 1, 300, both(), trial(), none()),
            tuple(
                Samples.MICROSOFT_365_BUSINESS_STANDARD, 1, 300, both(), Optional.empty(), none()));
    assertThat(catalog.getServices()).allMatch(s -> s.getConvertsTo().isEmpty());
    assertThat(catalog.find(Samples.DEFENDER_FOR_OFFICE_365).orElseThrow().isAddOn()).isTrue();
    assertThat(Samples.catalog()).isSameAs(catalog);
  }

  @Test
  void partnersCoverEachCertificationSituation() {
    Instant now = Samples.EPOCH;

    assertThat(Samples.NORTHWIND.isAgreementSigned()).isTrue();
    assertThat(Samples.NORTHWIND.isEnrolledAt(Program.CLOUD_ESSENTIALS, now)).isTrue();
    assertThat(Samples.ADATUM.isEnrolledAt(Program.CLOUD_ESSENTIALS, now)).isTrue();
    assertThat(Samples.ADATUM.isEnrolledAt(Program.CLOUD_ACCELERATE, now)).isTrue();
    assertThat(Samples.CONTOSO_UNCERTIFIED.isAgreementSigned()).isTrue();
    assertThat(Samples.CONTOSO_UNCERTIFIED.getEnrollments()).isEmpty();
    assertThat(Samples.PROSEWARE_CHINA.getCloud()).isEqualTo(Cloud.CHINA_21VIANET);
    assertThat(Samples.PROSEWARE_CHINA.isEnrolledAt(Program.CLOUD_ESSENTIALS, now)).isTrue();
    assertThat(Samples.TAILWIND_CSP.isEnrolledAt(Program.CSP_DIRECT, now)).isTrue();
    assertThat(Samples.TAILWIND_CSP.isEnrolledAt(Program.CLOUD_ESSENTIALS, now)).isFalse();
    assertThat(Samples.partners())
        .containsExactly(
            Samples.NORTHWIND,
            Samples.ADATUM,
            Samples.CONTOSO_UNCERTIFIED,
            Samples.PROSEWARE_CHINA,
            Samples.TAILWIND_CSP)
        .allMatch(p -> p.getAuthorizedServices().equals(catalogIds()))
        .extracting(p -> p.getId().value())
        .containsExactly("northwind", "adatum", "contoso", "proseware-china", "tailwind");
  }

  @Test
  void customersCoverEveryCloudAndTakeTheirIdsFromTheirNames() {
    assertThat(Samples.customers())
        .containsExactly(
            Samples.FABRIKAM,
            Samples.WINGTIP,
            Samples.COHO_CHINA,
            Samples.TREY_RESEARCH_GOV,
            Samples.ALPINE_GERMANY)
        .extracting(Customer::getId, Customer::getCloud, Customer::getCountry)
        .containsExactly(
            tuple(CustomerId.fromName("fabrikam"), Cloud.GLOBAL, "US"),
            tuple(CustomerId.fromName("wingtip"), Cloud.GLOBAL, "GB"),
            tuple(CustomerId.fromName("coho-china"), Cloud.CHINA_21VIANET, "CN"),
            tuple(CustomerId.fromName("trey-research-gov"), Cloud.US_GOVERNMENT, "US"),
            tuple(CustomerId.fromName("alpine-germany"), Cloud.GERMANY, "DE"));
    assertThat(Samples.FABRIKAM.getId()).hasToString("cb50a80c-2f3c-3b12-b193-c9b0a3367d3b");
  }

  @Test
  void theOffersFollowTheProgramRules() {
    ServiceCatalog catalog = Samples.catalog();

    assertThat(Samples.offers())
        .containsExactly(
            Samples.TRIAL_INVITATION, Samples.PURCHASE_OFFER, Samples.DELEGATED_ADMIN_INVITATION)
        .allMatch(o -> o.getStatus() == OfferStatus.PENDING)
        .allMatch(o -> Duration.between(o.getSentAt(), o.getExpiresAt()).equals(days(90)));
    // Trial services have trials (TRIAL-3), from a certified partner (ELIG-1).
    assertThat(Samples.TRIAL_INVITATION.getServices())
        .allMatch(id -> catalog.find(id).orElseThrow().getTrial().isPresent());
    assertThat(Samples.TRIAL_INVITATION.isDelegatedAdmin()).isTrue();
    // Lines lie within bounds (OFFER-4) in a supported cycle (OFFER-6), with the add-on's
    // prerequisite in the same offer (OFFER-7), following up the trial (OFFER-10).
    for (OfferLine line : Samples.PURCHASE_OFFER.getLines()) {
      Service service = catalog.find(line.getService()).orElseThrow();
      assertThat(line.getLicenses()).isBetween(service.getMinLicenses(), service.getMaxLicenses());
      assertThat(service.getBillingCycles()).contains(Samples.PURCHASE_OFFER.getBillingCycle());
      service
          .getAddOnTo()
          .ifPresent(
              prerequisite ->
                  assertThat(Samples.PURCHASE_OFFER.getLines())
                      .extracting(OfferLine::getService)
                      .contains(prerequisite));
    }
    assertThat(Samples.PURCHASE_OFFER.getFollowsUp()).contains(Samples.TRIAL_INVITATION.getId());
    assertThat(Samples.PURCHASE_OFFER.getFee().orElseThrow()).hasToString("1950.00 USD");
    assertThat(Samples.DELEGATED_ADMIN_INVITATION.isDelegatedAdmin()).isTrue();
    assertThat(Samples.DELEGATED_ADMIN_INVITATION.getPartner()).isEqualTo(Samples.ADATUM.getId());
  }

  @Test
  void theGrantAndTheRelationshipAreCoherent() {
    DelegationGrant grant = Samples.GRANT;
    GranularRelationship relationship = Samples.RELATIONSHIP;

    assertThat(grant.getOrigin()).isEqualTo(Samples.TRIAL_INVITATION.getId());
    assertThat(grant.getPartner()).isEqualTo(Samples.TRIAL_INVITATION.getPartner());
    assertThat(grant.getCustomer()).isEqualTo(Samples.TRIAL_INVITATION.getCustomer());
    assertThat(grant.getGrantedAt()).isAfter(Samples.TRIAL_INVITATION.getSentAt());
    assertThat(grant.getRevokedAt()).isEmpty();
    assertThat(relationship.getPartner()).isEqualTo(Samples.TAILWIND_CSP.getId());
    assertThat(relationship.getCustomer()).isEqualTo(Samples.FABRIKAM.getId());
    assertThat(relationship.getDuration()).isBetween(days(1), days(730));
    assertThat(relationship.getDisplayName()).hasSizeBetween(1, 50);
    assertThat(relationship.getRoles())
        .containsExactlyInAnyOrder(Role.USER_ADMINISTRATOR, Role.HELPDESK_ADMINISTRATOR);
    assertThat(relationship.isAutoExtending()).isFalse();
    assertThat(relationship.getLockedAt()).isEmpty();
  }

  static Stream<Arguments> allSamples() {
    List<Arguments> samples = new ArrayList<>();
    samples.add(Arguments.of(Samples.catalog(), ServiceCatalog.class));
    Samples.partners().forEach(p -> samples.add(Arguments.of(p, Partner.class)));
    Samples.customers().forEach(c -> samples.add(Arguments.of(c, Customer.class)));
    Samples.offers().forEach(o -> samples.add(Arguments.of(o, Offer.class)));
    samples.add(Arguments.of(Samples.GRANT, DelegationGrant.class));
    samples.add(Arguments.of(Samples.RELATIONSHIP, GranularRelationship.class));
    return samples.stream();
  }

  @ParameterizedTest
  @MethodSource("allSamples")
  void everySampleIsValidAndSurvivesJson(Object sample, Class<?> wireType) {
    assertThat(ModelValidator.validate(sample)).isEmpty();
    assertThat(PartnerJson.fromJson(PartnerJson.toJson(sample), wireType)).isEqualTo(sample);
  }

  @Test
  void theListsAreUnmodifiableAndHoldNoDuplicateIds() {
    assertThatThrownBy(() -> Samples.partners().add(Samples.NORTHWIND))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Samples.customers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Samples.offers().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Samples.partners().stream().map(Partner::getId)).doesNotHaveDuplicates();
    assertThat(Samples.customers().stream().map(Customer::getId)).doesNotHaveDuplicates();
    assertThat(Samples.offers().stream().map(Offer::getId)).doesNotHaveDuplicates();
  }

  private static Set<ServiceId> catalogIds() {
    return Samples.catalog().getServices().stream().map(Service::getId).collect(Collectors.toSet());
  }

  private static Set<BillingCycle> both() {
    return Set.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL);
  }

  private static Optional<TrialTerms> trial() {
    return Optional.of(TrialTerms.of(30, 25));
  }

  private static Optional<ServiceId> none() {
    return Optional.empty();
  }

  private static Duration days(long days) {
    return Duration.ofDays(days);
  }
}
