package dev.partnerkit.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checklist of {@code SCENARIOS.md}: one test per construct the format allows, each a small
 * scenario written as the format shows it (its own examples copied verbatim) that must parse and
 * run with the expected result, and one per construct it forbids, which must be refused naming the
 * JSON path and what was expected. {@code src/test/resources/scenarios/FORMAT-COVERAGE.md} maps
 * each construct of the format to its test here.
 */
class ScenarioFormatChecklistTest {
  /** The example at the end of SCENARIOS.md, verbatim. */
  static final String FORMAT_EXAMPLE =
      """
      {
        "name": "the customer keeps one delegated admin; the partner of record is chosen apart",
        "rules": ["DA-2", "POR-2", "POR-3"],
        "partners": [
          {"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]},
          {"id": "adatum", "programs": ["CLOUD_ACCELERATE", "CLOUD_ESSENTIALS"]}
        ],
        "customers": [{"id": "fabrikam"}],
        "steps": [
          {"do": "sendTrialInvitation", "id": "t1", "partner": "northwind", "customer": "fabrikam",
           "services": ["EXCHANGE_ONLINE"], "delegatedAdmin": true},
          {"do": "accept", "invitation": "t1", "by": "fabrikam"},
          {"do": "sendDelegatedAdminInvitation", "id": "d2", "partner": "adatum", "customer": "fabrikam"},
          {"do": "accept", "invitation": "d2", "by": "fabrikam", "expect": {"denied": ["DA-2"]}},
          {"do": "designatePartnerOfRecord", "customer": "fabrikam", "partner": "adatum", "by": "fabrikam"},
          {"check": "delegatedAdmins", "customer": "fabrikam", "equals": ["northwind"]},
          {"check": "partnerOfRecord", "customer": "fabrikam", "equals": "adatum"},
          {"do": "revokeDelegation", "customer": "fabrikam", "partner": "northwind", "by": "fabrikam"},
          {"check": "partnerOfRecord", "customer": "fabrikam", "equals": "adatum"},
          {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "ADD_USER",
           "expect": {"denied": ["DA-1"]}},
          {"do": "serviceRequest", "customer": "fabrikam", "by": "fabrikam"}
        ]
      }
      """;

  /** A modern-policy cast ready for new commerce: a CSP direct reseller and an agreed customer. */
  private static final String NCE_CAST =
      """
        "policy": "modern",
        "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]}],
        "customers": [{"id": "fabrikam", "customerAgreement": true}],
        "resellers": [{"partner": "northwind", "customer": "fabrikam"}],
      """;

  @Test
  void theFormatsOwnExample_runsAsWritten() throws IOException {
    passes(FORMAT_EXAMPLE);
    // The copy above is the page's: when the specification is at hand, hold it to the page.
    Path spec = Path.of("../../../shared/domain/SCENARIOS.md");
    Assumptions.assumeTrue(
        Files.isRegularFile(spec), "SCENARIOS.md is not beside the project; compared it by hand");
    String page = Files.readString(spec, StandardCharsets.UTF_8);
    String example = page.substring(page.indexOf("```json\n") + 8, page.lastIndexOf("```"));
    assertThat(FORMAT_EXAMPLE).isEqualTo(example);
  }

