package dev.partnerkit.examples;

import dev.partnerkit.client.PartnerClient;
import dev.partnerkit.client.partnercenter.NewCommercePurchaseLine;
import dev.partnerkit.client.partnercenter.PcAgreement;
import dev.partnerkit.client.partnercenter.PcAgreementContact;
import dev.partnerkit.client.partnercenter.PcAvailability;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcProduct;
import dev.partnerkit.client.partnercenter.PcScheduledNextTermInstructions;
import dev.partnerkit.client.partnercenter.PcScheduledProduct;
import dev.partnerkit.client.partnercenter.PcSku;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcTransition;
import dev.partnerkit.client.partnercenter.PcTransitionEligibility;
import dev.partnerkit.client.partnercenter.PcTransitionRequest;
import dev.partnerkit.client.partnercenter.PcTransitionType;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Term;
import dev.partnerkit.testing.PartnerSandbox;
import dev.partnerkit.testing.Samples;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tour's new-commerce story (modern policy): Tailwind becomes Wingtip's reseller, attests the
 * customer agreement, buys from the catalog, changes seats inside and after the seven-day window,
 * schedules a change that applies at renewal and upgrades; every call goes through partner-client
 * to the sandbox, which answers from the rules.
 *
 * <p>Not thread-safe; played once by {@link Tour}.
 */
final class NewCommerceStory {
  private static final String POLICY = "modern";
  private static final ServiceId BASIC = Samples.MICROSOFT_365_BUSINESS_BASIC;
  private static final ServiceId STANDARD = Samples.MICROSOFT_365_BUSINESS_STANDARD;

  private final Tour tour;
  private final PartnerSandbox sandbox;
  private final Partner tailwind = Samples.TAILWIND_CSP;
  private final Customer wingtip = Samples.WINGTIP;
  private final CustomerId customer = wingtip.getId();
  private final PartnerClient client;

  NewCommerceStory(Tour tour, PartnerSandbox sandbox) {
    this.tour = tour;
    this.sandbox = sandbox;
    this.client = sandbox.client(tailwind.getId());
  }

