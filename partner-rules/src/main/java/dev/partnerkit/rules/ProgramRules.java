package dev.partnerkit.rules;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The partner program's rules as pure functions: each takes the state it looks at (a {@link
 * ProgramView}), the action, the time and the {@link ProgramPolicy}, and returns a {@link Decision}
 * with every reason that applies and the id of each rule broken.
 *
 * <p>Nothing here reads a clock, does I/O, keeps state or throws for a business "no". The same
 * inputs always give the same decision. Thread-safe: a utility class.
 */
public final class ProgramRules {
  /** The capabilities delegated-admin invitations and their acceptance need; never modified. */
  private static final Set<Capability> DELEGATED_ADMIN =
      Collections.unmodifiableSet(EnumSet.of(Capability.DELEGATED_ADMIN));

  /** Every capability, in declaration order; never modified. */
  private static final Capability[] CAPABILITIES = Capability.values();

  private ProgramRules() {}

  /**
   * Decides whether {@code action} is allowed in {@code view} at {@code now} under {@code policy}.
   *
   * @param view the state the action is checked against
   * @param action the action
   * @param now the time of the action
   * @param policy the policy
   * @return allowed, or denied with every reason
   */
  public static Decision decide(
      ProgramView view, Action action, Instant now, ProgramPolicy policy) {
    return action.accept(new Decider(view, now, policy));
  }

  /** Decides each verb: the one place where a verb meets its rules. */
  private record Decider(ProgramView view, Instant now, ProgramPolicy policy)
      implements Action.Visitor<Decision> {
    @Override
    public Decision registerPartner(Action.RegisterPartner a) {
      return ProgramRules.registerPartner(view, a);
    }

    @Override
    public Decision registerCustomer(Action.RegisterCustomer a) {
      return ProgramRules.registerCustomer(view, a);
    }

    @Override
    public Decision signAgreement(Action.SignAgreement a) {
      return ProgramRules.signAgreement(view, a);
    }

    @Override
    public Decision enroll(Action.Enroll a) {
      return ProgramRules.enroll(view, a, now);
    }

    @Override
    public Decision withdraw(Action.Withdraw a) {
      return ProgramRules.withdraw(view, a, now);
    }

    @Override
    public Decision sendTrialInvitation(Action.SendTrialInvitation a) {
      return ProgramRules.sendTrialInvitation(view, a, now, policy);
    }

    @Override
    public Decision sendPurchaseOffer(Action.SendPurchaseOffer a) {
      return ProgramRules.sendPurchaseOffer(view, a, now, policy);
    }

    @Override
    public Decision sendDelegatedAdminInvitation(Action.SendDelegatedAdminInvitation a) {
      return ProgramRules.sendDelegatedAdminInvitation(view, a, now, policy);
    }

    @Override
    public Decision accept(Action.Accept a) {
      return ProgramRules.accept(view, a.invitation(), a.by(), now, policy);
    }

    @Override
    public Decision decline(Action.Decline a) {
      return ProgramRules.decline(view, a.invitation(), a.by(), now);
    }

    @Override
    public Decision revoke(Action.Revoke a) {
      return ProgramRules.revoke(view, a.invitation(), a.by(), now);
    }

    @Override
    public Decision revokeDelegation(Action.RevokeDelegation a) {
      return ProgramRules.revokeDelegation(view, a);
    }

    @Override
    public Decision designatePartnerOfRecord(Action.DesignatePartnerOfRecord a) {
      return ProgramRules.designatePartnerOfRecord(view, a);
    }

    @Override
    public Decision removePartnerOfRecord(Action.RemovePartnerOfRecord a) {
      return ProgramRules.removePartnerOfRecord(view, a);
    }

    @Override
    public Decision performAdminTask(Action.PerformAdminTask a) {
      return mayPerform(view, a.partner(), a.customer(), a.task(), now, policy);
    }

    @Override
    public Decision submitServiceRequest(Action.SubmitServiceRequest a) {
      return ProgramRules.submitServiceRequest(view, a, now, policy);
    }

    @Override
    public Decision createRelationship(Action.CreateRelationship a) {
      return granular(() -> Gdap.create(view, a, now, policy));
    }

    @Override
    public Decision updateRelationship(Action.UpdateRelationship a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.update(view, r, a, rel, s, policy));
    }

