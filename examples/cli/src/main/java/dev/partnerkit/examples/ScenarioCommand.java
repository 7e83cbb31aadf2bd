package dev.partnerkit.examples;

import dev.partnerkit.testing.scenario.ScenarioFormatException;
import dev.partnerkit.testing.scenario.ScenarioReport;
import dev.partnerkit.testing.scenario.ScenarioResult;
import dev.partnerkit.testing.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code partnerkit scenario [--json] [--junit-xml FILE] FILE_OR_DIR...} command: runs scenario
 * files and prints each file's lines as soon as it has run (one line per step), then the closing
 * {@code N passed, N failed} line. With {@code --json} it prints one JSON document at the end
 * instead; with {@code --junit-xml FILE} it also writes a JUnit XML report for CI servers.
 *
 * <p>Exit status: 0 when every expectation held, 1 when one failed, 2 when a file could not be read
 * or does not follow the format (the message names the file, the JSON path and what was expected;
 * never a stack trace). The files before a bad one have been printed and reported by then.
 *
 * <p>Not thread-safe: picocli fills one instance per run.
 */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description =
        "Run scenario files against the rules, printing each file's steps as it finishes.",
    footer = {"", "Exit status: 0 all held, 1 a check failed, 2 bad input."})
final class ScenarioCommand implements Callable<Integer> {
  private static final String NAME = "partnerkit scenario: ";

  private final PartnerkitCommand.Io io;

  @Option(names = "--json", description = "Print one JSON document of the results at the end.")
  private boolean json;

  @Option(
      names = "--junit-xml",
      paramLabel = "FILE",
      description = "Also write the results as JUnit XML (one test case per scenario) to FILE.")
  private Path junitXml;

  @Parameters(
      paramLabel = "FILE_OR_DIR",
      arity = "1..*",
      description = "Scenario files, and folders searched for .json files (in name order).")
  private List<Path> paths;

  ScenarioCommand(PartnerkitCommand.Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    List<Path> files;
    try {
      files = ScenarioRunner.files(paths);
    } catch (ScenarioFormatException e) {
      return badInput(e.getMessage());
    } catch (UncheckedIOException e) {
      return badInput(e.getMessage() + ": " + e.getCause().getMessage());
    }
    if (files.isEmpty()) {
      return badInput("no .json scenario files found under " + paths);
    }
    List<ScenarioResult> results = new ArrayList<>();
    for (Path file : files) {
      ScenarioResult result;
      try {
        result = ScenarioRunner.run(file);
      } catch (ScenarioFormatException e) {
        return stopAt(file, e.getMessage(), results);
      } catch (UncheckedIOException e) {
        return stopAt(file, e.getMessage() + ": " + e.getCause().getMessage(), results);
      }
      results.add(result);
      if (!json) {
        io.out().print(ScenarioReport.text(result));
        io.out().flush();
      }
    }
    io.out().print((json ? ScenarioReport.json(results) : ScenarioReport.summary(results)) + "\n");
    io.out().flush();
    if (!report(results, Optional.empty())) {
      return 2;
    }
    return results.stream().allMatch(ScenarioResult::passed) ? 0 : 1;
  }

  /** Ends the run at a file that cannot run: the report so far names it, the status says bad. */
  private int stopAt(Path file, String message, List<ScenarioResult> results) {
    report(results, Optional.of(new JUnitXmlReport.Unrunnable(file, message)));
    return badInput(message);
  }

  /** Writes the JUnit XML report when asked for; false, with a message, when it could not. */
  private boolean report(List<ScenarioResult> results, Optional<JUnitXmlReport.Unrunnable> error) {
    if (junitXml == null) {
      return true;
    }
    try {
      JUnitXmlReport.write(junitXml, results, error);
      return true;
    } catch (IOException e) {
      badInput("could not write the JUnit XML report " + junitXml + ": " + e.getMessage());
      return false;
    }
  }

  private int badInput(String message) {
    io.err().println(NAME + message);
    return 2;
  }
}
