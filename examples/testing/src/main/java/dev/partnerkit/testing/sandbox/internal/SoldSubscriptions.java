package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.client.partnercenter.ImmutablePcSubscription;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcBillingType;
import dev.partnerkit.client.partnercenter.PcContractType;
import dev.partnerkit.client.partnercenter.PcRefundableQuantity;
import dev.partnerkit.client.partnercenter.PcRefundableQuantityDetail;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.client.partnercenter.PcScheduledNextTermInstructions;
import dev.partnerkit.client.partnercenter.PcScheduledProduct;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcSubscriptionStatus;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.RemovableSeats;
import dev.partnerkit.rules.SubscriptionOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Not API: the subscriptions a partner sold, found and written as Partner Center shows them; shared
 * by the customer, order and subscription routes. Thread-safe: it reads the program's state only.
 */
final class SoldSubscriptions {
  private final SandboxContext context;

  SoldSubscriptions(SandboxContext context) {
    this.context = context;
  }

  /**
   * Returns the customer's subscriptions the partner sold, as they stand now.
   *
   * @param partner the partner
   * @param customer the customer
   * @param now the time
   * @return the subscriptions
   */
  List<Subscription> sold(PartnerId partner, CustomerId customer, Instant now) {
    List<Subscription> sold = new ArrayList<>();
    for (Subscription s : context.program().subscriptions(customer, now)) {
      if (s.getPartner().filter(partner::equals).isPresent()) {
        sold.add(s);
      }
    }
    return sold;
  }

  /**
   * Returns the subscription a request's path names, when the calling partner sold it.
   *
   * @param r the request, with a {@code subscription} path variable
   * @param partner the partner
   * @param customer the customer
   * @return the subscription as it stands now
   * @throws ApiProblem a 404, the same for an unknown subscription and another partner's
   */
  Subscription own(ApiRequest r, PartnerId partner, CustomerId customer) {
    String id = r.variable("subscription");
    for (Subscription s : sold(partner, customer, r.now())) {
      if (s.getId().value().equalsIgnoreCase(id)) {
        return s;
      }
    }
    throw ApiProblem.notFound("Subscription " + id + " could not be found.");
  }

  /**
   * Returns the MPN id of the customer's partner of record, Partner Center's {@code partnerId}.
   *
   * @param customer the customer
   * @return the MPN id, if the customer has a partner of record with one
   */
  Optional<MpnId> partnerOfRecordMpn(CustomerId customer) {
    return context
        .program()
        .partnerOfRecord(customer)
        .flatMap(p -> context.program().partner(p.getPartner()))
        .flatMap(Partner::getMpnId);
  }

  /**
   * Returns a subscription as Partner Center shows it, with an entity tag of its representation.
   *
   * @param s the subscription as it stands now
   * @param customer the customer
   * @param now the time, for what the rules allow now
   * @return the wire subscription
   */
  PcSubscription wire(Subscription s, CustomerId customer, Instant now) {
    Optional<MpnId> recorded = partnerOfRecordMpn(customer);
    String offerId = CatalogOffers.offerId(s);
    String name =
        context
                .program()
                .catalog()
                .find(s.getService())
                .map(x -> x.getName())
                .orElse(s.getService().value())
            + (s.isTrial() ? " Trial" : "");
    var wire =
        PcSubscription.builder()
            .id(s.getId().value())
            .offerId(offerId)
            .offerName(name)
            .friendlyName(name)
            .quantity(s.getLicenses())
            .unitType("Licenses")
            .creationDate(s.getStart())
            .effectiveStartDate(s.getStart())
            .commitmentEndDate(s.getEnd())
            .status(status(s))
            .autoRenewEnabled(!s.isTrial())
            .billingType(PcBillingType.LICENSE)
            .billingCycle(
                s.isTrial()
                    ? PcBillingCycle.NONE
                    : s.getBillingCycle()
                        .flatMap(CatalogOffers::billingCycle)
                        .orElse(PcBillingCycle.UNKNOWN))
            .trial(s.isTrial())
            .microsoftProduct(true)
            .partnerId(recorded.map(MpnId::value))
            .contractType(PcContractType.SUBSCRIPTION)
            .orderId(s.getOrder().map(OrderId::value))
            .putLink("offer", CatalogOffers.link("/offers/" + offerId))
            .putLink(
                "self",
                CatalogOffers.link("/customers/" + customer + "/subscriptions/" + s.getId()));
    if (s.isNewCommerce()) {
      newCommerce(wire, s, customer, now);
    }
    return tagged(wire.build());
  }