  void play() {
    String company = Tour.name(wingtip);
    String country = wingtip.getProfile().getAddress().getCountry();
    PcAvailability availability =
        tour.step(
            POLICY,
            tailwind,
            "finds Microsoft 365 Business Basic in the catalog: product, SKU, availability",
            "availabilities carry the catalogItemId a cart line needs (product:sku:availability)",
            () -> availability(country, Term.P1M),
            a -> "availability " + a.getCatalogItemId().orElse("?") + ", terms " + a.modelTerms());
    URI link =
        tour.step(
            POLICY,
            tailwind,
            "asks Partner Center for its reseller invitation link",
            "the customer accepts a reseller from the partner's link (NCE-1)",
            () -> client.customers().invitationLink(false),
            uri -> "link " + uri.getPath());
    tour.step(
        POLICY,
        wingtip,
        "follows the link and accepts Tailwind as its reseller",
        "accepting makes Tailwind the reseller Partner Center lists for the customer (NCE-1)",
        () -> {
          sandbox.customer(customer).acceptResellerInvitation(link);
          return client.customers().get(customer);
        },
        c ->
            company
                + " is now Tailwind's customer, "
                + c.relationshipToPartner().map(Object::toString).orElse("?"));
    tour.refused(
        "NCE-2",
        POLICY,
        tailwind,
        "tries to buy Microsoft 365 Business Basic for " + company + " at once",
        "no purchase until the customer's acceptance of the Microsoft Customer Agreement is recorded",
        () ->
            client
                .fulfillment()
                .purchaseNewCommerce(
                    customer,
                    List.of(
                        NewCommercePurchaseLine.of(
                            availability, Term.P1M, BillingCycle.MONTHLY, 10))),
        bought -> "bought");
    tour.step(
        POLICY,
        tailwind,
        "attests that " + company + " accepted the Microsoft Customer Agreement",
        "a reseller enrolled in CSP may record the customer's acceptance (NCE-2)",
        () ->
            client
                .agreements()
                .attest(
                    customer,
                    PcAgreement.builder()
                        .primaryContact(
                            PcAgreementContact.builder()
                                .firstName("Siobhan")
                                .lastName("OConnor")
                                .email("siobhan@wingtip.example")
                                .build())
                        .templateId(
                            client.agreements().metadata().get(0).getTemplateId().orElseThrow())
                        .dateAgreed(sandbox.clock().instant())
                        .build()),
        agreement -> "recorded, template " + agreement.getTemplateId().orElse("?"));
    PcSubscription bought =
        tour.step(
            POLICY,
            tailwind,
            "buys 10 seats for one month, billed monthly",
            "a reseller with the agreement recorded may buy (NCE-1, NCE-2); P1M is billed monthly (NCE-3)",
            () -> {
              var result =
                  client
                      .fulfillment()
                      .purchaseNewCommerce(
                          customer,
                          List.of(
                              NewCommercePurchaseLine.of(
                                  availability, Term.P1M, BillingCycle.MONTHLY, 10)));
              String id =
                  result.getOrders().get(0).getLineItems().get(0).getSubscriptionId().orElseThrow();
              return client.subscriptions().get(customer, id);
            },
            NewCommerceStory::describe);
    String id = bought.getId();
    tour.step(
        POLICY,
        tailwind,
        "adds 5 seats",
        "seats may be added at any time while active; they end with the term (NCE-5)",
        () -> client.subscriptions().changeLicenseCount(customer, id, 15),
        NewCommerceStory::describe);
    sandbox.clock().advance(Duration.ofDays(2));
    tour.step(
        POLICY,
        tailwind,
        "two days later removes 3 seats",
        "seats come off within seven days of being added, newest first (NCE-6)",
        () -> client.subscriptions().changeLicenseCount(customer, id, 12),
        NewCommerceStory::describe);
    sandbox.clock().advance(Duration.ofDays(6));
    tour.refused(
        "NCE-6",
        POLICY,
        tailwind,
        "six days later removes 2 more seats",
        "every seat left was added more than seven days ago",
        () -> client.subscriptions().changeLicenseCount(customer, id, 10),
        NewCommerceStory::describe);
    tour.refused(
        "NCE-7",
        POLICY,
        tailwind,
        "cancels the subscription",
        "cancellation only within seven days of the purchase or last renewal",
        () -> client.subscriptions().cancel(customer, id),
        NewCommerceStory::describe);
    PcSubscription scheduled =
        tour.step(
            POLICY,
            tailwind,
            "schedules the next term: a year billed monthly, 20 seats",
            "changes for the next term may be scheduled while active, paid and auto-renewing (NCE-10)",
            () -> {
              PcAvailability yearly = availability(country, Term.P1Y);
              return client
                  .subscriptions()
                  .scheduleNextTerm(
                      customer,
                      id,
                      PcScheduledNextTermInstructions.builder()
                          .product(
                              PcScheduledProduct.builder()
                                  .productId(yearly.getProductId().orElseThrow())
                                  .skuId(yearly.getSkuId().orElseThrow())
                                  .availabilityId(yearly.getId())
                                  .termDuration(Term.P1Y.name())
                                  .billingCycle(PcBillingCycle.MONTHLY)
                                  .build())
                          .quantity(20)
                          .build());
            },
            NewCommerceStory::describe);
    sandbox.clock().advanceTo(scheduled.getCommitmentEndDate().orElseThrow().plusSeconds(60));
    tour.step(
        POLICY,
        tailwind,
        "reads the subscription after its term ended",
        "with auto-renew on it renews with the scheduled changes applied and a new window (NCE-9)",
        () -> client.subscriptions().get(customer, id),
        NewCommerceStory::describe);
    PcTransitionEligibility target =
        tour.step(
            POLICY,
            tailwind,
            "asks which upgrades the subscription is eligible for",
            "upgrades go to the targets the service lists, never down (NCE-12)",
            () ->
                client.transitions().eligibilities(customer, id).stream()
                    .filter(e -> e.allows(PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER))
                    .findFirst()
                    .orElseThrow(),
            e -> "eligible: " + e.getCatalogItemId().orElse("?"));
    tour.step(
        POLICY,
        tailwind,
        "upgrades all 20 seats to Microsoft 365 Business Standard",
        "a full upgrade keeps the subscription id, term, term end and billing (NCE-12)",
        () -> {
          PcTransition done =
              client
                  .transitions()
                  .transition(
                      customer,
                      id,
                      PcTransitionRequest.builder()
                          .toCatalogItemId(target.getCatalogItemId().orElseThrow())
                          .quantity(20)
                          .transitionType(PcTransitionType.TRANSITION_WITH_LICENSE_TRANSFER)
                          .build());
          return done;
        },
        done ->
            done.getEvents().stream()
                    .map(e -> e.name().orElse("?") + " " + e.status().orElse("?"))
                    .collect(Collectors.joining(", "))
                + "; "
                + describe(client.subscriptions().get(customer, id)));
  }

  /** Walks the catalog from Business Basic's product to its SKU to the availability for a term. */
  private PcAvailability availability(String country, Term term) {
    PcProduct product =
        client
            .catalog()
            .products(country, "OnlineServices")
            .filter(p -> p.getId().equals(BASIC.value()))
            .findFirst()
            .orElseThrow();
    PcSku sku =
        client
            .catalog()
            .skus(product.getId(), country, Optional.empty())
            .filter(s -> !s.isTrial())
            .findFirst()
            .orElseThrow();
    return client
        .catalog()
        .availabilities(product.getId(), sku.getId(), country, Optional.empty())
        .filter(a -> a.modelTerms().contains(term))
        .findFirst()
        .orElseThrow();
  }

  /** The subscription as a portal would show it: seats, term, and what may still be undone. */
  static String describe(PcSubscription s) {
    StringBuilder text =
        new StringBuilder()
            .append(s.getOfferId().orElse("?"))
            .append(" x")
            .append(s.getQuantity())
            .append(", ")
            .append(s.getTermDuration().orElse("?"))
            .append(" billed ")
            .append(s.getBillingCycle().map(Object::toString).orElse("?"))
            .append(", ")
            .append(s.getStatus().map(Object::toString).orElse("?"))
            .append(", term ends ")
            .append(s.getCommitmentEndDate().map(Object::toString).orElse("?"));
    s.getRefundableQuantity()
        .filter(q -> q.getTotalQuantity() > 0)
        .ifPresent(q -> text.append("; ").append(q.getTotalQuantity()).append(" seats removable"));
    s.getCancellationAllowedUntilDate()
        .ifPresent(d -> text.append("; cancellable until ").append(d));
    s.getScheduledNextTermInstructions()
        .ifPresent(i -> text.append("; next term: ").append(i.getQuantity()).append(" seats"));
    return text.toString();
  }
}
