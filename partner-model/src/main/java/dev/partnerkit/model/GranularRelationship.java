package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A granular delegated admin relationship (GDAP, modern policy): time-bound, least-privilege access
 * that a partner asks for and a customer approves, with the roles it carries and the access
 * assignments that hand those roles to the partner's security groups.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. The lifecycle (GDAP-6) and the
 * bounds on duration and name (GDAP-1, GDAP-2) are rules in partner-rules; this type only refuses
 * shapes no relationship can have, such as a negative duration.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGranularRelationship.class)
@JsonDeserialize(as = ImmutableGranularRelationship.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface GranularRelationship {
  /**
   * Returns the relationship's id.
   *
   * @return the id
   */
  @NotNull
  RelationshipId getId();

  /**
   * Returns the partner that asked for it.
   *
   * @return the partner
   */
  @NotNull
  PartnerId getPartner();

  /**
   * Returns the customer it gives access to.
   *
   * @return the customer
   */
  @NotNull
  CustomerId getCustomer();

  /**
   * Returns its display name, unique among the partner's relationships (GDAP-2).
   *
   * @return {@value dev.partnerkit.model.validation.Limits#RELATIONSHIP_DISPLAY_NAME_MIN_LENGTH} to
   *     {@value dev.partnerkit.model.validation.Limits#RELATIONSHIP_DISPLAY_NAME_MAX_LENGTH}
   *     characters
   */
  @NotNull
  @Size(
      min = Limits.RELATIONSHIP_DISPLAY_NAME_MIN_LENGTH,
      max = Limits.RELATIONSHIP_DISPLAY_NAME_MAX_LENGTH)
  String getDisplayName();

  /**
   * Returns how long it lasts once approved, as an ISO-8601 duration such as {@code P730D}
   * (GDAP-1).
   *
   * @return the duration
   */
  @NotNull
  Duration getDuration();

  /**
   * Returns the roles it carries: every one it was given, named by {@link
   * dev.partnerkit.model.Role} or not (GDAP-12).
   *
   * @return the roles, in {@link dev.partnerkit.model.Role}'s order (GDAP-12's table, then unnamed
   *     roles by id), so that JSON lists them the same way every time
   */
  @Value.NaturalOrder
  SortedSet<Role> getRoles();

  /**
   * Returns its auto-extend duration: {@code PT0S} (off) or {@code P180D} (GDAP-4).
   *
   * @return the auto-extend duration; defaults to zero
   */
  @Value.Default
  default Duration getAutoExtendDuration() {
    return Duration.ZERO;
  }

  /**
   * Returns where it stands; defaults to {@link RelationshipStatus#CREATED}.
   *
   * @return the status
   */
  @Value.Default
  default RelationshipStatus getStatus() {
    return RelationshipStatus.CREATED;
  }

  /**
   * Returns when the partner created it.
   *
   * @return the creation time
   */
  @NotNull
  Instant getCreatedAt();

  /**
   * Returns when it was locked for approval, if it was (GDAP-8 counts from here).
   *
   * @return the lock time
   */
  Optional<Instant> getLockedAt();

  /**
   * Returns when the customer approved it, if it did.
   *
   * @return the activation time
   */
  Optional<Instant> getActivatedAt();

  /**
   * Returns when it ends or ended: activation plus duration, moved on by auto-extensions (GDAP-10).
   *
   * @return the end time
   */
  Optional<Instant> getEndsAt();

  /**
   * Returns its access assignments.
   *
   * @return the assignments
   */
  List<@Valid AccessAssignment> getAccessAssignments();

  /**
   * Returns whether it auto-extends.
   *
   * @return true when the auto-extend duration is not zero
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean isAutoExtending() {
    return !getAutoExtendDuration().isZero();
  }

  /** Rejects negative durations. */
  @Value.Check
  default void check() {
    if (getDuration().isNegative()) {
      throw new IllegalArgumentException(
          "GranularRelationship.duration must not be negative, but was " + getDuration());
    }
    if (getAutoExtendDuration().isNegative()) {
      throw new IllegalArgumentException(
          "GranularRelationship.autoExtendDuration must not be negative, but was "
              + getAutoExtendDuration());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableGranularRelationship.Builder builder() {
    return ImmutableGranularRelationship.builder();
  }
}
