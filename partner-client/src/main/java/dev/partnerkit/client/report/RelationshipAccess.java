package dev.partnerkit.client.report;

import dev.partnerkit.client.graph.DelegatedAdminRelationship;
import dev.partnerkit.client.graph.DelegatedAdminRelationshipStatus;
import dev.partnerkit.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A granular relationship as the report shows it, with its access assignments.
 *
 * <p>Immutable and thread-safe; create with {@link #of(DelegatedAdminRelationship, List)} or the
 * constructor.
 *
 * @param id the relationship's id
 * @param displayName its display name; empty when Graph sent none
 * @param status where it stands; {@code UNKNOWN} when Graph sent none
 * @param roles the approved roles, in GDAP-12's table order, then unnamed ones by id
 * @param createdAt when it was created
 * @param lastModifiedAt when it last changed; for one waiting for approval, the lock for approval
 * @param endsAt when it ends or ended
 * @param autoExtend how far it extends itself at its end: {@code P180D}, or zero when it does not
 * @param assignments its access assignments; read only for an active relationship, since only an
 *     active one has them (GDAP-7)
 */
public record RelationshipAccess(
    String id,
    Optional<String> displayName,
    DelegatedAdminRelationshipStatus status,
    List<Role> roles,
    Optional<Instant> createdAt,
    Optional<Instant> lastModifiedAt,
    Optional<Instant> endsAt,
    Duration autoExtend,
    List<AssignmentAccess> assignments) {
  // Where the partner holds the roles, or is about to: these relationships are access in force.
  private static final Set<DelegatedAdminRelationshipStatus> IN_FORCE =
      EnumSet.of(
          DelegatedAdminRelationshipStatus.APPROVED,
          DelegatedAdminRelationshipStatus.ACTIVATING,
          DelegatedAdminRelationshipStatus.ACTIVE);

  /**
   * Creates a relationship.
   *
   * @param id the id
   * @param displayName the display name, or empty
   * @param status the status
   * @param roles the approved roles
   * @param createdAt when created, or empty
   * @param lastModifiedAt when last changed, or empty
   * @param endsAt when it ends, or empty
   * @param autoExtend the auto-extension, zero for none
   * @param assignments the access assignments
   */
  public RelationshipAccess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(status, "status");
    roles = List.copyOf(roles);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
    Objects.requireNonNull(endsAt, "endsAt");
    Objects.requireNonNull(autoExtend, "autoExtend");
    if (autoExtend.isNegative()) {
      throw new IllegalArgumentException(
          "RelationshipAccess.autoExtend must be zero or positive, but was " + autoExtend);
    }
    assignments = List.copyOf(assignments);
  }

  /**
   * Returns the report's view of a relationship read from Graph, with its assignments.
   *
   * @param relationship the relationship
   * @param assignments its assignments, already read; empty when none were read
   * @return the view; an auto-extend duration Graph sent that is no ISO-8601 duration counts as
   *     none, the safe reading for a reviewer
   */
  public static RelationshipAccess of(
      DelegatedAdminRelationship relationship, List<AssignmentAccess> assignments) {
    return new RelationshipAccess(
        relationship.getId(),
        relationship.getDisplayName(),
        relationship.getStatus().orElse(DelegatedAdminRelationshipStatus.UNKNOWN),
        Roles.of(relationship.getAccessDetails()),
        relationship.getCreatedDateTime(),
        relationship.getLastModifiedDateTime(),
        relationship.getEndDateTime(),
        relationship
            .getAutoExtendDuration()
            .flatMap(RelationshipAccess::duration)
            .filter(d -> !d.isNegative())
            .orElse(Duration.ZERO),
        assignments);
  }

  /**
   * Returns a copy with other assignments.
   *
   * @param assignments the assignments
   * @return the copy
   */
  public RelationshipAccess withAssignments(List<AssignmentAccess> assignments) {
    return new RelationshipAccess(
        id, displayName, status, roles, createdAt, lastModifiedAt, endsAt, autoExtend, assignments);
  }

  /**
   * Returns whether the relationship extends itself when it reaches its end (GDAP-10).
   *
   * @return true when {@link #autoExtend()} is positive
   */
  public boolean autoExtends() {
    return !autoExtend.isZero();
  }

  /**
   * Returns whether the partner holds the roles now or is about to: approved, activating or active.
   *
   * @return true when in force
   */
  public boolean isInForce() {
    return IN_FORCE.contains(status);
  }

  /**
   * Returns its display name, or its id when it has none, for messages.
   *
   * @return the label
   */
  public String label() {
    return displayName.map(name -> "'" + name + "' (" + id + ")").orElse(id);
  }

  private static Optional<Duration> duration(String text) {
    try {
      return Optional.of(Duration.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
