package dev.partnerkit.rules;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The rules of new-commerce subscriptions (NCE-1 to NCE-15, modern policy): reseller relationships,
 * the customer agreement, purchases, seats, cancellation, auto-renew, scheduled changes, term
 * changes, upgrades, suspension and trial conversion, with the offer rules they share (OFFER-3,
 * OFFER-4, OFFER-6, OFFER-7, TRIAL-1, TRIAL-3). Under the seed policy each is denied with POLICY-1.
 *
 * <p>Subscriptions are judged as they stand at the action's instant ({@link
 * TimeDriven#newCommerce}), so renewals, expiry and conversions the time brought count. Pure
 * functions of the state, the action, the time and the policy; a utility class.
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
      checkSeats(reasons, service.get(), seats, about);
      checkPlan(reasons, service.get(), a.term(), a.billing(), about);
    }
    Offers.checkPrerequisite(reasons, customer, service.get(), List.of(), now, about, "purchase");
    checkCaps(reasons, customer, service.get(), seats, 1, Optional.empty(), now, policy, about);
    return reasons.decision();
  }

  // ---------------------------------------------------------------- a subscription's changes

  /** What one verb checks of a subscription, once it is found and its seller confirmed. */
  @FunctionalInterface
  interface Check {
    void check(Reasons reasons, Found found, About about);
  }

  /** The subscription an action names, as it stands now, and its customer. */
  record Found(CustomerState customer, Subscription subscription, Service service) {
    SubscriptionStatus status() {
      return subscription.getStatus();
    }
  }

  /**
   * Finds the subscription, checks who acts (NCE-15, NCE-1), then runs the verb's own check;
   * gathers every reason.
   */
  static Decision onSubscription(
      ProgramView view,
      CustomerId customerId,
      SubscriptionId id,
      Actor by,
      Instant now,
      ProgramPolicy policy,
      Check check) {
    About about = About.subscription(id).and(customerId);
    Optional<CustomerState> customer = view.customer(customerId);
    if (customer.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.NCE_15, customerId));
    }
    Optional<Found> found = find(view, customer.get(), id, now, policy);
    if (found.isEmpty()) {
      return Decision.denied(
          about.reason(
              Rule.NCE_15,
              "Customer " + customerId + " has no new-commerce subscription " + id + "."));
    }
    Reasons reasons = new Reasons();
    Subscription s = found.get().subscription();
    PartnerId seller = s.getPartner().orElseThrow();
    if (!by.is(seller)) {
      reasons.add(
          Rule.NCE_15,
          "Only partner "
              + seller
              + ", which bought subscription "
              + id
              + ", changes it; "
              + by
              + " cannot.",
          about);
    } else {
      about = about.and(seller);
      requireReseller(reasons, customer.get(), seller, "change its subscriptions", about);
    }
    check.check(reasons, found.get(), about);
    return reasons.decision();
  }

  /** Returns the new-commerce subscription with its service, as it stands now. */
  static Optional<Found> find(
      ProgramView view,
      CustomerState customer,
      SubscriptionId id,
      Instant now,
      ProgramPolicy policy) {
    Subscription stored = customer.subscriptions().get(id);
    if (stored == null || !stored.isNewCommerce()) {
      return Optional.empty();
    }
    Subscription s = TimeDriven.newCommerce(stored, now, policy);
    return view.catalog().find(s.getService()).map(service -> new Found(customer, s, service));
  }

  static void changeSeats(
      Reasons reasons,
      Found f,
      Action.ChangeSeats a,
      Instant now,
      ProgramPolicy policy,
      About about) {
    Subscription s = f.subscription();
    noTrial(reasons, s, "its seats cannot change", about);
    requireActive(reasons, f, Rule.NCE_5, "its seats change", about);
    int current = s.getLicenses();
    if (a.seats() > current) {
      checkSeats(reasons, f.service(), a.seats(), about);
      checkCaps(
          reasons,
          f.customer(),
          f.service(),
          a.seats() - current,
          0,
          Optional.of(s.getId()),
          now,
          policy,
          about);
    } else if (a.seats() < current) {
      if (a.seats() < f.service().getMinLicenses()) {
        reasons.add(
            Rule.NCE_6,
            "Service "
                + s.getService()
                + " needs at least "
                + f.service().getMinLicenses()
                + " seats; "
                + a.seats()
                + " is below it.",
            about);
        checkSeats(reasons, f.service(), a.seats(), about);
      }
      int removable = removable(f, now, policy).stream().mapToInt(RemovableSeats::seats).sum();
      if (current - a.seats() > removable) {
        reasons.add(
            Rule.NCE_6,
            "Only "
                + removable
                + " of subscription "
                + s.getId()
                + "'s seats were added within the last "
                + policy.getChangeWindow().toHours()
                + " hours and may be removed now, but the change removes "
                + (current - a.seats())
                + "; schedule the decrease for the renewal instead (NCE-10).",
            about);
      }
    }
  }

  static void cancel(Reasons reasons, Found f, Instant now, ProgramPolicy policy, About about) {
    Subscription s = f.subscription();
    noTrial(reasons, s, "a trial cannot be cancelled; turn its auto-renew off instead", about);
    if (ended(f)) {
      ended(reasons, f, about);
      return;
    }
    Instant until = cancellableUntil(s, policy);
    if (!now.isBefore(until)) {
      reasons.add(
          Rule.NCE_7,
          "Subscription "
              + s.getId()
              + " could be cancelled until "
              + until
              + "; after its window it runs to its term end ("
              + s.getEnd().orElseThrow()
              + "); turn auto-renew off to stop it renewing.",
          about);
    }
  }

  static void setAutoRenew(Reasons reasons, Found f, About about) {
    requireActive(reasons, f, Rule.NCE_8, "its auto-renew changes", about);
  }

  static void scheduleChange(
      ProgramView view,
      Reasons reasons,
      Found f,
      Action.ScheduleChange a,
      Instant now,
      ProgramPolicy policy,
      About about) {
    Subscription s = f.subscription();
    if (s.isTrial()) {
      reasons.add(
          Rule.NCE_14, "Nothing can be scheduled on trial " + s.getId() + "; convert it.", about);
    }
    requireActive(reasons, f, Rule.NCE_10, "changes are scheduled", about);
    if (f.status() == SubscriptionStatus.ACTIVE && !s.isAutoRenew()) {
      reasons.add(
          Rule.NCE_10,
          "Subscription "
              + s.getId()
              + " has auto-renew off; turn it on before scheduling changes for a next term.",
          about);
    }
    if (a.change().isEmpty()) {
      reasons.add(
          Rule.NCE_10,
          "The scheduled change names nothing; give seats, term, billing or service.",
          about);
      return;
    }
    ScheduledChange merged =
        s.getScheduledChange().map(c -> c.mergedWith(a.change())).orElse(a.change());
    Service target = f.service();
    if (merged.getService().isPresent() && !merged.getService().get().equals(s.getService())) {
      Optional<Service> upgrade = upgradeTarget(view, reasons, f, merged.getService().get(), about);
      if (upgrade.isEmpty()) {
        return;
      }
      target = upgrade.get();
    }
    int seats = merged.getSeats().orElse(s.getLicenses());
    checkSeats(reasons, target, seats, about);
    checkPlan(
        reasons,
        target,
        Optional.of(merged.getTerm().orElse(s.getTerm().orElseThrow())),
        Optional.of(merged.getBilling().orElse(s.getBillingCycle().orElse(BillingCycle.MONTHLY))),
        about);
    boolean sameService = target.getId().equals(s.getService());
    checkCaps(
        reasons,
        f.customer(),
        target,
        sameService ? seats - s.getLicenses() : seats,
        sameService ? 0 : 1,
        sameService ? Optional.of(s.getId()) : Optional.empty(),
        now,
        policy,
        about);
  }

  static void changeTerm(Reasons reasons, Found f, Action.ChangeTerm a, About about) {
    Subscription s = f.subscription();
    noTrial(reasons, s, "convert it to choose a term", about);
    requireActive(reasons, f, Rule.NCE_11, "its term changes", about);
    Term current = s.getTerm().orElseThrow();
    BillingCycle billing = s.getBillingCycle().orElse(BillingCycle.UNKNOWN);
    if (a.term().isEmpty() && a.billing().isEmpty()) {
      reasons.add(Rule.NCE_11, "A term change names a term, a billing frequency or both.", about);
      return;
    }
    Term term = a.term().orElse(current);
    BillingCycle newBilling = a.billing().orElse(billing);
    if (a.term().isPresent() && !term.isLongerThan(current)) {
      reasons.add(
          Rule.NCE_11,
          "Mid-term a term may only grow (P1M to P1Y or P3Y, P1Y to P3Y); "
              + current
              + " to "
              + term
              + " does not.",
          about);
    } else if (term != current) {
      checkPlan(reasons, f.service(), Optional.of(term), Optional.of(newBilling), about);
      if (a.billing().isPresent() && newBilling == term.getUpfrontBilling()) {
        reasons.add(
            Rule.NCE_11,
            "Paying the whole "
                + term
                + " term at once ("
                + newBilling
                + ") is chosen only at purchase or for the next term.",
            about);
      }
    } else if (newBilling != billing) {
      boolean monthlyAnnual =
          EnumSet.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL)
              .containsAll(List.of(billing, newBilling));
      if (current != Term.P3Y || !monthlyAnnual) {
        reasons.add(
            Rule.NCE_11,
            "Without a term change the billing frequency changes only within a P3Y term, monthly"
                + " to annual or back; "
                + current
                + " "
                + billing
                + " to "
                + newBilling
                + " is not.",
            about);
      } else {
        Offers.checkBilling(reasons, f.service(), newBilling, about);
      }
    }
  }

  static void upgrade(
      ProgramView view,
      Reasons reasons,
      Found f,
      Action.Upgrade a,
      Instant now,
      ProgramPolicy policy,
      About about) {
    Subscription s = f.subscription();
    noTrial(reasons, s, "convert it instead (NCE-14)", about);
    requireActive(reasons, f, Rule.NCE_12, "it is upgraded", about);
    Optional<Service> found = upgradeTarget(view, reasons, f, a.to(), about);
    if (found.isEmpty()) {
      return;
    }
    Service target = found.get();
    checkPlan(reasons, target, s.getTerm(), s.getBillingCycle(), about);
    int moved = a.seats().orElse(s.getLicenses());
    if (moved < 1 || moved > s.getLicenses()) {
      reasons.add(
          Rule.NCE_12,
          "An upgrade moves 1 to " + s.getLicenses() + " seats, not " + moved + ".",
          about);
      return;
    }
    if (moved == s.getLicenses()) {
      if (a.into().isPresent() || a.id().isPresent()) {
        reasons.add(
            Rule.NCE_12,
            "A full upgrade keeps subscription "
                + s.getId()
                + "; name into or id only for a partial one.",
            about);
      }
      checkSeats(reasons, target, moved, about);
      checkCaps(reasons, f.customer(), target, moved, 1, Optional.empty(), now, policy, about);
      return;
    }
    if (s.getLicenses() - moved < f.service().getMinLicenses()) {
      reasons.add(
          Rule.NCE_12,
          "A partial upgrade leaves the source at least "
              + f.service().getMinLicenses()
              + " seats; moving "
              + moved
              + " of "
              + s.getLicenses()
              + " leaves fewer.",
          about);
    }
    if (a.into().isPresent()) {
      checkInto(view, reasons, f, a.into().get(), target, moved, now, policy, about);
      checkCaps(reasons, f.customer(), target, moved, 0, Optional.empty(), now, policy, about);
    } else {
      if (a.id().isEmpty()) {
        reasons.add(
            Rule.NCE_12,
            "A partial upgrade not into an existing subscription needs the new subscription's id.",
            about);
      } else if (f.customer().subscriptions().containsKey(a.id().get())) {
        reasons.add(
            Rule.NCE_12,
            "Subscription id "
                + a.id().get()
                + " is already in use; a partial upgrade needs a new"
                + " id.",
            about);
      }
      checkSeats(reasons, target, moved, about);
      checkCaps(reasons, f.customer(), target, moved, 1, Optional.empty(), now, policy, about);
    }
  }

  /** NCE-12: the existing subscription a partial upgrade moves seats into. */
  private static void checkInto(
      ProgramView view,
      Reasons reasons,
      Found source,
      SubscriptionId into,
      Service target,
      int moved,
      Instant now,
      ProgramPolicy policy,
      About about) {
    Subscription s = source.subscription();
    Optional<Found> found = find(view, source.customer(), into, now, policy);
    if (found.isEmpty()) {
      reasons.add(
          Rule.NCE_12,
          "Customer " + source.customer().customer().getId() + " has no subscription " + into + ".",
          about);
      return;
    }
    Subscription t = found.get().subscription();
    List<String> problems = new ArrayList<>();
    if (!t.getService().equals(target.getId())) {
      problems.add("it is of " + t.getService() + ", not " + target.getId());
    }
    if (!t.getPartner().equals(s.getPartner())) {
      problems.add("another partner sold it");
    }
    if (t.getStatus() != SubscriptionStatus.ACTIVE || t.isTrial()) {
      problems.add("it is not an active, paid subscription");
    }
    if (t.getStatus() == SubscriptionStatus.ACTIVE && now.isBefore(cancellableUntil(t, policy))) {
      problems.add("it is inside its cancellation window until " + cancellableUntil(t, policy));
    }
    if (s.getTerm().orElseThrow().isLongerThan(t.getTerm().orElseThrow())) {
      problems.add("its term " + t.getTerm().get() + " is shorter than " + s.getTerm().get());
    }
    if (t.getEnd().orElseThrow().isBefore(s.getEnd().orElseThrow())) {
      problems.add("it ends " + t.getEnd().get() + ", before the source's " + s.getEnd().get());
    }
    if (!problems.isEmpty()) {
      reasons.add(
          Rule.NCE_12,
          "Seats cannot move into subscription " + into + ": " + String.join("; ", problems) + ".",
          about);
    }
    checkSeats(reasons, target, t.getLicenses() + moved, about);
  }

  static void suspend(Reasons reasons, Found f, About about) {
    noTrial(reasons, f.subscription(), "a trial cannot be suspended", about);
    requireActive(reasons, f, Rule.NCE_13, "it is suspended", about);
  }

  static void reactivate(Reasons reasons, Found f, About about) {
    if (ended(f)) {
      ended(reasons, f, about);
      reasons.add(
          Rule.NCE_13,
          "Only a suspended subscription is reactivated, before its term ends.",
          about);
    } else if (f.status() != SubscriptionStatus.SUSPENDED) {
      reasons.add(
          Rule.NCE_13, "Subscription " + f.subscription().getId() + " is not suspended.", about);
    }
  }

  /** Returns whether a conversion of the trial goes by the new-commerce rules (NCE-14). */
  static boolean isNewCommerceConversion(ProgramView view, Action.ConvertTrial a) {
    return a.term().isPresent()
        || view.customer(a.customer())
            .map(c -> c.subscriptions().get(a.subscription()))
            .filter(Subscription::isNewCommerce)
            .isPresent();
  }

  static void convertTrial(
      ProgramView view,
      Reasons reasons,
      Found f,
      Action.ConvertTrial a,
      Instant now,
      ProgramPolicy policy,
      About about) {
    Subscription trial = f.subscription();
    if (!trial.isTrial() || f.status() != SubscriptionStatus.ACTIVE) {
      reasons.add(
          Rule.NCE_14,
          "Subscription " + trial.getId() + " is not a running trial; only one converts.",
          about);
      return;
    }
    Set<ServiceId> targets = new TreeSet<>(f.service().getConvertsTo());
    targets.add(trial.getService());
    if (!targets.contains(a.target())) {
      reasons.add(
          Rule.NCE_14,
          "A trial of "
              + trial.getService()
              + " converts to one of "
              + targets
              + ", not to "
              + a.target()
              + ".",
          about);
    }
    if (a.licenses() < trial.getLicenses()) {
      reasons.add(
          Rule.NCE_14,
          "An early conversion keeps at least the trial's "
              + trial.getLicenses()
              + " seats, not "
              + a.licenses()
              + ".",
          about);
    }
    if (a.term().isEmpty()) {
      reasons.add(Rule.NCE_3, "A new-commerce conversion needs a term (P1M, P1Y or P3Y).", about);
    }
    Optional<Partner> partner = view.partner(a.partner());
    Optional<Service> target =
        partner.flatMap(
            p -> Offers.authorizedService(view, reasons, p, a.target(), about, "convert to"));
    if (target.isEmpty()) {
      return;
    }
    checkSeats(reasons, target.get(), a.licenses(), about);
    checkPlan(reasons, target.get(), a.term(), Optional.of(a.billing()), about);
    boolean same = a.target().equals(trial.getService());
    checkCaps(
        reasons,
        f.customer(),
        target.get(),
        same ? a.licenses() - trial.getLicenses() : a.licenses(),
        same ? 0 : 1,
        same ? Optional.of(trial.getId()) : Optional.empty(),
        now,
        policy,
        about);
  }

  // ---------------------------------------------------------------- shared checks

  /** NCE-1: the partner must be the customer's reseller. */
  private static void requireReseller(
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

  /** NCE-14: a trial's seats, status and schedule never change. */
  private static void noTrial(Reasons reasons, Subscription s, String what, About about) {
    if (s.isTrial()) {
      reasons.add(Rule.NCE_14, "Subscription " + s.getId() + " is a trial: " + what + ".", about);
    }
  }

  private static boolean ended(Found f) {
    SubscriptionStatus status = f.status();
    return status != SubscriptionStatus.ACTIVE && status != SubscriptionStatus.SUSPENDED;
  }

  /** NCE-9: an expired, disabled or deleted subscription is never changed again. */
  private static void ended(Reasons reasons, Found f, About about) {
    reasons.add(
        Rule.NCE_9,
        "Subscription "
            + f.subscription().getId()
            + " is "
            + f.status().name().toLowerCase(java.util.Locale.ROOT)
            + "; it is never reactivated or changed, buy a new one.",
        about);
  }

  /**
   * Requires an active subscription: a suspended one is denied with NCE-13 and the verb's rule, an
   * ended one with NCE-9 and the verb's rule.
   */
  private static void requireActive(Reasons reasons, Found f, Rule rule, String verb, About about) {
    if (f.status() == SubscriptionStatus.ACTIVE) {
      return;
    }
    if (ended(f)) {
      ended(reasons, f, about);
    } else {
      reasons.add(
          Rule.NCE_13,
          "Subscription "
              + f.subscription().getId()
              + " is suspended; its seats, term and scheduled changes cannot change.",
          about);
    }
    reasons.add(
        rule,
        "Only while subscription " + f.subscription().getId() + " is active " + verb + ".",
        about);
  }

  /** OFFER-4: seats of one subscription lie within the service's bounds. */
  private static void checkSeats(Reasons reasons, Service service, int seats, About about) {
    if (seats < 1) {
      reasons.add(
          Rule.OFFER_4,
          "A subscription of " + service.getId() + " needs 1 or more seats, not " + seats + ".",
          about);
    } else {
      Offers.checkLicenseBounds(reasons, service, seats, about);
    }
  }

  /** NCE-3 and OFFER-6: a term the service offers and a billing frequency both allow. */
  private static void checkPlan(
      Reasons reasons,
      Service service,
      Optional<Term> term,
      Optional<BillingCycle> billing,
      About about) {
    if (term.isEmpty() || term.get() == Term.UNKNOWN) {
      reasons.add(Rule.NCE_3, "A new-commerce subscription needs a term: P1M, P1Y or P3Y.", about);
    } else if (!service.getTerms().contains(term.get())) {
      reasons.add(
          Rule.NCE_3,
          "Service "
              + service.getId()
              + " offers the terms "
              + new TreeSet<>(service.getTerms())
              + ", not "
              + term.get()
              + ".",
          about);
    }
    if (billing.isEmpty() || billing.get() == BillingCycle.UNKNOWN) {
      reasons.add(
          Rule.NCE_3,
          "A new-commerce subscription needs a billing frequency: MONTHLY, ANNUAL or TRIENNIAL.",
          about);
      return;
    }
    if (term.isPresent() && term.get() != Term.UNKNOWN && !term.get().allows(billing.get())) {
      reasons.add(
          Rule.NCE_3,
          "A "
              + term.get()
              + " term is billed "
              + new TreeSet<>(term.get().getBillingCycles())
              + ", not "
              + billing.get()
              + ".",
          about);
    }
    Offers.checkBilling(reasons, service, billing.get(), about);
  }

  /**
   * NCE-4: the customer's seats and subscriptions of the service stay within its caps after adding
   * {@code seats} and {@code subscriptions}; {@code except} is the subscription changing, whose
   * current seats the caller already counted in {@code seats}.
   */
  private static void checkCaps(
      Reasons reasons,
      CustomerState customer,
      Service service,
      int seats,
      int subscriptions,
      Optional<SubscriptionId> except,
      Instant now,
      ProgramPolicy policy,
      About about) {
    if (service.getMaxSeatsPerCustomer().isEmpty()
        && service.getMaxSubscriptionsPerCustomer().isEmpty()) {
      return;
    }
    long heldSeats = 0;
    int held = 0;
    for (Subscription stored : customer.subscriptions().values()) {
      if (!stored.isNewCommerce() || !stored.getService().equals(service.getId())) {
        continue;
      }
      Subscription s = TimeDriven.newCommerce(stored, now, policy);
      if (s.getService().equals(service.getId())
          && (s.getStatus() == SubscriptionStatus.ACTIVE
              || s.getStatus() == SubscriptionStatus.SUSPENDED)) {
        heldSeats += s.getLicenses();
        held++;
      }
    }
    int cap = service.getMaxSeatsPerCustomer().orElse(Integer.MAX_VALUE);
    if (seats > 0 && heldSeats + seats > cap) {
      reasons.add(
          Rule.NCE_4,
          "Customer "
              + customer.customer().getId()
              + " holds "
              + heldSeats
              + " seats of "
              + service.getId()
              + "; "
              + seats
              + " more would pass its cap of "
              + cap
              + " per customer.",
          about);
    }
    int maxSubscriptions = service.getMaxSubscriptionsPerCustomer().orElse(Integer.MAX_VALUE);
    if (subscriptions > 0 && except.isEmpty() && held + subscriptions > maxSubscriptions) {
      reasons.add(
          Rule.NCE_4,
          "Customer "
              + customer.customer().getId()
              + " holds "
              + held
              + " subscriptions of "
              + service.getId()
              + "; the service allows "
              + maxSubscriptions
              + " per customer.",
          about);
    }
  }

  /** NCE-12 and OFFER-3: the upgrade target must be listed and the partner authorized for it. */
  private static Optional<Service> upgradeTarget(
      ProgramView view, Reasons reasons, Found f, ServiceId to, About about) {
    if (!f.service().getUpgradesTo().contains(to)) {
      reasons.add(
          Rule.NCE_12,
          "Service "
              + f.service().getId()
              + " upgrades to "
              + new TreeSet<>(f.service().getUpgradesTo())
              + ", not to "
              + to
              + "; there are no downgrades.",
          about);
      return Optional.empty();
    }
    Optional<Partner> partner = f.subscription().getPartner().flatMap(view::partner);
    return partner.flatMap(p -> Offers.authorizedService(view, reasons, p, to, about, "sell"));
  }

  private static boolean enrolledInAny(Partner partner, Set<Program> programs, Instant now) {
    for (Program program : programs) {
      if (partner.isEnrolledAt(program, now)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- windows (NCE-6, NCE-7)

  /**
   * NCE-6: the seats that may be removed now, most recently added first, each batch with the end of
   * its window, never taking the subscription below its service's minimum.
   */
  static List<RemovableSeats> removable(Found f, Instant now, ProgramPolicy policy) {
    Subscription s = f.subscription();
    List<RemovableSeats> result = new ArrayList<>();
    if (s.isTrial() || s.getStatus() != SubscriptionStatus.ACTIVE) {
      return result;
    }
    int room = s.getLicenses() - f.service().getMinLicenses();
    List<SeatBatch> batches = s.getSeatBatches();
    for (int i = batches.size() - 1; i >= 0 && room > 0; i--) {
      SeatBatch batch = batches.get(i);
      Instant until = batch.getAddedAt().plus(policy.getChangeWindow());
      if (!batch.isRemovable() || !now.isBefore(until)) {
        break;
      }
      int seats = Math.min(room, batch.getSeats());
      result.add(new RemovableSeats(seats, until));
      room -= seats;
    }
    return result;
  }

  /** NCE-7: when the cancellation window closes. */
  static Instant cancellableUntil(Subscription s, ProgramPolicy policy) {
    return s.getWindowOpenedAt().orElse(s.getStart()).plus(policy.getChangeWindow());
  }
}
