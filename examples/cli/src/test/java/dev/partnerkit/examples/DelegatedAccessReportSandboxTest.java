package dev.partnerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.RetryPolicy;
import dev.partnerkit.client.bulk.BulkProgress;
import dev.partnerkit.client.report.CollectedReport;
import dev.partnerkit.client.report.CustomerAccess;
import dev.partnerkit.client.report.DelegatedAccessReport;
import dev.partnerkit.client.report.Finding;
import dev.partnerkit.client.report.FindingKind;
import dev.partnerkit.client.report.ReportFailure;
import dev.partnerkit.client.report.ReportSink;
import dev.partnerkit.client.report.ReportSummary;
import dev.partnerkit.client.report.Severity;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Role;
import dev.partnerkit.testing.Fault;
import dev.partnerkit.testing.PartnerSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report's walk over real HTTP against the sandbox seeded with the audit demo. */
class DelegatedAccessReportSandboxTest {
  private static PartnerSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = AuditDemo.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static DelegatedAccessReport.Builder report(PartnerClient client) {
    return DelegatedAccessReport.builder()
        .client(client)
        .clock(sandbox.clock())
        .expiringWithin(Duration.ofDays(30));
  }

  private static String id(String key) {
    return CustomerId.fromName(key).toString();
  }

  @Test
  void everyFindingKind_isFoundOnTheCustomerThatHasIt() {
    CollectedReport report;
    try (PartnerClient client = sandbox.client(AuditDemo.PARTNER)) {
      report = report(client).parallelism(3).build().run();
    }

    Map<FindingKind, List<String>> where =
        report.findings().stream()
            .collect(
                Collectors.groupingBy(
                    Finding::kind, Collectors.mapping(Finding::customerId, Collectors.toList())));
    assertThat(where)
        .containsOnlyKeys(FindingKind.values())
        .containsEntry(FindingKind.GLOBAL_ADMINISTRATOR, List.of(id("audit-lakeshore")))
        .containsEntry(FindingKind.ROLES_NEVER_ASSIGNED, List.of(id("audit-lakeshore")))
        .containsEntry(FindingKind.EXPIRING, List.of(id("audit-birchwood")))
        .containsEntry(FindingKind.EXPIRING_AUTO_EXTENDS, List.of(id("audit-quarry-lane")))
        .containsEntry(FindingKind.NO_ACCESS_ASSIGNMENT, List.of(id("audit-northgate")))
        .containsEntry(FindingKind.PENDING_APPROVAL_LAPSING, List.of(id("audit-saltmarsh")))
        .containsEntry(FindingKind.CUSTOMER_WITHOUT_RELATIONSHIP, List.of(id("audit-tidewater")));
    assertThat(report.failures()).isEmpty();
    assertThat(report.customers())
        .extracting(CustomerAccess::customerId)
        .isSorted()
        .contains(id("audit-meadowbrook"));
    CustomerAccess meadow =
        report.customers().stream()
            .filter(c -> c.customerId().equals(id("audit-meadowbrook")))
            .findFirst()
            .orElseThrow();
    assertThat(meadow.findings()).isEmpty();
    assertThat(meadow.customerName()).contains("Meadowbrook Farms");
    assertThat(meadow.relationships())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.roles()).containsExactly(Role.HELPDESK_ADMINISTRATOR);
              assertThat(r.assignments())
                  .singleElement()
                  .satisfies(
                      a -> assertThat(a.roles()).containsExactly(Role.HELPDESK_ADMINISTRATOR));
            });
    ReportSummary summary = report.summary();
    assertThat(summary.customers()).isEqualTo(7);
    assertThat(summary.relationships()).isEqualTo(6);
    assertThat(summary.assignments()).isEqualTo(4);
    assertThat(summary.findingsOf(Severity.HIGH)).isEqualTo(1);
    assertThat(summary.at()).isEqualTo(sandbox.clock().instant());
  }

  @Test
  void streamingForm_handsEachRowOnceAndTellsProgressWithATotal() {
    List<String> rows = new ArrayList<>();
    List<BulkProgress> progress = new ArrayList<>();
    ReportSummary summary;
    try (PartnerClient client = sandbox.client(AuditDemo.PARTNER)) {
      summary =
          report(client)
              .parallelism(2)
              .countCustomers(true)
              .progress(progress::add)
              .build()
              .run(row -> rows.add(row.customerId()));
    }

    assertThat(rows).hasSize(7).doesNotHaveDuplicates();
    assertThat(progress).hasSize(7);
    assertThat(progress.get(progress.size() - 1).completed()).isEqualTo(7);
    assertThat(progress).allSatisfy(p -> assertThat(p.total()).hasValue(7));
    assertThat(summary.customers()).isEqualTo(7);
  }

  @Test
  void aCustomerWhoseAssignmentsCannotBeRead_isAFailureAndTheRestAreReported() {
    List<ReportFailure> failures = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    ReportSummary summary;
    try (PartnerClient client =
        sandbox.clientBuilder(AuditDemo.PARTNER).retryPolicy(RetryPolicy.none()).build()) {
      sandbox
          .faults()
          .failNext(
              sandbox.graphUri().getPath()
                  + "/tenantRelationships/delegatedAdminRelationships/0a1b2c3d-0004",
              1,
              Fault.serverError(503));
      summary =
          report(client)
              .parallelism(1)
              .build()
              .run(
                  new ReportSink() {
                    @Override
                    public void customer(CustomerAccess row) {
                      rows.add(row.customerId());
                    }

                    @Override
                    public void failure(ReportFailure failure) {
                      failures.add(failure);
                    }
                  });
    } finally {
      sandbox.faults().clear();
    }

    assertThat(failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.customerId()).isEqualTo(id("audit-northgate"));
              assertThat(f.message()).contains("503");
            });
    assertThat(rows).hasSize(6).doesNotContain(id("audit-northgate"));
    assertThat(summary.failures()).isEqualTo(1);
    assertThat(summary.customers()).isEqualTo(7);
  }
}
