package dev.partnerkit.testing.sandbox.internal;

import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.hasField;

import dev.partnerkit.client.partnercenter.PcScheduledNextTermInstructions;
import dev.partnerkit.client.partnercenter.PcScheduledProduct;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcSubscriptionStatus;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Not API: what a PATCH of a whole new-commerce subscription asks, as the rules' verbs. The PATCH
 * sends the subscription as last read with some fields changed; each changed field is one verb:
 *
 * <ul>
 *   <li>{@code status} {@code suspended}, {@code active} or {@code deleted}: {@link
 *       Action.Suspend}, {@link Action.Reactivate}, {@link Action.CancelSubscription}; Partner
 *       Center turns auto-renew off itself, so an {@code autoRenewEnabled} sent with them is not a
 *       second change;
 *   <li>{@code autoRenewEnabled}: {@link Action.SetAutoRenew};
 *   <li>{@code scheduledNextTermInstructions}: {@link Action.ScheduleChange}, which may come with
 *       {@code autoRenewEnabled: true}, as "Create scheduled changes" sends it;
 *   <li>{@code quantity}: {@link Action.ChangeSeats};
 *   <li>{@code termDuration} or {@code billingCycle}: {@link Action.ChangeTerm}.
 * </ul>
 *
 * <p>Any other combination is refused with a 400 naming the fields, so that a PATCH is one decision
 * of the rules (two when auto-renew is turned on for a schedule). Thread-safe: it holds no state.
 */
final class SubscriptionPatches {
  private final SandboxContext context;

  SubscriptionPatches(SandboxContext context) {
    this.context = context;
  }

  /**
   * Returns the verbs a PATCH asks for, in the order to apply them.
   *
   * @param r the request
   * @param partner the partner
   * @param customer the customer
   * @param current the subscription now
   * @param before its wire form now
   * @param input the PATCH's body
   * @return the actions; empty when nothing changed
   * @throws ApiProblem a 400 for a change the sandbox cannot read or several changes at once
   */
  List<Action> actions(
      ApiRequest r,
      PartnerId partner,
      CustomerId customer,
      Subscription current,
      PcSubscription before,
      PcSubscription input) {
    Actor by = Actor.partner(partner);
    List<String> changed = new ArrayList<>();
    List<Action> actions = new ArrayList<>();
    Optional<PcSubscriptionStatus> status =
        input.getStatus().filter(s -> !input.getStatus().equals(before.getStatus()));
    boolean autoRenew =
        hasField(r.body(), "autoRenewEnabled")
            && input.isAutoRenewEnabled() != before.isAutoRenewEnabled();
    Optional<PcScheduledNextTermInstructions> schedule =
        input
            .getScheduledNextTermInstructions()
            .filter(
                i ->
                    !input
                        .getScheduledNextTermInstructions()
                        .equals(before.getScheduledNextTermInstructions()));
    boolean seats = hasField(r.body(), "quantity") && input.getQuantity() != before.getQuantity();
    Optional<Term> term =
        input
            .getTermDuration()
            .filter(t -> !input.getTermDuration().equals(before.getTermDuration()))
            .map(t -> termOf(t, "termDuration"));
    Optional<BillingCycle> billing =
        input
            .getBillingCycle()
            .filter(b -> !input.getBillingCycle().equals(before.getBillingCycle()))
            .map(CatalogOffers::billingCycle);
    if (status.isPresent()) {
      changed.add("status");
      actions.add(statusChange(customer, current, by, status.get()));
      // Suspending and cancelling turn auto-renew off; the body may say so too.
      autoRenew = false;
    }
    if (autoRenew && input.isAutoRenewEnabled()) {
      changed.add("autoRenewEnabled");
      actions.add(new Action.SetAutoRenew(customer, current.getId(), by, true));
    }
    if (schedule.isPresent()) {
      changed.add("scheduledNextTermInstructions");
      actions.add(
          new Action.ScheduleChange(
              customer, current.getId(), by, scheduledChange(current, schedule.get())));
    }
    if (seats) {
      changed.add("quantity");
      actions.add(new Action.ChangeSeats(customer, current.getId(), by, input.getQuantity()));
    }
    if (term.isPresent() || billing.isPresent()) {
      changed.add(term.isPresent() ? "termDuration" : "billingCycle");
      actions.add(new Action.ChangeTerm(customer, current.getId(), by, term, billing));
    }
    if (autoRenew && !input.isAutoRenewEnabled()) {
      changed.add("autoRenewEnabled");
      actions.add(new Action.SetAutoRenew(customer, current.getId(), by, false));
    }
    boolean scheduling =
        changed.equals(List.of("autoRenewEnabled", "scheduledNextTermInstructions"));
    if (changed.size() > 1 && !scheduling) {
      throw ApiProblem.badRequest(
          "The PATCH changes "
              + String.join(", ", changed)
              + "; the sandbox takes one change of a subscription at a time (auto-renew on with"
              + " scheduledNextTermInstructions excepted). Send them one by one.");
    }
    return actions;
  }

  private static Action statusChange(
      CustomerId customer, Subscription current, Actor by, PcSubscriptionStatus status) {
    return switch (status) {
      case SUSPENDED -> new Action.Suspend(customer, current.getId(), by);
      case ACTIVE -> new Action.Reactivate(customer, current.getId(), by);
      case DELETED -> new Action.CancelSubscription(customer, current.getId(), by);
      default ->
          throw ApiProblem.badRequest(
              "status may be changed to suspended, active or deleted, not "
                  + status.name().toLowerCase(java.util.Locale.ROOT)
                  + ".");
    };
  }

  /** The next term's product and quantity, as the rules' scheduled change. */
  private ScheduledChange scheduledChange(
      Subscription current, PcScheduledNextTermInstructions instructions) {
    PcScheduledProduct product =
        instructions
            .getProduct()
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "scheduledNextTermInstructions.product is required: the productId, skuId"
                            + " and availabilityId of the next term."));
    CatalogOffers.CatalogItem item =
        CatalogOffers.item(
                context.program().catalog(),
                product.getProductId(),
                product.getSkuId(),
                product.getAvailabilityId())
            .filter(i -> !i.trial())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "scheduledNextTermInstructions.product "
                            + product.catalogItemId()
                            + " names no paid SKU and availability of the catalog."));
    Term term = item.term().orElseThrow();
    Optional<Term> sent =
        product.getTermDuration().map(t -> termOf(t, "scheduledNextTermInstructions.product"));
    if (sent.isPresent() && sent.get() != term) {
      throw ApiProblem.badRequest(
          "scheduledNextTermInstructions.product.termDuration "
              + sent.get()
              + " is not the term of availability "
              + item.availabilityId()
              + " ("
              + term
              + ").");
    }
    if (instructions.getQuantity() < 1) {
      throw ApiProblem.badRequest(
          "scheduledNextTermInstructions.quantity must be 1 or more, but was "
              + instructions.getQuantity()
              + ".");
    }
    var change = ScheduledChange.builder().seats(instructions.getQuantity()).term(term);
    product.getBillingCycle().map(CatalogOffers::billingCycle).ifPresent(change::billing);
    if (!item.service().getId().equals(current.getService())) {
      change.service(item.service().getId());
    }
    try {
      return change.build();
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }

  private static Term termOf(String duration, String field) {
    return CatalogOffers.term(duration)
        .orElseThrow(
            () ->
                ApiProblem.badRequest(
                    field + " must be P1M, P1Y or P3Y, but was \"" + duration + "\"."));
  }
}
