package dev.partnerkit.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.report.AssignmentAccess;
import dev.partnerkit.client.report.CustomerAccess;
import dev.partnerkit.client.report.Finding;
import dev.partnerkit.client.report.FindingKind;
import dev.partnerkit.client.report.RelationshipAccess;
import dev.partnerkit.client.report.ReportFailure;
import dev.partnerkit.client.report.ReportSink;
import dev.partnerkit.client.report.ReportSummary;
import dev.partnerkit.client.report.ReportWindow;
import dev.partnerkit.client.report.Severity;
import dev.partnerkit.model.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the delegated-access report in one of the audit command's formats as the rows arrive, so
 * that nothing but the current row is held: {@link #begin} once, then the rows and failures, then
 * {@link #end}.
 *
 * <p>Not thread-safe: the report calls its sink from one thread.
 */
abstract class AuditWriter implements ReportSink {
  private static final ObjectMapper WIRE = new ObjectMapper();

  /** The formats {@code --format} takes. */
  enum Format {
    table,
    json,
    csv
  }

  final Writer out;

  AuditWriter(Writer out) {
    this.out = out;
  }

  /** Returns the writer for a format. */
  static AuditWriter of(Format format, Writer out) {
    return switch (format) {
      case table -> new Table(out);
      case json -> new Json(out);
      case csv -> new Csv(out);
    };
  }

  /** Writes what comes before the rows. */
  abstract void begin(ReportWindow window);

  /** Writes what comes after the rows, and flushes. */
  abstract void end(ReportSummary summary, AuditVerdict verdict);

  /** Returns an enum's name on the wire, such as {@code approvalPending}. */
  static String wire(Enum<?> value) {
    return WIRE.convertValue(value, String.class);
  }

  /** Returns a duration as Graph writes it: {@code P180D}, or {@code PT0S} for none. */
  static String days(Duration duration) {
    return duration.isZero() ? "PT0S" : "P" + duration.toDays() + "D";
  }

  static String roles(List<Role> roles) {
    return roles.stream().map(Role::toString).collect(Collectors.joining(", "));
  }

  static String date(Optional<Instant> at) {
    return at.map(Instant::toString).orElse("");
  }

  void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fixed-width table, one line per relationship with its assignments and findings below it.
   * Widths are fixed rather than fitted, since fitting would hold every row until the end.
   */
  static final class Table extends AuditWriter {
    private static final String LINE = "%-26s %-26s %-15s %-10s %-6s %s";

    Table(Writer out) {
      super(out);
    }

    @Override
    void begin(ReportWindow window) {
      write(
          "Delegated access at "
              + window.now()
              + ", looking "
              + window.expiringWithin().toDays()
              + " days ahead\n\n");
      line("CUSTOMER", "RELATIONSHIP", "STATUS", "ENDS", "AUTO", "ROLES");
    }

    @Override
    public void customer(CustomerAccess row) {
      String customer = fit(row.label());
      if (row.relationships().isEmpty()) {
        line(customer, "-", "", "", "", "");
      }
      for (RelationshipAccess r : row.relationships()) {
        line(
            customer,
            fit(r.displayName().orElse(r.id())),
            wire(r.status()),
            r.endsAt().map(at -> at.toString().substring(0, 10)).orElse(""),
            r.autoExtends() ? days(r.autoExtend()) : "no",
            roles(r.roles()));
        for (AssignmentAccess a : r.assignments()) {
          write(
              String.format(
                  "%-26s   assigned to %s (%s): %s\n",
                  "", a.securityGroup().orElse(a.id()), wire(a.status()), roles(a.roles())));
        }
      }
      for (Finding f : row.findings()) {
        write(
            String.format(
                "%-26s ! %-6s %-8s %s\n", "", f.severity(), f.ruleId().orElse("-"), f.message()));
      }
    }

    @Override
    public void failure(ReportFailure failure) {
      write(
          String.format(
              LINE, fit(failure.customerId()), "not read: " + failure.message(), "", "", "", ""));
    }

    @Override
    void end(ReportSummary summary, AuditVerdict verdict) {
      write(
          String.format(
              "\n%d customers, %d relationships, %d access assignments, %d not read\n",
              summary.customers(),
              summary.relationships(),
              summary.assignments(),
              summary.failures()));
      write(
          String.format(
              "Findings: %d HIGH, %d MEDIUM, %d LOW\n",
              summary.findingsOf(Severity.HIGH),
              summary.findingsOf(Severity.MEDIUM),
              summary.findingsOf(Severity.LOW)));
      for (FindingKind kind : FindingKind.values()) {
        long n = summary.findings().get(kind);
        if (n > 0) {
          write(
              String.format(
                  "  %-30s %-6s %-8s %d\n",
                  kind, kind.getSeverity(), kind.getRuleId().orElse("-"), n));
        }
      }
      write("Audit " + verdict.sentence() + "\n");
      flush();
    }

    /** Writes a row, without the padding an empty last column would leave. */
    private void line(Object... columns) {
      write(String.format(LINE, columns).stripTrailing() + "\n");
    }

    private static String fit(String text) {
      return text.length() <= 26 ? text : text.substring(0, 25) + "~";
    }
  }

  /**
   * Comma-separated values (RFC 4180): a header, then one record per customer, relationship,
   * finding and failure, its kind in the first column.
   */
  static final class Csv extends AuditWriter {
    static final List<String> HEADER =
        List.of(
            "record",
            "customer_id",
            "customer",
            "relationship_id",
            "relationship",
            "status",
            "ends",
            "auto_extend",
            "roles",
            "assignments",
            "severity",
            "rule",
            "finding",
            "message");

    Csv(Writer out) {
      super(out);
    }

    /**
     * Returns a field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a
     * quote, a carriage return or a line feed; as it is otherwise.
     */
    static String field(String value) {
      if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
        return value;
      }
      return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Returns a record: its fields escaped, joined by commas, ended by CRLF as RFC 4180 says. */
    static String record(List<String> fields) {
      if (fields.size() != HEADER.size()) {
        throw new IllegalArgumentException(
            "a CSV record needs " + HEADER.size() + " fields, but had " + fields.size());
      }
      return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    @Override
    void begin(ReportWindow window) {
      write(record(HEADER));
    }

    @Override
    public void customer(CustomerAccess row) {
      String id = row.customerId();
      String name = row.customerName().orElse("");
      write(record(List.of("customer", id, name, "", "", "", "", "", "", "", "", "", "", "")));
      for (RelationshipAccess r : row.relationships()) {
        String assignments =
            r.assignments().stream()
                .map(a -> a.securityGroup().orElse(a.id()) + ": " + roles(a.roles()))
                .collect(Collectors.joining("; "));
        write(
            record(
                List.of(
                    "relationship",
                    id,
                    name,
                    r.id(),
                    r.displayName().orElse(""),
                    wire(r.status()),
                    date(r.endsAt()),
                    days(r.autoExtend()),
                    roles(r.roles()),
                    assignments,
                    "",
                    "",
                    "",
                    "")));
      }
      for (Finding f : row.findings()) {
        write(
            record(
                List.of(
                    "finding",
                    id,
                    name,
                    f.relationshipId().orElse(""),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    f.severity().name(),
                    f.ruleId().orElse(""),
                    f.kind().name(),
                    f.message())));
      }
    }

    @Override
    public void failure(ReportFailure failure) {
      write(
          record(
              List.of(
                  "failure",
                  failure.customerId(),
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  failure.message())));
    }

    @Override
    void end(ReportSummary summary, AuditVerdict verdict) {
      flush();
    }
  }

  /**
   * One JSON document: the window, the customers as they arrive (a customer that could not be read
   * carries an {@code error} instead of relationships), then the summary and the verdict.
   */
  static final class Json extends AuditWriter {
    private final JsonGenerator json;

    Json(Writer out) {
      super(out);
      try {
        this.json = WIRE.getFactory().createGenerator(out).useDefaultPrettyPrinter();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    void begin(ReportWindow window) {
      io(
          () -> {
            json.writeStartObject();
            json.writeStringField("at", window.now().toString());
            json.writeStringField("expiringWithin", days(window.expiringWithin()));
            json.writeArrayFieldStart("customers");
          });
    }

    @Override
    public void customer(CustomerAccess row) {
      io(
          () -> {
            json.writeStartObject();
            json.writeStringField("customerId", row.customerId());
            optional("customerName", row.customerName());
            json.writeArrayFieldStart("relationships");
            for (RelationshipAccess r : row.relationships()) {
              relationship(r);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding f : row.findings()) {
              json.writeStartObject();
              json.writeStringField("kind", f.kind().name());
              json.writeStringField("severity", f.severity().name());
              optional("rule", f.ruleId());
              optional("relationshipId", f.relationshipId());
              json.writeStringField("message", f.message());
              json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
          });
    }

    private void relationship(RelationshipAccess r) throws IOException {
      json.writeStartObject();
      json.writeStringField("id", r.id());
      optional("displayName", r.displayName());
      json.writeStringField("status", wire(r.status()));
      roles("roles", r.roles());
      optional("endsAt", r.endsAt().map(Instant::toString));
      json.writeStringField("autoExtend", days(r.autoExtend()));
      json.writeArrayFieldStart("accessAssignments");
      for (AssignmentAccess a : r.assignments()) {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        optional("securityGroup", a.securityGroup());
        json.writeStringField("status", wire(a.status()));
        roles("roles", a.roles());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    @Override
    public void failure(ReportFailure failure) {
      io(
          () -> {
            json.writeStartObject();
            json.writeStringField("customerId", failure.customerId());
            json.writeStringField("error", failure.message());
            json.writeEndObject();
          });
    }

    @Override
    void end(ReportSummary summary, AuditVerdict verdict) {
      io(
          () -> {
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("customers", summary.customers());
            json.writeNumberField("relationships", summary.relationships());
            json.writeNumberField("accessAssignments", summary.assignments());
            json.writeNumberField("notRead", summary.failures());
            json.writeObjectFieldStart("findings");
            for (FindingKind kind : FindingKind.values()) {
              json.writeNumberField(kind.name(), summary.findings().get(kind));
            }
            json.writeEndObject();
            json.writeObjectFieldStart("bySeverity");
            for (Severity severity : Severity.values()) {
              json.writeNumberField(severity.name(), summary.findingsOf(severity));
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("verdict");
            json.writeStringField("failOn", verdict.failOn().name());
            json.writeNumberField("maxFindings", verdict.maxFindings());
            json.writeNumberField("counted", verdict.counted());
            json.writeBooleanField("passed", verdict.passed());
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
            write("\n");
            flush();
          });
    }

    private void optional(String name, Optional<String> value) throws IOException {
      if (value.isPresent()) {
        json.writeStringField(name, value.get());
      }
    }

    private void roles(String name, List<Role> roles) throws IOException {
      json.writeArrayFieldStart(name);
      for (Role role : roles) {
        json.writeString(role.toString());
      }
      json.writeEndArray();
    }

    private static void io(IoAction action) {
      try {
        action.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A step that may fail with an {@code IOException}. */
    private interface IoAction {
      void run() throws IOException;
    }
  }
}
