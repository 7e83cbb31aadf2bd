package dev.partnerkit.examples;

import static dev.partnerkit.examples.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.model.json.PartnerJson;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code partnerkit scenario} command's output and exit statuses, as SCENARIOS.md specifies.
 */
class ScenarioCommandTest {
  // The conformance suite lives beside the scenario runner, in partnerkit-testing; the command
  // reads it by path, as a user's shell would.
  private static final Path VALID = Path.of("../testing/src/test/resources/scenarios");
  private static final Path INVALID = Path.of("src/test/resources/scenarios-invalid");

  @Test
  void aPassingFolderPrintsEveryStepAndExitsZero() {
    Run run = run("scenario", VALID.toString());
    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).contains("  1. ").contains(": allowed ok").contains("denied [DA-2] ok");
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .matches("\\d+ passed, 0 failed");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aFailedExpectationIsAMismatchAndExitsOne() {
    Run run = run("scenario", INVALID.resolve("expectation-fails.json").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("denied [ELIG-1, ELIG-2] MISMATCH (expected allowed)")
        .contains("ELIG-1 partner contoso: Partner contoso is not certified")
        .endsWith("0 passed, 1 failed\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "truncated.json      | $ | expected well-formed JSON",
        "unknown-verb.json   | $.steps[0].do | expected one of [signAgreement",
        "missing-field.json  | $.steps[0].customer | expected a value, but the field is missing",
        "wrong-type.json     | $.steps[0].services | expected a JSON array",
        "unknown-key.json    | $.partners[0].colour | expected only the fields",
        "bad-rule-id.json    | $.steps[0].expect.denied[0] | expected a rule id from RULES.md",
        "unknown-actor.json  | $.steps[0].by | expected the name of a partner or customer declared in the file",
      })
  void aMalformedFileExitsTwoNamingTheFilePathAndExpectation(
      String file, String path, String expected) {
    Run run = run("scenario", INVALID.resolve(file).toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(file)
        .contains(": " + path + ": ")
        .contains(expected)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingPathOrNoArgumentsOrAnUnknownOptionExitsTwo(@TempDir Path empty) {
    assertThat(run("scenario", "no/such/file.json").status()).isEqualTo(2);
    assertThat(run("scenario").status()).isEqualTo(2);
    assertThat(run("scenario", "--frobnicate", VALID.toString()).status()).isEqualTo(2);
    Run none = run("scenario", empty.toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("no .json scenario files");
  }

  @Test
  void jsonOutputCarriesTheSameResults() throws Exception {
    Run run =
        run(
            "scenario",
            "--json",
            VALID.resolve("da-02-second-partner-denied.json").toString(),
            INVALID.resolve("expectation-fails.json").toString());
    assertThat(run.status()).isEqualTo(1);
    JsonNode root = PartnerJson.mapper().readTree(run.out());
    assertThat(root.get("passed").asInt()).isEqualTo(1);
    assertThat(root.get("failed").asInt()).isEqualTo(1);
    JsonNode failed = root.get("scenarios").get(1);
    assertThat(failed.get("passed").asBoolean()).isFalse();
    assertThat(failed.get("steps").get(0).get("rules").toString()).contains("ELIG-1");
    assertThat(failed.get("steps").get(0).get("ok").asBoolean()).isFalse();
  }

  @Test
  void unknownCommandsAndHelp(@TempDir Path dir) throws Exception {
    assertThat(run("frobnicate").status()).isEqualTo(2);
    assertThat(run().status()).isEqualTo(2);
    Run help = run("--help");
    assertThat(help.status()).isEqualTo(0);
    assertThat(help.out()).contains("scenario");
    Path notJson = Files.writeString(dir.resolve("story.json"), "not json at all");
    assertThat(run("scenario", notJson.toString()).err())
        .contains("story.json: $: expected well-formed JSON");
  }

  @Test
  void eachFileIsPrintedAsItFinishesBeforeALaterFileStopsTheRun() {
    Run run =
        run(
            "scenario",
            VALID.resolve("da-02-second-partner-denied.json").toString(),
            INVALID.resolve("truncated.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).startsWith("PASS ").contains("da-02-second-partner-denied.json");
    assertThat(run.out()).doesNotContain("passed, ");
    assertThat(run.err()).contains("truncated.json: $: expected well-formed JSON");
  }

  @Test
  void junitXmlHasOneTestCasePerScenarioWithTheFirstMismatch(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("scenarios.xml");
    Run run =
        run(
            "scenario",
            "--junit-xml=" + report,
            VALID.resolve("da-02-second-partner-denied.json").toString(),
            INVALID.resolve("expectation-fails.json").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).endsWith("1 passed, 1 failed\n");
    Element suite = suite(report);
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(2);
    Element passed = (Element) cases.item(0);
    Element failed = (Element) cases.item(1);
    assertThat(passed.getAttribute("classname")).endsWith("da-02-second-partner-denied.json");
    assertThat(passed.getElementsByTagName("failure").getLength()).isZero();
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .startsWith("step 1: ")
        .endsWith("denied [ELIG-1, ELIG-2] (expected allowed)");
    assertThat(failure.getTextContent()).contains("MISMATCH").contains("ELIG-1 partner contoso");
  }

  @Test
  void junitXmlNamesTheFileThatCouldNotRunAsAnError(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("scenarios.xml");
    Run run =
        run(
            "scenario",
            "--junit-xml",
            report.toString(),
            VALID.resolve("da-02-second-partner-denied.json").toString(),
            INVALID.resolve("unknown-verb.json").toString());

    assertThat(run.status()).isEqualTo(2);
    Element suite = suite(report);
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    Element error = (Element) suite.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message"))
        .contains("unknown-verb.json: $.steps[0].do: expected one of [signAgreement");
    assertThat(((Element) error.getParentNode()).getAttribute("name"))
        .isEqualTo("unknown-verb.json");
  }

  /** Returns the report's only test suite, parsed as a CI server would. */
  private static Element suite(Path report) throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("testsuites");
    NodeList suites = document.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(1);
    return (Element) suites.item(0);
  }
}
