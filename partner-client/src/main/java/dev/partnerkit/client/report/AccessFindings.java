package dev.partnerkit.client.report;

import dev.partnerkit.client.graph.DelegatedAdminRelationshipStatus;
import dev.partnerkit.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The report's findings, as pure functions of what was read and the report's window: no I/O, no
 * clock of their own.
 *
 * <p>Thread-safe: a utility class.
 */
public final class AccessFindings {
  private AccessFindings() {}

  /**
   * Returns a customer's row with its findings.
   *
   * @param customerId the tenant id
   * @param customerName the name, or empty
   * @param relationships the customer's relationships with their assignments
   * @param window when the report is made and how far ahead it looks
   * @return the row
   */
  public static CustomerAccess row(
      String customerId,
      Optional<String> customerName,
      List<RelationshipAccess> relationships,
      ReportWindow window) {
    return new CustomerAccess(
        customerId, customerName, relationships, of(customerId, relationships, window));
  }

  /**
   * Returns what the report finds about one customer: for each relationship in turn its findings
   * (in {@link FindingKind}'s order), then the customer's own.
   *
   * @param customerId the tenant id
   * @param relationships the customer's relationships, each with its assignments
   * @param window when the report is made and how far ahead it looks
   * @return the findings; empty when there is nothing to report
   */
  public static List<Finding> of(
      String customerId, List<RelationshipAccess> relationships, ReportWindow window) {
    List<Finding> findings = new ArrayList<>();
    for (RelationshipAccess relationship : relationships) {
      findings.addAll(of(customerId, relationship, window));
    }
    boolean anyLive =
        relationships.stream()
            .anyMatch(
                r ->
                    r.isInForce()
                        || r.status() == DelegatedAdminRelationshipStatus.APPROVAL_PENDING);
    if (!anyLive) {
      findings.add(
          new Finding(
              FindingKind.CUSTOMER_WITHOUT_RELATIONSHIP,
              customerId,
              Optional.empty(),
              relationships.isEmpty()
                  ? "No granular relationship with this customer: the partner cannot administer it"
                      + " through GDAP; ask it to approve one if it needs administration."
                  : "No granular relationship in force or waiting for approval ("
                      + relationships.size()
                      + " ended or not yet locked for approval); an ended one is never reactivated"
                      + " (GDAP-9), so a new one is needed."));
    }
    return findings;
  }

  /**
   * Returns what the report finds about one relationship.
   *
   * @param customerId the customer's tenant id
   * @param relationship the relationship with its assignments
   * @param window when the report is made and how far ahead it looks
   * @return the findings, in {@link FindingKind}'s order
   */
  public static List<Finding> of(
      String customerId, RelationshipAccess relationship, ReportWindow window) {
    List<Finding> findings = new ArrayList<>();
    Optional<String> id = Optional.of(relationship.id());
    String label = "Relationship " + relationship.label();
    if (relationship.isInForce() && relationship.roles().contains(Role.GLOBAL_ADMINISTRATOR)) {
      findings.add(
          new Finding(
              FindingKind.GLOBAL_ADMINISTRATOR,
              customerId,
              id,
              label
                  + " holds Global Administrator, every task in the customer's tenant; it cannot"
                  + " auto-extend (GDAP-5). Grant narrower roles in a new relationship."));
    }
    boolean active = relationship.status() == DelegatedAdminRelationshipStatus.ACTIVE;
    Optional<Instant> end = relationship.endsAt();
    if (active && end.isPresent() && window.reaches(end.get())) {
      String when = "ends " + end.get() + " (" + days(window.now(), end.get()) + ")";
      findings.add(
          relationship.autoExtends()
              ? new Finding(
                  FindingKind.EXPIRING_AUTO_EXTENDS,
                  customerId,
                  id,
                  label
                      + " "
                      + when
                      + " and auto-extends by "
                      + relationship.autoExtend().toDays()
                      + " days (GDAP-10).")
              : new Finding(
                  FindingKind.EXPIRING,
                  customerId,
                  id,
                  label
                      + " "
                      + when
                      + " and does not auto-extend: once ended it is never reactivated (GDAP-9);"
                      + " ask the customer to approve a new one before then."));
    }
    if (relationship.status() == DelegatedAdminRelationshipStatus.APPROVAL_PENDING) {
      // Graph does not say when the lock for approval happened; nothing changes a relationship
      // waiting for approval, so its last change is the lock, and its creation the earliest bound.
      Optional<Instant> locked = relationship.lastModifiedAt().or(relationship::createdAt);
      if (locked.isPresent()) {
        Instant lapse = locked.get().plus(window.approvalWindow());
        if (window.reaches(lapse)) {
          findings.add(
              new Finding(
                  FindingKind.PENDING_APPROVAL_LAPSING,
                  customerId,
                  id,
                  label
                      + " has waited for the customer's approval since "
                      + locked.get()
                      + (lapse.isAfter(window.now()) ? " and lapses " : " and lapsed ")
                      + lapse
                      + " ("
                      + days(window.now(), lapse)
                      + "), "
                      + window.approvalWindow().toDays()
                      + " days after the lock (GDAP-8)."));
        }
      }
    }
    if (active) {
      List<AssignmentAccess> live =
          relationship.assignments().stream().filter(AssignmentAccess::isLive).toList();
      if (live.isEmpty()) {
        findings.add(
            new Finding(
                FindingKind.NO_ACCESS_ASSIGNMENT,
                customerId,
                id,
                label
                    + " is active but has no access assignment, so no one can use its "
                    + relationship.roles().size()
                    + (relationship.roles().size() == 1 ? " role" : " roles")
                    + " (GDAP-7); assign them to a security group or end the relationship."));
      } else {
        TreeSet<Role> unassigned = new TreeSet<>(relationship.roles());
        live.forEach(a -> a.roles().forEach(unassigned::remove));
        if (!unassigned.isEmpty()) {
          findings.add(
              new Finding(
                  FindingKind.ROLES_NEVER_ASSIGNED,
                  customerId,
                  id,
                  label
                      + " was approved for roles no access assignment gives: "
                      + Roles.names(unassigned)
                      + " (GDAP-7); leave them out of the next relationship."));
        }
      }
    }
    return findings;
  }

  /** Says how far off a time is, in whole days, for messages: "in 12 days", "3 days ago". */
  static String days(Instant now, Instant at) {
    long days = Duration.between(now, at).toDays();
    if (days == 0) {
      return at.isBefore(now) ? "today, already past" : "within a day";
    }
    return days > 0
        ? "in " + days + (days == 1 ? " day" : " days")
        : -days + (days == -1 ? " day ago" : " days ago");
  }
}
