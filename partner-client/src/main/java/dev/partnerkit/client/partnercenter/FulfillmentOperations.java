package dev.partnerkit.client.partnercenter;

import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Operations;
import dev.partnerkit.client.internal.Sync;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.TrialInvitation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Carries out the model's offers with the calls Partner Center really has, since trial invitations
 * and purchase offers were portal features with no endpoint of their own (see {@code
 * docs/client.md}):
 *
 * <ul>
 *   <li>the invitation a customer accepts is the relationship request link, with its delegated
 *       admin flag set from {@link Offer#isDelegatedAdmin()};
 *   <li>a trial invitation becomes one order of the trial offers, each line at the trial's fixed
 *       license count;
 *   <li>a purchase offer becomes a cart of its lines at its billing cycle, checked out into orders;
 *   <li>new-commerce lines become a cart of product:SKU:availability items with their term, billing
 *       and promotion, checked out into orders.
 * </ul>
 *
 * <p>Thread-safe; get it from {@link dev.partnerkit.client.PartnerClient#fulfillment()}. It does
 * not check the program's rules: check the offer with partner-rules first.
 */
public final class FulfillmentOperations {
  private final CustomerOperations customers;
  private final OfferOperations offers;
  private final OrderOperations orders;
  private final CartOperations carts;

  static {
    Operations.register(FulfillmentOperations.class, FulfillmentOperations::new);
  }

  private FulfillmentOperations(HttpEngine engine, RequestOptions options) {
    // The calls hold nothing but the engine and options, so these equal the client's own.
    this.customers = new CustomerOperations(engine, options);
    this.offers = new OfferOperations(engine, options);
    this.orders = new OrderOperations(engine, options);
    this.carts = new CartOperations(engine, options);
  }

  /**
   * Returns the link to send the customer for an offer: the relationship request link, asking for
   * delegated admin privileges when the offer carries the option (DA-7).
   *
   * @param offer any kind of offer
   * @return the link
   */
  public URI invitationLink(Offer offer) {
    return Sync.await(invitationLinkAsync(offer));
  }

  /**
   * Returns the link to send the customer for an offer, asynchronously.
   *
   * @param offer any kind of offer
   * @return the link, later
   */
  public CompletableFuture<URI> invitationLinkAsync(Offer offer) {
    Objects.requireNonNull(offer, "offer must not be null");
    return customers.invitationLinkAsync(offer.isDelegatedAdmin());
  }

  /**
   * Starts the trials of a trial invitation the customer accepted: reads each service's offer in
   * the customer's country, checks it is a trial offer, and places one order whose lines carry each
   * trial's fixed license count (its minimum quantity).
   *
   * @param invitation the accepted trial invitation; its services are Partner Center offer ids
   * @param country the customer's country, an ISO 3166-1 alpha-2 code
   * @return the placed order
   * @throws IllegalArgumentException when a service's offer is not a trial offer
   */
  public PcOrder startTrials(TrialInvitation invitation, String country) {
    return Sync.await(startTrialsAsync(invitation, country));
  }

  /**
   * Starts the trials of a trial invitation, asynchronously.
   *
   * @param invitation the accepted trial invitation
   * @param country the customer's country
   * @return the placed order, later
   */
  public CompletableFuture<PcOrder> startTrialsAsync(TrialInvitation invitation, String country) {
    Objects.requireNonNull(invitation, "invitation must not be null");
    String code = Checks.country(country);
    List<CompletableFuture<PcOffer>> reads = new ArrayList<>();
    for (ServiceId service : invitation.getServices()) {
      reads.add(offers.getAsync(service.value(), code));
    }
    return CompletableFuture.allOf(reads.toArray(CompletableFuture<?>[]::new))
        .thenCompose(
            done -> {
              ImmutablePcOrder.Builder order =
                  PcOrder.builder().referenceCustomerId(invitation.getCustomer().toString());
              int number = 0;
              for (CompletableFuture<PcOffer> read : reads) {
                PcOffer offer = read.join();
                if (!offer.isTrial()) {
                  throw new IllegalArgumentException(
                      "Offer "
                          + offer.getId()
                          + " is not a trial offer (isTrial is false); a trial invitation must name"
                          + " trial offers");
                }
                order.addLineItem(
                    PcOrderLineItem.builder()
                        .lineItemNumber(number++)
                        .offerId(offer.getId())
                        .quantity(Math.max(1, offer.getMinimumQuantity()))
                        .friendlyName(offer.getName())
                        .build());
              }
              return orders.createAsync(invitation.getCustomer(), order.build());
            });
  }

  /**
   * Places the purchase of a purchase offer the customer accepted: creates a cart with one line per
   * offer line (catalog item, license count, billing cycle) and checks it out.
   *
   * @param offer the accepted purchase offer; its services are catalog item ids
   * @return the checkout's orders and failed order groups
   */
  public PcCartCheckoutResult purchase(PurchaseOffer offer) {
    return Sync.await(purchaseAsync(offer));
  }

  /**
   * Places the purchase of a purchase offer, asynchronously.
   *
   * @param offer the accepted purchase offer
   * @return the checkout's result, later
   */
  public CompletableFuture<PcCartCheckoutResult> purchaseAsync(PurchaseOffer offer) {
    Objects.requireNonNull(offer, "offer must not be null");
    PcBillingCycle cycle = PcMapping.billingCycle(offer.getBillingCycle());
    ImmutablePcCart.Builder cart = PcCart.builder();
    for (OfferLine line : offer.getLines()) {
      cart.addLineItem(
          PcCartLineItem.builder()
              .catalogItemId(line.getService().value())
              .quantity(line.getLicenses())
              .billingCycle(cycle)
              .build());
    }
    return createAndCheckOut(offer.getCustomer(), cart.build());
  }

  /**
   * Buys new-commerce subscriptions for a customer: creates a cart with one line item per line
   * ({@code catalogItemId} as {@code productId:skuId:availabilityId}, {@code termDuration}, {@code
   * billingCycle}, {@code quantity} and the optional {@code promotionId}) and checks it out, as
   * "Create a cart" and "Checkout a cart" document
   * (learn.microsoft.com/partner-center/developer/create-a-cart,
   * learn.microsoft.com/partner-center/developer/checkout-a-cart). {@link #purchase} stays the way
   * to buy the older programs' offers.
   *
   * @param customer the customer's tenant id
   * @param lines the lines, at least one
   * @return the checkout's orders and failed order groups
   */
  public PcCartCheckoutResult purchaseNewCommerce(
      CustomerId customer, List<NewCommercePurchaseLine> lines) {
    return Sync.await(purchaseNewCommerceAsync(customer, lines));
  }

  /**
   * Buys new-commerce subscriptions for a customer, asynchronously.
   *
   * @param customer the customer's tenant id
   * @param lines the lines, at least one
   * @return the checkout's result, later
   */
  public CompletableFuture<PcCartCheckoutResult> purchaseNewCommerceAsync(
      CustomerId customer, List<NewCommercePurchaseLine> lines) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(lines, "lines must not be null");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("lines must hold at least one line, but was empty");
    }
    ImmutablePcCart.Builder cart = PcCart.builder();
    for (NewCommercePurchaseLine line : lines) {
      Objects.requireNonNull(line, "lines must not hold null");
      cart.addLineItem(
          PcCartLineItem.builder()
              .catalogItemId(line.catalogItemId())
              .quantity(line.getQuantity())
              .termDuration(line.getTerm().name())
              .billingCycle(PcMapping.newCommerceBillingCycle(line.getBillingCycle()))
              .promotionId(line.getPromotionId())
              .build());
    }
    return createAndCheckOut(customer, cart.build());
  }

  private CompletableFuture<PcCartCheckoutResult> createAndCheckOut(
      CustomerId customer, PcCart cart) {
    return carts
        .createAsync(customer, cart)
        .thenCompose(
            created ->
                carts.checkoutAsync(
                    customer,
                    created
                        .getId()
                        .orElseThrow(
                            () ->
                                new dev.partnerkit.client.InvalidResponseException(
                                    "Partner Center created a cart without an id; it cannot be"
                                        + " checked out",
                                    null,
                                    dev.partnerkit.client.Audience.PARTNER_CENTER,
                                    null,
                                    null))));
  }
}
