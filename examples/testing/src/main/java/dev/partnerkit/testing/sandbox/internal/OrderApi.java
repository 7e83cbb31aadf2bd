package dev.partnerkit.testing.sandbox.internal;

import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.attributes;

import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcCartCheckoutResult;
import dev.partnerkit.client.partnercenter.PcCartLineItem;
import dev.partnerkit.client.partnercenter.PcCartStatus;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcOrderLineItem;
import dev.partnerkit.client.partnercenter.PcOrderStatus;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.OrderLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Not API: Partner Center's carts and orders for a customer. An order or a cart's checkout of paid
 * offers is the program's {@link Action.PlaceOrder}, of trial offers {@link Action.StartTrials}; a
 * cart of new-commerce catalog items is {@link NewCommerceCarts}'. The rules check each, and a
 * denial comes back as Partner Center's error body with the rule ids. Thread-safe.
 */
public final class OrderApi {
  private final SandboxContext context;
  private final NewCommerceCarts newCommerce;

  private OrderApi(SandboxContext context) {
    this.context = context;
    this.newCommerce = new NewCommerceCarts(context);
  }

  /**
   * Adds the cart and order routes.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    OrderApi api = new OrderApi(context);
    Api pc = Api.PARTNER_CENTER;
    router
        .add(pc, "POST", "/v1/customers/{customer}/carts", api::createCart)
        .add(pc, "GET", "/v1/customers/{customer}/carts/{cart}", api::getCart)
        .add(pc, "POST", "/v1/customers/{customer}/carts/{cart}/checkout", api::checkout)
        .add(pc, "POST", "/v1/customers/{customer}/orders", api::createOrder)
        .add(pc, "GET", "/v1/customers/{customer}/orders/{order}", api::getOrder);
  }

  /** A line to order: the offer, the new subscription and the wire line's extras. */
  private record Line(CatalogOffers.Ref ref, ServiceId service, String offerId, int quantity) {}

  /** Lines of one billing cycle: one order each. */
  private record Group(boolean trial, BillingCycle billing, List<Line> lines) {}

  private Line line(Optional<String> offerId, int quantity) {
    String id =
        offerId
            .filter(s -> !s.isBlank())
            .orElseThrow(() -> ApiProblem.badRequest("Every line needs an offer id."));
    Optional<CatalogOffers.Ref> ref = CatalogOffers.find(context.program().catalog(), id);
    ServiceId service;
    try {
      service = ref.map(x -> x.service().getId()).orElseGet(() -> ServiceId.of(id));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("Offer id \"" + id + "\" is not one the catalog could hold.");
    }
    return new Line(ref.orElse(null), service, id, quantity);
  }

  private static boolean isTrial(Line line) {
    return line.ref() != null && line.ref().trial();
  }

  /** An order's id and action, each line with its new subscription's id. */
  private record Ordered(OrderId id, Action action) {}

  private static Ordered order(PartnerId partner, CustomerId customer, Group group, ApiRequest r) {
    OrderId id = OrderId.of(r.keys().newId().toString());
    List<OrderLine> lines = new ArrayList<>();
    for (Line line : group.lines()) {
      lines.add(
          OrderLine.of(
              SubscriptionId.of(r.keys().newId().toString()), line.service(), line.quantity()));
    }
    return new Ordered(
        id,
        group.trial()
            ? new Action.StartTrials(partner, customer, lines, Optional.of(id))
            : new Action.PlaceOrder(partner, customer, lines, group.billing(), Optional.of(id)));
  }

  /**
   * Returns an order a partner placed for a customer, as its subscriptions are now: the program
   * keeps the order's id on each subscription it started ({@link Subscription#getOrder()}), so
   * every instance and restart reads the same order.
   *
   * @param context the sandbox's context
   * @param partner the partner that placed it
   * @param customer the customer
   * @param id the order's id
   * @param now the time
   * @return the order; empty when the partner placed no order with this id for the customer
   */
  static Optional<PcOrder> read(
      SandboxContext context, PartnerId partner, CustomerId customer, OrderId id, Instant now) {
    List<Subscription> lines = new ArrayList<>();
    for (Subscription s : context.program().subscriptions(customer, now)) {
      if (s.getOrder().equals(Optional.of(id)) && s.getPartner().equals(Optional.of(partner))) {
        lines.add(s);
      }
    }
    return lines.isEmpty()
        ? Optional.empty()
        : Optional.of(wire(context.program().catalog(), id, customer, lines));
  }

