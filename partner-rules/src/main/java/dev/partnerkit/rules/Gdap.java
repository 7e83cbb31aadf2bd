package dev.partnerkit.rules;

import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.validation.Limits;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The granular delegated admin rules (GDAP-1..11), which apply only under the modern policy
 * (POLICY-1).
 */
final class Gdap {
  private Gdap() {}

  /**
   * POLICY-1: decides a granular-relationship verb by {@code rules} under the modern policy, and
   * denies it under the seed policy.
   */
  static Decision underModernPolicy(ProgramPolicy policy, Supplier<Decision> rules) {
    if (!policy.allowsGranularRelationships()) {
      return Decision.denied(
          About.policy(policy)
              .reason(
                  Rule.POLICY_1,
                  "Granular delegated admin relationships exist only under the modern policy;"
                      + " use delegated-admin invitations under the seed policy."));
    }
    return rules.get();
  }

  /** What one verb checks of an existing relationship, once it is found. */
  @FunctionalInterface
  interface Check {
    void check(Reasons reasons, GranularRelationship relationship, RelationshipStatus status);
  }

  /**
   * Decides a verb on an existing relationship: denied with GDAP-6 when there is none, otherwise
   * with every reason the verb's check adds for the relationship as it stands now.
   */
  static Decision onExisting(
      ProgramView view, RelationshipId id, Instant now, ProgramPolicy policy, Check check) {
    Optional<GranularRelationship> stored =
        view.customerOfRelationship(id).flatMap(view::customer).map(c -> c.relationships().get(id));
    if (stored.isEmpty()) {
      return Decision.denied(
          About.relationship(id)
              .reason(Rule.GDAP_6, "There is no granular relationship " + id + "."));
    }
    GranularRelationship relationship = stored.get();
    Reasons reasons = new Reasons();
    check.check(reasons, relationship, TimeDriven.status(relationship, now, policy));
    return reasons.decision();
  }

  static void lockForApproval(
      Reasons reasons,
      Action.LockForApproval a,
      GranularRelationship relationship,
      RelationshipStatus status,
      ProgramPolicy policy) {
    requireOwner(reasons, a.by(), relationship, Rule.GDAP_6, "lock it for approval");
    requireStatus(
        reasons,
        relationship,
        status,
        RelationshipStatus.CREATED,
        Rule.GDAP_6,
        "locked for approval",
        policy);
  }

  static void approve(
      Reasons reasons,
      Action.ApproveRelationship a,
      GranularRelationship relationship,
      RelationshipStatus status,
      ProgramPolicy policy) {
    if (!a.by().is(relationship.getCustomer())) {
      reasons.add(
          Rule.DA_6,
          "Only customer "
              + relationship.getCustomer()
              + " approves relationship "
              + a.id()
              + "; "
              + a.by()
              + " cannot.",
          about(relationship));
    }
    requireStatus(
        reasons,
        relationship,
        status,
        RelationshipStatus.APPROVAL_PENDING,
        Rule.GDAP_6,
        "approved",
        policy);
  }

  static void delete(
      Reasons reasons,
      Action.DeleteRelationship a,
      GranularRelationship relationship,
      RelationshipStatus status,
      ProgramPolicy policy) {
    requireOwner(reasons, a.by(), relationship, Rule.GDAP_6, "delete it");
    requireStatus(
        reasons, relationship, status, RelationshipStatus.CREATED, Rule.GDAP_6, "deleted", policy);
  }

  static void terminate(
      Reasons reasons,
      Action.TerminateRelationship a,
      GranularRelationship relationship,
      RelationshipStatus status,
      ProgramPolicy policy) {
    if (!a.by().is(relationship.getPartner()) && !a.by().is(relationship.getCustomer())) {
      reasons.add(
          Rule.GDAP_6,
          "Only partner "
              + relationship.getPartner()
              + " or customer "
              + relationship.getCustomer()
              + " can terminate relationship "
              + a.id()
              + ".",
          about(relationship));
    }
    requireStatus(
        reasons,
        relationship,
        status,
        RelationshipStatus.ACTIVE,
        Rule.GDAP_6,
        "terminated",
        policy);
  }

