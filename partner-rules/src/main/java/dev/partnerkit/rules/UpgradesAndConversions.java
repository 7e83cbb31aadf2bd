package dev.partnerkit.rules;

import dev.partnerkit.model.Partner;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.rules.SubscriptionChanges.Found;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules that move a new-commerce subscription to another service: an upgrade, full or partial
 * (NCE-12), and a trial's conversion (NCE-14), both checked against the target's plan and caps.
 *
 * <p>Pure functions of the state, the action, the time and the policy; a utility class.
 */
final class UpgradesAndConversions {
  private UpgradesAndConversions() {}

  static void upgrade(
      ProgramView view,
      Reasons reasons,
      Found f,
      Action.Upgrade a,
      Instant now,
      ProgramPolicy policy,
      About about) {
    Subscription s = f.subscription();
    SubscriptionChanges.noTrial(reasons, s, "convert it instead (NCE-14)", about);
    SubscriptionChanges.requireActive(reasons, f, Rule.NCE_12, "it is upgraded", about);
    Optional<Service> found = upgradeTarget(view, reasons, f, a.to(), about);
    if (found.isEmpty()) {
      return;
    }
    Service target = found.get();
    SubscriptionLimits.checkPlan(reasons, target, s.getTerm(), s.getBillingCycle(), about);
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
      SubscriptionLimits.checkSeats(reasons, target, moved, about);
      SubscriptionLimits.checkCaps(
          reasons, f.customer(), target, moved, 1, Optional.empty(), now, policy, about);
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
      SubscriptionLimits.checkCaps(
          reasons, f.customer(), target, moved, 0, Optional.empty(), now, policy, about);
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
      SubscriptionLimits.checkSeats(reasons, target, moved, about);
      SubscriptionLimits.checkCaps(
          reasons, f.customer(), target, moved, 1, Optional.empty(), now, policy, about);
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
    Optional<Found> found = SubscriptionChanges.find(view, source.customer(), into, now, policy);
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
    if (t.getStatus() == SubscriptionStatus.ACTIVE
        && now.isBefore(SubscriptionChanges.cancellableUntil(t, policy))) {
      problems.add(
          "it is inside its cancellation window until "
              + SubscriptionChanges.cancellableUntil(t, policy));
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
    SubscriptionLimits.checkSeats(reasons, target, t.getLicenses() + moved, about);
  }

  /** NCE-12 and OFFER-3: the upgrade target must be listed and the partner authorized for it. */
  static Optional<Service> upgradeTarget(
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
    Orders.checkConversionTarget(
        reasons, Rule.NCE_14, trial.getService(), f.service().getConvertsTo(), a.target(), about);
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
    SubscriptionLimits.checkSeats(reasons, target.get(), a.licenses(), about);
    SubscriptionLimits.checkPlan(reasons, target.get(), a.term(), Optional.of(a.billing()), about);
    boolean same = a.target().equals(trial.getService());
    SubscriptionLimits.checkCaps(
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
}
