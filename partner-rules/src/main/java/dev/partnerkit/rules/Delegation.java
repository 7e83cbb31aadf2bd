package dev.partnerkit.rules;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The delegated-admin rules (DA): accepting the delegated-admin option, revoking a grant, and what
 * a partner may administer under a grant or granular relationships; with the read-only questions
 * they share (active grants, roles in force, delegated admins, customers of a partner).
 *
 * <p>Pure functions of the state, the time and the policy; a utility class.
 */
final class Delegation {
  /** The capabilities delegated-admin invitations and their acceptance need; never modified. */
  static final Set<Capability> DELEGATED_ADMIN =
      Collections.unmodifiableSet(EnumSet.of(Capability.DELEGATED_ADMIN));

  private Delegation() {}

  /** Answers {@link ProgramRules#mayAcceptDelegatedAdmin}. */
  static Decision mayAcceptDelegatedAdmin(
      ProgramView view, CustomerId customer, PartnerId partner, Instant now, ProgramPolicy policy) {
    Optional<CustomerState> state = view.customer(customer);
    if (state.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.DA_1, customer));
    }
    Optional<Partner> found = view.partner(partner);
    if (found.isEmpty()) {
      return Decision.denied(Messages.unknownPartner(Rule.DA_1, partner));
    }
    return mayAcceptDelegatedAdmin(state.get(), found.get(), now, policy);
  }

  /** Decides the acceptance for a registered customer and partner (CLOUD-*, ELIG-5, DA-2). */
  private static Decision mayAcceptDelegatedAdmin(
      CustomerState state, Partner partner, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Clouds.checkClouds(reasons, partner, state.customer(), DELEGATED_ADMIN, now, policy);
    checkDelegatedAdminAcceptance(reasons, state, partner, now, policy, Optional.empty());
    return reasons.decision();
  }

  /**
   * Adds the reasons against accepting the partner's delegated-admin option now: ELIG-5 (with
   * ELIG-4 where it explains the lapse) and, under the seed policy, DA-2. {@code invitation} is the
   * one being accepted; empty when the question is asked without one.
   */
  static void checkDelegatedAdminAcceptance(
      Reasons reasons,
      CustomerState customer,
      Partner partner,
      Instant now,
      ProgramPolicy policy,
      Optional<InvitationId> invitation) {
    // Written as checkClouds is, so that an allowed decision allocates nothing.
    if (!Eligibility.isCertified(partner, now, policy)) {
      About about =
          (invitation.isPresent()
                  ? About.invitation(invitation.get())
                  : About.partner(partner.getId()))
              .and(partner.getId())
              .and(customer.customer().getId());
      reasons.add(Rule.ELIG_5, lapsedCertification(partner), about);
      Eligibility.explainUnheldPrerequisite(reasons, partner, now, policy, about);
    }
    if (policy.getEra() == Era.SEED) {
      List<DelegationGrant> grants = customer.grants();
      for (int i = 0, n = grants.size(); i < n; i++) {
        DelegationGrant grant = grants.get(i);
        if (grant.getStatus() == GrantStatus.ACTIVE
            && !grant.getPartner().equals(partner.getId())) {
          reasons.add(
              Rule.DA_2,
              anotherDelegatedAdmin(customer, grant),
              About.customer(customer.customer().getId()).and(grant.getPartner()));
          break;
        }
      }
    }
  }

  private static String lapsedCertification(Partner partner) {
    return "Partner "
        + partner.getId()
        + " is no longer certified for delegated administration (its qualifying enrollment lapsed"
        + " since it sent the invitation), so accepting it would grant nothing; the partner must"
        + " re-certify and send a new invitation.";
  }

  private static String anotherDelegatedAdmin(CustomerState customer, DelegationGrant grant) {
    return "Customer "
        + customer.customer().getId()
        + " already has partner "
        + grant.getPartner()
        + " as its delegated admin, and a customer has at most one; the customer must revoke"
        + " that grant first.";
  }

  static Decision revokeDelegation(ProgramView view, Action.RevokeDelegation a) {
    Optional<CustomerState> customer = view.customer(a.customer());
    if (customer.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.DA_5, a.customer()));
    }
    Reasons reasons = new Reasons();
    if (!a.by().is(a.customer())) {
      reasons.add(
          Rule.DA_5,
          "Only the customer revokes its delegated-admin grants; "
              + a.by()
              + " cannot revoke it for the customer.",
          About.customer(a.customer()).and(a.partner()));
    }
    if (activeGrant(customer.get(), a.partner()).isEmpty()) {
      reasons.add(
          Rule.DA_5,
          "Partner "
              + a.partner()
              + " holds no active delegated-admin grant from customer "
              + a.customer()
              + " to revoke.",
          About.customer(a.customer()).and(a.partner()));
    }
    return reasons.decision();
  }

  /**
   * DA-9: a partner gives up its own active grant; a customer revokes with {@link
   * #revokeDelegation} instead, and a granular relationship ends by termination.
   */
  static Decision relinquishDelegation(
      ProgramView view, Action.RelinquishDelegation a, Instant now, ProgramPolicy policy) {
    Optional<CustomerState> customer = view.customer(a.customer());
    if (customer.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.DA_9, a.customer()));
    }
    Optional<PartnerId> partner = a.by().asPartner();
    if (partner.isEmpty()) {
      return Decision.denied(
          About.customer(a.customer())
              .reason(
                  Rule.DA_9,
                  "Only the partner holding a delegated-admin grant gives it up; "
                      + a.by()
                      + " is a customer, and a customer revokes a grant with revokeDelegation"
                      + " (DA-5)."));
    }
    if (activeGrant(customer.get(), partner.get()).isPresent()) {
      return Decision.allowed();
    }
    boolean granular = !rolesInForce(customer.get(), partner.get(), now, policy).isEmpty();
    return Decision.denied(
        About.customer(a.customer())
            .and(partner.get())
            .reason(
                Rule.DA_9,
                "Partner "
                    + partner.get()
                    + " holds no active delegated-admin grant from customer "
                    + a.customer()
                    + " to give up"
                    + (granular
                        ? "; its granular relationships end by termination (GDAP-6)."
                        : ".")));
  }

  /** Answers {@link ProgramRules#activeGrant}. */
  static Optional<DelegationGrant> activeGrant(CustomerState customer, PartnerId partner) {
    // Indexed, not an iterator: this runs in most customer actions' decisions.
    List<DelegationGrant> grants = customer.grants();
    for (int i = 0, n = grants.size(); i < n; i++) {
      DelegationGrant grant = grants.get(i);
      if (grant.getStatus() == GrantStatus.ACTIVE && grant.getPartner().equals(partner)) {
        return Optional.of(grant);
      }
    }
    return Optional.empty();
  }

  /** Answers {@link ProgramRules#mayPerform}. */
  static Decision mayPerform(
      ProgramView view,
      PartnerId partner,
      CustomerId customer,
      AdminTask task,
      Instant now,
      ProgramPolicy policy) {
    Optional<CustomerState> state = view.customer(customer);
    if (state.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.DA_1, customer));
    }
    if (activeGrant(state.get(), partner).isPresent()) {
      return Decision.allowed();
    }
    Set<Role> roles = rolesInForce(state.get(), partner, now, policy);
    if (roles.isEmpty()) {
      return Decision.denied(
          About.customer(customer)
              .and(partner)
              .reason(
                  Rule.DA_1,
                  "Partner "
                      + partner
                      + " is not authorized to administer customer "
                      + customer
                      + "; the customer must first accept an invitation with the delegated-admin option"
                      + (policy.allowsGranularRelationships()
                          ? " or approve a granular relationship."
                          : ".")));
    }
    for (Role role : roles) {
      if (policy.getTaskCoverage().getOrDefault(role, Set.of()).contains(task)) {
        return Decision.allowed();
      }
    }
    Set<Role> covering = new TreeSet<>();
    policy
        .getTaskCoverage()
        .forEach(
            (role, tasks) -> {
              if (tasks.contains(task)) {
                covering.add(role);
              }
            });
    About about = About.customer(customer).and(partner);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        about.reason(
            Rule.DA_4,
            "Partner "
                + partner
                + "'s granular roles "
                + new TreeSet<>(roles)
                + " do not cover "
                + task
                + "; a relationship with one of "
                + covering
                + " would."));
    coveringNothing(roles, about, policy).ifPresent(reasons::add);
    return Decision.denied(reasons);
  }

  /**
   * Returns the GDAP-12 reason for the roles among {@code roles} that cover no admin task and no
   * service requests, when there are any: a relationship keeps them, but they grant nothing here.
   */
  static Optional<Reason> coveringNothing(Set<Role> roles, About about, ProgramPolicy policy) {
    Set<Role> idle = new TreeSet<>();
    for (Role role : roles) {
      if (!policy.coversAnything(role)) {
        idle.add(role);
      }
    }
    if (idle.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        about.reason(
            Rule.GDAP_12,
            "Roles "
                + idle
                + " cover no administrative task and no service requests; only the roles of"
                + " GDAP-12's table with tasks do ("
                + new TreeSet<>(policy.getTaskCoverage().keySet())
                + " for tasks, "
                + new TreeSet<>(policy.getServiceRequestRoles())
                + " for service requests)."));
  }

  /** Answers {@link ProgramRules#rolesInForce}. */
  static Set<Role> rolesInForce(
      CustomerState customer, PartnerId partner, Instant now, ProgramPolicy policy) {
    if (customer.relationships().isEmpty()) {
      return Set.of();
    }
    Set<Role> roles = new TreeSet<>();
    for (GranularRelationship relationship : customer.relationships().values()) {
      if (relationship.getPartner().equals(partner)
          && TimeDriven.isInForce(relationship, now, policy)) {
        roles.addAll(relationship.getRoles());
      }
    }
    return roles;
  }

  /** Answers {@link ProgramRules#delegatedAdmins}. */
  static Set<PartnerId> delegatedAdmins(CustomerState customer, Instant now, ProgramPolicy policy) {
    Set<PartnerId> admins = new LinkedHashSet<>();
    for (DelegationGrant grant : customer.grants()) {
      if (grant.getStatus() == GrantStatus.ACTIVE) {
        admins.add(grant.getPartner());
      }
    }
    for (GranularRelationship relationship : customer.relationships().values()) {
      if (TimeDriven.isInForce(relationship, now, policy)) {
        admins.add(relationship.getPartner());
      }
    }
    return admins;
  }

  /** Answers {@link ProgramRules#isCustomerOf}. */
  static boolean isCustomerOf(
      CustomerState customer, PartnerId partner, Instant now, ProgramPolicy policy) {
    if (activeGrant(customer, partner).isPresent()
        || customer.partnerOfRecord().filter(p -> p.getPartner().equals(partner)).isPresent()
        || !rolesInForce(customer, partner, now, policy).isEmpty()) {
      return true;
    }
    for (Subscription subscription : customer.subscriptions().values()) {
      if (subscription.getPartner().filter(partner::equals).isPresent()
          && TimeDriven.isInUse(subscription, now)) {
        return true;
      }
    }
    return false;
  }
}
