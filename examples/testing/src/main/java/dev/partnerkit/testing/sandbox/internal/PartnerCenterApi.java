package dev.partnerkit.testing.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.client.partnercenter.PcAddress;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcBillingProfile;
import dev.partnerkit.client.partnercenter.PcBillingType;
import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcCartCheckoutResult;
import dev.partnerkit.client.partnercenter.PcCartLineItem;
import dev.partnerkit.client.partnercenter.PcCartStatus;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcContractType;
import dev.partnerkit.client.partnercenter.PcConversion;
import dev.partnerkit.client.partnercenter.PcConversionResult;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcKeyValue;
import dev.partnerkit.client.partnercenter.PcLink;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcOrderLineItem;
import dev.partnerkit.client.partnercenter.PcOrderStatus;
import dev.partnerkit.client.partnercenter.PcRelationshipToPartner;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.client.partnercenter.PcSubscription;
import dev.partnerkit.client.partnercenter.PcSubscriptionStatus;
import dev.partnerkit.client.partnercenter.PcUserCredentials;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.validation.ModelValidator;
import dev.partnerkit.model.validation.Violation;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.OrderLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Not API: Partner Center's calls, served from the program's state: customers (seek-paged),
 * relationship requests, offers, carts, orders, subscriptions and trial conversions.
 *
 * <p>Creating a customer registers it with the program and makes the creating partner its reseller.
 * Orders and cart checkouts are the program's {@link Action.PlaceOrder} or {@link
 * Action.StartTrials}, a license change is {@link Action.ChangeLicenses} and a trial conversion
 * {@link Action.ConvertTrial}, so the rules check each and a denial comes back as Partner Center's
 * error body with the rule ids. A partner sees only its own customers and the subscriptions it
 * sold. Thread-safe.
 */
public final class PartnerCenterApi {
  private static final int DEFAULT_PAGE_SIZE = 100;
  private static final int MAX_PAGE_SIZE = 500;
  private static final String TOKEN_PREFIX = "pkc1:";

  private final SandboxContext context;
  private final SecureRandom random = new SecureRandom();

  private PartnerCenterApi(SandboxContext context) {
    this.context = context;
  }

