package dev.partnerkit.client.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.partnerkit.client.graph.DelegatedAdminAccessAssignmentStatus;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipStatus;
import dev.partnerkit.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessFindingsTest {
  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final ReportWindow WINDOW = ReportWindow.of(NOW, Duration.ofDays(30));
  private static final String CUSTOMER = "5b1f3c2e-7d4a-4e8b-9c61-2f0a8d3e4b71";
  // A role the library does not name: it must still be reported, by its id (GDAP-12).
  private static final Role UNNAMED =
      Role.of(UUID.fromString("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"));
  private static final List<Role> ROLES =
      List.of(
          Role.GLOBAL_ADMINISTRATOR,
          Role.USER_ADMINISTRATOR,
          Role.HELPDESK_ADMINISTRATOR,
          Role.EXCHANGE_ADMINISTRATOR,
          UNNAMED);

  private static RelationshipAccess relationship(
      DelegatedAdminRelationshipStatus status,
      List<Role> roles,
      Optional<Instant> modified,
      Optional<Instant> end,
      Duration autoExtend,
      List<AssignmentAccess> assignments) {
    return new RelationshipAccess(
        "rel-1",
        Optional.of("Helpdesk"),
        status,
        roles,
        Optional.of(NOW.minus(Duration.ofDays(400))),
        modified,
        end,
        autoExtend,
        assignments);
  }

  private static RelationshipAccess active(List<Role> roles, List<AssignmentAccess> assignments) {
    return relationship(
        DelegatedAdminRelationshipStatus.ACTIVE,
        roles,
        Optional.empty(),
        Optional.of(NOW.plus(Duration.ofDays(300))),
        Duration.ZERO,
        assignments);
  }

  private static AssignmentAccess assignment(
      DelegatedAdminAccessAssignmentStatus status, List<Role> roles) {
    return new AssignmentAccess(
        "asg-" + roles.size(), Optional.of("helpdesk-group"), status, roles);
  }

  private static List<FindingKind> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).toList();
  }

  @Test
  void globalAdministratorInForce_isHighAndCitesGdap5() {
    RelationshipAccess r =
        active(
            List.of(Role.GLOBAL_ADMINISTRATOR),
            List.of(
                assignment(
                    DelegatedAdminAccessAssignmentStatus.ACTIVE,
                    List.of(Role.GLOBAL_ADMINISTRATOR))));

    List<Finding> findings = AccessFindings.of(CUSTOMER, r, WINDOW);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.GLOBAL_ADMINISTRATOR);
              assertThat(f.severity()).isEqualTo(Severity.HIGH);
              assertThat(f.ruleId()).contains("GDAP-5");
              assertThat(f.relationshipId()).contains("rel-1");
              assertThat(f.customerId()).isEqualTo(CUSTOMER);
              assertThat(f.message()).contains("'Helpdesk' (rel-1)", "Global Administrator");
            });
  }

  @Test
  void globalAdministratorFound_exactlyWhenInForce() {
    for (DelegatedAdminRelationshipStatus status : DelegatedAdminRelationshipStatus.values()) {
      RelationshipAccess r =
          relationship(
              status,
              List.of(Role.GLOBAL_ADMINISTRATOR),
              Optional.of(NOW),
              Optional.empty(),
              Duration.ZERO,
              List.of());
      boolean inForce =
          Set.of(
                  DelegatedAdminRelationshipStatus.APPROVED,
                  DelegatedAdminRelationshipStatus.ACTIVATING,
                  DelegatedAdminRelationshipStatus.ACTIVE)
              .contains(status);
      assertThat(
              kinds(AccessFindings.of(CUSTOMER, r, WINDOW))
                  .contains(FindingKind.GLOBAL_ADMINISTRATOR))
          .as("%s", status)
          .isEqualTo(inForce);
    }
  }

  @Test
  void expiringRelationship_saysWhetherItAutoExtends() {
    Optional<Instant> end = Optional.of(NOW.plus(Duration.ofDays(12)));
    List<AssignmentAccess> all =
        List.of(
            assignment(
                DelegatedAdminAccessAssignmentStatus.ACTIVE, List.of(Role.USER_ADMINISTRATOR)));
    RelationshipAccess off =
        relationship(
            DelegatedAdminRelationshipStatus.ACTIVE,
            List.of(Role.USER_ADMINISTRATOR),
            Optional.empty(),
            end,
            Duration.ZERO,
            all);
    RelationshipAccess on =
        relationship(
            DelegatedAdminRelationshipStatus.ACTIVE,
            List.of(Role.USER_ADMINISTRATOR),
            Optional.empty(),
            end,
            Duration.ofDays(180),
            all);

    assertThat(AccessFindings.of(CUSTOMER, off, WINDOW))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.EXPIRING);
              assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
              assertThat(f.message())
                  .contains("2026-03-13T09:00:00Z", "in 12 days", "does not auto-extend");
            });
    assertThat(AccessFindings.of(CUSTOMER, on, WINDOW))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.EXPIRING_AUTO_EXTENDS);
              assertThat(f.severity()).isEqualTo(Severity.LOW);
              assertThat(f.message()).contains("auto-extends by 180 days");
            });
  }

  @Test
  void expiringFound_exactlyWhenTheEndFallsInTheWindow() {
    qt().forAll(integers().between(-5, 800), integers().between(0, 400))
        .check(
            (endInDays, windowDays) -> {
              ReportWindow window = ReportWindow.of(NOW, Duration.ofDays(windowDays));
              RelationshipAccess r =
                  relationship(
                      DelegatedAdminRelationshipStatus.ACTIVE,
                      List.of(Role.USER_ADMINISTRATOR),
                      Optional.empty(),
                      Optional.of(NOW.plus(Duration.ofDays(endInDays))),
                      Duration.ZERO,
                      List.of());
              return kinds(AccessFindings.of(CUSTOMER, r, window)).contains(FindingKind.EXPIRING)
                  == (endInDays <= windowDays);
            });
  }

  @Test
  void pendingApproval_lapsesNinetyDaysAfterTheLock() {
    RelationshipAccess soon =
        relationship(
            DelegatedAdminRelationshipStatus.APPROVAL_PENDING,
            List.of(Role.USER_ADMINISTRATOR),
            Optional.of(NOW.minus(Duration.ofDays(80))),
            Optional.empty(),
            Duration.ZERO,
            List.of());
    RelationshipAccess past =
        relationship(
            DelegatedAdminRelationshipStatus.APPROVAL_PENDING,
            List.of(Role.USER_ADMINISTRATOR),
            Optional.of(NOW.minus(Duration.ofDays(95))),
            Optional.empty(),
            Duration.ZERO,
            List.of());

    assertThat(AccessFindings.of(CUSTOMER, soon, WINDOW))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.PENDING_APPROVAL_LAPSING);
              assertThat(f.ruleId()).contains("GDAP-8");
              assertThat(f.message())
                  .contains("lapses 2026-03-11T09:00:00Z", "in 10 days", "90 days");
            });
    assertThat(AccessFindings.of(CUSTOMER, past, WINDOW))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("lapsed", "5 days ago"));
  }

  @Test
  void pendingApprovalFound_exactlyWhenTheLapseFallsInTheWindow() {
    qt().forAll(integers().between(0, 200), integers().between(0, 120))
        .check(
            (lockedDaysAgo, windowDays) -> {
              ReportWindow window = ReportWindow.of(NOW, Duration.ofDays(windowDays));
              RelationshipAccess r =
                  relationship(
                      DelegatedAdminRelationshipStatus.APPROVAL_PENDING,
                      List.of(Role.USER_ADMINISTRATOR),
                      Optional.of(NOW.minus(Duration.ofDays(lockedDaysAgo))),
                      Optional.empty(),
                      Duration.ZERO,
                      List.of());
              return kinds(AccessFindings.of(CUSTOMER, r, window))
                      .contains(FindingKind.PENDING_APPROVAL_LAPSING)
                  == (90 - lockedDaysAgo <= windowDays);
            });
  }

  @Test
  void activeWithoutLiveAssignment_isReported() {
    RelationshipAccess none = active(List.of(Role.USER_ADMINISTRATOR), List.of());
    RelationshipAccess deletedOnly =
        active(
            List.of(Role.USER_ADMINISTRATOR),
            List.of(
                assignment(
                    DelegatedAdminAccessAssignmentStatus.DELETED,
                    List.of(Role.USER_ADMINISTRATOR))));

    assertThat(kinds(AccessFindings.of(CUSTOMER, none, WINDOW)))
        .containsExactly(FindingKind.NO_ACCESS_ASSIGNMENT);
    assertThat(kinds(AccessFindings.of(CUSTOMER, deletedOnly, WINDOW)))
        .containsExactly(FindingKind.NO_ACCESS_ASSIGNMENT);
  }

  @Test
  void rolesNeverAssigned_areNamedOrShownById() {
    RelationshipAccess r =
        active(
            List.of(Role.USER_ADMINISTRATOR, Role.EXCHANGE_ADMINISTRATOR, UNNAMED),
            List.of(
                assignment(
                    DelegatedAdminAccessAssignmentStatus.ACTIVE,
                    List.of(Role.USER_ADMINISTRATOR))));

    assertThat(AccessFindings.of(CUSTOMER, r, WINDOW))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.ROLES_NEVER_ASSIGNED);
              assertThat(f.message())
                  .contains("EXCHANGE_ADMINISTRATOR, " + UNNAMED.getRoleDefinitionId())
                  .doesNotContain("USER_ADMINISTRATOR,");
            });
  }

  @Test
  void rolesNeverAssigned_exactlyWhenLiveAssignmentsLeaveARoleOut() {
    qt().forAll(
            lists().of(integers().between(0, ROLES.size() - 1)).ofSizeBetween(1, 5),
            lists().of(integers().between(0, ROLES.size() - 1)).ofSizeBetween(1, 5))
        .check(
            (approved, assigned) -> {
              List<Role> approvedRoles = approved.stream().map(ROLES::get).distinct().toList();
              List<Role> assignedRoles = assigned.stream().map(ROLES::get).distinct().toList();
              RelationshipAccess r =
                  active(
                      approvedRoles,
                      List.of(
                          assignment(DelegatedAdminAccessAssignmentStatus.PENDING, assignedRoles)));
              boolean leftOut = !new HashSet<>(assignedRoles).containsAll(approvedRoles);
              return kinds(AccessFindings.of(CUSTOMER, r, WINDOW))
                      .contains(FindingKind.ROLES_NEVER_ASSIGNED)
                  == leftOut;
            });
  }

  @Test
  void customerWithoutLiveRelationship_isReported() {
    RelationshipAccess terminated =
        relationship(
            DelegatedAdminRelationshipStatus.TERMINATED,
            List.of(Role.USER_ADMINISTRATOR),
            Optional.empty(),
            Optional.of(NOW.minus(Duration.ofDays(3))),
            Duration.ZERO,
            List.of());
    RelationshipAccess pending =
        relationship(
            DelegatedAdminRelationshipStatus.APPROVAL_PENDING,
            List.of(Role.USER_ADMINISTRATOR),
            Optional.of(NOW),
            Optional.empty(),
            Duration.ZERO,
            List.of());

    assertThat(AccessFindings.of(CUSTOMER, List.of(), WINDOW))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CUSTOMER_WITHOUT_RELATIONSHIP);
              assertThat(f.relationshipId()).isEmpty();
              assertThat(f.ruleId()).isEmpty();
            });
    assertThat(kinds(AccessFindings.of(CUSTOMER, List.of(terminated), WINDOW)))
        .containsExactly(FindingKind.CUSTOMER_WITHOUT_RELATIONSHIP);
    assertThat(AccessFindings.of(CUSTOMER, List.of(pending), WINDOW)).isEmpty();
  }

  @Test
  void aRelationshipInOrder_givesEveryFindingAtOnce() {
    RelationshipAccess r =
        relationship(
            DelegatedAdminRelationshipStatus.ACTIVE,
            List.of(Role.GLOBAL_ADMINISTRATOR, Role.USER_ADMINISTRATOR),
            Optional.empty(),
            Optional.of(NOW.plus(Duration.ofDays(1))),
            Duration.ZERO,
            List.of());

    assertThat(kinds(AccessFindings.row(CUSTOMER, Optional.empty(), List.of(r), WINDOW).findings()))
        .containsExactly(
            FindingKind.GLOBAL_ADMINISTRATOR,
            FindingKind.EXPIRING,
            FindingKind.NO_ACCESS_ASSIGNMENT);
  }

  @Test
  void severities_rankLowToHigh() {
    assertThat(Severity.HIGH.atLeast(Severity.MEDIUM)).isTrue();
    assertThat(Severity.MEDIUM.atLeast(Severity.MEDIUM)).isTrue();
    assertThat(Severity.LOW.atLeast(Severity.MEDIUM)).isFalse();
  }

  @Test
  void summary_countsBySeverity() {
    ReportSummary summary =
        new ReportSummary(
            NOW,
            3,
            4,
            5,
            0,
            java.util.Map.of(
                FindingKind.GLOBAL_ADMINISTRATOR, 2L,
                FindingKind.EXPIRING, 1L,
                FindingKind.NO_ACCESS_ASSIGNMENT, 4L));

    assertThat(summary.findings()).hasSize(FindingKind.values().length);
    assertThat(summary.findingsAtLeast(Severity.LOW)).isEqualTo(7);
    assertThat(summary.findingsAtLeast(Severity.MEDIUM)).isEqualTo(3);
    assertThat(summary.findingsOf(Severity.HIGH)).isEqualTo(2);
  }

  @Test
  void window_refusesNegativeDurations() {
    assertThatThrownBy(() -> ReportWindow.of(NOW, Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expiringWithin");
    assertThatThrownBy(() -> new ReportWindow(NOW, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approvalWindow");
    assertThatThrownBy(() -> DelegatedAccessReport.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("client");
  }
}