  static Decision create(
      ProgramView view, Action.CreateRelationship a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Partner> partner = view.partner(a.partner());
    Optional<CustomerState> customer = view.customer(a.customer());
    if (partner.isEmpty()) {
      reasons.add(Messages.unknownPartner(Rule.ELIG_1, a.partner()));
    }
    if (customer.isEmpty()) {
      reasons.add(Messages.unknownCustomer(Rule.CLOUD_4, a.customer()));
    }
    if (view.customerOfRelationship(a.id()).isPresent()) {
      reasons.add(Messages.relationshipIdInUse(a.id()));
    }
    if (reasons.any()) {
      return reasons.decision();
    }
    Clouds.checkClouds(
        reasons,
        partner.get(),
        customer.get().customer(),
        EnumSet.of(Capability.GRANULAR_ADMIN),
        now,
        policy);
    Eligibility.requireCertified(
        reasons, partner.get(), now, policy, "ask for a granular relationship");
    checkTerms(
        view,
        reasons,
        a.id(),
        About.relationship(a.id()).and(a.partner()).and(a.customer()),
        a.partner(),
        a.displayName(),
        Optional.empty(),
        a.duration(),
        a.roles(),
        a.autoExtend(),
        policy);
    return reasons.decision();
  }

  static void update(
      ProgramView view,
      Reasons reasons,
      Action.UpdateRelationship a,
      GranularRelationship relationship,
      RelationshipStatus status,
      ProgramPolicy policy) {
    requireOwner(reasons, a.by(), relationship, Rule.GDAP_3, "change it");
    if (status != RelationshipStatus.CREATED) {
      reasons.add(
          Rule.GDAP_3,
          "Relationship "
              + a.id()
              + " is "
              + status.getWireName()
              + "; its name, duration, customer and roles change only while it is created.",
          about(relationship));
      if (status.isFinal()) {
        addFinal(reasons, relationship, status);
      }
      return;
    }
    checkTerms(
        view,
        reasons,
        relationship.getId(),
        about(relationship),
        relationship.getPartner(),
        a.displayName().orElse(relationship.getDisplayName()),
        Optional.of(relationship.getDisplayName()),
        a.duration().orElse(relationship.getDuration()),
        a.roles().orElse(relationship.getRoles()),
        a.autoExtend().orElse(relationship.getAutoExtendDuration()),
        policy);
  }

  private static void checkTerms(
      ProgramView view,
      Reasons reasons,
      RelationshipId id,
      About about,
      PartnerId partner,
      String displayName,
      Optional<String> currentName,
      Duration duration,
      Set<Role> roles,
      Duration autoExtend,
      ProgramPolicy policy) {
    if (!within(
        duration, policy.getMinRelationshipDuration(), policy.getMaxRelationshipDuration())) {
      reasons.add(
          Rule.GDAP_1,
          "The duration "
              + duration
              + " is outside "
              + policy.getMinRelationshipDuration().toDays()
              + " to "
              + policy.getMaxRelationshipDuration().toDays()
              + " days; no relationship is permanent.",
          about);
    }
    if (displayName.isBlank()
        || displayName.length() < Limits.RELATIONSHIP_DISPLAY_NAME_MIN_LENGTH
        || displayName.length() > Limits.RELATIONSHIP_DISPLAY_NAME_MAX_LENGTH) {
      reasons.add(
          Rule.GDAP_2,
          "The display name must be "
              + Limits.RELATIONSHIP_DISPLAY_NAME_MIN_LENGTH
              + " to "
              + Limits.RELATIONSHIP_DISPLAY_NAME_MAX_LENGTH
              + " characters, but has "
              + displayName.length()
              + ".",
          about);
    } else if (!currentName.filter(displayName::equals).isPresent()
        && view.isDisplayNameTaken(partner, displayName)) {
      reasons.add(Messages.displayNameTaken(id, partner, displayName));
    }
    boolean extending = !autoExtend.isZero();
    if (extending && !autoExtend.equals(policy.getAutoExtendDuration())) {
      reasons.add(
          Rule.GDAP_4,
          "Auto-extend is "
              + autoExtend
              + "; it must be PT0S (off) or "
              + policy.getAutoExtendDuration()
              + ".",
          about);
    }
    if (extending && roles.contains(Role.GLOBAL_ADMINISTRATOR)) {
      reasons.add(
          Rule.GDAP_5,
          "A relationship with the Global Administrator role cannot auto-extend; remove the role or set auto-extend to PT0S.",
          about);
    }
  }