  @Test
  void topLevel_optionalKeysTakeTheirDefaults() {
    Scenario scenario =
        parse("{\"name\": \"nothing\", \"partners\": [], \"customers\": [], \"steps\": []}");
    assertThat(scenario.rules()).isEmpty();
    assertThat(scenario.policy().getEra()).isEqualTo(ProgramPolicy.seed().getEra());
    assertThat(scenario.start()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(scenario.catalog()).isEqualTo(Samples.catalog());
    assertThat(scenario.setup()).isEmpty();
    assertThat(ScenarioRunner.run(scenario).passed()).isTrue();
  }

  @Test
  void topLevel_rulesPolicyAndStart() {
    String json =
        """
        {"name": "modern, later", "rules": ["GDAP-1"], "policy": "modern",
         "start": "2030-06-01T00:00:00Z",
         "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "createRelationship", "id": "r1", "partner": "northwind", "customer": "fabrikam",
            "displayName": "ops", "duration": "P730D", "roles": ["USER_ADMINISTRATOR"]},
           {"do": "createRelationship", "id": "r2", "partner": "northwind", "customer": "fabrikam",
            "displayName": "ops two", "duration": "P731D", "roles": ["USER_ADMINISTRATOR"],
            "expect": {"denied": ["GDAP-1"]}}
         ]}
        """;
    Scenario scenario = parse(json);
    assertThat(scenario.rules()).containsExactly("GDAP-1");
    assertThat(scenario.policy().getEra()).isEqualTo(ProgramPolicy.modern().getEra());
    assertThat(scenario.start()).isEqualTo(Instant.parse("2030-06-01T00:00:00Z"));
    ScenarioRunner.run(scenario).assertPassed();
  }

  @Test
  void instants_takeEveryIso8601Form() {
    String template =
        "{\"name\": \"s\", \"start\": \"%s\", \"partners\": [], \"customers\": [], \"steps\": []}";
    assertThat(parse(template.formatted("2030-06-01T00:00Z")).start())
        .isEqualTo(Instant.parse("2030-06-01T00:00:00Z"));
    assertThat(parse(template.formatted("2030-06-01T02:00:00+02:00")).start())
        .isEqualTo(Instant.parse("2030-06-01T00:00:00Z"));
    assertThat(parse(template.formatted("2030-06-01T00:00:00.5Z")).start())
        .isEqualTo(Instant.parse("2030-06-01T00:00:00.500Z"));
  }

  @Test
  void durations_takeEveryIso8601Form() {
    String json =
        """
        {"name": "s", "partners": [], "customers": [], "steps": [
          {"do": "advance", "by": "P31D"}, {"do": "advance", "by": "PT12H"},
          {"do": "advance", "by": "P2Y"}, {"do": "advance", "by": "P1Y2DT3H"},
          {"do": "advance", "by": "P2W"}, {"do": "advance", "by": "P1DT0.5S"}]}
        """;
    assertThat(parse(json).steps())
        .extracting(step -> ((Step.Advance) step).by())
        .containsExactly(
            Duration.ofDays(31),
            Duration.ofHours(12),
            Duration.ofDays(730),
            Duration.ofDays(367).plusHours(3),
            Duration.ofDays(14),
            Duration.ofDays(1).plusMillis(500));
  }

  @Test
  void catalogEntry_theFormatsExampleWithItsOptionalFields() {
    String json =
        """
        {"name": "a catalog of two", "rules": ["OFFER-7", "TRIAL-2"],
         "catalog": [
           {"id": "OFFICE_365_E3", "name": "Office 365 E3", "minLicenses": 1, "maxLicenses": 10000,
            "billingCycles": ["MONTHLY", "ANNUAL"], "trial": {"days": 60, "licenses": 10}},
           {"id": "EXCHANGE_ONLINE", "name": "Exchange Online", "minLicenses": 1,
        "maxLicenses": 300, "billingCycles": ["MONTHLY", "ANNUAL"], "trial": {"days": 30, "licenses": 25},
        "addOnTo": "OFFICE_365_E3", "convertsTo": ["OFFICE_365_E3"]}
         ],
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "sendTrialInvitation", "id": "t1", "partner": "northwind", "customer": "fabrikam",
            "services": ["EXCHANGE_ONLINE"], "expect": {"denied": ["OFFER-7"]}},
           {"do": "sendTrialInvitation", "id": "t2", "partner": "northwind", "customer": "fabrikam",
            "services": ["OFFICE_365_E3", "EXCHANGE_ONLINE"]},
           {"do": "accept", "invitation": "t2", "by": "fabrikam"},
           {"check": "owns", "customer": "fabrikam", "service": "OFFICE_365_E3", "licenses": 10,
            "trial": true},
           {"check": "owns", "customer": "fabrikam", "service": "EXCHANGE_ONLINE", "licenses": 25,
            "trial": true}
         ]}
        """;
    Scenario scenario = parse(json);
    Service exchange = scenario.catalog().find(ServiceId.of("EXCHANGE_ONLINE")).orElseThrow();
    assertThat(exchange.getName()).isEqualTo("Exchange Online");
    assertThat(exchange.getMaxLicenses()).isEqualTo(300);
    assertThat(exchange.getAddOnTo()).contains(ServiceId.of("OFFICE_365_E3"));
    assertThat(exchange.getConvertsTo()).containsExactly(ServiceId.of("OFFICE_365_E3"));
    assertThat(exchange.getTrial()).contains(TrialTerms.of(30, 25));
    // The new-commerce fields' defaults: every term, no upgrade, no cap.
    assertThat(exchange.getTerms()).containsExactlyInAnyOrder(Term.P1M, Term.P1Y, Term.P3Y);
    assertThat(exchange.getUpgradesTo()).isEmpty();
    assertThat(exchange.getMaxSeatsPerCustomer()).isEmpty();
    assertThat(exchange.getMaxSubscriptionsPerCustomer()).isEmpty();
    ScenarioRunner.run(scenario).assertPassed();
  }

  @Test
  void catalogEntry_newCommerceFields() {
    String json =
        """
        {"name": "terms, upgrades and caps from the catalog", "rules": ["NCE-3", "NCE-4", "NCE-12"],
         %s
         "catalog": [
           {"id": "PLAN_A", "name": "Plan A", "minLicenses": 1, "maxLicenses": 50,
            "billingCycles": ["MONTHLY", "ANNUAL", "TRIENNIAL"], "terms": ["P1Y", "P3Y"],
            "upgradesTo": ["PLAN_B"], "maxSeatsPerCustomer": 20, "maxSubscriptionsPerCustomer": 1},
           {"id": "PLAN_B", "name": "Plan B", "minLicenses": 1, "maxLicenses": 50,
            "billingCycles": ["MONTHLY", "ANNUAL", "TRIENNIAL"]}
         ],
         "steps": [
           {"do": "purchase", "id": "a1", "partner": "northwind", "customer": "fabrikam",
            "service": "PLAN_A", "seats": 10, "term": "P1M", "billing": "MONTHLY",
            "expect": {"denied": ["NCE-3"]}},
           {"do": "purchase", "id": "a1", "partner": "northwind", "customer": "fabrikam",
            "service": "PLAN_A", "seats": 10, "term": "P3Y", "billing": "TRIENNIAL"},
           {"do": "purchase", "id": "a2", "partner": "northwind", "customer": "fabrikam",
            "service": "PLAN_A", "seats": 5, "term": "P1Y", "billing": "MONTHLY",
            "expect": {"denied": ["NCE-4"]}},
           {"do": "changeSeats", "subscription": "a1", "by": "northwind", "seats": 25,
            "expect": {"denied": ["NCE-4"]}},
           {"do": "purchase", "id": "b1", "partner": "northwind", "customer": "fabrikam",
            "service": "PLAN_B", "seats": 5, "term": "P1M", "billing": "MONTHLY"},
           {"do": "upgrade", "subscription": "b1", "by": "northwind", "to": "PLAN_A",
            "expect": {"denied": ["NCE-12"]}},
           {"do": "upgrade", "subscription": "a1", "by": "northwind", "to": "PLAN_B"},
           {"check": "subscription", "id": "a1", "service": "PLAN_B", "seats": 10, "term": "P3Y",
            "billing": "TRIENNIAL"}
         ]}
        """
            .formatted(NCE_CAST);
    Scenario scenario = parse(json);
    Service a = scenario.catalog().find(ServiceId.of("PLAN_A")).orElseThrow();
    assertThat(a.getTerms()).containsExactlyInAnyOrder(Term.P1Y, Term.P3Y);
    assertThat(a.getBillingCycles()).contains(BillingCycle.TRIENNIAL);
    ScenarioRunner.run(scenario).assertPassed();
  }

  @Test
  void builtInCatalog_holdsWhatTheFormatSays() {
    ServiceCatalog catalog = Samples.catalog();
    Set<BillingCycle> both = EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL);
    TrialTerms standardTrial = TrialTerms.of(30, 25);
    expectService(catalog, "OFFICE_365_E3", 10000, both, true, List.of("OFFICE_365_E5"), false);
    expectService(catalog, "EXCHANGE_ONLINE", 300, both, true, List.of(), false);
    expectService(catalog, "SHAREPOINT_ONLINE", 300, both, true, List.of(), false);
    expectService(
        catalog, "TEAMS_ESSENTIALS", 300, EnumSet.of(BillingCycle.MONTHLY), true, List.of(), false);
    expectService(catalog, "DEFENDER_FOR_OFFICE_365", 300, both, false, List.of(), false);
    expectService(
        catalog,
        "OFFICE_365_E5",
        10000,
        EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL, BillingCycle.TRIENNIAL),
        false,
        List.of(),
        false);
    expectService(
        catalog,
        "MICROSOFT_365_BUSINESS_BASIC",
        300,
        both,
        true,
        List.of("MICROSOFT_365_BUSINESS_STANDARD"),
        true);
    expectService(catalog, "MICROSOFT_365_BUSINESS_STANDARD", 300, both, false, List.of(), true);
    assertThat(catalog.getServices()).hasSize(8);
    assertThat(catalog.find(ServiceId.of("DEFENDER_FOR_OFFICE_365")).orElseThrow().getAddOnTo())
        .contains(ServiceId.of("EXCHANGE_ONLINE"));
    for (Service service : catalog.getServices()) {
      service.getTrial().ifPresent(t -> assertThat(t).isEqualTo(standardTrial));
    }
  }

  private static void expectService(
      ServiceCatalog catalog,
      String id,
      int max,
      Set<BillingCycle> cycles,
      boolean trial,
      List<String> upgradesTo,
      boolean capped) {
    Service service = catalog.find(ServiceId.of(id)).orElseThrow();
    assertThat(service.getMinLicenses()).as(id).isEqualTo(1);
    assertThat(service.getMaxLicenses()).as(id).isEqualTo(max);
    assertThat(service.getBillingCycles()).as(id).containsExactlyInAnyOrderElementsOf(cycles);
    assertThat(service.getTrial().isPresent()).as(id).isEqualTo(trial);
    assertThat(service.getUpgradesTo())
        .as(id)
        .containsExactlyElementsOf(upgradesTo.stream().map(ServiceId::of).toList());
    assertThat(service.getMaxSeatsPerCustomer().isPresent()).as(id).isEqualTo(capped);
    service.getMaxSeatsPerCustomer().ifPresent(cap -> assertThat(cap).as(id).isEqualTo(300));
    assertThat(service.getTerms()).as(id).containsExactlyInAnyOrder(Term.P1M, Term.P1Y, Term.P3Y);
  }

  @Test
  void builtInCatalog_newCommerceServicesRun() {
    String json =
        """
        {"name": "the built-in new-commerce services", %s
         "steps": [
           {"do": "purchase", "id": "e5", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E5", "seats": 3, "term": "P3Y", "billing": "TRIENNIAL"},
           {"do": "purchase", "id": "t1", "partner": "northwind", "customer": "fabrikam",
            "service": "TEAMS_ESSENTIALS", "seats": 3, "term": "P1Y", "billing": "ANNUAL",
            "expect": {"denied": ["OFFER-6"]}},
           {"do": "purchase", "id": "b1", "partner": "northwind", "customer": "fabrikam",
            "service": "MICROSOFT_365_BUSINESS_BASIC", "seats": 200, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "purchase", "id": "b2", "partner": "northwind", "customer": "fabrikam",
            "service": "MICROSOFT_365_BUSINESS_BASIC", "seats": 101, "term": "P1Y", "billing": "MONTHLY",
            "expect": {"denied": ["NCE-4"]}},
           {"do": "upgrade", "subscription": "b1", "by": "northwind", "to": "MICROSOFT_365_BUSINESS_STANDARD"},
           {"do": "purchase", "id": "e3", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 4, "term": "P1M", "billing": "MONTHLY"},
           {"do": "upgrade", "subscription": "e3", "by": "northwind", "to": "OFFICE_365_E5"},
           {"check": "subscription", "id": "b1", "service": "MICROSOFT_365_BUSINESS_STANDARD"},
           {"check": "subscription", "id": "e3", "service": "OFFICE_365_E5", "term": "P1M"}
         ]}
        """
            .formatted(NCE_CAST);
    passes(json);
  }

  @Test
  void partner_theFormatsExampleAndTheDefaults() {
    String json =
        """
        {"name": "partners as written",
         "partners": [
           {"id": "northwind", "cloud": "GLOBAL", "agreementSigned": true, "programs":
        ["CLOUD_ESSENTIALS"], "services": ["EXCHANGE_ONLINE"]},
           {"id": "adatum"},
           {"id": "contoso", "agreementSigned": false},
           {"id": "litware", "cloud": "CHINA_21VIANET"},
           {"id": "proseware", "cloud": "US_GOVERNMENT"},
           {"id": "tailspin", "cloud": "GERMANY", "programs": ["CLOUD_ESSENTIALS", "CLOUD_ACCELERATE",
            "CLOUD_DEPLOYMENT", "CSP_DIRECT", "CSP_INDIRECT_PROVIDER", "CSP_INDIRECT_RESELLER", "VAR",
            "ADVISOR"]}
         ],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "sendTrialInvitation", "id": "t1", "partner": "northwind", "customer": "fabrikam",
            "services": ["SHAREPOINT_ONLINE"], "expect": {"denied": ["OFFER-3"]}},
           {"do": "sendTrialInvitation", "id": "t2", "partner": "northwind", "customer": "fabrikam",
            "services": ["EXCHANGE_ONLINE"]},
           {"do": "sendTrialInvitation", "id": "t3", "partner": "contoso", "customer": "fabrikam",
            "services": ["SHAREPOINT_ONLINE"], "expect": {"denied": ["OFFER-12"]}},
           {"do": "signAgreement", "partner": "contoso"},
           {"do": "sendTrialInvitation", "id": "t4", "partner": "contoso", "customer": "fabrikam",
            "services": ["SHAREPOINT_ONLINE"]}
         ]}
        """;
    Scenario scenario = parse(json);
    Partner adatum = scenario.partners().get(1);
    assertThat(adatum.getId()).isEqualTo(PartnerId.of("adatum"));
    assertThat(adatum.getCloud()).isEqualTo(Cloud.GLOBAL);
    assertThat(adatum.isAgreementSigned()).isTrue();
    assertThat(adatum.getEnrollments()).isEmpty();
    assertThat(adatum.getAuthorizedServices())
        .containsExactlyInAnyOrderElementsOf(Samples.catalog().byId().keySet());
    assertThat(scenario.partners().get(0).getAuthorizedServices())
        .containsExactly(ServiceId.of("EXCHANGE_ONLINE"));
    assertThat(scenario.partners())
        .extracting(Partner::getCloud)
        .containsExactly(
            Cloud.GLOBAL,
            Cloud.GLOBAL,
            Cloud.GLOBAL,
            Cloud.CHINA_21VIANET,
            Cloud.US_GOVERNMENT,
            Cloud.GERMANY);
    assertThat(scenario.partners().get(5).getEnrollments()).hasSize(8);
    ScenarioRunner.run(scenario).assertPassed();
  }

  @Test
  void customerAndResellers_theFormatsExamples() {
    String json =
        """
        {"name": "the customer agreement and the reseller relationship", "rules": ["NCE-1", "NCE-2"],
         "policy": "modern",
         "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]},
                      {"id": "adatum", "programs": ["CSP_DIRECT"]}],
         "customers": [{"id": "fabrikam", "cloud": "GLOBAL", "customerAgreement": false},
                       {"id": "wingtip", "customerAgreement": true}],
         "resellers": [{"partner": "northwind", "customer": "fabrikam"}],
         "steps": [
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 5, "term": "P1Y", "billing": "MONTHLY",
            "expect": {"denied": ["NCE-2"]}},
           {"do": "acceptCustomerAgreement", "customer": "fabrikam", "by": "fabrikam",
            "date": "2026-06-01T00:00:00Z", "expect": {"denied": ["NCE-2"]}},
           {"do": "acceptCustomerAgreement", "customer": "fabrikam", "by": "fabrikam"},
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 5, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "purchase", "id": "s2", "partner": "adatum", "customer": "wingtip",
            "service": "OFFICE_365_E3", "seats": 5, "term": "P1Y", "billing": "MONTHLY",
            "expect": {"denied": ["NCE-1"]}},
           {"do": "sendResellerInvitation", "id": "ri", "partner": "adatum", "customer": "wingtip"},
           {"do": "accept", "invitation": "ri", "by": "wingtip"},
           {"check": "invitation", "id": "ri", "status": "ACCEPTED"},
           {"do": "purchase", "id": "s2", "partner": "adatum", "customer": "wingtip",
            "service": "OFFICE_365_E3", "seats": 5, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "sendResellerInvitation", "id": "ri2", "partner": "adatum", "customer": "fabrikam"},
           {"do": "decline", "invitation": "ri2", "by": "fabrikam"},
           {"check": "invitation", "id": "ri2", "status": "DECLINED"},
           {"do": "acceptCustomerAgreement", "customer": "wingtip", "by": "adatum",
            "date": "2025-12-01T00:00:00Z"}
         ]}
        """;
    Scenario scenario = parse(json);
    assertThat(scenario.customers().get(0).getCloud()).isEqualTo(Cloud.GLOBAL);
    ScenarioRunner.run(scenario).assertPassed();
  }

  @Test
  void expect_defaultAllowedDeniedAsASubsetAndADeniedActionChangesNothing() {
    String cast =
        """
        {"name": "expectations",
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]}, {"id": "adatum"}],
         "customers": [{"id": "fabrikam"}],
         "steps": [%s]}
        """;
    String steps =
        """
        {"do": "sendTrialInvitation", "id": "t1", "partner": "northwind", "customer": "fabrikam",
         "services": ["EXCHANGE_ONLINE"]},
        {"do": "sendTrialInvitation", "id": "t2", "partner": "northwind", "customer": "fabrikam",
         "services": ["SHAREPOINT_ONLINE"], "expect": "allowed"},
        {"do": "sendTrialInvitation", "id": "t3", "partner": "adatum", "customer": "fabrikam",
         "services": [], "delegatedAdmin": true, "expect": {"denied": ["OFFER-1"]}},
        {"do": "accept", "invitation": "t3", "by": "fabrikam", "expect": {"denied": ["OFFER-8"]}},
        {"check": "delegatedAdmins", "customer": "fabrikam", "equals": []}
        """;
    passes(cast.formatted(steps));
    // The same expectations, each turned the wrong way, fail.
    assertThat(
            run(cast.formatted(
                    steps.replace(
                        "\"expect\": \"allowed\"", "\"expect\": {\"denied\": [\"OFFER-3\"]}")))
                .passed())
        .isFalse();
    assertThat(
            run(cast.formatted(steps.replace("[\"OFFER-1\"]", "[\"OFFER-1\", \"TRIAL-3\"]")))
                .passed())
        .isFalse();
    assertThat(
            run(cast.formatted(steps.replace(", \"expect\": {\"denied\": [\"OFFER-8\"]}", "")))
                .passed())
        .isFalse();
  }

  @Test
  void seedVerbs_everyOneWithItsFields() {
    String json =
        """
        {"name": "every seed verb", "rules": ["ELIG-3", "DA-9", "POR-6"],
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]},
                      {"id": "adatum", "agreementSigned": false}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "signAgreement", "partner": "adatum"},
           {"do": "enroll", "partner": "adatum", "program": "CLOUD_ESSENTIALS"},
           {"do": "withdraw", "partner": "adatum", "program": "CLOUD_ESSENTIALS"},
           {"do": "sendTrialInvitation", "id": "t1", "partner": "northwind", "customer": "fabrikam",
            "services": ["EXCHANGE_ONLINE"]},
           {"do": "decline", "invitation": "t1", "by": "fabrikam"},
           {"check": "invitation", "id": "t1", "status": "DECLINED"},
           {"do": "sendTrialInvitation", "id": "t2", "partner": "northwind", "customer": "fabrikam",
            "services": ["SHAREPOINT_ONLINE"], "delegatedAdmin": true},
           {"do": "revoke", "invitation": "t2", "by": "northwind"},
           {"check": "invitation", "id": "t2", "status": "REVOKED"},
           {"do": "sendTrialInvitation", "id": "t3", "partner": "northwind", "customer": "fabrikam",
            "services": ["TEAMS_ESSENTIALS"], "delegatedAdmin": false},
           {"do": "accept", "invitation": "t3", "by": "fabrikam"},
           {"check": "invitation", "id": "t3", "status": "ACCEPTED"},
           {"check": "owns", "customer": "fabrikam", "service": "TEAMS_ESSENTIALS", "trial": true},
           {"do": "sendPurchaseOffer", "id": "p1", "partner": "northwind", "customer": "fabrikam",
            "lines": [{"service": "TEAMS_ESSENTIALS", "licenses": 5}], "billing": "MONTHLY",
            "followsUp": "t3"},
           {"do": "accept", "invitation": "p1", "by": "fabrikam"},
           {"check": "owns", "customer": "fabrikam", "service": "TEAMS_ESSENTIALS", "licenses": 5,
            "trial": false},
           {"do": "sendPurchaseOffer", "id": "p2", "partner": "northwind", "customer": "fabrikam",
            "lines": [{"service": "SHAREPOINT_ONLINE", "licenses": 10}], "billing": "ANNUAL",
            "delegatedAdmin": true},
           {"do": "accept", "invitation": "p2", "by": "fabrikam"},
           {"check": "owns", "customer": "fabrikam", "service": "SHAREPOINT_ONLINE", "licenses": 10},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": ["northwind"]},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "SET_UP_MAILBOX"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "ADD_USER"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "REMOVE_USER"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "ADD_GROUP"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "REMOVE_GROUP"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "RESET_PASSWORD"},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "MIGRATE_DATA"},
           {"do": "serviceRequest", "customer": "fabrikam", "by": "fabrikam"},
           {"do": "serviceRequest", "customer": "fabrikam", "by": "northwind"},
           {"do": "designatePartnerOfRecord", "customer": "fabrikam", "partner": "northwind",
            "by": "fabrikam"},
           {"check": "partnerOfRecord", "customer": "fabrikam", "equals": "northwind"},
           {"do": "resignPartnerOfRecord", "customer": "fabrikam", "by": "northwind"},
           {"check": "partnerOfRecord", "customer": "fabrikam", "equals": null},
           {"do": "designatePartnerOfRecord", "customer": "fabrikam", "partner": "adatum",
            "by": "fabrikam"},
           {"do": "removePartnerOfRecord", "customer": "fabrikam", "by": "fabrikam"},
           {"check": "partnerOfRecord", "customer": "fabrikam", "equals": null},
           {"do": "relinquishDelegation", "customer": "fabrikam", "by": "northwind"},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": []},
           {"do": "sendDelegatedAdminInvitation", "id": "d1", "partner": "northwind",
            "customer": "fabrikam"},
           {"do": "accept", "invitation": "d1", "by": "fabrikam"},
           {"do": "revokeDelegation", "customer": "fabrikam", "partner": "northwind", "by": "fabrikam"},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": []},
           {"do": "sendDelegatedAdminInvitation", "id": "d2", "partner": "northwind",
            "customer": "fabrikam"},
           {"check": "invitation", "id": "d2", "status": "PENDING"},
           {"do": "advance", "by": "P90D"},
           {"do": "advance", "by": "PT12H"},
           {"check": "invitation", "id": "d2", "status": "EXPIRED"}
         ]}
        """;
    passes(json);
  }

  @Test
  void relationshipVerbs_everyOneWithItsFields() {
    String json =
        """
        {"name": "every relationship verb", "rules": ["GDAP-6", "GDAP-7", "GDAP-11"],
         "policy": "modern",
         "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "createRelationship", "id": "r1", "partner": "northwind", "customer": "fabrikam",
            "displayName": "Fabrikam operations", "duration": "P1Y",
            "roles": ["USER_ADMINISTRATOR", "GLOBAL_ADMINISTRATOR"]},
           {"check": "relationship", "id": "r1", "status": "created"},
           {"do": "updateRelationship", "id": "r1", "by": "northwind", "displayName": "Fabrikam ops",
            "duration": "P180D", "roles": ["USER_ADMINISTRATOR", "GLOBAL_ADMINISTRATOR",
            "HELPDESK_ADMINISTRATOR"], "autoExtend": "PT0S"},
           {"do": "lockForApproval", "id": "r1", "by": "northwind"},
           {"check": "relationship", "id": "r1", "status": "approvalPending"},
           {"do": "approveRelationship", "id": "r1", "by": "fabrikam"},
           {"check": "relationship", "id": "r1", "status": "active"},
           {"do": "removeRole", "id": "r1", "by": "northwind", "role": "GLOBAL_ADMINISTRATOR"},
           {"do": "assignAccess", "relationship": "r1", "by": "northwind", "group": "Helpdesk agents",
            "roles": ["USER_ADMINISTRATOR"]},
           {"do": "adminTask", "partner": "northwind", "customer": "fabrikam", "task": "ADD_USER"},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": ["northwind"]},
           {"do": "terminateRelationship", "id": "r1", "by": "fabrikam"},
           {"check": "relationship", "id": "r1", "status": "terminated"},
           {"do": "createRelationship", "id": "r2", "partner": "northwind", "customer": "fabrikam",
            "displayName": "Fabrikam helpdesk", "duration": "P90D",
            "roles": ["HELPDESK_ADMINISTRATOR"], "autoExtend": "P180D"},
           {"do": "deleteRelationship", "id": "r2", "by": "northwind"},
           {"do": "createRelationship", "id": "r3", "partner": "northwind", "customer": "fabrikam",
            "displayName": "Fabrikam short", "duration": "P1D", "roles": ["EXCHANGE_ADMINISTRATOR"]},
           {"do": "lockForApproval", "id": "r3", "by": "northwind"},
           {"do": "approveRelationship", "id": "r3", "by": "fabrikam"},
           {"do": "advance", "by": "P2D"},
           {"check": "relationship", "id": "r3", "status": "expired"}
         ]}
        """;
    passes(json);
  }

  @Test
  void newCommerceVerbs_everyOneWithItsFields() {
    String json =
        """
        {"name": "every new-commerce verb", "rules": ["NCE-5", "NCE-6", "NCE-8", "NCE-13", "NCE-14"],
         "policy": "modern",
         "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "sendResellerInvitation", "id": "ri", "partner": "northwind", "customer": "fabrikam"},
           {"do": "accept", "invitation": "ri", "by": "fabrikam"},
           {"do": "acceptCustomerAgreement", "customer": "fabrikam", "by": "northwind"},
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 10, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "changeSeats", "subscription": "s1", "by": "northwind", "seats": 12},
           {"do": "changeSeats", "subscription": "s1", "by": "northwind", "seats": 11},
           {"do": "setAutoRenew", "subscription": "s1", "by": "northwind", "enabled": false},
           {"check": "subscription", "id": "s1", "autoRenew": false},
           {"do": "setAutoRenew", "subscription": "s1", "by": "northwind", "enabled": true},
           {"do": "scheduleChange", "subscription": "s1", "by": "northwind", "seats": 15},
           {"do": "scheduleChange", "subscription": "s1", "by": "northwind", "term": "P3Y",
            "billing": "ANNUAL"},
           {"do": "scheduleChange", "subscription": "s1", "by": "northwind",
            "service": "OFFICE_365_E5"},
           {"do": "changeTerm", "subscription": "s1", "by": "northwind", "term": "P3Y"},
           {"do": "changeTerm", "subscription": "s1", "by": "northwind", "billing": "ANNUAL"},
           {"check": "subscription", "id": "s1", "term": "P3Y", "billing": "ANNUAL"},
           {"do": "suspend", "subscription": "s1", "by": "northwind"},
           {"check": "subscription", "id": "s1", "status": "suspended", "autoRenew": false},
           {"do": "reactivate", "subscription": "s1", "by": "northwind"},
           {"check": "subscription", "id": "s1", "status": "active", "autoRenew": false},
           {"do": "upgrade", "subscription": "s1", "by": "northwind", "to": "OFFICE_365_E5",
            "seats": 4, "id": "s2"},
           {"check": "subscription", "id": "s2", "service": "OFFICE_365_E5", "seats": 4},
           {"check": "subscription", "id": "s1", "service": "OFFICE_365_E3", "seats": 7},
           {"do": "purchase", "id": "s3", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 5, "term": "P1M", "billing": "MONTHLY"},
           {"do": "cancelSubscription", "subscription": "s3", "by": "northwind"},
           {"check": "subscription", "id": "s3", "status": "deleted"},
           {"do": "purchase", "id": "t1", "partner": "northwind", "customer": "fabrikam",
            "service": "SHAREPOINT_ONLINE", "trial": true},
           {"do": "convertTrial", "subscription": "t1", "by": "northwind", "seats": 25,
            "term": "P1Y", "billing": "ANNUAL"},
           {"check": "subscription", "id": "t1", "trial": false, "service": "SHAREPOINT_ONLINE",
            "seats": 25, "term": "P1Y", "billing": "ANNUAL"},
           {"do": "purchase", "id": "t2", "partner": "northwind", "customer": "fabrikam",
            "service": "EXCHANGE_ONLINE", "trial": true},
           {"do": "convertTrial", "subscription": "t2", "by": "northwind", "seats": 30,
            "term": "P1M", "billing": "MONTHLY", "service": "EXCHANGE_ONLINE"},
           {"check": "subscription", "id": "t2", "trial": false, "seats": 30},
           {"do": "purchase", "id": "b1", "partner": "northwind", "customer": "fabrikam",
            "service": "MICROSOFT_365_BUSINESS_BASIC", "seats": 10, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "purchase", "id": "b2", "partner": "northwind", "customer": "fabrikam",
            "service": "MICROSOFT_365_BUSINESS_STANDARD", "seats": 5, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "advance", "by": "P7D"},
           {"do": "upgrade", "subscription": "b1", "by": "northwind",
            "to": "MICROSOFT_365_BUSINESS_STANDARD", "seats": 4, "into": "b2"},
           {"check": "subscription", "id": "b2", "seats": 9}
         ]}
        """;
    passes(json);
  }

  @Test
  void by_mayNameAnyoneAndTheRulesDecide() {
    String json =
        """
        {"name": "the rules decide who may act",
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "sendDelegatedAdminInvitation", "id": "d1", "partner": "northwind",
            "customer": "fabrikam"},
           {"do": "accept", "invitation": "d1", "by": "northwind", "expect": {"denied": ["DA-6"]}},
           {"do": "designatePartnerOfRecord", "customer": "fabrikam", "partner": "northwind",
            "by": "northwind", "expect": {"denied": ["POR-1"]}}
         ]}
        """;
    passes(json);
  }

  @Test
  void seedPolicy_deniesGranularAndNewCommerceWithPolicy1() {
    String json =
        """
        {"name": "the seed has no granular relationships and no new commerce", "rules": ["POLICY-1"],
         "partners": [{"id": "northwind", "programs": ["CLOUD_ESSENTIALS"]}],
         "customers": [{"id": "fabrikam"}],
         "steps": [
           {"do": "createRelationship", "id": "r1", "partner": "northwind", "customer": "fabrikam",
            "displayName": "ops", "duration": "P30D", "roles": ["USER_ADMINISTRATOR"],
            "expect": {"denied": ["POLICY-1"]}},
           {"do": "sendResellerInvitation", "id": "ri", "partner": "northwind",
            "customer": "fabrikam", "expect": {"denied": ["POLICY-1"]}},
           {"do": "acceptCustomerAgreement", "customer": "fabrikam", "by": "fabrikam",
            "expect": {"denied": ["POLICY-1"]}},
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 5, "term": "P1Y", "billing": "MONTHLY",
            "expect": {"denied": ["POLICY-1"]}}
         ]}
        """;
    passes(json);
  }

  @Test
  void checks_delegatedAdminsInAnyOrderAndOwnsSumsNewCommerceSeats() {
    String json =
        """
        {"name": "checks", "policy": "modern",
         "partners": [{"id": "northwind", "programs": ["CSP_DIRECT"]},
                      {"id": "adatum", "programs": ["CSP_DIRECT"]}],
         "customers": [{"id": "fabrikam", "customerAgreement": true}],
         "resellers": [{"partner": "northwind", "customer": "fabrikam"}],
         "steps": [
           {"do": "sendDelegatedAdminInvitation", "id": "d1", "partner": "northwind",
            "customer": "fabrikam"},
           {"do": "sendDelegatedAdminInvitation", "id": "d2", "partner": "adatum",
            "customer": "fabrikam"},
           {"do": "accept", "invitation": "d1", "by": "fabrikam"},
           {"do": "accept", "invitation": "d2", "by": "fabrikam"},
           {"check": "delegatedAdmins", "customer": "fabrikam", "equals": ["adatum", "northwind"]},
           {"check": "partnerOfRecord", "customer": "fabrikam", "equals": null},
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "EXCHANGE_ONLINE", "seats": 10, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "purchase", "id": "s2", "partner": "northwind", "customer": "fabrikam",
            "service": "EXCHANGE_ONLINE", "seats": 3, "term": "P1M", "billing": "MONTHLY"},
           {"do": "suspend", "subscription": "s2", "by": "northwind"},
           {"do": "purchase", "id": "s3", "partner": "northwind", "customer": "fabrikam",
            "service": "EXCHANGE_ONLINE", "seats": 4, "term": "P1M", "billing": "MONTHLY"},
           {"do": "cancelSubscription", "subscription": "s3", "by": "northwind"},
           {"check": "owns", "customer": "fabrikam", "service": "EXCHANGE_ONLINE", "licenses": 13},
           {"check": "subscription", "id": "s1", "status": "active", "service": "EXCHANGE_ONLINE",
            "seats": 10, "term": "P1Y", "billing": "MONTHLY", "autoRenew": true, "trial": false,
            "termEnd": "2027-01-01T00:00:00Z"},
           {"check": "subscription", "id": "s2"}
         ]}
        """;
    passes(json);
    // A check that does not hold is a mismatch, not an error.
    assertThat(run(json.replace("\"licenses\": 13", "\"licenses\": 17")).passed()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "an unknown top-level key|{\"name\": \"n\", \"comment\": \"x\", \"partners\": [],"
            + " \"customers\": [], \"steps\": []}|$.comment|expected only the fields",
        "a missing required key|{\"name\": \"n\", \"partners\": [], \"customers\": []}"
            + "|$.steps|expected a value, but the field is missing",
        "a comment (JSON has none)|{\"name\": \"n\", /* why */ \"partners\": [], \"customers\": [],"
            + " \"steps\": []}|$|expected well-formed JSON",
        "two documents in one file|{\"name\": \"n\", \"partners\": [], \"customers\": [], \"steps\":"
            + " []} {\"name\": \"m\"}|$|expected well-formed JSON",
        "a key given twice|{\"name\": \"n\", \"name\": \"m\", \"partners\": [], \"customers\": [],"
            + " \"steps\": []}|$|Duplicate field 'name'",
        "a verb in another case|{\"name\": \"n\", \"partners\": [], \"customers\": [],"
            + " \"steps\": [{\"do\": \"Advance\", \"by\": \"P1D\"}]}|$.steps[0].do|expected one of",
        "an unknown policy|{\"name\": \"n\", \"policy\": \"Modern\", \"partners\": [],"
            + " \"customers\": [], \"steps\": []}|$.policy|expected \"seed\" or \"modern\"",
        "a rule id RULES.md lacks|{\"name\": \"n\", \"rules\": [\"DA-99\"], \"partners\": [],"
            + " \"customers\": [], \"steps\": []}|$.rules[0]|expected a rule id from RULES.md",
        "expect on a check|{\"name\": \"n\", \"partners\": [], \"customers\": [{\"id\": \"f\"}],"
            + " \"steps\": [{\"check\": \"partnerOfRecord\", \"customer\": \"f\", \"equals\": null,"
            + " \"expect\": \"allowed\"}]}|$.steps[0].expect|expected no \"expect\" on a check step",
        "expect on an advance|{\"name\": \"n\", \"partners\": [], \"customers\": [], \"steps\":"
            + " [{\"do\": \"advance\", \"by\": \"P1D\", \"expect\": {\"denied\": [\"DA-1\"]}}]}"
            + "|$.steps[0].expect|expected no \"expect\" on an advance step",
        "an expectation other than allowed or denied|{\"name\": \"n\", \"partners\": [{\"id\":"
            + " \"p\"}], \"customers\": [], \"steps\": [{\"do\": \"signAgreement\", \"partner\":"
            + " \"p\", \"expect\": \"denied\"}]}|$.steps[0].expect|expected \"allowed\" or",
        "both do and check|{\"name\": \"n\", \"partners\": [], \"customers\": [], \"steps\":"
            + " [{\"do\": \"advance\", \"check\": \"owns\"}]}|$.steps[0]|exactly one of",
        "an updateRelationship changing nothing|{\"name\": \"n\", \"policy\": \"modern\","
            + " \"partners\": [{\"id\": \"p\"}], \"customers\": [], \"steps\": [{\"do\":"
            + " \"updateRelationship\", \"id\": \"r1\", \"by\": \"p\"}]}|$.steps[0]"
            + "|expected one or more of \"displayName\", \"duration\", \"roles\", \"autoExtend\"",
        "a triennial purchase offer|{\"name\": \"n\", \"partners\": [{\"id\": \"p\"}],"
            + " \"customers\": [{\"id\": \"f\"}], \"steps\": [{\"do\": \"sendPurchaseOffer\","
            + " \"id\": \"o\", \"partner\": \"p\", \"customer\": \"f\", \"lines\": [{\"service\":"
            + " \"EXCHANGE_ONLINE\", \"licenses\": 1}], \"billing\": \"TRIENNIAL\"}]}"
            + "|$.steps[0].billing|expected one of [MONTHLY, ANNUAL]",
        "a trial purchase with a term|{\"name\": \"n\", \"policy\": \"modern\", \"partners\":"
            + " [{\"id\": \"p\"}], \"customers\": [{\"id\": \"f\"}], \"steps\": [{\"do\":"
            + " \"purchase\", \"id\": \"t\", \"partner\": \"p\", \"customer\": \"f\", \"service\":"
            + " \"EXCHANGE_ONLINE\", \"trial\": true, \"term\": \"P1Y\"}]}|$.steps[0].term"
            + "|expected no \"seats\", \"term\" or \"billing\" on a trial purchase",
        "a convertTrial without its billing|{\"name\": \"n\", \"policy\": \"modern\", \"partners\":"
            + " [{\"id\": \"p\"}], \"customers\": [{\"id\": \"f\"}], \"steps\": [{\"do\":"
            + " \"purchase\", \"id\": \"t\", \"partner\": \"p\", \"customer\": \"f\", \"service\":"
            + " \"EXCHANGE_ONLINE\", \"trial\": true}, {\"do\": \"convertTrial\", \"subscription\":"
            + " \"t\", \"by\": \"p\", \"seats\": 25, \"term\": \"P1Y\"}]}|$.steps[1].billing"
            + "|expected a value, but the field is missing",
        "an invitation status in lower case|{\"name\": \"n\", \"partners\": [], \"customers\": [],"
            + " \"steps\": [{\"check\": \"invitation\", \"id\": \"i\", \"status\": \"pending\"}]}"
            + "|$.steps[0].status|expected one of PENDING, ACCEPTED",
        "a relationship status in upper case|{\"name\": \"n\", \"partners\": [], \"customers\":"
            + " [], \"steps\": [{\"check\": \"relationship\", \"id\": \"r\", \"status\":"
            + " \"ACTIVE\"}]}|$.steps[0].status|expected one of created, approvalPending",
        "a relationship status outside the check's list|{\"name\": \"n\", \"partners\": [],"
            + " \"customers\": [], \"steps\": [{\"check\": \"relationship\", \"id\": \"r\","
            + " \"status\": \"expiring\"}]}|$.steps[0].status|expected one of created",
        "a by naming no declared party|{\"name\": \"n\", \"partners\": [], \"customers\":"
            + " [{\"id\": \"f\"}], \"steps\": [{\"do\": \"serviceRequest\", \"customer\": \"f\","
            + " \"by\": \"stranger\"}]}|$.steps[0].by|expected the name of a partner or customer",
      })
  void whatTheFormatDoesNotAllow_isRefusedNamingThePathAndWhatWasExpected(
      String construct, String json, String path, String expected) {
    assertThatThrownBy(() -> parse(json))
        .as(construct)
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining(expected)
        .extracting(e -> ((ScenarioFormatException) e).getPath())
        .isEqualTo(path);
  }

  private static Scenario parse(String json) {
    return ScenarioParser.parse(json, "checklist.json");
  }

  private static ScenarioResult run(String json) {
    return ScenarioRunner.run(parse(json));
  }

  private static void passes(String json) {
    run(json).assertPassed();
  }
}
