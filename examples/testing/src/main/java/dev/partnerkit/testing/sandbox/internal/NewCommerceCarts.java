package dev.partnerkit.testing.sandbox.internal;

import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.attributes;

import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcCartCheckoutResult;
import dev.partnerkit.client.partnercenter.PcCartLineItem;
import dev.partnerkit.client.partnercenter.PcCartStatus;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Not API: new-commerce carts, whose lines name a catalog item (product, SKU and availability ids
 * joined by colons, {@link CatalogOffers}) with a term and a billing frequency. Each line is the
 * program's {@link Action.Purchase}: the rules check every line when the cart is made and again at
 * checkout (NCE-1 to NCE-4, NCE-14, OFFER-3, OFFER-4, OFFER-6, OFFER-7), and checkout places one
 * order per billing frequency. A trial SKU's line buys the service's trial, whose seats and days
 * are the service's: its term and billing frequency are not the partner's to choose and are not
 * passed on. Thread-safe.
 */
final class NewCommerceCarts {
  private final SandboxContext context;

  NewCommerceCarts(SandboxContext context) {
    this.context = context;
  }

  /** A cart line: its catalog item, its wire form and the purchase it stands for. */
  private record Line(CatalogOffers.CatalogItem item, PcCartLineItem wire, Action.Purchase buy) {}

  /**
   * Returns whether a cart's lines are new-commerce ones.
   *
   * @param items the lines
   * @return true when every line names a catalog item, false when none does
   * @throws ApiProblem a 400 when some do and some do not
   */
  static boolean isNewCommerce(List<PcCartLineItem> items) {
    int found = 0;
    for (PcCartLineItem item : items) {
      if (item.getCatalogItemId().filter(CatalogOffers::isCatalogItemId).isPresent()) {
        found++;
      }
    }
    if (found > 0 && found < items.size()) {
      throw ApiProblem.badRequest(
          "A cart holds either new-commerce lines (catalogItemId product:sku:availability) or"
              + " legacy offers; buy them in two carts.");
    }
    return found > 0;
  }

  /**
   * Makes a cart once the rules allow every line now.
   *
   * @param partner the reseller
   * @param customer the customer
   * @param input the cart as sent
   * @param r the request
   * @return the stored cart
   */
  PcCart create(PartnerId partner, CustomerId customer, PcCart input, ApiRequest r) {
    Instant now = r.now();
    List<Line> lines = lines(partner, customer, input.getLineItems(), r);
    decide(lines, now);
    String id = r.keys().newId().toString();
    var cart =
        PcCart.builder()
            .id(id)
            .creationTimestamp(now)
            .lastModifiedTimestamp(now)
            .lastModifiedUser(partner.value())
            .status(PcCartStatus.ACTIVE)
            .putLink("self", CatalogOffers.link("/customers/" + customer + "/carts/" + id))
            .attributes(attributes("Cart"));
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      cart.addLineItem(
          PcCartLineItem.builder()
              .from(line.wire())
              .id(i)
              .friendlyName(line.item().service().getName())
              .currencyCode("USD")
              .orderGroup(group(line))
              .build());
    }
    PcCart created = cart.build();
    context.directory().putCart(new Directory.Cart(partner, customer, created));
    return created;
  }

  /**
   * Checks a cart out: decides every line again now, then buys each, one order per billing
   * frequency.
   *
   * @param cart the stored cart
   * @param r the request
   * @return the orders
   */
  PcCartCheckoutResult checkout(Directory.Cart cart, ApiRequest r) {
    Instant now = r.now();
    Map<String, List<Line>> groups = new LinkedHashMap<>();
    for (Line line : lines(cart.partner(), cart.customer(), cart.cart().getLineItems(), r)) {
      groups.computeIfAbsent(group(line), g -> new ArrayList<>()).add(line);
    }
    // One order a group, its id on each of its purchases; all decided before any is applied.
    List<OrderId> ids = new ArrayList<>();
    List<Action.Purchase> buys = new ArrayList<>();
    Decision decision = Decision.allowed();
    for (List<Line> group : groups.values()) {
      OrderId id = OrderId.of(r.keys().newId().toString());
      ids.add(id);
      for (Line line : group) {
        Action.Purchase buy = line.buy().inOrder(id);
        buys.add(buy);
        decision = decision.and(context.program().decide(buy, now));
      }
    }
    if (decision.isDenied()) {
      throw ApiProblem.denied(decision);
    }
    var result = PcCartCheckoutResult.builder();
    Instant at = now;
    for (Action.Purchase buy : buys) {
      at = context.apply(buy, r).at();
    }
    for (OrderId id : ids) {
      result.addOrder(OrderApi.placed(context, cart.partner(), cart.customer(), id, at));
    }
    context
        .directory()
        .putCart(
            new Directory.Cart(
                cart.partner(),
                cart.customer(),
                PcCart.builder()
                    .from(cart.cart())
                    .status(PcCartStatus.ORDERED)
                    .lastModifiedTimestamp(now)
                    .build()));
    return result.build();
  }

  private void decide(List<Line> lines, Instant now) {
    Decision decision = Decision.allowed();
    for (Line line : lines) {
      decision = decision.and(context.program().decide(line.buy(), now));
    }
    if (decision.isDenied()) {
      throw ApiProblem.denied(decision);
    }
  }

  private List<Line> lines(
      PartnerId partner, CustomerId customer, List<PcCartLineItem> items, ApiRequest r) {
    List<Line> lines = new ArrayList<>();
    for (PcCartLineItem wire : items) {
      String id = wire.getCatalogItemId().orElseThrow();
      CatalogOffers.CatalogItem item =
          CatalogOffers.item(context.program().catalog(), id)
              .orElseThrow(
                  () ->
                      ApiProblem.badRequest(
                          "catalogItemId "
                              + id
                              + " names no product, SKU and availability of the catalog; list them"
                              + " at /v1/products/{productId}/skus/{skuId}/availabilities."));
      Optional<Term> term = wire.getTermDuration().flatMap(CatalogOffers::term);
      if (wire.getTermDuration().isPresent() && term.isEmpty()) {
        throw ApiProblem.badRequest(
            "termDuration must be P1M, P1Y or P3Y, but was " + wire.getTermDuration().get() + ".");
      }
      if (!item.trial() && term.isPresent() && !term.equals(item.term())) {
        throw ApiProblem.badRequest(
            "termDuration "
                + term.get()
                + " is not the term of availability "
                + item.availabilityId()
                + " ("
                + item.term().orElseThrow()
                + "); choose the availability of the term wanted.");
      }
      Optional<BillingCycle> billing = wire.getBillingCycle().map(CatalogOffers::billingCycle);
      SubscriptionId subscription = SubscriptionId.of(r.keys().newId().toString());
      Action.Purchase buy =
          item.trial()
              ? new Action.Purchase(
                  subscription,
                  partner,
                  customer,
                  item.service().getId(),
                  wire.getQuantity(),
                  Optional.empty(),
                  Optional.empty(),
                  true,
                  Optional.empty())
              : new Action.Purchase(
                  subscription,
                  partner,
                  customer,
                  item.service().getId(),
                  wire.getQuantity(),
                  term,
                  billing,
                  false,
                  Optional.empty());
      lines.add(new Line(item, wire, buy));
    }
    return lines;
  }

  private static String group(Line line) {
    return line.item().trial() ? "trial" : line.buy().billing().orElse(BillingCycle.UNKNOWN).name();
  }
}
