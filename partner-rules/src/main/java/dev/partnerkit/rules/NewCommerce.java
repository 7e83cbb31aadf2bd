package dev.partnerkit.rules;

import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules of new-commerce subscriptions (NCE-1 to NCE-15, modern policy) that come before any
 * subscription exists: the policy they need (POLICY-1), reseller relationships, the customer
 * agreement and purchases, with the offer rules purchases share (OFFER-3, OFFER-6, OFFER-7,
 * TRIAL-1, TRIAL-3). A subscription's changes are judged by {@link SubscriptionChanges}, upgrades
 * and trial conversions by {@link UpgradesAndConversions}, and the seats, plan and caps all of them
 * share by {@link SubscriptionLimits}.
 *
 * <p>Pure functions of the state, the action, the time and the policy; a utility class.
 */
final class NewCommerce {
  /** The programs whose resellers may attest the customer agreement (NCE-2). */
  private static final Set<Program> ATTESTING =
      EnumSet.of(Program.CSP_DIRECT, Program.CSP_INDIRECT_PROVIDER);

  /**
   * What a reseller relationship needs of the clouds (CLOUD-*): selling for the customer, as
   * purchase offers do. Shared by a relationship from the start, a reseller invitation and its
   * acceptance.
   */
  static final Set<Capability> RESELLING = Set.copyOf(EnumSet.of(Capability.PURCHASE_OFFERS));

  private NewCommerce() {}

  /** POLICY-1: new-commerce actions exist only under the modern policy. */
  static Decision underModernPolicy(ProgramPolicy policy, Supplier<Decision> rules) {
    if (!policy.allowsNewCommerce()) {
      return Decision.denied(
          About.policy(policy)
              .reason(
                  Rule.POLICY_1,
                  "New-commerce subscriptions exist only under the modern policy; use purchase"
                      + " offers under the seed policy."));
    }
    return rules.get();
  }

  /** Returns whether a conversion of the trial goes by the new-commerce rules (NCE-14). */
  static boolean isNewCommerceConversion(ProgramView view, Action.ConvertTrial a) {
    return a.term().isPresent()
        || view.customer(a.customer())
            .map(c -> c.subscriptions().get(a.subscription()))
            .filter(Subscription::isNewCommerce)
            .isPresent();
  }

  // ---------------------------------------------------------------- the customer's side

  static Decision addReseller(
      ProgramView view, Action.AddReseller a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Partner> partner = view.partner(a.partner());
    Optional<CustomerState> customer = view.customer(a.customer());
    if (partner.isEmpty()) {
      reasons.add(Messages.unknownPartner(Rule.NCE_1, a.partner()));
    }
    if (customer.isEmpty()) {
      reasons.add(Messages.unknownCustomer(Rule.NCE_1, a.customer()));
    }
    if (reasons.any()) {
      return reasons.decision();
    }
    Clouds.checkClouds(reasons, partner.get(), customer.get().customer(), RESELLING, now, policy);
    return reasons.decision();
  }

  /**
   * NCE-1: a reseller ends its relationship with a customer. Both must be registered and the
   * partner must be the customer's reseller; what it sold is not checked here (Partner Center asks
   * for active subscriptions to be suspended first, which RULES.md does not make a rule).
   */
  static Decision removeReseller(ProgramView view, Action.RemoveReseller a) {
    Reasons reasons = new Reasons();
    Optional<CustomerState> customer = view.customer(a.customer());
    if (view.partner(a.partner()).isEmpty()) {
      reasons.add(Messages.unknownPartner(Rule.NCE_1, a.partner()));
    }
    if (customer.isEmpty()) {
      reasons.add(Messages.unknownCustomer(Rule.NCE_1, a.customer()));
    }
    if (reasons.any()) {
      return reasons.decision();
    }
    requireReseller(
        reasons,
        customer.get(),
        a.partner(),
        "end the reseller relationship",
        About.customer(a.customer()).and(a.partner()));
    return reasons.decision();
  }

  /**
   * NCE-1: a partner asks a customer to accept it as its reseller. Both must be registered, the id
   * must be free like any invitation's, and the clouds must allow the relationship (CLOUD-*), as
   * for a relationship that exists from the start; the customer answers it later, when OFFER-8 and
   * OFFER-9 apply as to any invitation.
   */
  static Decision sendResellerInvitation(
      ProgramView view, Action.SendResellerInvitation a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Partner> partner = view.partner(a.partner());
    Optional<CustomerState> customer = view.customer(a.customer());
    if (partner.isEmpty()) {
      reasons.add(Messages.unknownPartner(Rule.NCE_1, a.partner()));
    }
    if (customer.isEmpty()) {
      reasons.add(Messages.unknownCustomer(Rule.NCE_1, a.customer()));
    }
    if (view.customerOfInvitation(a.id()).isPresent()) {
      reasons.add(Messages.invitationIdInUse(a.id()));
    }
    if (reasons.any()) {
      return reasons.decision();
    }
    Clouds.checkClouds(reasons, partner.get(), customer.get().customer(), RESELLING, now, policy);
    return reasons.decision();
  }

