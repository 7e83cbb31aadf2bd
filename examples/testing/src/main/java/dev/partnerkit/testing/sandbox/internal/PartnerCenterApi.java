package dev.partnerkit.testing.sandbox.internal;

import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.attributes;
import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.collection;
import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.country;

import dev.partnerkit.client.partnercenter.PcAddress;
import dev.partnerkit.client.partnercenter.PcBillingProfile;
import dev.partnerkit.client.partnercenter.PcCompanyProfile;
import dev.partnerkit.client.partnercenter.PcCustomer;
import dev.partnerkit.client.partnercenter.PcKeyValue;
import dev.partnerkit.client.partnercenter.PcLink;
import dev.partnerkit.client.partnercenter.PcRelationshipToPartner;
import dev.partnerkit.client.partnercenter.PcUserCredentials;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.validation.ModelValidator;
import dev.partnerkit.model.validation.Violation;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Not API: Partner Center's customer calls, served from the program's state: customers
 * (seek-paged), relationship requests, a customer's partner relationships, and the offers of the
 * sandbox's catalog. Carts and orders are {@link OrderApi}'s, subscriptions {@link
 * SubscriptionApi}'s.
 *
 * <p>Creating a customer registers it with the program ({@link Action.RegisterCustomer}) and makes
 * the creating partner its reseller. A partner sees only its own customers. Thread-safe.
 */
public final class PartnerCenterApi {
  private static final int DEFAULT_PAGE_SIZE = 100;
  private static final int MAX_PAGE_SIZE = 500;
  private static final String TOKEN_PREFIX = "pkc1:";

  private final SandboxContext context;
  private final SecureRandom random = new SecureRandom();
  private final SoldSubscriptions subscriptions;

  private PartnerCenterApi(SandboxContext context) {
    this.context = context;
    this.subscriptions = new SoldSubscriptions(context);
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
        .add(pc, "GET", "/v1/offercategories", api::categories);
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
    // The id comes from the domain and the customer records its maker (CreatedCustomers): every
    // instance and restart knows both, and the program's claim on the id settles a race.
    CustomerId id =
        input
            .companyProfile()
            .flatMap(PcCompanyProfile::domain)
            .map(CreatedCustomers::idFor)
            .orElseGet(() -> CustomerId.of(r.keys().newId()));
    Customer customer =
        PcCustomer.builder()
            .from(input)
            .id(id.toString())
            .build()
            .toModel(partner.getCloud())
            .map(made -> Customer.builder().from(made).createdBy(partnerId).build())
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
    String domain = customer.getProfile().getDomain();
    ApiProblem taken =
        ApiProblem.conflict(
            "The domain "
                + domain
                + " is already in use by another customer; choose another domain prefix.");
    // Held by the very id the domain gives: a repeat of the request, or another request for the
    // domain. The program tells them apart: the repeat's key replays the first registration, any
    // other request is denied REG-1, answered as taken below.
    if (context
        .directory()
        .created()
        .holderOf(context.program(), domain)
        .filter(h -> !h.equals(id))
        .isPresent()) {
      throw taken;
    }
    Outcome outcome = context.outcome(new Action.RegisterCustomer(customer), r);
    if (!outcome.isAllowed()) {
      // Another request for the domain, here or on another instance: the id is claimed (REG-1).
      throw outcome.decision().getReasons().stream().anyMatch(x -> x.rule() == Rule.REG_1)
          ? taken
          : ApiProblem.denied(outcome.decision());
    }
    context.directory().created().add(customer);
    context.addReseller(partnerId, id, r);
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
    if (!context.isReseller(partner, context.program().customer(customer).orElseThrow())) {
      throw ApiProblem.conflict(
          "Partner " + partner + " is not the reseller of customer " + customer + ".");
    }
    for (Subscription subscription : subscriptions.sold(partner, customer, r.now())) {
      if (subscription.getStatus() == SubscriptionStatus.ACTIVE) {
        throw ApiProblem.conflict(
            "Customer "
                + customer
                + " still has subscriptions from partner "
                + partner
                + "; they must end before the reseller relationship can be removed.");
      }
    }
    context.removeReseller(partner, customer, r);
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
    CustomerState state = context.program().customer(id).orElseThrow();
    Customer customer = state.customer();
    boolean reseller = context.isReseller(partner, state);
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
}
