package dev.partnerkit.rules;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a new-commerce subscription's changes (NCE-5 to NCE-11, NCE-13, NCE-15): finding the
 * subscription and who may change it, then seats, cancellation, auto-renew, scheduled changes, term
 * changes, suspension and reactivation, with the windows in which seats and the subscription itself
 * may still be taken back (NCE-6, NCE-7).
 *
 * <p>Subscriptions are judged as they stand at the action's instant ({@link
 * TimeDriven#newCommerce}), so renewals, expiry and conversions the time brought count. Pure
 * functions of the state, the action, the time and the policy; a utility class.
 */
final class SubscriptionChanges {
  private SubscriptionChanges() {}

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
      NewCommerce.requireReseller(
          reasons, customer.get(), seller, "change its subscriptions", about);
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

  // ---------------------------------------------------------------- seats, cancellation,
  // auto-renew, schedule, term, suspension

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
      SubscriptionLimits.checkSeats(reasons, f.service(), a.seats(), about);
      SubscriptionLimits.checkCaps(
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
        SubscriptionLimits.checkSeats(reasons, f.service(), a.seats(), about);
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
      Optional<Service> upgrade =
          UpgradesAndConversions.upgradeTarget(view, reasons, f, merged.getService().get(), about);
      if (upgrade.isEmpty()) {
        return;
      }
      target = upgrade.get();
    }
    int seats = merged.getSeats().orElse(s.getLicenses());
    SubscriptionLimits.checkSeats(reasons, target, seats, about);
    SubscriptionLimits.checkPlan(
        reasons,
        target,
        Optional.of(merged.getTerm().orElse(s.getTerm().orElseThrow())),
        Optional.of(merged.getBilling().orElse(s.getBillingCycle().orElse(BillingCycle.MONTHLY))),
        about);
    boolean sameService = target.getId().equals(s.getService());
    SubscriptionLimits.checkCaps(
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
      SubscriptionLimits.checkPlan(
          reasons, f.service(), Optional.of(term), Optional.of(newBilling), about);
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

  // ---------------------------------------------------------------- status

  /** NCE-14: a trial's seats, status and schedule never change. */
  static void noTrial(Reasons reasons, Subscription s, String what, About about) {
    if (s.isTrial()) {
      reasons.add(Rule.NCE_14, "Subscription " + s.getId() + " is a trial: " + what + ".", about);
    }
  }

  static boolean ended(Found f) {
    SubscriptionStatus status = f.status();
    return status != SubscriptionStatus.ACTIVE && status != SubscriptionStatus.SUSPENDED;
  }

  /** NCE-9: an expired, disabled or deleted subscription is never changed again. */
  static void ended(Reasons reasons, Found f, About about) {
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
  static void requireActive(Reasons reasons, Found f, Rule rule, String verb, About about) {
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
