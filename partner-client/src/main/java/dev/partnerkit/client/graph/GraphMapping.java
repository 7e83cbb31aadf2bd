package dev.partnerkit.client.graph;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.AccessAssignmentId;
import dev.partnerkit.model.AccessAssignmentStatus;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Maps Microsoft Graph wire types to the model. Not API. */
final class GraphMapping {
  private GraphMapping() {}

  static Optional<GranularRelationship> relationship(
      DelegatedAdminRelationship r, PartnerId partner, List<AccessAssignment> assignments) {
    Optional<RelationshipId> id = parse(RelationshipId::of, r.getId());
    Optional<CustomerId> customer =
        r.getCustomer()
            .flatMap(DelegatedAdminRelationshipCustomerParticipant::getTenantId)
            .flatMap(t -> parse(CustomerId::parse, t));
    Optional<Duration> duration = r.getDuration().flatMap(GraphMapping::duration);
    Optional<Duration> autoExtend = r.getAutoExtendDuration().flatMap(GraphMapping::duration);
    Optional<Set<Role>> roles = roles(r.getAccessDetails());
    // A negative duration is as invalid as an unreadable one: the model refuses both.
    if (id.isEmpty()
        || roles.isEmpty()
        || customer.isEmpty()
        || r.getDisplayName().isEmpty()
        || duration.isEmpty()
        || duration.get().isNegative()
        || autoExtend.filter(Duration::isNegative).isPresent()
        || r.getCreatedDateTime().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        GranularRelationship.builder()
            .id(id.get())
            .partner(partner)
            .customer(customer.get())
            .displayName(r.getDisplayName().get())
            .duration(duration.get())
            .roles(roles.get())
            .autoExtendDuration(autoExtend.orElse(Duration.ZERO))
            .status(status(r.getStatus().orElse(DelegatedAdminRelationshipStatus.UNKNOWN)))
            .createdAt(r.getCreatedDateTime().get())
            .activatedAt(r.getActivatedDateTime())
            .endsAt(r.getEndDateTime())
            .accessAssignments(assignments)
            .build());
  }

  static Optional<AccessAssignment> accessAssignment(DelegatedAdminAccessAssignment a) {
    Optional<AccessAssignmentId> id = parse(AccessAssignmentId::of, a.getId());
    Optional<String> group =
        a.getAccessContainer()
            .map(DelegatedAdminAccessContainer::getAccessContainerId)
            .filter(g -> !g.isBlank());
    Optional<Set<Role>> roles = roles(a.getAccessDetails());
    if (id.isEmpty() || group.isEmpty() || roles.isEmpty() || a.getCreatedDateTime().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        AccessAssignment.builder()
            .id(id.get())
            .securityGroup(group.get())
            .roles(roles.get())
            .status(status(a.getStatus().orElse(DelegatedAdminAccessAssignmentStatus.UNKNOWN)))
            .createdAt(a.getCreatedDateTime().get())
            .build());
  }

  /** Returns every role Graph sent (none when it sent no access details), or empty for a bad id. */
  private static Optional<Set<Role>> roles(Optional<DelegatedAdminAccessDetails> details) {
    return details.isPresent() ? details.get().toModel() : Optional.of(Set.of());
  }

  /** Graph's statuses share the model's wire names, except {@code approved}. */
  static RelationshipStatus status(DelegatedAdminRelationshipStatus status) {
    switch (status) {
      case APPROVED:
        return RelationshipStatus.ACTIVATING;
      case UNKNOWN:
        return RelationshipStatus.UNKNOWN;
      default:
        return RelationshipStatus.fromWireName(wireName(status));
    }
  }

  static AccessAssignmentStatus status(DelegatedAdminAccessAssignmentStatus status) {
    switch (status) {
      case PENDING:
        return AccessAssignmentStatus.PENDING;
      case ACTIVE:
        return AccessAssignmentStatus.ACTIVE;
      case DELETING:
        return AccessAssignmentStatus.DELETING;
      case DELETED:
        return AccessAssignmentStatus.DELETED;
      case ERROR:
        return AccessAssignmentStatus.ERROR;
      default:
        return AccessAssignmentStatus.UNKNOWN;
    }
  }

  /** Returns the name Graph sends for a status, from its {@code @JsonProperty}. */
  static String wireName(Enum<?> value) {
    try {
      com.fasterxml.jackson.annotation.JsonProperty property =
          value
              .getDeclaringClass()
              .getField(value.name())
              .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      return property == null ? value.name() : property.value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("enum constant without a field: " + value, e);
    }
  }

  /**
   * Reads an ISO 8601 duration Graph accepts: a time-based one such as {@code P730D} or {@code
   * PT0S}, or a date-based one such as {@code P2Y} (years of 365 days, months of 30).
   */
  static Optional<Duration> duration(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.parse(t));
    } catch (DateTimeParseException e) {
      try {
        Period p = Period.parse(t);
        return Optional.of(
            Duration.ofDays(p.getYears() * 365L + p.getMonths() * 30L + p.getDays()));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static <T> Optional<T> parse(Function<String, T> of, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(of.apply(text.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
