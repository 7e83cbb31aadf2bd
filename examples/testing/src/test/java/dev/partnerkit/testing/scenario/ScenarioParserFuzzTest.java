package dev.partnerkit.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link ScenarioParser#parse(String, String)} and then {@link ScenarioRunner#run(Scenario)}
 * on what it accepts: whatever the text, parsing fails only with a {@link ScenarioFormatException}
 * naming the source and a JSON path, and a scenario that parses runs to a result (each step
 * allowed, denied or a mismatch, never an exception) whose reports render.
 *
 * <p>The corpus under {@code
 * src/test/resources/dev/partnerkit/testing/scenario/ScenarioParserFuzzTestInputs/} holds a
 * selection of the conformance scenarios (together they use every verb, every check and every
 * top-level field) and the invalid scenario files; {@code mvn test} runs it, and {@code
 * JAZZER_FUZZ=1} fuzzes for real (see docs/hostile-inputs.md).
 */
class ScenarioParserFuzzTest {
  @DictionaryEntries({
    "\"P999999999999D\"",
    "\"P2147483647Y\"",
    "\"-P1D\"",
    "\"P-1Y\"",
    "\"PT0S\"",
    "\"+1000000000-12-31T23:59:59Z\"",
    "\"-1000000000-01-01T00:00:00Z\"",
    "\"policy\":\"modern\"",
    "\"do\":\"advance\",\"by\":",
    "\"do\":\"createRelationship\"",
    "\"check\":\"owns\"",
    "\"expect\":{\"denied\":[\"DA-2\"]}",
    "2147483647",
    "-2147483648"
  })
  @FuzzTest(maxDuration = "5m")
  void parsingAndRunningAnyScenarioFailsOnlyWithScenarioFormatException(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Scenario scenario;
    try {
      scenario = ScenarioParser.parse(text, "fuzz.json");
    } catch (ScenarioFormatException e) {
      assertThat(e.getMessage()).startsWith("fuzz.json: $");
      assertThat(e.getSource()).isEqualTo("fuzz.json");
      assertThat(e.getPath()).startsWith("$");
      return;
    }
    ScenarioResult result = ScenarioRunner.run(scenario);
    assertThat(result.source()).isEqualTo("fuzz.json");
    if (result.setupFailure().isEmpty()) {
      assertThat(result.steps()).hasSameSizeAs(scenario.steps());
    }
    assertThat(ScenarioReport.text(List.of(result))).contains("fuzz.json");
    assertThat(ScenarioReport.json(List.of(result))).contains("fuzz.json");
  }

  // Regression tests for what the hostile-input review found: a scenario's clock could be carried
  // past what Instant holds, and running it then threw DateTimeException instead of a result.

  @Test
  void anAdvancePastTheYear9999_isAFormatErrorNotADateTimeExceptionWhenRun() {
    assertThatThrownBy(() -> ScenarioParser.parse(scenario("", advance("P999999999999D")), "s"))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessage(
            "s: $.steps[0].by: expected a duration of at most 36500 days (P100Y), but got"
                + " \"P999999999999D\"");
    String manyCenturies = String.join(",", Collections.nCopies(90, advance("P100Y")));
    assertThatThrownBy(() -> ScenarioParser.parse(scenario("", manyCenturies), "s"))
        .isInstanceOf(ScenarioFormatException.class)
        .hasMessageStartingWith(
            "s: $.steps[79].by: expected the clock to stay in the years 1970"
                + " to 9999, but this advance takes it from 9920-10-04T00:00:00Z");
  }

  @Test
  void aStartOutsideTheYears1970To9999_isAFormatError() {
    for (String start :
        List.of(
            "+1000000000-12-31T23:59:59Z",
            "-1000000000-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z")) {
      assertThatThrownBy(
              () -> ScenarioParser.parse(scenario("\"start\":\"" + start + "\",", ""), "s"))
          .isInstanceOf(ScenarioFormatException.class)
          .hasMessage(
              "s: $.start: expected an instant in the years 1970 to 9999, but got \""
                  + start
                  + "\"");
    }
  }

  @Test
  void theClockMayRunToTheEndOfTheYear9999() {
    Scenario scenario =
        ScenarioParser.parse(scenario("\"start\":\"9999-12-30T23:59:59Z\",", advance("P1D")), "s");

    assertThat(ScenarioRunner.run(scenario).steps())
        .singleElement()
        .satisfies(step -> assertThat(step.outcome()).isEqualTo("now 9999-12-31T23:59:59Z"));
  }

  private static String advance(String by) {
    return "{\"do\":\"advance\",\"by\":\"" + by + "\"}";
  }

  private static String scenario(String head, String steps) {
    return "{"
        + head
        + "\"name\":\"n\",\"partners\":[{\"id\":\"p\"}],"
        + "\"customers\":[{\"id\":\"c\"}],\"steps\":["
        + steps
        + "]}";
  }
}
