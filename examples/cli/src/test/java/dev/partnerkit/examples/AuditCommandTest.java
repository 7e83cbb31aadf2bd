package dev.partnerkit.examples;

import static dev.partnerkit.examples.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.bulk.BulkProgress;
import dev.partnerkit.testing.PartnerSandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partnerkit audit}: its three formats against golden files (the demo sandbox's clock is
 * fixed, and one customer at a time keeps the order), its exit statuses, its progress and its CSV
 * escaping.
 */
class AuditCommandTest {
  @TempDir Path dir;

  /** Runs the demo one customer at a time, so that rows come in Partner Center's order. */
  private static Run demo(String... args) {
    List<String> all = new ArrayList<>(List.of("audit", "--sandbox", "--parallelism", "1"));
    all.addAll(Arrays.asList(args));
    return run(all.toArray(String[]::new));
  }

  private static String golden(String name) {
    try (InputStream in = AuditCommandTest.class.getResourceAsStream("/audit/" + name)) {
      assertThat(in).as("golden file /audit/%s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares with a golden file, leaving the actual text beside the build's output to diff. */
  private static void assertGolden(String actual, String name) throws IOException {
    Path seen = Path.of("target", "audit-actual", name);
    Files.createDirectories(seen.getParent());
    Files.writeString(seen, actual, StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(golden(name));
  }

  @Test
  void table_matchesGolden_andFailsOnTheGlobalAdministrator() throws IOException {
    Run run = demo();

    assertGolden(run.out(), "table.txt");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .contains("partnerkit audit: 7/7 customers read, 0 failed in")
        .contains("partnerkit audit: failed: 1 finding at HIGH or above, 0 allowed");
  }

  @Test
  void json_matchesGolden() throws IOException {
    Run run = demo("--format", "json", "--max-findings", "1");

    assertGolden(run.out(), "report.json");
    assertThat(run.status()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("customers")).hasSize(7);
    assertThat(json.path("verdict").path("passed").asBoolean()).isTrue();
  }

  @Test
  void csv_toAFile_matchesGolden() throws IOException {
    Path file = dir.resolve("audit.csv");

    Run run =
        demo(
            "--format=csv", "--output", file.toString(), "--fail-on", "LOW", "--max-findings", "7");

    assertThat(run.out()).isEmpty();
    assertGolden(Files.readString(file, StandardCharsets.UTF_8), "report.csv");
    assertThat(run.status()).isZero();
  }

  @Test
  void threshold_countsFindingsAtTheSeverityAndAbove() {
    assertThat(demo("--format", "csv", "--max-findings", "1").status()).isZero();
    // One HIGH and two MEDIUM findings.
    assertThat(demo("--format", "csv", "--fail-on", "medium", "--max-findings", "3").status())
        .isZero();
    assertThat(demo("--format", "csv", "--fail-on", "MEDIUM", "--max-findings", "2").status())
        .isEqualTo(1);
    assertThat(demo("--format", "csv", "--fail-on", "LOW", "--max-findings", "6").status())
        .isEqualTo(1);
  }

  @Test
  void expiringWithin_widensWhatIsFound() throws IOException {
    Run narrow = demo("--format", "json", "--expiring-within", "P1D", "--max-findings", "9");
    Run wide = demo("--format", "json", "--expiring-within", "P365D", "--max-findings", "9");

    ObjectMapper mapper = new ObjectMapper();
    JsonNode narrowFindings = mapper.readTree(narrow.out()).path("summary").path("findings");
    JsonNode wideFindings = mapper.readTree(wide.out()).path("summary").path("findings");
    assertThat(narrowFindings.path("EXPIRING").asLong()).isZero();
    assertThat(narrowFindings.path("PENDING_APPROVAL_LAPSING").asLong()).isZero();
    // The two-year relationships end 645 days after the report, beyond even a year's window.
    assertThat(wideFindings.path("EXPIRING").asLong()).isEqualTo(1);
    assertThat(wideFindings.path("EXPIRING_AUTO_EXTENDS").asLong()).isEqualTo(1);
    assertThat(wideFindings.path("PENDING_APPROVAL_LAPSING").asLong()).isEqualTo(1);
  }

  @Test
  void againstARunningSandbox_withTokensFromTheEnvironment_readsTheSame() throws IOException {
    try (PartnerSandbox sandbox = AuditDemo.start()) {
      String token = sandbox.partnerToken(AuditDemo.PARTNER);
      Map<String, String> environment = new HashMap<>();
      environment.put(AuditCommand.PARTNER_CENTER_TOKEN, token);
      environment.put(AuditCommand.GRAPH_TOKEN, token);

      Run run =
          run(
              environment,
              "audit",
              "--partner-center",
              sandbox.partnerCenterUri().toString(),
              "--graph",
              sandbox.graphUri().toString(),
              "--parallelism",
              "1",
              "--format",
              "json",
              "--max-findings",
              "1");

      assertThat(run.status()).as(run.err()).isZero();
      // The sandbox's clock is fixed, but this run reads the time from the system clock.
      JsonNode json = new ObjectMapper().readTree(run.out());
      assertThat(json.path("customers")).hasSize(7);
      assertThat(json.path("summary").path("findings").path("GLOBAL_ADMINISTRATOR").asLong())
          .isEqualTo(1);
    }
  }

  @Test
  void usage_exitsTwoWithAMessage() {
    assertThat(run("audit", "--format", "xml").status()).isEqualTo(2);
    assertThat(run("audit", "--sandbox", "--expiring-within", "soon").status()).isEqualTo(2);
    assertThat(run("audit", "--fail-on", "SEVERE", "--sandbox").status()).isEqualTo(2);
    Run negative = run("audit", "--sandbox", "--expiring-within", "-P1D");
    assertThat(negative.status()).isEqualTo(2);
    assertThat(negative.err()).contains("--expiring-within must be zero or more");
    Run noTokens = run("audit");
    assertThat(noTokens.status()).isEqualTo(2);
    assertThat(noTokens.err())
        .contains(AuditCommand.PARTNER_CENTER_TOKEN, AuditCommand.GRAPH_TOKEN, "--sandbox");
    Run both = run("audit", "--sandbox", "--graph", "http://127.0.0.1:9/");
    assertThat(both.status()).isEqualTo(2);
  }

  @Test
  void help_exitsZeroAndNamesEveryOption() {
    Run help = run("audit", "--help");

    assertThat(help.status()).isZero();
    assertThat(help.out())
        .contains(
            "--sandbox",
            "--format",
            "--output",
            "--expiring-within",
            "--fail-on",
            "--max-findings",
            "--parallelism",
            AuditCommand.GRAPH_TOKEN);
    assertThat(run("--help").out()).contains("audit");
  }

  @Test
  void csvField_quotesCommasQuotesAndLineBreaks() {
    assertThat(AuditWriter.Csv.field("plain text")).isEqualTo("plain text");
    assertThat(AuditWriter.Csv.field("")).isEmpty();
    assertThat(AuditWriter.Csv.field("USER_ADMINISTRATOR, HELPDESK_ADMINISTRATOR"))
        .isEqualTo("\"USER_ADMINISTRATOR, HELPDESK_ADMINISTRATOR\"");
    assertThat(AuditWriter.Csv.field("the \"ops\" group")).isEqualTo("\"the \"\"ops\"\" group\"");
    assertThat(AuditWriter.Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(AuditWriter.Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }

  @Test
  void csvRecord_readsBackFieldForField() {
    List<String> fields = new ArrayList<>(AuditWriter.Csv.HEADER.size());
    for (int i = 0; i < AuditWriter.Csv.HEADER.size(); i++) {
      fields.add(i % 3 == 0 ? "a,\"b\"\r\nc" + i : "v" + i);
    }

    assertThat(parseCsvRecord(AuditWriter.Csv.record(fields))).isEqualTo(fields);
  }

  /** An RFC 4180 reader for one record, written independently of the writer under test. */
  private static List<String> parseCsvRecord(String text) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && text.startsWith("\r\n", i) && i + 2 == text.length()) {
        break;
      } else {
        field.append(c);
      }
      i++;
    }
    fields.add(field.toString());
    return fields;
  }

  @Test
  void progress_drawsABarOnATerminalAndPlainLinesElsewhere() {
    AtomicLong clock = new AtomicLong();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    AuditProgress bar = new AuditProgress(err, true, clock::get);

    clock.set(200_000_000L);
    bar.accept(new BulkProgress(6, 3, 0, OptionalLong.of(10)));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("\r[#########---------------------] 30% 3/10 customers read, 0 failed");

    bytes.reset();
    AuditProgress lines = new AuditProgress(err, false, clock::get);
    lines.accept(new BulkProgress(2, 1, 0, OptionalLong.of(10)));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).as("too soon for a line").isEmpty();
    clock.addAndGet(6_000_000_000L);
    lines.accept(new BulkProgress(3, 2, 1, OptionalLong.of(10)));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("partnerkit audit: 3/10 customers read, 1 failed" + System.lineSeparator());
  }

  @Test
  void jsonWriter_isOneDocumentEvenWithNothingToReport() throws IOException {
    StringWriter out = new StringWriter();
    AuditWriter writer = AuditWriter.of(AuditWriter.Format.json, out);
    dev.partnerkit.client.report.ReportSummary summary =
        new dev.partnerkit.client.report.ReportSummary(AuditDemo.SEEDED_AT, 0, 0, 0, 0, Map.of());

    writer.begin(
        dev.partnerkit.client.report.ReportWindow.of(
            AuditDemo.SEEDED_AT, java.time.Duration.ofDays(30)));
    writer.end(summary, AuditVerdict.of(summary, dev.partnerkit.client.report.Severity.HIGH, 0));

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.path("customers")).isEmpty();
    assertThat(json.path("expiringWithin").asText()).isEqualTo("P30D");
    assertThat(json.path("verdict").path("passed").asBoolean()).isTrue();
  }
}