  /**
   * Reads an order just placed: its subscriptions carry its id, which is new, so no other request's
   * change can show in it.
   */
  static PcOrder placed(
      SandboxContext context, PartnerId partner, CustomerId customer, OrderId id, Instant now) {
    return read(context, partner, customer, id, now).orElseThrow();
  }

  private static PcOrder wire(
      ServiceCatalog catalog, OrderId id, CustomerId customer, List<Subscription> lines) {
    Subscription first = lines.get(0);
    var order =
        PcOrder.builder()
            .id(id.value())
            .referenceCustomerId(customer.toString())
            .billingCycle(
                first.isTrial()
                    ? PcBillingCycle.NONE
                    : first
                        .getBillingCycle()
                        .flatMap(CatalogOffers::billingCycle)
                        .orElse(PcBillingCycle.NONE))
            .creationDate(first.getStart())
            .status(PcOrderStatus.COMPLETED)
            .currencyCode("USD")
            .putLink("self", CatalogOffers.link("/customers/" + customer + "/orders/" + id))
            .attributes(attributes("Order"));
    for (int i = 0; i < lines.size(); i++) {
      Subscription line = lines.get(i);
      String offerId = CatalogOffers.lineOfferId(catalog, line);
      order.addLineItem(
          PcOrderLineItem.builder()
              .lineItemNumber(i)
              .offerId(offerId)
              .subscriptionId(line.getId().value())
              .friendlyName(catalog.find(line.getService()).map(Service::getName).orElse(offerId))
              .quantity(line.getLicenses())
              .termDuration(line.getTerm().map(Term::name))
              .putLink(
                  "subscription",
                  CatalogOffers.link("/customers/" + customer + "/subscriptions/" + line.getId()))
              .build());
    }
    return order.build();
  }

  private static Group group(List<Line> lines, BillingCycle billing) {
    boolean trial = isTrial(lines.get(0));
    for (Line line : lines) {
      if (isTrial(line) != trial) {
        throw ApiProblem.badRequest(
            "An order holds either trial offers or paid offers; order them apart.");
      }
    }
    return new Group(trial, billing, lines);
  }

  private ApiResponse createCart(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    PcCart input = r.body(PcCart.class);
    if (input.getLineItems().isEmpty()) {
      throw ApiProblem.badRequest("A cart needs one or more line items.");
    }
    if (NewCommerceCarts.isNewCommerce(input.getLineItems())) {
      return ApiResponse.created(newCommerce.create(partner, customer, input, r));
    }
    List<Group> groups = cartGroups(input.getLineItems());
    Decision decision = Decision.allowed();
    for (Group group : groups) {
      decision =
          decision.and(
              context.program().decide(order(partner, customer, group, r).action(), r.now()));
    }
    if (decision.isDenied()) {
      throw ApiProblem.denied(decision);
    }
    String id = r.keys().newId().toString();
    var cart =
        PcCart.builder()
            .id(id)
            .creationTimestamp(r.now())
            .lastModifiedTimestamp(r.now())
            .lastModifiedUser(partner.value())
            .status(PcCartStatus.ACTIVE)
            .putLink("self", CatalogOffers.link("/customers/" + customer + "/carts/" + id))
            .attributes(attributes("Cart"));
    int number = 0;
    for (int g = 0; g < groups.size(); g++) {
      for (Line line : groups.get(g).lines()) {
        cart.addLineItem(
            PcCartLineItem.builder()
                .id(number++)
                .catalogItemId(line.offerId())
                .friendlyName(line.ref() == null ? line.offerId() : line.ref().service().getName())
                .quantity(line.quantity())
                .currencyCode("USD")
                .billingCycle(
                    groups.get(g).trial()
                        ? PcBillingCycle.NONE
                        : CatalogOffers.billingCycle(groups.get(g).billing()).orElseThrow())
                .orderGroup(Integer.toString(g))
                .build());
      }
    }
    PcCart created = cart.build();
    context.directory().putCart(new Directory.Cart(partner, customer, created));
    return ApiResponse.created(created);
  }

