package dev.partnerkit.examples;

import dev.partnerkit.testing.scenario.ScenarioFormatException;
import dev.partnerkit.testing.scenario.ScenarioReport;
import dev.partnerkit.testing.scenario.ScenarioResult;
import dev.partnerkit.testing.scenario.ScenarioRunner;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code partnerkit scenario FILE_OR_DIR... [--json]} command: runs scenario files and prints
 * one line per step and the closing {@code N passed, N failed} line.
 *
 * <p>Exit status: 0 when every expectation held, 1 when one failed, 2 when a file could not be read
 * or does not follow the format (the message names the file, the JSON path and what was expected;
 * never a stack trace).
 */
final class ScenarioCommand {
  private ScenarioCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    boolean json = false;
    List<Path> paths = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--json")) {
        json = true;
      } else if (arg.startsWith("-")) {
        err.println(
            "partnerkit scenario: unknown option " + arg + "; expected FILE_OR_DIR... [--json]");
        return 2;
      } else {
        try {
          paths.add(Path.of(arg));
        } catch (InvalidPathException e) {
          err.println("partnerkit scenario: " + arg + " is not a valid path: " + e.getReason());
          return 2;
        }
      }
    }
    if (paths.isEmpty()) {
      err.println("partnerkit scenario: expected one or more scenario files or folders");
      err.println("usage: partnerkit scenario FILE_OR_DIR... [--json]");
      return 2;
    }
    List<ScenarioResult> results;
    try {
      results = ScenarioRunner.runAll(paths);
    } catch (ScenarioFormatException e) {
      err.println("partnerkit scenario: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("partnerkit scenario: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 2;
    }
    if (results.isEmpty()) {
      err.println("partnerkit scenario: no .json scenario files found under " + paths);
      return 2;
    }
    out.print(json ? ScenarioReport.json(results) + "\n" : ScenarioReport.text(results));
    out.flush();
    return results.stream().allMatch(ScenarioResult::passed) ? 0 : 1;
  }
}