  /**
   * Adds Partner Center's routes.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    PartnerCenterApi api = new PartnerCenterApi(context);
    Api pc = Api.PARTNER_CENTER;
    router
        .add(pc, "GET", "/v1/customers/relationshiprequests", api::relationshipRequest)
        .add(pc, "GET", "/v1/customers", api::listCustomers)
        .add(pc, "POST", "/v1/customers", api::createCustomer)
        .add(pc, "GET", "/v1/customers/{customer}", api::getCustomer)
        .add(pc, "PATCH", "/v1/customers/{customer}", api::updateCustomer)
        .add(pc, "GET", "/v1/customers/{customer}/relationships", api::partnerRelationships)
        .add(pc, "GET", "/v1/offers", api::offers)
        .add(pc, "GET", "/v1/offers/{offer}", api::offer)
        .add(pc, "GET", "/v1/offercategories", api::categories)
        .add(pc, "POST", "/v1/customers/{customer}/carts", api::createCart)
        .add(pc, "GET", "/v1/customers/{customer}/carts/{cart}", api::getCart)
        .add(pc, "POST", "/v1/customers/{customer}/carts/{cart}/checkout", api::checkout)
        .add(pc, "POST", "/v1/customers/{customer}/orders", api::createOrder)
        .add(pc, "GET", "/v1/customers/{customer}/orders/{order}", api::getOrder)
        .add(pc, "GET", "/v1/customers/{customer}/subscriptions", api::subscriptions)
        .add(pc, "GET", "/v1/customers/{customer}/subscriptions/{subscription}", api::subscription)
        .add(
            pc,
            "PATCH",
            "/v1/customers/{customer}/subscriptions/{subscription}",
            api::updateSubscription)
        .add(
            pc,
            "GET",
            "/v1/customers/{customer}/subscriptions/{subscription}/conversions",
            api::conversions)
        .add(
            pc,
            "POST",
            "/v1/customers/{customer}/subscriptions/{subscription}/conversions",
            api::convert);
  }

  // ------------------------------------------------------------------ customers

  private ApiResponse listCustomers(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    int size = pageSize(r.query("size"));
    Optional<CustomerId> after = Optional.empty();
    if (r.query("seekOperation").filter("Next"::equalsIgnoreCase).isPresent()) {
      String token =
          r.header("MS-ContinuationToken")
              .orElseThrow(
                  () ->
                      ApiProblem.badRequest(
                          "seekOperation=Next needs the MS-ContinuationToken header of the"
                              + " previous page."));
      after = Optional.of(afterToken(token));
    }
    // One more than the page, to know whether another page follows.
    List<CustomerId> ids = context.customersOf(partner, r.now(), after, size + 1);
    List<PcCustomer> items = new ArrayList<>(Math.min(size, ids.size()));
    CustomerId last = null;
    for (int i = 0; i < ids.size() && i < size; i++) {
      last = ids.get(i);
      items.add(customer(partner, last, r.now(), false));
    }
    boolean more = ids.size() > size;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("totalCount", items.size());
    body.put("items", items);
    Map<String, PcLink> links = new LinkedHashMap<>();
    links.put("self", CatalogOffers.link("/customers?size=" + size));
    if (more) {
      String token =
          TOKEN_PREFIX
              + Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(last.toString().getBytes(StandardCharsets.UTF_8));
      body.put("continuationToken", token);
      links.put(
          "next",
          PcLink.builder()
              .uri("/customers?size=" + size + "&seekOperation=Next")
              .method("GET")
              .addHeader(PcKeyValue.builder().key("MS-ContinuationToken").value(token).build())
              .build());
    }
    body.put("links", links);
    body.put("attributes", attributes("Collection"));
    return ApiResponse.ok(body);
  }

  private static CustomerId afterToken(String token) {
    try {
      if (token.startsWith(TOKEN_PREFIX)) {
        return CustomerId.parse(
            new String(
                Base64.getUrlDecoder().decode(token.substring(TOKEN_PREFIX.length())),
                StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      // falls through to the answer below: the token is not one the sandbox issued
    }
    throw ApiProblem.badRequest(
        "The MS-ContinuationToken is not one the sandbox issued; send the token of the previous"
            + " page unchanged.");
  }

  private static int pageSize(Optional<String> text) {
    if (text.isEmpty()) {
      return DEFAULT_PAGE_SIZE;
    }
    try {
      int size = Integer.parseInt(text.get());
      if (size >= 1 && size <= MAX_PAGE_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiProblem.badRequest(
        "size must be a whole number from 1 to " + MAX_PAGE_SIZE + ", but was " + text.get());
  }

  private ApiResponse getCustomer(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    return ApiResponse.ok(customer(partner, customer, r.now(), true));
  }

  private ApiResponse createCustomer(ApiRequest r) {
    PartnerId partnerId = r.partner().partner();
    Partner partner = context.program().partner(partnerId).orElseThrow();
    PcCustomer input = r.body(PcCustomer.class);
    CustomerId id = CustomerId.of(UUID.randomUUID());
    Customer customer =
        PcCustomer.builder()
            .from(input)
            .id(id.toString())
            .build()
            .toModel(partner.getCloud())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "A new customer needs companyProfile.domain and a billingProfile with"
                            + " email, firstName, lastName, companyName and a defaultAddress"
                            + " (addressLine1, city, postalCode, country)."));
    List<Violation> violations = ModelValidator.validate(customer);
    if (!violations.isEmpty()) {
      throw ApiProblem.badRequest(
          "The customer is not valid: "
              + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    }
    if (context.directory().isDomainTaken(customer.getProfile().getDomain())) {
      throw ApiProblem.conflict(
          "The domain "
              + customer.getProfile().getDomain()
              + " is already in use by another customer; choose another domain prefix.");
    }
    context.apply(new Action.RegisterCustomer(customer), r.now());
    context.directory().addCustomer(customer);
    context.directory().addReseller(partnerId, id);
    PcCustomer created =
        PcCustomer.builder()
            .from(customer(partnerId, id, r.now(), true))
            .userCredentials(
                PcUserCredentials.builder()
                    .userName("admin@" + customer.getProfile().getDomain())
                    .password(password())
                    .build())
            .build();
    return ApiResponse.created(created);
  }

  private ApiResponse updateCustomer(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    PcCustomer input = r.body(PcCustomer.class);
    if (input.relationshipToPartner().filter(PcRelationshipToPartner.NONE::equals).isEmpty()) {
      throw ApiProblem.badRequest(
          "The sandbox changes one thing about a customer: relationshipToPartner \"none\", which"
              + " removes the reseller relationship.");
    }
    if (!context.directory().isReseller(partner, customer)) {
      throw ApiProblem.conflict(
          "Partner " + partner + " is not the reseller of customer " + customer + ".");
    }
    for (Subscription subscription : sold(partner, customer, r.now())) {
      if (subscription.getStatus() == SubscriptionStatus.ACTIVE) {
        throw ApiProblem.conflict(
            "Customer "
                + customer
                + " still has subscriptions from partner "
                + partner
                + "; they must end before the reseller relationship can be removed.");
      }
    }
    context.directory().removeReseller(partner, customer);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RelationshipToPartner", "none");
    body.put("Attributes", Map.of("ObjectType", "Customer"));
    return ApiResponse.ok(body);
  }

  private ApiResponse relationshipRequest(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "url",
        context.origin()
            + Api.SANDBOX.prefix()
            + "/customer/reseller-invitations?partnerId="
            + partner
            + "&DAP=false");
    body.put("attributes", attributes("RelationshipRequest"));
    return ApiResponse.ok(body);
  }

  private ApiResponse partnerRelationships(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    // The sandbox has no indirect resellers, the only partners this call lists.
    return ApiResponse.ok(collection(List.of()));
  }

  private PcCustomer customer(PartnerId partner, CustomerId id, Instant now, boolean full) {
    Customer customer = context.program().customer(id).orElseThrow().customer();
    boolean reseller = context.directory().isReseller(partner, id);
    var company =
        PcCompanyProfile.builder()
            .tenantId(id.toString())
            .domain(customer.getProfile().getDomain())
            .companyName(customer.getProfile().getCompanyName())
            .attributes(attributes("CustomerCompanyProfile"));
    var wire =
        PcCustomer.builder()
            .id(id.toString())
            .relationshipToPartner(
                reseller ? PcRelationshipToPartner.RESELLER : PcRelationshipToPartner.ADVISOR)
            .putLink("self", CatalogOffers.link("/customers/" + id))
            .attributes(attributes("Customer"));
    if (full) {
      Address address = customer.getProfile().getAddress();
      Contact contact = customer.getProfile().getContact();
      company.email(contact.getEmail());
      PcAddress wireAddress =
          PcAddress.builder()
              .addressLine1(address.getAddressLine1())
              .addressLine2(address.getAddressLine2())
              .city(address.getCity())
              .state(address.getState())
              .postalCode(address.getPostalCode())
              .country(address.getCountry())
              .firstName(contact.getFirstName())
              .lastName(contact.getLastName())
              .phoneNumber(contact.getPhoneNumber())
              .build();
      wire.billingProfile(
              PcBillingProfile.builder()
                  .id(
                      UUID.nameUUIDFromBytes(("billing:" + id).getBytes(StandardCharsets.UTF_8))
                          .toString())
                  .firstName(contact.getFirstName())
                  .lastName(contact.getLastName())
                  .email(contact.getEmail())
                  .culture("en-US")
                  .language("en")
                  .companyName(customer.getProfile().getCompanyName())
                  .defaultAddress(wireAddress)
                  .attributes(attributes("CustomerBillingProfile"))
                  .build())
          .allowDelegatedAccess(context.program().delegatedAdmins(id, now).contains(partner))
          .addCustomDomain(customer.getProfile().getDomain());
    }
    return wire.companyProfile(company.build()).build();
  }

  private String password() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  // ------------------------------------------------------------------ offers

  private ApiResponse offers(ApiRequest r) {
    return ApiResponse.ok(collection(CatalogOffers.all(context.program().catalog(), country(r))));
  }

  private ApiResponse offer(ApiRequest r) {
    String id = r.variable("offer");
    CatalogOffers.Ref ref =
        CatalogOffers.find(context.program().catalog(), id)
            .orElseThrow(() -> ApiProblem.notFound("Offer " + id + " could not be found."));
    return ApiResponse.ok(CatalogOffers.offer(context.program().catalog(), ref, country(r)));
  }

  private ApiResponse categories(ApiRequest r) {
    return ApiResponse.ok(collection(CatalogOffers.categories(country(r))));
  }

  private static String country(ApiRequest r) {
    String country = r.query("country").orElse("");
    if (!country.matches("[A-Za-z]{2}")) {
      throw ApiProblem.badRequest(
          "country must be an ISO 3166-1 alpha-2 code such as US, but was \"" + country + "\".");
    }
    return country.toUpperCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ carts and orders

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

  /** An order's action and its lines, each with its new subscription's id. */
  private record Ordered(Action action, List<OrderLine> lines) {}

