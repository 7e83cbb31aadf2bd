package dev.partnerkit.testing.sandbox.internal;

import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.attributes;
import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.collection;

import dev.partnerkit.client.partnercenter.PcEligibilityType;
import dev.partnerkit.client.partnercenter.PcTargetSubscriptionEligibility;
import dev.partnerkit.client.partnercenter.PcTransition;
import dev.partnerkit.client.partnercenter.PcTransitionEligibility;
import dev.partnerkit.client.partnercenter.PcTransitionEligibilityDetail;
import dev.partnerkit.client.partnercenter.PcTransitionError;
import dev.partnerkit.client.partnercenter.PcTransitionEvent;
import dev.partnerkit.client.partnercenter.PcTransitionRequest;
import dev.partnerkit.client.partnercenter.PcTransitionType;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Not API: new-commerce transitions of a subscription: the eligibilities of its upgrade targets,
 * each the rules' verdict on the {@link Action.Upgrade} it stands for with the denying reasons as
 * errors, a transition (an {@link Action.Upgrade}, or a trial's {@link Action.ConvertTrial} when
 * the target is the trial's own paid service), and the transitions made. An upgrade keeps the
 * subscription's term, so its target is the availability of that term. Thread-safe.
 */
public final class TransitionApi {
  private final SandboxContext context;
  private final SoldSubscriptions subscriptions;

  private TransitionApi(SandboxContext context) {
    this.context = context;
    this.subscriptions = new SoldSubscriptions(context);
  }

  /**
   * Adds the transition routes.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    TransitionApi api = new TransitionApi(context);
    Api pc = Api.PARTNER_CENTER;
    String one = "/v1/customers/{customer}/subscriptions/{subscription}";
    router
        .add(pc, "GET", one + "/transitionEligibilities", api::eligibilities)
        .add(pc, "POST", one + "/transitions", api::transition)
        .add(pc, "GET", one + "/transitions", api::history);
  }

  private ApiResponse eligibilities(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Subscription s = subscriptions.own(r, partner, customer);
    String type = r.query("eligibilityType").orElse(PcEligibilityType.IMMEDIATE.wireValue());
    if (!type.equals(PcEligibilityType.IMMEDIATE.wireValue())
        && !type.equals(PcEligibilityType.SCHEDULED.wireValue())) {
      throw ApiProblem.badRequest(
          "eligibilityType must be immediate or scheduled, but was \"" + type + "\".");
    }
    List<PcTransitionEligibility> items = new ArrayList<>();
    // Scheduled upgrades go in scheduledNextTermInstructions; a trial converts by transition to
    // its paid service, which the rules check when it is asked.
    if (type.equals(PcEligibilityType.IMMEDIATE.wireValue()) && s.isNewCommerce() && !s.isTrial()) {
      Service service = context.program().catalog().find(s.getService()).orElseThrow();
      Actor by = Actor.partner(partner);
      for (ServiceId to : new TreeSet<>(service.getUpgradesTo())) {
        Optional<Service> target = context.program().catalog().find(to);
        if (target.isEmpty()) {
          continue;
        }
        Action full =
            new Action.Upgrade(
                customer,
                s.getId(),
                by,
                to,
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty());
        Decision decision = context.program().decide(full, r.now());
        var item =
            PcTransitionEligibility.builder()
                .catalogItemId(CatalogOffers.item(target.get(), s.getTerm().orElseThrow()).id())
                .title(target.get().getName())
                .quantity(s.getLicenses());
        for (PcTransitionType transition :
            List.of(
                PcTransitionType.TRANSITION_ONLY,
                PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER)) {
          item.addEligibility(
              PcTransitionEligibilityDetail.builder()
                  .isEligible(decision.isAllowed())
                  .transitionType(Optional.of(transition))
                  .errors(errors(decision))
                  .build());
        }
        for (Subscription into : subscriptions.sold(partner, customer, r.now())) {
          if (!into.getService().equals(to) || into.getStatus() != SubscriptionStatus.ACTIVE) {
            continue;
          }
          Decision partial =
              context
                  .program()
                  .decide(
                      new Action.Upgrade(
                          customer,
                          s.getId(),
                          by,
                          to,
                          OptionalInt.of(1),
                          Optional.of(into.getId()),
                          Optional.empty()),
                      r.now());
          item.addSubscriptionEligibility(
              PcTargetSubscriptionEligibility.builder()
                  .isEligible(partial.isAllowed())
                  .subscriptionId(Optional.of(into.getId().value()))
                  .subscriptionFriendlyName(Optional.of(target.get().getName()))
                  .subscriptionTermDuration(into.getTerm().map(Term::name))
                  .subscriptionBillingCycle(
                      into.getBillingCycle().flatMap(CatalogOffers::billingCycle))
                  .errors(errors(partial))
                  .build());
        }
        items.add(item.build());
      }
    }
    return ApiResponse.ok(collection(items));
  }

  private static List<PcTransitionError> errors(Decision decision) {
    List<PcTransitionError> errors = new ArrayList<>();
    for (Reason reason : decision.getReasons()) {
      errors.add(
          PcTransitionError.builder()
              .code(Optional.of(reason.ruleId()))
              .description(Optional.of(reason.ruleId() + ": " + reason.message()))
              .build());
    }
    return errors;
  }

  private ApiResponse transition(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Subscription s = subscriptions.own(r, partner, customer);
    PcTransitionRequest request = r.body(PcTransitionRequest.class);
    if (request
        .getFromSubscriptionId()
        .filter(f -> !f.equalsIgnoreCase(s.getId().value()))
        .isPresent()) {
      throw ApiProblem.badRequest(
          "fromSubscriptionId must be the subscription in the path, "
              + s.getId()
              + ", or left out.");
    }
    CatalogOffers.CatalogItem to =
        CatalogOffers.item(context.program().catalog(), request.getToCatalogItemId())
            .filter(i -> !i.trial())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "toCatalogItemId "
                            + request.getToCatalogItemId()
                            + " names no paid SKU and availability of the catalog."));
    Optional<Term> term =
        request
            .getTermDuration()
            .map(
                t ->
                    CatalogOffers.term(t)
                        .orElseThrow(
                            () ->
                                ApiProblem.badRequest(
                                    "termDuration must be P1M, P1Y or P3Y, but was " + t + ".")));
    if (term.isPresent() && !term.equals(to.term())) {
      throw ApiProblem.badRequest(
          "termDuration "
              + term.get()
              + " is not the term of availability "
              + to.availabilityId()
              + ".");
    }
    Actor by = Actor.partner(partner);
    Optional<String> result;
    if (s.isTrial() && s.isNewCommerce()) {
      BillingCycle billing =
          request
              .getBillingCycle()
              .map(CatalogOffers::billingCycle)
              .orElseThrow(
                  () -> ApiProblem.badRequest("A trial's conversion needs a billingCycle."));
      context.apply(
          new Action.ConvertTrial(
              partner,
              customer,
              s.getId(),
              to.service().getId(),
              request.getQuantity(),
              billing,
              to.term()),
          r);
      result = Optional.of(s.getId().value());
    } else {
      if (!to.term().equals(s.getTerm())) {
        throw ApiProblem.badRequest(
            "An upgrade keeps the subscription's term "
                + s.getTerm().map(Term::name).orElse("(none)")
                + "; choose the target's availability of that term.");
      }
      boolean full =
          request.getQuantity() >= s.getLicenses() && request.getToSubscriptionId().isEmpty();
      Optional<SubscriptionId> into = request.getToSubscriptionId().map(this::subscriptionId);
      Optional<SubscriptionId> created =
          full || into.isPresent()
              ? Optional.empty()
              : Optional.of(SubscriptionId.of(r.keys().newId().toString()));
      context.apply(
          new Action.Upgrade(
              customer,
              s.getId(),
              by,
              to.service().getId(),
              full ? OptionalInt.empty() : OptionalInt.of(request.getQuantity()),
              into,
              created),
          r);
      result = Optional.of(into.or(() -> created).orElse(s.getId()).value());
    }
    PcTransition transition =
        PcTransition.builder()
            .fromCatalogItemId(s.getTerm().map(t -> CatalogOffers.item(service(s), t).id()))
            .fromSubscriptionId(s.getId().value())
            .toCatalogItemId(to.id())
            .toSubscriptionId(result)
            .quantity(request.getQuantity())
            .termDuration(to.term().map(Term::name))
            .billingCycle(request.getBillingCycle())
            .transitionType(request.getTransitionType())
            .addEvent(
                PcTransitionEvent.builder()
                    .name(Optional.of("TransitionCompleted"))
                    .status(Optional.of("completed"))
                    .timestamp(Optional.of(r.now()))
                    .build())
            .attributes(attributes("Transition"))
            .build();
    context.directory().addTransition(s.getId(), transition);
    return ApiResponse.created(transition);
  }

  private ApiResponse history(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Subscription s = subscriptions.own(r, partner, customer);
    return ApiResponse.ok(collection(context.directory().transitions(s.getId())));
  }

  private Service service(Subscription s) {
    return context.program().catalog().find(s.getService()).orElseThrow();
  }

  private SubscriptionId subscriptionId(String text) {
    try {
      return SubscriptionId.of(text.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("toSubscriptionId: " + e.getMessage());
    }
  }
}
