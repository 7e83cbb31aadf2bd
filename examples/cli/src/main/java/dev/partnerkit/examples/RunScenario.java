package dev.partnerkit.examples;

import dev.partnerkit.testing.scenario.ScenarioParser;
import dev.partnerkit.testing.scenario.ScenarioReport;
import dev.partnerkit.testing.scenario.ScenarioResult;
import dev.partnerkit.testing.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Example: runs a scenario file against the rules and prints the report. With no argument it runs
 * the scenario bundled with the examples ({@code first-customer.json}); a downstream test does the
 * same with {@code ScenarioRunner.run(path).assertPassed()}.
 */
public final class RunScenario {
  private RunScenario() {}

  /**
   * Runs the example.
   *
   * @param args an optional scenario file
   */
  public static void main(String[] args) {
    ScenarioResult result =
        args.length > 0
            ? ScenarioRunner.run(Path.of(args[0]))
            : ScenarioRunner.run(ScenarioParser.parse(bundled(), "first-customer.json"));
    System.out.print(ScenarioReport.text(List.of(result)));
    result.assertPassed();
  }

  private static String bundled() {
    try (InputStream in = RunScenario.class.getResourceAsStream("first-customer.json")) {
      if (in == null) {
        throw new IllegalStateException("first-customer.json is missing from the examples jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
