package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of what a partner does directly as a customer's reseller: ordering paid subscriptions
 * and trials, changing a license count and converting a trial (OFFER-2 to OFFER-7, TRIAL-1 to
 * TRIAL-4, the cloud rules).
 */
final class Orders {
  private Orders() {}

  static Decision placeOrder(
      ProgramView view, Action.PlaceOrder a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Parties> known = parties(view, reasons, a.partner(), a.customer());
    if (known.isEmpty()) {
      return reasons.decision();
    }
    Parties parties = known.get();
    About about = About.customer(a.customer()).and(a.partner());
    Clouds.checkClouds(
        reasons,
        parties.partner(),
        parties.customer().customer(),
        EnumSet.of(Capability.PURCHASE_OFFERS),
        now,
        policy);
    if (a.lines().isEmpty()) {
      reasons.add(Rule.OFFER_2, "An order must have one or more lines.", about);
    }
    checkLines(reasons, parties.customer(), a.lines(), about);
    Offers.requireKnownBilling(reasons, a.billing(), about);
    List<ServiceId> ordered = services(a.lines());
    for (OrderLine line : a.lines()) {
      Offers.checkLineLicenses(reasons, line.service(), line.licenses(), about);
      Optional<Service> found =
          Offers.authorizedService(
              view, reasons, parties.partner(), line.service(), about, "order");
      if (found.isEmpty()) {
        continue;
      }
      Service service = found.get();
      Offers.checkLineBounds(reasons, service, line.licenses(), about);
      Offers.checkBilling(reasons, service, a.billing(), about);
      Offers.checkPrerequisite(reasons, parties.customer(), service, ordered, now, about, "order");
    }
    return reasons.decision();
  }

  static Decision startTrials(
      ProgramView view, Action.StartTrials a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Parties> known = parties(view, reasons, a.partner(), a.customer());
    if (known.isEmpty()) {
      return reasons.decision();
    }
    Parties parties = known.get();
    About about = About.customer(a.customer()).and(a.partner());
    Clouds.checkClouds(
        reasons,
        parties.partner(),
        parties.customer().customer(),
        EnumSet.of(Capability.TRIAL_INVITATIONS),
        now,
        policy);
    if (a.lines().isEmpty()) {
      reasons.add(Rule.OFFER_1, "A trial order must name one or more services.", about);
    }
    checkLines(reasons, parties.customer(), a.lines(), about);
    Set<ServiceId> seen = new HashSet<>();
    for (OrderLine line : a.lines()) {
      if (!seen.add(line.service())) {
        continue;
      }
      Optional<Service> service =
          Offers.authorizedService(
              view, reasons, parties.partner(), line.service(), about, "order");
      if (service.isEmpty()) {
        continue;
      }
      Optional<TrialTerms> trial = service.get().getTrial();
      if (trial.isEmpty()) {
        Offers.noTrial(reasons, service.get(), "order it paid instead", about);
      } else if (line.licenses() != trial.get().getLicenses()) {
        reasons.add(
            Rule.TRIAL_2,
            "A trial of "
                + line.service()
                + " has a fixed "
                + trial.get().getLicenses()
                + " licenses, but the line asks for "
                + line.licenses()
                + ".",
            about);
      }
      Offers.checkTrialEligibility(reasons, parties.customer(), line.service(), now);
    }
    return reasons.decision();
  }

  static Decision changeLicenses(ProgramView view, Action.ChangeLicenses a, Instant now) {
    Optional<CustomerState> customer = view.customer(a.customer());
    About about = About.subscription(a.subscription()).and(a.customer()).and(a.partner());
    Subscription subscription =
        customer.map(c -> c.subscriptions().get(a.subscription())).orElse(null);
    if (subscription == null
        || subscription.isNewCommerce()
        || !TimeDriven.isInUse(subscription, now)) {
      return Decision.denied(
          about.reason(
              Rule.OFFER_4,
              "Customer "
                  + a.customer()
                  + " has no subscription "
                  + a.subscription()
                  + " in use whose license count could change (a new-commerce subscription's"
                  + " seats change with changeSeats)."));
    }
    Reasons reasons = new Reasons();
    requireSeller(reasons, subscription, a.partner(), "changes its license count", about);
    if (subscription.isTrial()) {
      reasons.add(
          Rule.TRIAL_2,
          "Subscription "
              + a.subscription()
              + " is a trial with a fixed "
              + subscription.getLicenses()
              + " licenses; convert it to paid before changing its license count.",
          about);
    }
    if (a.licenses() < 1) {
      reasons.add(
          Rule.OFFER_2,
          "A subscription needs 1 or more licenses, but the change asks for " + a.licenses() + ".",
          about);
    } else {
      view.catalog()
          .find(subscription.getService())
          .ifPresent(service -> Offers.checkLicenseBounds(reasons, service, a.licenses(), about));
    }
    return reasons.decision();
  }

