package dev.partnerkit.rules;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What any new-commerce subscription may hold, whichever verb makes or changes it: seats within the
 * service's bounds (OFFER-4), a term and billing frequency the service and term allow (NCE-3,
 * OFFER-6) and the customer's caps per service (NCE-4).
 *
 * <p>Each check adds its reasons and never stops the others; a utility class.
 */
final class SubscriptionLimits {
  private SubscriptionLimits() {}

  /** OFFER-4: seats of one subscription lie within the service's bounds. */
  static void checkSeats(Reasons reasons, Service service, int seats, About about) {
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
  static void checkPlan(
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
  static void checkCaps(
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
}