  static Decision acceptCustomerAgreement(
      ProgramView view, Action.AcceptCustomerAgreement a, Instant now) {
    Optional<CustomerState> customer = view.customer(a.customer());
    if (customer.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.NCE_2, a.customer()));
    }
    Reasons reasons = new Reasons();
    About about = About.customer(a.customer());
    Optional<PartnerId> attesting = a.by().asPartner();
    if (attesting.isEmpty() && !a.by().is(a.customer())) {
      reasons.add(
          Rule.NCE_2,
          "Only customer "
              + a.customer()
              + " itself or one of its resellers records its acceptance, not "
              + a.by()
              + ".",
          about);
    }
    if (attesting.isPresent()) {
      PartnerId id = attesting.get();
      about = about.and(id);
      Optional<Partner> partner = view.partner(id);
      if (!customer.get().resellers().contains(id)) {
        reasons.add(
            Rule.NCE_2,
            "Partner "
                + id
                + " is not a reseller of customer "
                + a.customer()
                + "; only its resellers attest its acceptance.",
            about);
      } else if (partner.isEmpty() || !enrolledInAny(partner.get(), ATTESTING, now)) {
        reasons.add(
            Rule.NCE_2,
            "Partner "
                + id
                + " is not enrolled in CSP direct or CSP indirect provider; an indirect reseller"
                + " cannot attest the customer's acceptance.",
            about);
      }
    }
    if (a.date().isAfter(now)) {
      reasons.add(
          Rule.NCE_2,
          "The acceptance is dated " + a.date() + ", after now (" + now + "); it cannot be future.",
          about);
    }
    return reasons.decision();
  }

  // ---------------------------------------------------------------- purchase

  static Decision purchase(ProgramView view, Action.Purchase a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Partner> partner = view.partner(a.partner());
    Optional<CustomerState> found = view.customer(a.customer());
    if (partner.isEmpty()) {
      reasons.add(Messages.unknownPartner(Rule.OFFER_3, a.partner()));
    }
    if (found.isEmpty()) {
      reasons.add(Messages.unknownCustomer(Rule.OFFER_8, a.customer()));
    }
    if (reasons.any()) {
      return reasons.decision();
    }
    CustomerState customer = found.get();
    About about = About.subscription(a.id()).and(a.customer()).and(a.partner());
    if (customer.subscriptions().containsKey(a.id())) {
      reasons.add(
          Rule.OFFER_2,
          "Subscription id " + a.id() + " is already in use; a purchase needs a new id.",
          about);
    }
    requireReseller(reasons, customer, a.partner(), "buy for it", about);
    if (customer.customerAgreement().isEmpty()) {
      reasons.add(
          Rule.NCE_2,
          "Customer "
              + a.customer()
              + " has no recorded acceptance of the Microsoft Customer Agreement; record it"
              + " (acceptCustomerAgreement) before any purchase.",
          about);
    }
    Clouds.checkClouds(
        reasons,
        partner.get(),
        customer.customer(),
        EnumSet.of(a.trial() ? Capability.TRIAL_INVITATIONS : Capability.PURCHASE_OFFERS),
        now,
        policy);
    Optional<Service> service =
        Offers.authorizedService(view, reasons, partner.get(), a.service(), about, "buy");
    if (service.isEmpty()) {
      return reasons.decision();
    }
    int seats = a.seats();
    if (a.trial()) {
      Optional<TrialTerms> trial = service.get().getTrial();
      if (trial.isEmpty()) {
        Offers.noTrial(reasons, service.get(), "buy it instead", about);
      } else {
        seats = trial.get().getLicenses();
        if ((a.seats() != 0 && a.seats() != seats)
            || a.term().isPresent()
            || a.billing().isPresent()) {
          reasons.add(
              Rule.NCE_14,
              "A trial of "
                  + a.service()
                  + " has the service's fixed "
                  + seats
                  + " seats and "
                  + trial.get().getDays()
                  + " days; leave seats, term and billing out.",
              about);
        }
      }
      Offers.checkTrialEligibility(reasons, customer, a.service(), now);
    } else {
      SubscriptionLimits.checkSeats(reasons, service.get(), seats, about);
      SubscriptionLimits.checkPlan(reasons, service.get(), a.term(), a.billing(), about);
    }
    Offers.checkPrerequisite(reasons, customer, service.get(), List.of(), now, about, "purchase");
    SubscriptionLimits.checkCaps(
        reasons, customer, service.get(), seats, 1, Optional.empty(), now, policy, about);
    return reasons.decision();
  }

  // ---------------------------------------------------------------- shared checks

  /** NCE-1: the partner must be the customer's reseller. */
  static void requireReseller(
      Reasons reasons, CustomerState customer, PartnerId partner, String verb, About about) {
    if (!customer.resellers().contains(partner)) {
      reasons.add(
          Rule.NCE_1,
          "Partner "
              + partner
              + " is not a reseller of customer "
              + customer.customer().getId()
              + "; the customer accepts its reseller invitation before it may "
              + verb
              + ".",
          about);
    }
  }

  private static boolean enrolledInAny(Partner partner, Set<Program> programs, Instant now) {
    for (Program program : programs) {
      if (partner.isEnrolledAt(program, now)) {
        return true;
      }
    }
    return false;
  }
}
