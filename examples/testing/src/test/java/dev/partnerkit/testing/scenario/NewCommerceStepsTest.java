package dev.partnerkit.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The new-commerce parts of the scenario format, read by {@link ScenarioParser}. */
class NewCommerceStepsTest {
  static final CustomerId FABRIKAM = CustomerId.fromName("fabrikam");
  static final CustomerId WINGTIP = CustomerId.fromName("wingtip");

  static String scenario(String steps) {
    return """
        {"name": "n", "policy": "modern",
         "partners": [{"id": "northwind"}],
         "customers": [{"id": "fabrikam", "customerAgreement": true}, {"id": "wingtip"}],
         "resellers": [{"partner": "northwind", "customer": "fabrikam"}],
         "steps": [
           {"do": "purchase", "id": "s1", "partner": "northwind", "customer": "fabrikam",
            "service": "OFFICE_365_E3", "seats": 10, "term": "P1Y", "billing": "MONTHLY"},
           {"do": "purchase", "id": "w1", "partner": "northwind", "customer": "wingtip",
            "service": "OFFICE_365_E3", "trial": true}%s
         ]}
        """
        .formatted(steps.isEmpty() ? "" : ",\n" + steps);
  }

  static Action action(Scenario scenario, int index) {
    return ((Step.Act) scenario.steps().get(index)).action();
  }

  @Test
  void resellersAndRecordedAgreementsAreTheStartsSetUp() {
    Scenario scenario = ScenarioParser.parse(scenario(""), "s");

    assertThat(scenario.setup())
        .containsExactly(
            new Action.AddReseller(PartnerId.of("northwind"), FABRIKAM),
            new Action.AcceptCustomerAgreement(
                FABRIKAM, Actor.customer(FABRIKAM), ScenarioParser.DEFAULT_START));
  }

