package dev.partnerkit.examples;

import dev.partnerkit.client.Audience;
import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.PartnerClientException;
import dev.partnerkit.client.TokenProvider;
import dev.partnerkit.client.report.DelegatedAccessReport;
import dev.partnerkit.client.report.ReportSummary;
import dev.partnerkit.client.report.ReportWindow;
import dev.partnerkit.client.report.Severity;
import dev.partnerkit.testing.PartnerSandbox;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code partnerkit audit} command: the delegated-access report over a partner's customers, as
 * a table, JSON or CSV, with an exit status for CI: 0 when the findings at or above {@code
 * --fail-on} number at most {@code --max-findings} and every customer was read, 1 otherwise, 2 on
 * bad usage.
 *
 * <p>With {@code --sandbox} it reports on a demo population in an embedded sandbox, with no network
 * and no credentials; otherwise it reads the services at {@code --partner-center} and {@code
 * --graph} (Microsoft's by default) with the partner's tokens from the environment.
 *
 * <p>Not thread-safe: picocli fills one instance per run.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Report every customer's delegated access (GDAP relationships, access assignments, roles)"
            + " and the findings a security reviewer wants.",
    footer = {
      "",
      "Tokens, unless --sandbox: "
          + AuditCommand.PARTNER_CENTER_TOKEN
          + " and "
          + AuditCommand.GRAPH_TOKEN
          + " hold the partner's access tokens.",
      "Exit status: 0 within the threshold, 1 over it or a customer not read, 2 bad usage."
    })
final class AuditCommand implements Callable<Integer> {
  /** The environment variable holding the partner's Partner Center access token. */
  static final String PARTNER_CENTER_TOKEN = "PARTNERKIT_PARTNER_CENTER_TOKEN";

  /** The environment variable holding the partner's Microsoft Graph access token. */
  static final String GRAPH_TOKEN = "PARTNERKIT_GRAPH_TOKEN";

  private static final String NAME = "partnerkit audit: ";

  private final PartnerkitCommand.Io io;
  private final boolean terminal;

  @Option(
      names = "--sandbox",
      description = "Report on a demo population in an embedded sandbox (no network needed).")
  private boolean sandbox;

  @Option(
      names = "--partner-center",
      paramLabel = "URI",
      description = "Partner Center's base URI; Microsoft's by default.")
  private URI partnerCenter;

  @Option(
      names = "--graph",
      paramLabel = "URI",
      description = "Microsoft Graph's base URI; Microsoft's by default.")
  private URI graph;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  private AuditWriter.Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  private Path output;

  @Option(
      names = "--expiring-within",
      paramLabel = "DURATION",
      defaultValue = "P30D",
      description =
          "Report ends and approval lapses this soon, as ISO-8601 (default: ${DEFAULT-VALUE}).")
  private Duration expiringWithin;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "HIGH",
      description =
          "The least severity counted against --max-findings: LOW, MEDIUM or HIGH (default:"
              + " ${DEFAULT-VALUE}).")
  private Severity failOn;

  @Option(
      names = "--max-findings",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "How many findings at --fail-on or above still pass (default: ${DEFAULT-VALUE}).")
  private long maxFindings;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "4",
      description = "Customers read at once (default: ${DEFAULT-VALUE}).")
  private int parallelism;

  AuditCommand(PartnerkitCommand.Io io, boolean terminal) {
    this.io = io;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    if (expiringWithin.isNegative()) {
      return badUsage(
          "--expiring-within must be zero or more, such as P30D, but was " + expiringWithin);
    }
    if (maxFindings < 0) {
      return badUsage("--max-findings must be 0 or more, but was " + maxFindings);
    }
    if (parallelism < 1 || parallelism > dev.partnerkit.client.bulk.Bulk.MAX_PARALLELISM) {
      return badUsage(
          "--parallelism must be 1 to "
              + dev.partnerkit.client.bulk.Bulk.MAX_PARALLELISM
              + ", but was "
              + parallelism);
    }
    if (sandbox && (partnerCenter != null || graph != null)) {
      return badUsage("--sandbox serves its own services; leave out --partner-center and --graph");
    }
    if (sandbox) {
      try (PartnerSandbox demo = AuditDemo.start();
          PartnerClient client = demo.client(AuditDemo.PARTNER)) {
        return report(client, demo.clock());
      }
    }
    Optional<String> pcToken = token(PARTNER_CENTER_TOKEN);
    Optional<String> graphToken = token(GRAPH_TOKEN);
    if (pcToken.isEmpty() || graphToken.isEmpty()) {
      return badUsage(
          "set "
              + PARTNER_CENTER_TOKEN
              + " and "
              + GRAPH_TOKEN
              + " to the partner's access tokens, or run with --sandbox");
    }
    PartnerClient.Builder builder =
        PartnerClient.builder()
            .tokenProvider(Audience.PARTNER_CENTER, TokenProvider.fixed(pcToken.get()))
            .tokenProvider(Audience.GRAPH, TokenProvider.fixed(graphToken.get()));
    if (partnerCenter != null) {
      builder.partnerCenterBaseUri(partnerCenter);
    }
    if (graph != null) {
      builder.graphBaseUri(graph);
    }
    try (PartnerClient client = builder.build()) {
      return report(client, Clock.systemUTC());
    }
  }

  private int report(PartnerClient client, Clock clock) {
    Writer out;
    try {
      out =
          output == null
              ? new OutputStreamWriter(io.out(), StandardCharsets.UTF_8)
              : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return badUsage("cannot write " + output + ": " + e.getMessage());
    }
    AuditProgress progress = new AuditProgress(io.err(), terminal, System::nanoTime);
    AuditWriter writer = AuditWriter.of(format, out);
    // Read once, so the header and every finding count from the same instant.
    Instant now = clock.instant();
    ReportSummary summary;
    try {
      DelegatedAccessReport report =
          DelegatedAccessReport.builder()
              .client(client)
              .now(now)
              .expiringWithin(expiringWithin)
              .parallelism(parallelism)
              .countCustomers(true)
              .progress(progress)
              .build();
      writer.begin(ReportWindow.of(now, expiringWithin));
      summary = report.run(writer);
      progress.finish();
      AuditVerdict verdict = AuditVerdict.of(summary, failOn, maxFindings);
      writer.end(summary, verdict);
      if (!verdict.passed()) {
        io.err().println(NAME + verdict.sentence());
        return 1;
      }
      return 0;
    } catch (PartnerClientException e) {
      io.err()
          .println(NAME + "the customer or relationship list could not be read: " + e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      io.err().println(NAME + "cannot write the report: " + e.getCause().getMessage());
      return 2;
    } finally {
      if (output != null) {
        try {
          out.close();
        } catch (IOException e) {
          io.err().println(NAME + "cannot close " + output + ": " + e.getMessage());
        }
      }
    }
  }

  private Optional<String> token(String variable) {
    return Optional.ofNullable(io.environment().apply(variable)).filter(t -> !t.isBlank());
  }

  private int badUsage(String message) {
    io.err().println(NAME + message);
    io.err().println("Run 'partnerkit audit --help' for its options.");
    return 2;
  }
}