  private Ordered order(PartnerId partner, CustomerId customer, Group group) {
    List<OrderLine> lines = new ArrayList<>();
    for (Line line : group.lines()) {
      lines.add(OrderLine.of(newSubscriptionId(), line.service(), line.quantity()));
    }
    return new Ordered(
        group.trial()
            ? new Action.StartTrials(partner, customer, lines)
            : new Action.PlaceOrder(partner, customer, lines, group.billing()),
        lines);
  }

  private static SubscriptionId newSubscriptionId() {
    return SubscriptionId.of(UUID.randomUUID().toString());
  }

  private PcOrder placed(
      String orderId, CustomerId customer, Group group, Ordered ordered, Instant now) {
    var order =
        PcOrder.builder()
            .id(orderId)
            .referenceCustomerId(customer.toString())
            .billingCycle(
                group.trial()
                    ? PcBillingCycle.NONE
                    : CatalogOffers.billingCycle(group.billing()).orElseThrow())
            .creationDate(now)
            .status(PcOrderStatus.COMPLETED)
            .currencyCode("USD")
            .putLink("self", CatalogOffers.link("/customers/" + customer + "/orders/" + orderId))
            .attributes(attributes("Order"));
    List<OrderLine> lines = ordered.lines();
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      Line wire = group.lines().get(i);
      order.addLineItem(
          PcOrderLineItem.builder()
              .lineItemNumber(i)
              .offerId(wire.offerId())
              .subscriptionId(line.subscription().value())
              .friendlyName(wire.ref() == null ? wire.offerId() : wire.ref().service().getName())
              .quantity(line.licenses())
              .putLink(
                  "subscription",
                  CatalogOffers.link(
                      "/customers/" + customer + "/subscriptions/" + line.subscription()))
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
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    PcCart input = r.body(PcCart.class);
    if (input.getLineItems().isEmpty()) {
      throw ApiProblem.badRequest("A cart needs one or more line items.");
    }
    List<Group> groups = cartGroups(input.getLineItems());
    Decision decision = Decision.allowed();
    for (Group group : groups) {
      decision =
          decision.and(context.program().decide(order(partner, customer, group).action(), r.now()));
    }
    if (decision.isDenied()) {
      throw ApiProblem.denied(decision);
    }
    String id = UUID.randomUUID().toString();
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
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    return ApiResponse.ok(ownCart(r, partner, customer).cart());
  }

  private ApiResponse checkout(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    Directory.Cart cart = ownCart(r, partner, customer);
    if (cart.cart().getStatus().filter(PcCartStatus.ORDERED::equals).isPresent()) {
      throw ApiProblem.conflict(
          "Cart " + cart.cart().getId().orElseThrow() + " was already checked out.");
    }
    List<Group> groups = cartGroups(cart.cart().getLineItems());
    List<Ordered> orders = new ArrayList<>();
    Decision decision = Decision.allowed();
    for (Group group : groups) {
      Ordered ordered = order(partner, customer, group);
      orders.add(ordered);
      decision = decision.and(context.program().decide(ordered.action(), r.now()));
    }
    if (decision.isDenied()) {
      throw ApiProblem.denied(decision);
    }
    var result = PcCartCheckoutResult.builder();
    for (int g = 0; g < groups.size(); g++) {
      context.apply(orders.get(g).action(), r.now());
      String orderId = UUID.randomUUID().toString();
      PcOrder order = placed(orderId, customer, groups.get(g), orders.get(g), r.now());
      context.directory().putOrder(new Directory.PlacedOrder(partner, customer, order));
      result.addOrder(order);
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
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
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
    Group group = group(lines, billing);
    Ordered ordered = order(partner, customer, group);
    context.apply(ordered.action(), r.now());
    String orderId = UUID.randomUUID().toString();
    PcOrder order = placed(orderId, customer, group, ordered, r.now());
    context.directory().putOrder(new Directory.PlacedOrder(partner, customer, order));
    return ApiResponse.created(order);
  }

  private ApiResponse getOrder(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    String id = r.variable("order");
    return ApiResponse.ok(
        context
            .directory()
            .order(customer, id)
            .filter(o -> o.partner().equals(partner))
            .orElseThrow(() -> ApiProblem.notFound("Order " + id + " could not be found."))
            .order());
  }

  // ------------------------------------------------------------------ subscriptions

  private ApiResponse subscriptions(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    Optional<MpnId> recorded = partnerOfRecordMpn(customer);
    Optional<String> mpn = r.query("mpn_id");
    List<PcSubscription> items = new ArrayList<>();
    if (mpn.isEmpty() || recorded.map(MpnId::value).equals(mpn)) {
      for (Subscription s : sold(partner, customer, r.now())) {
        items.add(wire(s, customer, recorded));
      }
    }
    return ApiResponse.ok(collection(items));
  }

  private ApiResponse subscription(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    Subscription s = ownSubscription(r, partner, customer);
    return ApiResponse.ok(wire(s, customer, partnerOfRecordMpn(customer)));
  }

  private ApiResponse updateSubscription(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    Subscription current = ownSubscription(r, partner, customer);
    PcSubscription input = r.body(PcSubscription.class);
    PcSubscription before = wire(current, customer, partnerOfRecordMpn(customer));
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
          new Action.ChangeLicenses(partner, customer, current.getId(), input.getQuantity()),
          r.now());
    }
    Subscription after = ownSubscription(r, partner, customer);
    return ApiResponse.ok(wire(after, customer, partnerOfRecordMpn(customer)));
  }

