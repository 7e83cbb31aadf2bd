package dev.partnerkit.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * The checklist of {@code SCENARIOS.md}: one test per construct the format allows, each a small
 * scenario written as the format shows it (its own examples copied verbatim) that must parse and
 * run with the expected result, and one per construct it forbids, which must be refused naming the
 * JSON path and what was expected. {@code src/test/resources/scenarios/FORMAT-COVERAGE.md} maps
 * each construct of the format to its test. This class holds the top level, the catalog and the
 * parties; {@link ScenarioVerbsChecklistTest} the expectations, verbs and checks; {@link
 * ScenarioFormatRefusalsTest} what the format forbids.
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

  static Scenario parse(String json) {
    return ScenarioParser.parse(json, "checklist.json");
  }

  static ScenarioResult run(String json) {
    return ScenarioRunner.run(parse(json));
  }

  static void passes(String json) {
    run(json).assertPassed();
  }
}
