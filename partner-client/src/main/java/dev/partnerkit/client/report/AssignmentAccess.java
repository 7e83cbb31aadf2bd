package dev.partnerkit.client.report;

import dev.partnerkit.client.graph.DelegatedAdminAccessAssignment;
import dev.partnerkit.client.graph.DelegatedAdminAccessAssignmentStatus;
import dev.partnerkit.client.graph.DelegatedAdminAccessContainer;
import dev.partnerkit.model.Role;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An access assignment as the report shows it: the security group and the roles its members get.
 *
 * <p>Immutable and thread-safe; create with {@link #of(DelegatedAdminAccessAssignment)} or the
 * constructor.
 *
 * @param id the assignment's id
 * @param securityGroup the security group's id ({@code accessContainerId}); empty when Graph sent
 *     none
 * @param status where the assignment stands; {@code UNKNOWN} when Graph sent none
 * @param roles the roles, in GDAP-12's table order, then unnamed ones by id
 */
public record AssignmentAccess(
    String id,
    Optional<String> securityGroup,
    DelegatedAdminAccessAssignmentStatus status,
    List<Role> roles) {
  /**
   * Creates an assignment.
   *
   * @param id the id
   * @param securityGroup the group, or empty
   * @param status the status
   * @param roles the roles
   */
  public AssignmentAccess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(securityGroup, "securityGroup");
    Objects.requireNonNull(status, "status");
    roles = List.copyOf(roles);
  }

  /**
   * Returns the report's view of an assignment read from Graph.
   *
   * @param assignment the assignment
   * @return the view
   */
  public static AssignmentAccess of(DelegatedAdminAccessAssignment assignment) {
    return new AssignmentAccess(
        assignment.getId(),
        assignment.getAccessContainer().map(DelegatedAdminAccessContainer::getAccessContainerId),
        assignment.getStatus().orElse(DelegatedAdminAccessAssignmentStatus.UNKNOWN),
        Roles.of(assignment.getAccessDetails()));
  }

  /**
   * Returns whether the assignment gives, or is about to give, its roles: {@code active} or {@code
   * pending}. One being deleted, deleted or failed gives nothing.
   *
   * @return true when it counts as access
   */
  public boolean isLive() {
    return status == DelegatedAdminAccessAssignmentStatus.ACTIVE
        || status == DelegatedAdminAccessAssignmentStatus.PENDING;
  }
}
