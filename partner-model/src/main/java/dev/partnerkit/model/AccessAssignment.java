package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An access assignment of a granular relationship: a security group in the partner's tenant and the
 * relationship's roles its members get in the customer's tenant (GDAP-7).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccessAssignment.class)
@JsonDeserialize(as = ImmutableAccessAssignment.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface AccessAssignment {
  /**
   * Returns the assignment's id.
   *
   * @return the id
   */
  @NotNull
  AccessAssignmentId getId();

  /**
   * Returns the security group that receives the roles (its name or object id).
   *
   * @return the group
   */
  @NotBlank
  @Size(max = Limits.SECURITY_GROUP_MAX_LENGTH)
  String getSecurityGroup();

  /**
   * Returns the roles the group gets, a subset of the relationship's roles: every one it was given,
   * named by {@link dev.partnerkit.model.Role} or not (GDAP-12).
   *
   * @return one or more roles, in {@link dev.partnerkit.model.Role}'s order (GDAP-12's table, then
   *     unnamed roles by id), so that JSON lists them the same way every time
   */
  @NotEmpty
  @Value.NaturalOrder
  SortedSet<Role> getRoles();

  /**
   * Returns the assignment's status; defaults to {@link AccessAssignmentStatus#ACTIVE}.
   *
   * @return the status
   */
  @Value.Default
  default AccessAssignmentStatus getStatus() {
    return AccessAssignmentStatus.ACTIVE;
  }

  /**
   * Returns when it was made.
   *
   * @return the creation time
   */
  @NotNull
  Instant getCreatedAt();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableAccessAssignment.Builder builder() {
    return ImmutableAccessAssignment.builder();
  }
}
