package dev.partnerkit.testing.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.rules.Rule;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the conformance suite: every scenario under {@code src/test/resources/scenarios}. */
class ConformanceSuiteTest {
  static final Path SUITE = Path.of("src/test/resources/scenarios");

  @TestFactory
  Stream<DynamicTest> everyScenarioPasses() {
    return ScenarioRunner.files(List.of(SUITE)).stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(), () -> ScenarioRunner.run(file).assertPassed()));
  }

  /**
   * Every rule the engine checks (the {@link Rule} enum's, NCE-1..NCE-15 included) is exercised
   * allowed and denied by the suite; {@link RulesDocumentationTest} holds docs/rules.md to
   * RULES.md.
   */
  @Test
  void theSuiteIsLargeAndExercisesEveryEngineRuleBothWays() {
    List<Path> files = ScenarioRunner.files(List.of(SUITE));
    assertThat(files).hasSizeGreaterThanOrEqualTo(60);
    Set<Rule> denied = EnumSet.noneOf(Rule.class);
    // A rule counts as exercised allowed when a file that lists it in "rules" has a step that must
    // be allowed: the file shows the rule letting something through, not only refusing.
    Set<Rule> allowed = EnumSet.noneOf(Rule.class);
    for (Path file : files) {
      Scenario scenario = ScenarioParser.parse(file);
      boolean allows = false;
      for (Step step : scenario.steps()) {
        if (step instanceof Step.Act act) {
          act.expectedDenials()
              .ifPresent(ids -> ids.forEach(id -> denied.add(Rule.byId(id).orElseThrow())));
          allows |= act.expectedDenials().isEmpty();
        }
      }
      if (allows) {
        scenario.rules().forEach(id -> allowed.add(Rule.byId(id).orElseThrow()));
      }
    }
    // REG-1 (an id registered twice) has no step: scenario files declare their parties and the
    // runner registers each once. partner-rules' RegistrationTest pins it instead.
    Set<Rule> beyondScenarios = EnumSet.of(Rule.REG_1);
    for (Rule rule : Rule.values()) {
      if (rule.isEnforcedByEngine() && !beyondScenarios.contains(rule)) {
        assertThat(allowed)
            .as("a scenario listing " + rule + " with an allowed step")
            .contains(rule);
      }
    }
    // Rules that describe an effect rather than forbid something have no denial of their own.
    Set<Rule> effectOnly =
        EnumSet.of(
            Rule.TRIAL_2,
            Rule.TRIAL_4,
            Rule.TRIAL_5,
            Rule.DA_3,
            Rule.DA_7,
            Rule.DA_8,
            Rule.POR_2,
            Rule.POR_3,
            Rule.POR_4,
            Rule.SUP_1,
            Rule.GDAP_8,
            Rule.GDAP_10);
    for (Rule rule : Rule.values()) {
      if (rule.isEnforcedByEngine()
          && !effectOnly.contains(rule)
          && !beyondScenarios.contains(rule)) {
        assertThat(denied).as("a scenario expecting a denial by " + rule).contains(rule);
      }
    }
  }
}