    @Override
    public Decision lockForApproval(Action.LockForApproval a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.lockForApproval(r, a, rel, s, policy));
    }

    @Override
    public Decision approveRelationship(Action.ApproveRelationship a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.approve(r, a, rel, s, policy));
    }

    @Override
    public Decision deleteRelationship(Action.DeleteRelationship a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.delete(r, a, rel, s, policy));
    }

    @Override
    public Decision terminateRelationship(Action.TerminateRelationship a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.terminate(r, a, rel, s, policy));
    }

    @Override
    public Decision removeRole(Action.RemoveRole a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.removeRole(r, a, rel, s));
    }

    @Override
    public Decision assignAccess(Action.AssignAccess a) {
      return onRelationship(a.relationship(), (r, rel, s) -> Gdap.assignAccess(r, a, rel, s));
    }

    @Override
    public Decision placeOrder(Action.PlaceOrder a) {
      return Orders.placeOrder(view, a, now, policy);
    }

    @Override
    public Decision startTrials(Action.StartTrials a) {
      return Orders.startTrials(view, a, now, policy);
    }

    @Override
    public Decision changeLicenses(Action.ChangeLicenses a) {
      return Orders.changeLicenses(view, a, now);
    }

    @Override
    public Decision convertTrial(Action.ConvertTrial a) {
      return Orders.convertTrial(view, a, now, policy);
    }

    private Decision onRelationship(RelationshipId id, Gdap.Check check) {
      return granular(() -> Gdap.onExisting(view, id, now, policy, check));
    }

    /** POLICY-1: granular relationships exist only under the modern policy. */
    private Decision granular(java.util.function.Supplier<Decision> rules) {
      if (!policy.allowsGranularRelationships()) {
        return Decision.denied(
            Rule.POLICY_1,
            "Granular delegated admin relationships exist only under the modern policy; use"
                + " delegated-admin invitations under the seed policy.",
            "policy " + policy.getEra().name().toLowerCase(java.util.Locale.ROOT));
      }
      return rules.get();
    }
  }

  // ---------------------------------------------------------------- partners

  private static Decision registerPartner(ProgramView view, Action.RegisterPartner a) {
    Partner partner = a.partner();
    if (view.partner(partner.getId()).isPresent()) {
      return Decision.denied(
          Rule.ELIG_3,
          "A partner with id "
              + partner.getId()
              + " is already registered; register each partner once.",
          subject(partner.getId()));
    }
    Reasons reasons = new Reasons();
    if (!partner.getEnrollments().isEmpty() && !partner.isAgreementSigned()) {
      reasons.add(
          Rule.ELIG_3,
          "The partner has program enrollments but has not signed the Microsoft Online Services Partner"
              + " Agreement; sign it before enrolling.",
          subject(partner.getId()));
    }
    return reasons.decision();
  }

  private static Decision registerCustomer(ProgramView view, Action.RegisterCustomer a) {
    CustomerId id = a.customer().getId();
    if (view.customer(id).isPresent()) {
      return Decision.denied(
          Rule.OFFER_8,
          "A customer with tenant id "
              + id
              + " is already registered; register each customer once.",
          subject(id));
    }
    return Decision.allowed();
  }

  private static Decision signAgreement(ProgramView view, Action.SignAgreement a) {
    return view.partner(a.partner()).isPresent()
        ? Decision.allowed()
        : unknownPartner(Rule.ELIG_3, a.partner());
  }

  private static Decision enroll(ProgramView view, Action.Enroll a, Instant now) {
    Optional<Partner> found = view.partner(a.partner());
    if (found.isEmpty()) {
      return unknownPartner(Rule.ELIG_3, a.partner());
    }
    Partner partner = found.get();
    Reasons reasons = new Reasons();
    if (!partner.isAgreementSigned()) {
      reasons.add(
          Rule.ELIG_3,
          "Partner "
              + partner.getId()
              + " must sign the Microsoft Online Services Partner Agreement before enrolling in "
              + a.program()
              + ".",
          subject(partner.getId()));
    }
    if (a.program() == Program.UNKNOWN) {
      reasons.add(
          Rule.ELIG_2,
          "The program is not one this version knows; name a known program.",
          subject(partner.getId()));
    }
    if (a.program() == Program.CLOUD_ACCELERATE
        && !partner.isEnrolledAt(Program.CLOUD_ESSENTIALS, now)) {
      reasons.add(
          Rule.ELIG_4,
          "Cloud Accelerate needs an active Cloud Essentials enrollment; enroll partner "
              + partner.getId()
              + " in Cloud Essentials first.",
          subject(partner.getId()));
    }
    return reasons.decision();
  }

  private static Decision withdraw(ProgramView view, Action.Withdraw a, Instant now) {
    Optional<Partner> found = view.partner(a.partner());
    if (found.isEmpty()) {
      return unknownPartner(Rule.ELIG_2, a.partner());
    }
    if (!found.get().isEnrolledAt(a.program(), now)) {
      return Decision.denied(
          Rule.ELIG_2,
          "Partner "
              + a.partner()
              + " has no active enrollment in "
              + a.program()
              + " to withdraw from.",
          subject(a.partner()));
    }
    return Decision.allowed();
  }

  /**
   * Returns whether a partner is certified for delegated administration at {@code now}: it signed
   * the agreement and has an active enrollment in a program that qualifies under the policy
   * (ELIG-1, ELIG-2).
   *
   * @param partner the partner
   * @param now the time
   * @param policy the policy, for its qualifying programs
   * @return true when certified
   */
  public static boolean isCertified(Partner partner, Instant now, ProgramPolicy policy) {
    if (!partner.isAgreementSigned()) {
      return false;
    }
    // One pass over the partner's few enrollments, not one per qualifying program: this runs on
    // every delegated-admin decision.
    Set<Program> qualifying = policy.getQualifyingPrograms();
    List<ProgramEnrollment> enrollments = partner.getEnrollments();
    for (int i = 0, n = enrollments.size(); i < n; i++) {
      ProgramEnrollment enrollment = enrollments.get(i);
      if (qualifying.contains(enrollment.getProgram()) && enrollment.isActiveAt(now)) {
        return true;
      }
    }
    return false;
  }

  private static void requireCertified(
      Reasons reasons, Partner partner, Instant now, ProgramPolicy policy) {
    if (!isCertified(partner, now, policy)) {
      reasons.add(
          Rule.ELIG_1,
          "Partner "
              + partner.getId()
              + " is not certified for delegated administration, so it cannot offer the delegated-admin"
              + " option; drop the option or certify the partner first.",
          subject(partner.getId()));
      reasons.add(
          Rule.ELIG_2,
          "Certification needs a signed partner agreement and an active enrollment in one of "
              + new TreeSet<>(policy.getQualifyingPrograms())
              + " under the "
              + policy.getEra().name().toLowerCase(java.util.Locale.ROOT)
              + " policy.",
          subject(partner.getId()));
    }
  }

  // ---------------------------------------------------------------- clouds

  /**
   * Adds the cloud reasons for a partner and a customer entering a relationship that needs the
   * given capabilities: a missing capability (CLOUD-1, CLOUD-2), a closed cloud (CLOUD-3) and a
   * cloud mismatch (CLOUD-4).
   */
  static void checkClouds(
      Reasons reasons,
      Partner partner,
      Customer customer,
      Set<Capability> needed,
      Instant now,
      ProgramPolicy policy) {
    Cloud cloud = customer.getCloud();
    CloudRules rules = policy.cloud(cloud);
    // Messages are written in methods of their own, no iterator is made and the reasons are
    // never handed to a call the JIT may not inline, so that an allowed decision allocates nothing.
    for (Capability capability : CAPABILITIES) {
      if (needed.contains(capability) && !rules.offers(capability)) {
        reasons.add(
            rules.missingCapabilityRule(),
            missingCapabilities(cloud, needed, rules),
            subject(customer.getId()));
        break;
      }
    }
    if (!rules.isOpenAt(now)) {
      reasons.add(Rule.CLOUD_3, closedCloud(cloud, rules), subject(customer.getId()));
    }
    if (partner.getCloud() != cloud) {
      reasons.add(Rule.CLOUD_4, cloudMismatch(partner, cloud), subject(customer.getId()));
    }
  }

  private static String missingCapabilities(Cloud cloud, Set<Capability> needed, CloudRules rules) {
    Set<Capability> missing = EnumSet.noneOf(Capability.class);
    for (Capability capability : needed) {
      if (!rules.offers(capability)) {
        missing.add(capability);
      }
    }
    return describe(missing) + " not available for customers in " + cloudName(cloud) + ".";
  }

  private static String closedCloud(Cloud cloud, CloudRules rules) {
    return cloudName(cloud)
        + " takes no new relationships since "
        + rules.closedFrom().orElseThrow()
        + ".";
  }

  private static String cloudMismatch(Partner partner, Cloud cloud) {
    return "Partner "
        + partner.getId()
        + " is in "
        + cloudName(partner.getCloud())
        + " and the customer in "
        + cloudName(cloud)
        + "; a partner and a customer in different clouds cannot enter any relationship.";
  }

  private static String describe(Set<Capability> capabilities) {
    List<String> names = new ArrayList<>();
    for (Capability capability : capabilities) {
      names.add(
          switch (capability) {
            case TRIAL_INVITATIONS -> "trial invitations";
            case PURCHASE_OFFERS -> "purchase offers";
            case DELEGATED_ADMIN -> "delegated administration";
            case GRANULAR_ADMIN -> "granular delegated admin relationships";
          });
    }
    String joined = String.join(" and ", names);
    boolean singular = names.size() == 1 && capabilities.contains(Capability.DELEGATED_ADMIN);
    return Character.toUpperCase(joined.charAt(0))
        + joined.substring(1)
        + (singular ? " is" : " are");
  }

  static String cloudName(Cloud cloud) {
    return switch (cloud) {
      case GLOBAL -> "the global cloud";
      case CHINA_21VIANET -> "Office 365 operated by 21Vianet";
      case US_GOVERNMENT -> "the US Government cloud";
      case GERMANY -> "Microsoft Cloud Germany";
      case UNKNOWN -> "an unknown cloud";
    };
  }

  // ---------------------------------------------------------------- sending

  private static Decision sendTrialInvitation(
      ProgramView view, Action.SendTrialInvitation a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Parties parties = parties(view, reasons, a.id(), a.partner(), a.customer());
    if (parties == null) {
      return reasons.decision();
    }
    Set<Capability> needed = EnumSet.of(Capability.TRIAL_INVITATIONS);
    if (a.delegatedAdmin()) {
      needed.add(Capability.DELEGATED_ADMIN);
    }
    checkClouds(reasons, parties.partner, parties.customer.customer(), needed, now, policy);
    if (a.services().isEmpty()) {
      reasons.add(
          Rule.OFFER_1, "A trial invitation must name one or more services.", subject(a.id()));
    }
    checkDuplicates(reasons, a.services(), a.id());
    for (ServiceId id : new java.util.LinkedHashSet<>(a.services())) {
      Optional<Service> service =
          authorizedService(view, reasons, parties.partner, id, subject(a.id()), "offer");
      if (service.isEmpty()) {
        continue;
      }
      if (service.get().getTrial().isEmpty()) {
        reasons.add(
            Rule.TRIAL_3,
            "Service "
                + id
                + " has no trial"
                + (service.get().isAddOn() ? " (it is an add-on)" : "")
                + "; offer it in a purchase offer instead.",
            subject(a.id()));
      }
      checkTrialEligibility(reasons, parties.customer, id, now);
    }
    if (a.delegatedAdmin()) {
      requireCertified(reasons, parties.partner, now, policy);
    }
    return reasons.decision();
  }

  private static Decision sendPurchaseOffer(
      ProgramView view, Action.SendPurchaseOffer a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Parties parties = parties(view, reasons, a.id(), a.partner(), a.customer());
    if (parties == null) {
      return reasons.decision();
    }
    Set<Capability> needed = EnumSet.of(Capability.PURCHASE_OFFERS);
    if (a.delegatedAdmin()) {
      needed.add(Capability.DELEGATED_ADMIN);
    }
    checkClouds(reasons, parties.partner, parties.customer.customer(), needed, now, policy);
    if (a.lines().isEmpty()) {
      reasons.add(Rule.OFFER_2, "A purchase offer must have one or more lines.", subject(a.id()));
    }
    List<ServiceId> ids = new ArrayList<>(a.lines().size());
    for (OfferLine line : a.lines()) {
      ids.add(line.getService());
    }
    checkDuplicates(reasons, ids, a.id());
    if (a.billing() == BillingCycle.UNKNOWN) {
      reasons.add(Rule.OFFER_6, "The billing cycle must be MONTHLY or ANNUAL.", subject(a.id()));
    }
    for (OfferLine line : a.lines()) {
      if (line.getLicenses() < 1) {
        reasons.add(
            Rule.OFFER_2,
            "The line for "
                + line.getService()
                + " has "
                + line.getLicenses()
                + " licenses; each line needs 1 or more.",
            subject(a.id()));
      }
      Optional<Service> found =
          authorizedService(
              view, reasons, parties.partner, line.getService(), subject(a.id()), "offer");
      if (found.isEmpty()) {
        continue;
      }
      Service service = found.get();
      if (outsideLicenseBounds(service, line.getLicenses())) {
        reasons.add(
            Rule.OFFER_4,
            "The line for "
                + service.getId()
                + " has "
                + line.getLicenses()
                + " licenses; the service takes "
                + service.getMinLicenses()
                + " to "
                + service.getMaxLicenses()
                + ".",
            subject(a.id()));
      }
      checkBilling(reasons, service, a.billing(), subject(a.id()));
      checkPrerequisite(reasons, parties.customer, service, ids, now, subject(a.id()), "offer");
    }
    if (a.followsUp().isPresent()) {
      InvitationId trialId = a.followsUp().get();
      Offer followed = parties.customer.offers().get(trialId);
      if (!(followed instanceof TrialInvitation) || !followed.getPartner().equals(a.partner())) {
        reasons.add(
            Rule.OFFER_10,
            "The offer follows up "
                + trialId
                + ", which is not a trial invitation from partner "
                + a.partner()
                + " to this customer; name one, or leave followsUp out (it is never required).",
            subject(a.id()));
      }
    }
    if (a.delegatedAdmin()) {
      requireCertified(reasons, parties.partner, now, policy);
    }
    return reasons.decision();
  }

  private static Decision sendDelegatedAdminInvitation(
      ProgramView view, Action.SendDelegatedAdminInvitation a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Parties parties = parties(view, reasons, a.id(), a.partner(), a.customer());
    if (parties == null) {
      return reasons.decision();
    }
    checkClouds(
        reasons, parties.partner, parties.customer.customer(), DELEGATED_ADMIN, now, policy);
    requireCertified(reasons, parties.partner, now, policy);
    return reasons.decision();
  }

  /** The sender and addressee of a new offer, once both are known. */
  private record Parties(Partner partner, CustomerState customer) {}

  private static Parties parties(
      ProgramView view,
      Reasons reasons,
      InvitationId id,
      PartnerId partnerId,
      CustomerId customerId) {
    Optional<Partner> partner = view.partner(partnerId);
    Optional<CustomerState> customer = view.customer(customerId);
    if (partner.isEmpty()) {
      reasons.add(
          Rule.OFFER_3,
          "No partner " + partnerId + " is registered; only registered partners send offers.",
          subject(partnerId));
    }
    if (customer.isEmpty()) {
      reasons.add(
          Rule.OFFER_8,
          "No customer "
              + customerId
              + " is registered; an offer is addressed to one known customer.",
          subject(customerId));
    }
    if (view.customerOfInvitation(id).isPresent()) {
      reasons.add(
          Rule.OFFER_8,
          "Invitation id " + id + " is already in use; give the new invitation its own id.",
          subject(id));
    }
    return reasons.any() ? null : new Parties(partner.get(), customer.get());
  }

  private static void checkDuplicates(Reasons reasons, List<ServiceId> services, InvitationId id) {
    Set<ServiceId> seen = new HashSet<>();
    Set<ServiceId> repeated = new TreeSet<>();
    for (ServiceId service : services) {
      if (!seen.add(service)) {
        repeated.add(service);
      }
    }
    if (!repeated.isEmpty()) {
      reasons.add(
          Rule.OFFER_5,
          "Services " + repeated + " appear more than once; name each service once.",
          subject(id));
    }
  }

  /**
   * OFFER-3: returns the catalog's service, adding a reason when the catalog lacks it or the
   * partner is not authorized to provide it. Shared by offers and orders; {@code verb} is what the
   * partner does with services ("offer", "order").
   */
  static Optional<Service> authorizedService(
      ProgramView view,
      Reasons reasons,
      Partner partner,
      ServiceId id,
      String subject,
      String verb) {
    Optional<Service> service = view.catalog().find(id);
    if (service.isEmpty()) {
      reasons.add(
          Rule.OFFER_3,
          "The catalog has no service " + id + ", so no partner is authorized to provide it.",
          subject);
    } else if (!partner.getAuthorizedServices().contains(id)) {
      reasons.add(
          Rule.OFFER_3,
          "Partner "
              + partner.getId()
              + " is not authorized to provide "
              + id
              + "; "
              + verb
              + " only the services it is authorized for.",
          subject);
    }
    return service;
  }

  /** OFFER-6: the service must be billed in the cycle asked for (UNKNOWN is reported apart). */
  static void checkBilling(Reasons reasons, Service service, BillingCycle billing, String subject) {
    if (billing != BillingCycle.UNKNOWN && !service.getBillingCycles().contains(billing)) {
      reasons.add(
          Rule.OFFER_6,
          "Service "
              + service.getId()
              + " is not billed "
              + billing
              + "; it supports "
              + new TreeSet<>(service.getBillingCycles())
              + ".",
          subject);
    }
  }

  /** OFFER-4's bounds: whether a count of 1 or more lies outside the service's license range. */
  static boolean outsideLicenseBounds(Service service, int licenses) {
    return licenses >= 1
        && (licenses < service.getMinLicenses() || licenses > service.getMaxLicenses());
  }

  static void checkTrialEligibility(
      Reasons reasons, CustomerState customer, ServiceId service, Instant now) {
    if (customer.trialHistory().contains(service)) {
      reasons.add(
          Rule.TRIAL_1,
          "Customer "
              + customer.customer().getId()
              + " already had a trial of "
              + service
              + "; a customer gets one trial per service.",
          subject(customer.customer().getId()));
    } else if (owns(customer, service, now)) {
      reasons.add(
          Rule.TRIAL_1,
          "Customer "
              + customer.customer().getId()
              + " already has "
              + service
              + "; no trial is given for a service it owns.",
          subject(customer.customer().getId()));
    }
  }

  /**
   * OFFER-7: an add-on needs its prerequisite, owned by the customer or in the same offer or order
   * ({@code where} names which).
   */
  static void checkPrerequisite(
      Reasons reasons,
      CustomerState customer,
      Service service,
      List<ServiceId> alongside,
      Instant now,
      String subject,
      String where) {
    if (service.getAddOnTo().isEmpty()) {
      return;
    }
    ServiceId prerequisite = service.getAddOnTo().get();
    if (!alongside.contains(prerequisite) && !owns(customer, prerequisite, now)) {
      reasons.add(
          Rule.OFFER_7,
          "Add-on "
              + service.getId()
              + " needs "
              + prerequisite
              + "; the customer must own it or the same "
              + where
              + " must include it.",
          subject);
    }
  }

  /**
   * Returns whether the customer has a subscription of {@code service} in use at {@code now}, trial
   * or paid.
   *
   * @param customer the customer's state
   * @param service the service
   * @param now the time
   * @return true when owned
   */
  public static boolean owns(CustomerState customer, ServiceId service, Instant now) {
    for (Subscription subscription : customer.subscriptions().values()) {
      if (subscription.getService().equals(service) && TimeDriven.isInUse(subscription, now)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- answering

  private static Decision accept(
      ProgramView view, InvitationId id, Actor by, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Offer offer = answerable(view, reasons, id, by, now, "accept");
    if (offer == null) {
      return reasons.decision();
    }
    CustomerState customer = view.customer(offer.getCustomer()).orElseThrow();
    Optional<Partner> found = view.partner(offer.getPartner());
    if (found.isEmpty()) {
      reasons.add(
          Rule.OFFER_8,
          "The sending partner " + offer.getPartner() + " is no longer registered.",
          subject(id));
      return reasons.decision();
    }
    Partner partner = found.get();
    Set<Capability> needed =
        offer.fold(
            t -> EnumSet.of(Capability.TRIAL_INVITATIONS),
            p -> EnumSet.of(Capability.PURCHASE_OFFERS),
            d -> EnumSet.noneOf(Capability.class));
    if (offer.isDelegatedAdmin()) {
      needed.add(Capability.DELEGATED_ADMIN);
    }
    checkClouds(reasons, partner, customer.customer(), needed, now, policy);
    if (offer instanceof TrialInvitation trial) {
      for (ServiceId service : trial.getServices()) {
        checkTrialEligibility(reasons, customer, service, now);
      }
    } else if (offer instanceof PurchaseOffer purchase) {
      List<ServiceId> ids = new ArrayList<>();
      for (OfferLine line : purchase.getLines()) {
        ids.add(line.getService());
      }
      for (OfferLine line : purchase.getLines()) {
        Optional<Service> service = view.catalog().find(line.getService());
        if (service.isPresent()) {
          checkPrerequisite(reasons, customer, service.get(), ids, now, subject(id), "offer");
        }
      }
    }
    if (offer.isDelegatedAdmin()) {
      checkDelegatedAdminAcceptance(reasons, customer, partner, now, policy, id);
    }
    return reasons.decision();
  }

  /**
   * Decides whether a customer may accept a partner's delegated-admin option now: the partner is
   * still certified (ELIG-5) and, under the seed policy, no other partner is the customer's active
   * delegated admin (DA-2).
   *
   * <p>This is the hot question of a portal; it allocates nothing when the answer is yes.
   *
   * @param view the state
   * @param customer the customer
   * @param partner the partner offering delegated administration
   * @param now the time
   * @param policy the policy
   * @return allowed, or denied with every reason
   */
  public static Decision mayAcceptDelegatedAdmin(
      ProgramView view, CustomerId customer, PartnerId partner, Instant now, ProgramPolicy policy) {
    return mayAcceptDelegatedAdmin(
        customer,
        view.customer(customer).orElse(null),
        partner,
        view.partner(partner).orElse(null),
        now,
        policy);
  }

  /**
   * Decides {@link #mayAcceptDelegatedAdmin(ProgramView, CustomerId, PartnerId, Instant,
   * ProgramPolicy)} for a customer and partner already looked up; {@link PartnerProgram} looks them
   * up without an {@link Optional}, which the JIT cannot always optimize away.
   *
   * @param state the customer's state, or null when it is not registered
   * @param found the partner, or null when it is not registered
   */
  static Decision mayAcceptDelegatedAdmin(
      CustomerId customer,
      CustomerState state,
      PartnerId partner,
      Partner found,
      Instant now,
      ProgramPolicy policy) {
    if (state == null || found == null) {
      return Decision.denied(
          Rule.DA_1,
          state == null
              ? "No customer " + customer + " is registered."
              : "No partner " + partner + " is registered.",
          state == null ? subject(customer) : subject(partner));
    }
    Reasons reasons = new Reasons();
    checkClouds(reasons, found, state.customer(), DELEGATED_ADMIN, now, policy);
    checkDelegatedAdminAcceptance(reasons, state, found, now, policy, null);
    return reasons.decision();
  }

  private static void checkDelegatedAdminAcceptance(
      Reasons reasons,
      CustomerState customer,
      Partner partner,
      Instant now,
      ProgramPolicy policy,
      InvitationId id) {
    // Written as checkClouds is, so that an allowed decision allocates nothing.
    if (!isCertified(partner, now, policy)) {
      reasons.add(
          Rule.ELIG_5,
          lapsedCertification(partner),
          id == null ? subject(partner.getId()) : subject(id));
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
              subject(customer.customer().getId()));
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

  private static Decision decline(ProgramView view, InvitationId id, Actor by, Instant now) {
    Reasons reasons = new Reasons();
    answerable(view, reasons, id, by, now, "decline");
    return reasons.decision();
  }

  /** Checks who answers and that the offer is pending; returns the offer when both hold. */
  private static Offer answerable(
      ProgramView view, Reasons reasons, InvitationId id, Actor by, Instant now, String verb) {
    Optional<CustomerId> customerId = view.customerOfInvitation(id);
    Offer offer = customerId.flatMap(view::customer).map(c -> c.offers().get(id)).orElse(null);
    if (offer == null) {
      reasons.add(
          Rule.OFFER_8, "There is no invitation or offer " + id + " to " + verb + ".", subject(id));
      return null;
    }
    if (by.asPartner().isPresent()) {
      reasons.add(
          Rule.DA_6,
          "Only the customer can "
              + verb
              + " an invitation or offer; "
              + by
              + " cannot "
              + verb
              + " it for the customer.",
          subject(id));
      reasons.add(
          Rule.OFFER_8,
          "Invitation "
              + id
              + " is addressed to customer "
              + offer.getCustomer()
              + ", not to "
              + by
              + ".",
          subject(id));
    } else if (!by.is(offer.getCustomer())) {
      reasons.add(
          Rule.OFFER_8,
          "Invitation "
              + id
              + " is addressed to customer "
              + offer.getCustomer()
              + "; only that customer can "
              + verb
              + " it.",
          subject(id));
    }
    OfferStatus status = TimeDriven.status(offer, now);
    if (status == OfferStatus.EXPIRED) {
      reasons.add(
          Rule.OFFER_9,
          "Invitation "
              + id
              + " expired at "
              + offer.getExpiresAt()
              + "; ask the partner to send a new one.",
          subject(id));
      reasons.add(
          Rule.OFFER_8,
          "Only a pending invitation can be answered; " + id + " is EXPIRED.",
          subject(id));
    } else if (status != OfferStatus.PENDING) {
      reasons.add(
          Rule.OFFER_8,
          "Only a pending invitation can be answered; " + id + " is " + status + ".",
          subject(id));
    }
    return reasons.any() ? null : offer;
  }

  private static Decision revoke(ProgramView view, InvitationId id, Actor by, Instant now) {
    Optional<CustomerId> customerId = view.customerOfInvitation(id);
    Offer offer = customerId.flatMap(view::customer).map(c -> c.offers().get(id)).orElse(null);
    if (offer == null) {
      return Decision.denied(
          Rule.OFFER_11, "There is no invitation or offer " + id + " to revoke.", subject(id));
    }
    Reasons reasons = new Reasons();
    if (!by.is(offer.getPartner())) {
      reasons.add(
          Rule.OFFER_11,
          "Only partner "
              + offer.getPartner()
              + ", which sent "
              + id
              + ", can revoke it; "
              + by
              + " cannot.",
          subject(id));
    }
    OfferStatus status = TimeDriven.status(offer, now);
    if (status != OfferStatus.PENDING) {
      reasons.add(
          Rule.OFFER_11,
          "Only a pending invitation can be revoked; " + id + " is " + status + ".",
          subject(id));
    }
    return reasons.decision();
  }

  // ---------------------------------------------------------------- grants and partner of record

  private static Decision revokeDelegation(ProgramView view, Action.RevokeDelegation a) {
    Optional<CustomerState> customer = view.customer(a.customer());
    if (customer.isEmpty()) {
      return Decision.denied(
          Rule.DA_5, "No customer " + a.customer() + " is registered.", subject(a.customer()));
    }
    Reasons reasons = new Reasons();
    if (!a.by().is(a.customer())) {
      reasons.add(
          Rule.DA_5,
          "Only the customer revokes its delegated-admin grants; "
              + a.by()
              + " cannot revoke it for the customer.",
          subject(a.customer()));
    }
    if (activeGrant(customer.get(), a.partner()).isEmpty()) {
      reasons.add(
          Rule.DA_5,
          "Partner "
              + a.partner()
              + " holds no active delegated-admin grant from customer "
              + a.customer()
              + " to revoke.",
          subject(a.customer()));
    }
    return reasons.decision();
  }

  /**
   * Returns the partner's active delegated-admin grant from the customer, if it holds one.
   *
   * @param customer the customer's state
   * @param partner the partner
   * @return the grant
   */
  public static Optional<DelegationGrant> activeGrant(CustomerState customer, PartnerId partner) {
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

  private static Decision designatePartnerOfRecord(
      ProgramView view, Action.DesignatePartnerOfRecord a) {
    Optional<CustomerState> customer = view.customer(a.customer());
    if (customer.isEmpty()) {
      return Decision.denied(
          Rule.POR_1, "No customer " + a.customer() + " is registered.", subject(a.customer()));
    }
    Reasons reasons = new Reasons();
    if (!a.by().is(a.customer())) {
      reasons.add(
          Rule.POR_1,
          "Only the customer designates its partner of record; "
              + a.by()
              + " cannot, whatever its role for the customer.",
          subject(a.customer()));
    }
    Optional<Partner> partner = view.partner(a.partner());
    if (partner.isEmpty()) {
      reasons.add(
          Rule.POR_5,
          "No partner "
              + a.partner()
              + " is registered; the partner of record must be a known partner.",
          subject(a.customer()));
    } else if (partner.get().getCloud() != customer.get().customer().getCloud()) {
      reasons.add(
          Rule.POR_5,
          "Partner "
              + a.partner()
              + " is in "
              + cloudName(partner.get().getCloud())
              + " and the customer in "
              + cloudName(customer.get().customer().getCloud())
              + "; the partner of record must be in the customer's cloud.",
          subject(a.customer()));
    }
    return reasons.decision();
  }

  private static Decision removePartnerOfRecord(ProgramView view, Action.RemovePartnerOfRecord a) {
    if (view.customer(a.customer()).isEmpty()) {
      return Decision.denied(
          Rule.POR_1, "No customer " + a.customer() + " is registered.", subject(a.customer()));
    }
    if (!a.by().is(a.customer())) {
      return Decision.denied(
          Rule.POR_1,
          "Only the customer removes its partner of record; " + a.by() + " cannot.",
          subject(a.customer()));
    }
    return Decision.allowed();
  }

  // ---------------------------------------------------------------- administration and support

  /**
   * Decides whether a partner may perform an admin task for a customer now: with an active
   * delegated-admin grant it may perform any (DA-1, DA-4); under granular relationships only the
   * tasks their roles cover (DA-4).
   *
   * @param view the state
   * @param partner the partner
   * @param customer the customer
   * @param task the task
   * @param now the time
   * @param policy the policy, for its task coverage
   * @return allowed, or denied saying what would allow it
   */
  public static Decision mayPerform(
      ProgramView view,
      PartnerId partner,
      CustomerId customer,
      AdminTask task,
      Instant now,
      ProgramPolicy policy) {
    Optional<CustomerState> state = view.customer(customer);
    if (state.isEmpty()) {
      return Decision.denied(
          Rule.DA_1, "No customer " + customer + " is registered.", subject(customer));
    }
    if (activeGrant(state.get(), partner).isPresent()) {
      return Decision.allowed();
    }
    Set<Role> roles = rolesInForce(state.get(), partner, now, policy);
    if (roles.isEmpty()) {
      return Decision.denied(
          Rule.DA_1,
          "Partner "
              + partner
              + " is not authorized to administer customer "
              + customer
              + "; the customer must first accept an invitation with the delegated-admin option"
              + (policy.allowsGranularRelationships()
                  ? " or approve a granular relationship."
                  : "."),
          subject(customer));
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
    return Decision.denied(
        Rule.DA_4,
        "Partner "
            + partner
            + "'s granular roles "
            + new TreeSet<>(roles)
            + " do not cover "
            + task
            + "; a relationship with one of "
            + covering
            + " would.",
        subject(customer));
  }

  /**
   * Returns the roles of the partner's relationships with the customer that are in force now.
   *
   * @param customer the customer's state
   * @param partner the partner
   * @param now the time
   * @param policy the policy
   * @return the roles; empty when no relationship is in force
   */
  public static Set<Role> rolesInForce(
      CustomerState customer, PartnerId partner, Instant now, ProgramPolicy policy) {
    if (customer.relationships().isEmpty()) {
      return Set.of();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GranularRelationship relationship : customer.relationships().values()) {
      if (relationship.getPartner().equals(partner)
          && TimeDriven.isInForce(relationship, now, policy)) {
        roles.addAll(relationship.getRoles());
      }
    }
    return roles;
  }

  /**
   * Returns the customer's delegated admins at {@code now}: the partners with an active grant, then
   * those with a granular relationship in force. Every store answers {@link
   * ProgramStore#delegatedAdmins} with this.
   *
   * @param customer the customer's state
   * @param now the time
   * @param policy the policy
   * @return the partners, in the order they were authorized
   */
  public static Set<PartnerId> delegatedAdmins(
      CustomerState customer, Instant now, ProgramPolicy policy) {
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

  /**
   * Returns whether the customer is the partner's customer at {@code now}: the partner holds an
   * active grant or a granular relationship in force, is the partner of record, or sold a
   * subscription in use. Every store answers {@link ProgramStore#customersOf} with this.
   *
   * @param customer the customer's state
   * @param partner the partner
   * @param now the time
   * @param policy the policy
   * @return true when it is
   */
  public static boolean isCustomerOf(
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

  private static Decision submitServiceRequest(
      ProgramView view, Action.SubmitServiceRequest a, Instant now, ProgramPolicy policy) {
    Optional<CustomerState> state = view.customer(a.customer());
    if (state.isEmpty()) {
      return Decision.denied(
          Rule.SUP_1, "No customer " + a.customer() + " is registered.", subject(a.customer()));
    }
    if (a.by().is(a.customer())) {
      return Decision.allowed();
    }
    if (a.by().asCustomer().isPresent()) {
      return Decision.denied(
          Rule.SUP_1,
          "A customer files service requests for itself only; "
              + a.by()
              + " cannot file one for customer "
              + a.customer()
              + ".",
          subject(a.customer()));
    }
    PartnerId partner = a.by().asPartner().orElseThrow();
    if (activeGrant(state.get(), partner).isPresent()) {
      return Decision.allowed();
    }
    for (Role role : rolesInForce(state.get(), partner, now, policy)) {
      if (policy.getServiceRequestRoles().contains(role)) {
        return Decision.allowed();
      }
    }
    return Decision.denied(
        Rule.SUP_2,
        "Partner "
            + partner
            + " holds no active grant covering service requests for customer "
            + a.customer()
            + "; the customer can always file the request itself.",
        subject(a.customer()));
  }

  // ---------------------------------------------------------------- helpers

  private static Decision unknownPartner(Rule rule, PartnerId id) {
    return Decision.denied(rule, "No partner " + id + " is registered.", subject(id));
  }

  static String subject(PartnerId id) {
    return "partner " + id;
  }

  static String subject(CustomerId id) {
    return "customer " + id;
  }

  static String subject(InvitationId id) {
    return "invitation " + id;
  }

  static String subject(RelationshipId id) {
    return "relationship " + id;
  }

  static String subject(SubscriptionId id) {
    return "subscription " + id;
  }

  /** Returns whether a relationship status is final, for GDAP-9's reason. */
  static boolean isFinal(RelationshipStatus status) {
    return status.isFinal();
  }

  /** Returns whether a duration is a whole, positive number of seconds within the bounds. */
  static boolean within(Duration value, Duration min, Duration max) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