  private ApiResponse conversions(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    Subscription trial = ownSubscription(r, partner, customer);
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
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    Subscription trial = ownSubscription(r, partner, customer);
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
        r.now());
    return ApiResponse.created(
        PcConversionResult.builder()
            .subscriptionId(trial.getId().value())
            .offerId(trialOffer)
            .targetOfferId(target)
            .attributes(attributes("ConversionResult"))
            .build());
  }

  private List<Subscription> sold(PartnerId partner, CustomerId customer, Instant now) {
    List<Subscription> sold = new ArrayList<>();
    for (Subscription s : context.program().subscriptions(customer, now)) {
      if (s.getPartner().filter(partner::equals).isPresent()) {
        sold.add(s);
      }
    }
    return sold;
  }

  private Subscription ownSubscription(ApiRequest r, PartnerId partner, CustomerId customer) {
    String id = r.variable("subscription");
    for (Subscription s : sold(partner, customer, r.now())) {
      if (s.getId().value().equalsIgnoreCase(id)) {
        return s;
      }
    }
    throw ApiProblem.notFound("Subscription " + id + " could not be found.");
  }

  private Optional<MpnId> partnerOfRecordMpn(CustomerId customer) {
    return context
        .program()
        .partnerOfRecord(customer)
        .flatMap(p -> context.program().partner(p.getPartner()))
        .flatMap(Partner::getMpnId);
  }

  private PcSubscription wire(Subscription s, CustomerId customer, Optional<MpnId> recorded) {
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
            .orderId(context.directory().orderOf(s.getId()))
            .putLink("offer", CatalogOffers.link("/offers/" + offerId))
            .putLink(
                "self",
                CatalogOffers.link("/customers/" + customer + "/subscriptions/" + s.getId()));
    PcSubscription untagged = wire.build();
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

  // ------------------------------------------------------------------ helpers

  private static Map<String, Object> collection(List<?> items) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("totalCount", items.size());
    body.put("items", items);
    body.put("attributes", attributes("Collection"));
    return body;
  }

  private static PcResourceAttributes attributes(String objectType) {
    return PcResourceAttributes.builder().objectType(objectType).build();
  }

  private static boolean hasField(byte[] body, String name) {
    try {
      JsonNode tree = Wire.MAPPER.readTree(body);
      if (tree == null || !tree.isObject()) {
        return false;
      }
      for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
        if (it.next().equalsIgnoreCase(name)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw ApiProblem.badRequest("The request body is not JSON.");
    }
  }
}