  /**
   * Adds what a new-commerce subscription shows: its term, auto-renew and billing frequency, and
   * what the rules allow now ({@link PartnerProgram#subscriptionOptions}): the cancellation
   * deadline while cancelling is allowed, the seats that may still be removed with each batch's
   * deadline, and the next term's scheduled changes.
   */
  private void newCommerce(
      ImmutablePcSubscription.Builder wire, Subscription s, CustomerId customer, Instant now) {
    Term term = s.getTerm().orElseThrow();
    wire.termDuration(term.name())
        .autoRenewEnabled(s.isAutoRenew())
        .billingCycle(
            s.getBillingCycle().flatMap(CatalogOffers::billingCycle).orElse(PcBillingCycle.NONE));
    Optional<SubscriptionOptions> options =
        context.program().subscriptionOptions(customer, s.getId(), now);
    options
        .flatMap(SubscriptionOptions::cancellableUntil)
        .ifPresent(wire::cancellationAllowedUntilDate);
    var refundable =
        PcRefundableQuantity.builder()
            .totalQuantity(options.map(SubscriptionOptions::removableSeatCount).orElse(0));
    for (RemovableSeats batch :
        options.map(SubscriptionOptions::removableSeats).orElse(List.of())) {
      refundable.addDetail(
          PcRefundableQuantityDetail.builder()
              .quantity(batch.seats())
              .allowedUntilDateTime(batch.until())
              .build());
    }
    wire.refundableQuantity(refundable.build());
    Optional<ScheduledChange> scheduled = s.getScheduledChange().filter(c -> !c.isEmpty());
    if (scheduled.isPresent() && !s.isTrial()) {
      ScheduledChange next = scheduled.get();
      Term nextTerm = next.getTerm().orElse(term);
      Service service =
          context.program().catalog().find(next.getService().orElse(s.getService())).orElseThrow();
      CatalogOffers.CatalogItem item = CatalogOffers.item(service, nextTerm);
      wire.renewalTermDuration(nextTerm.name())
          .scheduledNextTermInstructions(
              PcScheduledNextTermInstructions.builder()
                  .product(
                      PcScheduledProduct.builder()
                          .productId(item.productId())
                          .skuId(item.skuId())
                          .availabilityId(item.availabilityId())
                          .termDuration(nextTerm.name())
                          .billingCycle(
                              next.getBilling()
                                  .or(s::getBillingCycle)
                                  .flatMap(CatalogOffers::billingCycle))
                          .build())
                  .quantity(next.getSeats().orElse(s.getLicenses()))
                  .build());
    } else if (s.isAutoRenew()) {
      wire.renewalTermDuration(s.isTrial() ? Term.P1Y.name() : term.name());
    }
  }

  private static PcSubscription tagged(PcSubscription untagged) {
    return PcSubscription.builder()
        .from(untagged)
        .attributes(
            PcResourceAttributes.builder()
                .etag(Wire.etag(untagged))
                .objectType("Subscription")
                .build())
        .build();
  }

  private static PcSubscriptionStatus status(Subscription s) {
    return switch (s.getStatus()) {
      case ACTIVE -> PcSubscriptionStatus.ACTIVE;
      case SUSPENDED -> PcSubscriptionStatus.SUSPENDED;
      case DELETED -> PcSubscriptionStatus.DELETED;
      case EXPIRED -> PcSubscriptionStatus.EXPIRED;
      case DISABLED -> PcSubscriptionStatus.DISABLED;
      default -> PcSubscriptionStatus.UNKNOWN;
    };
  }
}