  static Decision convertTrial(
      ProgramView view, Action.ConvertTrial a, Instant now, ProgramPolicy policy) {
    Optional<CustomerState> customer = view.customer(a.customer());
    About about = About.subscription(a.subscription()).and(a.customer()).and(a.partner());
    Subscription trial = customer.map(c -> c.subscriptions().get(a.subscription())).orElse(null);
    if (trial == null || !trial.isTrial() || !TimeDriven.isInUse(trial, now)) {
      return Decision.denied(
          about.reason(
              Rule.TRIAL_4,
              "Subscription "
                  + a.subscription()
                  + " of customer "
                  + a.customer()
                  + " is not a running trial; only a trial in use converts to paid."));
    }
    Optional<Partner> partner = view.partner(a.partner());
    if (partner.isEmpty()) {
      return Decision.denied(Messages.unknownPartner(Rule.OFFER_3, a.partner()));
    }
    Reasons reasons = new Reasons();
    requireSeller(reasons, trial, a.partner(), "converts it", about);
    Clouds.checkClouds(
        reasons,
        partner.get(),
        customer.get().customer(),
        EnumSet.of(Capability.PURCHASE_OFFERS),
        now,
        policy);
    checkConversionTarget(
        reasons,
        Rule.TRIAL_4,
        trial.getService(),
        view.catalog().find(trial.getService()).map(Service::getConvertsTo).orElse(Set.of()),
        a.target(),
        about);
    if (a.licenses() < 1) {
      reasons.add(
          Rule.OFFER_2,
          "A paid subscription needs 1 or more licenses, but the conversion asks for "
              + a.licenses()
              + ".",
          about);
    }
    Offers.requireKnownBilling(reasons, a.billing(), about);
    Optional<Service> target =
        Offers.authorizedService(view, reasons, partner.get(), a.target(), about, "order");
    if (target.isPresent()) {
      Offers.checkLicenseBounds(reasons, target.get(), a.licenses(), about);
      Offers.checkBilling(reasons, target.get(), a.billing(), about);
      Optional<ServiceId> prerequisite = target.get().getAddOnTo();
      if (prerequisite.isPresent() && !Offers.owns(customer.get(), prerequisite.get(), now)) {
        reasons.add(
            Rule.OFFER_7,
            "Add-on " + a.target() + " needs " + prerequisite.get() + ", which the customer lacks.",
            about);
      }
    }
    return reasons.decision();
  }

  /** The partner and customer of an order, once both are known. */
  private record Parties(Partner partner, CustomerState customer) {}

  /** Returns the partner and customer of an order, adding a reason for each that is unknown. */
  private static Optional<Parties> parties(
      ProgramView view, Reasons reasons, PartnerId partnerId, CustomerId customerId) {
    Optional<Partner> partner = view.partner(partnerId);
    Optional<CustomerState> customer = view.customer(customerId);
    if (partner.isEmpty()) {
      reasons.add(Messages.unknownPartner(Rule.OFFER_3, partnerId));
    }
    if (customer.isEmpty()) {
      reasons.add(Messages.unknownCustomer(Rule.OFFER_8, customerId));
    }
    return reasons.any()
        ? Optional.empty()
        : Optional.of(new Parties(partner.get(), customer.get()));
  }

  /** OFFER-2 for a line whose subscription id is taken, OFFER-5 for a service named twice. */
  private static void checkLines(
      Reasons reasons, CustomerState customer, List<OrderLine> lines, About about) {
    Set<SubscriptionId> ids = new HashSet<>();
    for (OrderLine line : lines) {
      if (!ids.add(line.subscription())
          || customer.subscriptions().containsKey(line.subscription())) {
        reasons.add(
            Rule.OFFER_2,
            "Subscription id "
                + line.subscription()
                + " is already in use; each line starts a subscription with an id of its own.",
            about);
      }
    }
    Offers.checkDuplicates(reasons, services(lines), about);
  }

  private static List<ServiceId> services(List<OrderLine> lines) {
    List<ServiceId> services = new ArrayList<>(lines.size());
    for (OrderLine line : lines) {
      services.add(line.service());
    }
    return services;
  }

  private static void requireSeller(
      Reasons reasons, Subscription subscription, PartnerId partner, String verb, About about) {
    if (!subscription.getPartner().filter(partner::equals).isPresent()) {
      reasons.add(
          Rule.OFFER_3,
          "Partner "
              + partner
              + " did not sell subscription "
              + subscription.getId()
              + "; only the partner that sold it "
              + verb
              + ".",
          about);
    }
  }

  /**
   * TRIAL-4, NCE-14: a trial converts to its own service or to one its service lists; {@code rule}
   * names the one that applies.
   */
  static void checkConversionTarget(
      Reasons reasons,
      Rule rule,
      ServiceId trial,
      Set<ServiceId> convertsTo,
      ServiceId target,
      About about) {
    Set<ServiceId> targets = new TreeSet<>(convertsTo);
    targets.add(trial);
    if (!targets.contains(target)) {
      reasons.add(
          rule,
          "A trial of " + trial + " converts to one of " + targets + ", not to " + target + ".",
          about);
    }
  }
}