  private List<Group> cartGroups(List<PcCartLineItem> items) {
    Map<String, List<Line>> byCycle = new LinkedHashMap<>();
    Map<String, BillingCycle> cycles = new LinkedHashMap<>();
    for (PcCartLineItem item : items) {
      Line line = line(item.getCatalogItemId(), item.getQuantity());
      BillingCycle billing = BillingCycle.UNKNOWN;
      if (!isTrial(line)) {
        billing =
            CatalogOffers.billingCycle(
                item.getBillingCycle()
                    .orElseThrow(
                        () ->
                            ApiProblem.badRequest(
                                "The line for "
                                    + line.offerId()
                                    + " needs a billingCycle (monthly or annual).")));
      }
      String key = isTrial(line) ? "trial" : billing.name();
      byCycle.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
      cycles.put(key, billing);
    }
    List<Group> groups = new ArrayList<>();
    byCycle.forEach((key, lines) -> groups.add(group(lines, cycles.get(key))));
    return groups;
  }

  private Directory.Cart ownCart(ApiRequest r, PartnerId partner, CustomerId customer) {
    String id = r.variable("cart");
    return context
        .directory()
        .cart(customer, id)
        .filter(c -> c.partner().equals(partner))
        .orElseThrow(() -> ApiProblem.notFound("Cart " + id + " could not be found."));
  }

  private ApiResponse getCart(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    return ApiResponse.ok(ownCart(r, partner, customer).cart());
  }

  private ApiResponse checkout(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    Directory.Cart cart = ownCart(r, partner, customer);
    if (cart.cart().getStatus().filter(PcCartStatus.ORDERED::equals).isPresent()) {
      throw ApiProblem.conflict(
          "Cart " + cart.cart().getId().orElseThrow() + " was already checked out.");
    }
    if (NewCommerceCarts.isNewCommerce(cart.cart().getLineItems())) {
      return ApiResponse.created(newCommerce.checkout(cart, r));
    }
    List<Group> groups = cartGroups(cart.cart().getLineItems());
    List<Ordered> orders = new ArrayList<>();
    Decision decision = Decision.allowed();
    for (Group group : groups) {
      Ordered ordered = order(partner, customer, group, r);
      orders.add(ordered);
      decision = decision.and(context.program().decide(ordered.action(), r.now()));
    }
    if (decision.isDenied()) {
      throw ApiProblem.denied(decision);
    }
    var result = PcCartCheckoutResult.builder();
    for (Ordered ordered : orders) {
      Event event = context.apply(ordered.action(), r);
      result.addOrder(placed(context, partner, customer, ordered.id(), event.at()));
    }
    context
        .directory()
        .putCart(
            new Directory.Cart(
                partner,
                customer,
                PcCart.builder()
                    .from(cart.cart())
                    .status(PcCartStatus.ORDERED)
                    .lastModifiedTimestamp(r.now())
                    .build()));
    return ApiResponse.created(result.build());
  }

  private ApiResponse createOrder(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    PcOrder input = r.body(PcOrder.class);
    if (input.getLineItems().isEmpty()) {
      throw ApiProblem.badRequest("An order needs one or more line items.");
    }
    List<Line> lines = new ArrayList<>();
    for (PcOrderLineItem item : input.getLineItems()) {
      lines.add(line(item.getOfferId(), item.getQuantity()));
    }
    BillingCycle billing = BillingCycle.UNKNOWN;
    if (!isTrial(lines.get(0))) {
      billing =
          CatalogOffers.billingCycle(
              input
                  .getBillingCycle()
                  .orElseThrow(
                      () ->
                          ApiProblem.badRequest(
                              "An order of paid offers needs a billingCycle (monthly or"
                                  + " annual).")));
    }
    Ordered ordered = order(partner, customer, group(lines, billing), r);
    Event event = context.apply(ordered.action(), r);
    return ApiResponse.created(placed(context, partner, customer, ordered.id(), event.at()));
  }

  private ApiResponse getOrder(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    String id = r.variable("order");
    ApiProblem notFound = ApiProblem.notFound("Order " + id + " could not be found.");
    OrderId order;
    try {
      order = OrderId.of(id);
    } catch (IllegalArgumentException e) {
      throw notFound;
    }
    return ApiResponse.ok(
        read(context, partner, customer, order, r.now()).orElseThrow(() -> notFound));
  }
}
