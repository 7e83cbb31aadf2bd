package dev.partnerkit.examples;

import dev.partnerkit.testing.scenario.ScenarioReport;
import dev.partnerkit.testing.scenario.ScenarioResult;
import dev.partnerkit.testing.scenario.StepResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes scenario results in the JUnit XML format that CI servers read (Jenkins, GitLab, GitHub
 * Actions' test reporters, Azure Pipelines): one {@code testsuite} of one {@code testcase} per
 * scenario, named by the scenario and classed by its file. A scenario with a mismatched step
 * carries a {@code failure} whose message is its first mismatch and whose text is the scenario's
 * report; a file that does not follow the format is an {@code error}.
 *
 * <p>Thread-safe: a utility class.
 */
final class JUnitXmlReport {
  /** The suite's name, as CI servers show it. */
  static final String SUITE = "partnerkit scenario";

  /**
   * A file that stopped the run.
   *
   * @param file the file
   * @param message what was wrong with it
   */
  record Unrunnable(Path file, String message) {}

  private JUnitXmlReport() {}

  /**
   * Writes the report, replacing the file.
   *
   * @param file where to write
   * @param results the scenarios run
   * @param error the file that stopped the run, if one did
   * @throws IOException when the file cannot be written
   */
  static void write(Path file, List<ScenarioResult> results, Optional<Unrunnable> error)
      throws IOException {
    long failures = results.stream().filter(r -> !r.passed()).count();
    int errors = error.isPresent() ? 1 : 0;
    String tests = Integer.toString(results.size() + errors);
    try (OutputStream stream = Files.newOutputStream(file)) {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory()
              .createXMLStreamWriter(stream, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", SUITE);
      xml.writeAttribute("tests", tests);
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", Integer.toString(errors));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", SUITE);
      xml.writeAttribute("tests", tests);
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", Integer.toString(errors));
      xml.writeAttribute("skipped", "0");
      for (ScenarioResult result : results) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", result.source());
        xml.writeAttribute("name", result.name());
        if (!result.passed()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("type", "mismatch");
          xml.writeAttribute("message", firstProblem(result));
          xml.writeCharacters(ScenarioReport.text(result));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      if (error.isPresent()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", error.get().file().toString());
        xml.writeAttribute("name", error.get().file().getFileName().toString());
        xml.writeStartElement("error");
        xml.writeAttribute("type", "format");
        xml.writeAttribute("message", error.get().message());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Returns the line a CI server shows for a failed scenario: its setup failure or first step. */
  private static String firstProblem(ScenarioResult result) {
    if (result.setupFailure().isPresent()) {
      return "setup failed: " + result.setupFailure().get();
    }
    StepResult step = result.failures().get(0);
    return "step "
        + step.number()
        + ": "
        + step.text()
        + ": "
        + step.outcome()
        + " ("
        + step.mismatch()
        + ")";
  }
}