  static void removeRole(
      Reasons reasons,
      Action.RemoveRole a,
      GranularRelationship relationship,
      RelationshipStatus status) {
    requireOwner(reasons, a.by(), relationship, Rule.GDAP_3, "remove its roles");
    if (!relationship.getRoles().contains(a.role())) {
      reasons.add(
          Rule.GDAP_3,
          "Relationship " + a.id() + " has no role " + a.role() + " to remove.",
          about(relationship));
    }
    if (status.isInForce()) {
      if (!a.role().equals(Role.GLOBAL_ADMINISTRATOR)) {
        reasons.add(
            Rule.GDAP_11,
            "While relationship "
                + a.id()
                + " is active the only role change allowed is removing GLOBAL_ADMINISTRATOR, not "
                + a.role()
                + ".",
            about(relationship));
      }
    } else if (status != RelationshipStatus.CREATED) {
      reasons.add(
          Rule.GDAP_3,
          "Relationship "
              + a.id()
              + " is "
              + status.getWireName()
              + "; roles change only while it is created (or, when active, by removing GLOBAL_ADMINISTRATOR).",
          about(relationship));
      if (status.isFinal()) {
        addFinal(reasons, relationship, status);
      }
    }
  }

  static void assignAccess(
      Reasons reasons,
      Action.AssignAccess a,
      GranularRelationship relationship,
      RelationshipStatus status) {
    requireOwner(reasons, a.by(), relationship, Rule.GDAP_7, "assign its access");
    if (!status.isInForce()) {
      reasons.add(
          Rule.GDAP_7,
          "Relationship "
              + a.relationship()
              + " is "
              + status.getWireName()
              + "; access is assigned only while it is active.",
          about(relationship));
      if (status.isFinal()) {
        addFinal(reasons, relationship, status);
      }
    }
    if (a.securityGroup().isBlank()) {
      reasons.add(
          Rule.GDAP_7,
          "An access assignment names the security group that receives the roles.",
          about(relationship));
    }
    if (a.roles().isEmpty()) {
      reasons.add(
          Rule.GDAP_7,
          "An access assignment gives one or more of the relationship's roles.",
          about(relationship));
    } else if (!relationship.getRoles().containsAll(a.roles())) {
      Set<Role> extra = new TreeSet<>(a.roles());
      extra.removeAll(relationship.getRoles());
      reasons.add(
          Rule.GDAP_7,
          "Roles "
              + extra
              + " are not among relationship "
              + a.relationship()
              + "'s approved roles "
              + new TreeSet<>(relationship.getRoles())
              + ".",
          about(relationship));
    }
  }

  private static void requireOwner(
      Reasons reasons, Actor by, GranularRelationship relationship, Rule rule, String what) {
    if (!by.is(relationship.getPartner())) {
      reasons.add(
          rule,
          "Only partner "
              + relationship.getPartner()
              + ", which created relationship "
              + relationship.getId()
              + ", can "
              + what
              + "; "
              + by
              + " cannot.",
          about(relationship));
    }
  }

  private static void requireStatus(
      Reasons reasons,
      GranularRelationship relationship,
      RelationshipStatus status,
      RelationshipStatus required,
      Rule rule,
      String what,
      ProgramPolicy policy) {
    boolean ok = required == RelationshipStatus.ACTIVE ? status.isInForce() : status == required;
    if (ok) {
      return;
    }
    reasons.add(
        rule,
        "Relationship "
            + relationship.getId()
            + " is "
            + status.getWireName()
            + "; it can be "
            + what
            + " only while "
            + required.getWireName()
            + ".",
        about(relationship));
    if (status == RelationshipStatus.EXPIRED
        && relationship.getStatus() == RelationshipStatus.APPROVAL_PENDING) {
      reasons.add(
          Rule.GDAP_8,
          "Relationship "
              + relationship.getId()
              + " was not approved within "
              + policy.getApprovalWindow().toDays()
              + " days of its lock for approval, so it expired.",
          about(relationship));
    }
    if (status.isFinal()) {
      addFinal(reasons, relationship, status);
    }
  }

  private static void addFinal(
      Reasons reasons, GranularRelationship relationship, RelationshipStatus status) {
    reasons.add(
        Rule.GDAP_9,
        "Relationship "
            + relationship.getId()
            + " is "
            + status.getWireName()
            + " and is never reactivated; create a new relationship.",
        about(relationship));
  }

  /** Returns whether a duration is a whole, positive number of seconds within the bounds. */
  private static boolean within(Duration value, Duration min, Duration max) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  /** What a reason about an existing relationship concerns: it, its partner and its customer. */
  private static About about(GranularRelationship relationship) {
    return About.relationship(relationship.getId())
        .and(relationship.getPartner())
        .and(relationship.getCustomer());
  }
}
