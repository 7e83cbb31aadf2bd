package dev.partnerkit.testing.scenario;

import static dev.partnerkit.testing.scenario.ScenarioFormatChecklistTest.parse;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code SCENARIOS.md} forbids, one case each: the parser refuses it with a {@link
 * ScenarioFormatException} naming the JSON path and what was expected. The allowed constructs are
 * {@link ScenarioFormatChecklistTest}'s and {@link ScenarioVerbsChecklistTest}'s.
 */
class ScenarioFormatRefusalsTest {
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
}