  @Test
  void eachStepNamesTheCustomerOfTheStepThatCreatedItsSubscription() {
    Scenario scenario =
        ScenarioParser.parse(
            scenario(
                """
                {"do": "changeSeats", "subscription": "w1", "by": "northwind", "seats": 30},
                {"do": "upgrade", "subscription": "s1", "by": "northwind",
                 "to": "OFFICE_365_E5", "seats": 4, "id": "s2"},
                {"do": "suspend", "subscription": "s2", "by": "fabrikam"},
                {"do": "convertTrial", "subscription": "w1", "by": "northwind", "seats": 25,
                 "term": "P1Y", "billing": "ANNUAL"}
                """),
            "s");

    assertThat(action(scenario, 2))
        .isEqualTo(
            new Action.ChangeSeats(
                WINGTIP, SubscriptionId.of("w1"), Actor.partner(PartnerId.of("northwind")), 30));
    assertThat(action(scenario, 3))
        .isEqualTo(
            new Action.Upgrade(
                FABRIKAM,
                SubscriptionId.of("s1"),
                Actor.partner(PartnerId.of("northwind")),
                ServiceId.of("OFFICE_365_E5"),
                OptionalInt.of(4),
                Optional.empty(),
                Optional.of(SubscriptionId.of("s2"))));
    assertThat(action(scenario, 4))
        .isEqualTo(new Action.Suspend(FABRIKAM, SubscriptionId.of("s2"), Actor.customer(FABRIKAM)));
    assertThat(action(scenario, 5))
        .isEqualTo(
            new Action.ConvertTrial(
                PartnerId.of("northwind"),
                WINGTIP,
                SubscriptionId.of("w1"),
                ServiceId.of("OFFICE_365_E3"),
                25,
                dev.partnerkit.model.BillingCycle.ANNUAL,
                Optional.of(Term.P1Y)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"do\": \"cancelSubscription\", \"subscription\": \"nope\", \"by\": \"northwind\"}"
            + "|$.steps[2].subscription|the id of a subscription created by an earlier step",
        "{\"check\": \"subscription\", \"id\": \"nope\"}"
            + "|$.steps[2].id|the id of a subscription created by an earlier step",
        "{\"check\": \"subscription\", \"id\": \"s1\", \"status\": \"gone\"}"
            + "|$.steps[2].status|expected one of [active, expired, disabled, suspended, deleted]",
        "{\"do\": \"purchase\", \"id\": \"t\", \"partner\": \"northwind\", \"customer\":"
            + " \"fabrikam\", \"service\": \"OFFICE_365_E3\", \"trial\": true, \"seats\": 3}"
            + "|$.steps[2].seats|expected no \"seats\", \"term\" or \"billing\" on a trial",
        "{\"do\": \"purchase\", \"id\": \"t\", \"partner\": \"northwind\", \"customer\":"
            + " \"fabrikam\", \"service\": \"OFFICE_365_E3\", \"seats\": 3, \"billing\":"
            + " \"MONTHLY\"}"
            + "|$.steps[2].term|expected a value, but the field is missing",
        "{\"do\": \"purchase\", \"id\": \"t\", \"partner\": \"northwind\", \"customer\":"
            + " \"fabrikam\", \"service\": \"OFFICE_365_E3\", \"seats\": 3, \"term\": \"P2Y\","
            + " \"billing\": \"MONTHLY\"}"
            + "|$.steps[2].term|expected one of [P1M, P1Y, P3Y], but got \"P2Y\"",
        "{\"do\": \"scheduleChange\", \"subscription\": \"s1\", \"by\": \"northwind\"}"
            + "|$.steps[2]|expected one or more of \"seats\", \"term\", \"billing\", \"service\"",
        "{\"do\": \"changeTerm\", \"subscription\": \"s1\", \"by\": \"northwind\"}"
            + "|$.steps[2]|expected \"term\", \"billing\" or both",
        "{\"do\": \"upgrade\", \"subscription\": \"s1\", \"by\": \"northwind\", \"to\": \"E5\","
            + " \"into\": \"s1\", \"id\": \"s9\"}"
            + "|$.steps[2].id|not both",
        "{\"do\": \"setAutoRenew\", \"subscription\": \"s1\", \"by\": \"northwind\","
            + " \"enabled\": \"yes\"}"
            + "|$.steps[2].enabled|expected true or false",
        "{\"do\": \"acceptCustomerAgreement\", \"customer\": \"wingtip\", \"by\": \"wingtip\","
            + " \"date\": \"yesterday\"}"
            + "|$.steps[2].date|expected an ISO-8601 instant",
        "{\"do\": \"addReseller\", \"partner\": \"northwind\", \"customer\": \"wingtip\"}"
            + "|$.steps[2].do|\"resellers\"",
      })
  void badNewCommerceStepsAreRefusedNamingThePathAndWhatWasExpected(
      String step, String path, String expected) {
    assertThatThrownBy(() -> ScenarioParser.parse(scenario(step), "file.json"))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageContaining(expected)
        .extracting(e -> ((ScenarioFormatException) e).getPath())
        .isEqualTo(path);
  }

  @Test
  void theCatalogsNewCommerceFieldsAndAResellerOfAnUndeclaredPartyAreChecked() {
    String catalog =
        """
        {"name": "n", "policy": "modern",
         "catalog": [{"id": "ONE", "name": "One", "minLicenses": 1, "maxLicenses": 9,
                      "billingCycles": ["TRIENNIAL"], "terms": ["P3Y"], "upgradesTo": ["ONE"]}],
         "partners": [], "customers": [], "steps": []}
        """;
    assertThatThrownBy(() -> ScenarioParser.parse(catalog, "c"))
        .hasMessageContaining("$.catalog[0].upgradesTo[0]")
        .hasMessageContaining("another service's id");

    String reseller =
        """
        {"name": "n", "partners": [{"id": "northwind"}], "customers": [{"id": "fabrikam"}],
         "resellers": [{"partner": "fabrikam", "customer": "fabrikam"}], "steps": []}
        """;
    assertThatThrownBy(() -> ScenarioParser.parse(reseller, "r"))
        .hasMessageContaining("$.resellers[0].partner")
        .hasMessageContaining("a partner declared under \"partners\"");
  }

  @Test
  void aSeedScenarioWithARecordedAgreementFailsAtTheStartSayingWhy() {
    String seed =
        """
        {"name": "n", "partners": [], "customers": [{"id": "fabrikam", "customerAgreement": true}],
         "steps": []}
        """;

    ScenarioResult result = ScenarioRunner.run(ScenarioParser.parse(seed, "seed"));

    assertThat(result.setupFailure()).hasValueSatisfying(e -> assertThat(e).contains("POLICY-1"));
  }
}
