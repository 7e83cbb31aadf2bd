package dev.partnerkit.testing.sandbox.internal;

import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.attributes;
import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.collection;
import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.hasField;

import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcConversion;
import dev.partnerkit.client.partnercenter.PcConversionResult;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.rules.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Not API: Partner Center's subscriptions of a customer and trial conversions. A partner sees only
 * the subscriptions it sold. A PATCH sends the whole subscription, with {@code If-Match} if the
 * caller wants the change refused (412) when the subscription changed since it was read. For a
 * legacy subscription a license change is the program's {@link Action.ChangeLicenses}; for a
 * new-commerce one the changed fields are its verbs ({@link SubscriptionPatches}); a trial
 * conversion is {@link Action.ConvertTrial}. The rules check each, and a denial comes back as
 * Partner Center's error body with the rule ids. Thread-safe.
 */
public final class SubscriptionApi {
  private final SandboxContext context;
  private final SoldSubscriptions subscriptions;
  private final SubscriptionPatches patches;

  private SubscriptionApi(SandboxContext context) {
    this.context = context;
    this.subscriptions = new SoldSubscriptions(context);
    this.patches = new SubscriptionPatches(context);
  }

  /**
   * Adds the subscription and conversion routes.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    SubscriptionApi api = new SubscriptionApi(context);
    Api pc = Api.PARTNER_CENTER;
    String one = "/v1/customers/{customer}/subscriptions/{subscription}";
    router
        .add(pc, "GET", "/v1/customers/{customer}/subscriptions", api::list)
        .add(pc, "GET", one, api::get)
        .add(pc, "PATCH", one, api::update)
        .add(pc, "GET", one + "/conversions", api::conversions)
        .add(pc, "POST", one + "/conversions", api::convert);
  }

  private ApiResponse list(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Optional<MpnId> recorded = subscriptions.partnerOfRecordMpn(customer);
    Optional<String> mpn = r.query("mpn_id");
    List<PcSubscription> items = new ArrayList<>();
    if (mpn.isEmpty() || recorded.map(MpnId::value).equals(mpn)) {
      for (Subscription s : subscriptions.sold(partner, customer, r.now())) {
        items.add(subscriptions.wire(s, customer, r.now()));
      }
    }
    return ApiResponse.ok(collection(items));
  }

  private ApiResponse get(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Subscription s = subscriptions.own(r, partner, customer);
    return ApiResponse.ok(subscriptions.wire(s, customer, r.now()));
  }

  private ApiResponse update(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Subscription current = subscriptions.own(r, partner, customer);
    PcSubscription before = subscriptions.wire(current, customer, r.now());
    Optional<String> ifMatch = r.header("If-Match");
    String etag = before.getAttributes().flatMap(PcResourceAttributes::etag).orElseThrow();
    if (ifMatch.isPresent() && !ifMatch.get().equals(etag) && !ifMatch.get().equals("*")) {
      throw ApiProblem.preconditionFailed(
          "Subscription "
              + current.getId()
              + " changed since its ETag "
              + ifMatch.get()
              + " was read; read it again and send its current ETag.");
    }
    PcSubscription input = r.body(PcSubscription.class);
    if (current.isNewCommerce()) {
      if (input.getOfferId().isPresent() && !input.getOfferId().equals(before.getOfferId())) {
        throw ApiProblem.badRequest(
            "A subscription's offer does not change by PATCH; upgrade it with"
                + " .../transitions instead.");
      }
      for (Action action : patches.actions(r, partner, customer, current, before, input)) {
        context.apply(action, r);
      }
      return ApiResponse.ok(
          subscriptions.wire(subscriptions.own(r, partner, customer), customer, r.now()));
    }
    if (input.getStatus().isPresent() && !input.getStatus().equals(before.getStatus())) {
      throw ApiProblem.badRequest(
          "The sandbox changes a subscription's quantity only; its status stays "
              + before.getStatus().orElseThrow()
              + ".");
    }
    if (input.getOfferId().isPresent() && !input.getOfferId().equals(before.getOfferId())) {
      throw ApiProblem.badRequest(
          "A subscription's offer does not change by PATCH; convert a trial with"
              + " .../conversions instead.");
    }
    if (input.getBillingCycle().isPresent()
        && !input.getBillingCycle().equals(before.getBillingCycle())) {
      throw ApiProblem.badRequest("The sandbox changes a subscription's quantity only.");
    }
    boolean quantitySent = hasField(r.body(), "quantity");
    if (quantitySent && input.getQuantity() != current.getLicenses()) {
      context.apply(
          new Action.ChangeLicenses(partner, customer, current.getId(), input.getQuantity()), r);
    }
    Subscription after = subscriptions.own(r, partner, customer);
    return ApiResponse.ok(subscriptions.wire(after, customer, r.now()));
  }

  private ApiResponse conversions(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Subscription trial = subscriptions.own(r, partner, customer);
    List<PcConversion> items = new ArrayList<>();
    if (trial.isTrial() && trial.getStatus() == SubscriptionStatus.ACTIVE) {
      TreeSet<ServiceId> targets = new TreeSet<>();
      targets.add(trial.getService());
      context
          .program()
          .catalog()
          .find(trial.getService())
          .ifPresent(s -> targets.addAll(s.getConvertsTo()));
      for (ServiceId target : targets) {
        context
            .program()
            .catalog()
            .find(target)
            .ifPresent(
                service ->
                    items.add(
                        PcConversion.builder()
                            .offerId(CatalogOffers.offerId(trial))
                            .targetOfferId(target.value())
                            .quantity(trial.getLicenses())
                            .billingCycle(
                                service.getBillingCycles().contains(BillingCycle.MONTHLY)
                                    ? PcBillingCycle.MONTHLY
                                    : PcBillingCycle.ANNUAL)
                            .attributes(attributes("Conversion"))
                            .build()));
      }
    }
    return ApiResponse.ok(collection(items));
  }

  private ApiResponse convert(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Subscription trial = subscriptions.own(r, partner, customer);
    PcConversion input = r.body(PcConversion.class);
    String target =
        input
            .getTargetOfferId()
            .orElseThrow(() -> ApiProblem.badRequest("A conversion needs a targetOfferId."));
    CatalogOffers.Ref ref =
        CatalogOffers.find(context.program().catalog(), target)
            .filter(x -> !x.trial())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "targetOfferId " + target + " is not a paid offer of the catalog."));
    if (input.getQuantity() < 1) {
      throw ApiProblem.badRequest("A conversion needs a quantity of 1 or more.");
    }
    PcBillingCycle cycle =
        input
            .getBillingCycle()
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "A conversion needs a billingCycle (monthly or annual)."));
    String trialOffer = CatalogOffers.offerId(trial);
    context.apply(
        new Action.ConvertTrial(
            partner,
            customer,
            trial.getId(),
            ref.service().getId(),
            input.getQuantity(),
            CatalogOffers.billingCycle(cycle)),
        r);
    return ApiResponse.created(
        PcConversionResult.builder()
            .subscriptionId(trial.getId().value())
            .offerId(trialOffer)
            .targetOfferId(target)
            .attributes(attributes("ConversionResult"))
            .build());
  }
}
