package dev.partnerkit.testing.sandbox.internal;

import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.attributes;
import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.collection;
import static dev.partnerkit.testing.sandbox.internal.PartnerCenterBodies.country;

import dev.partnerkit.client.partnercenter.PcAvailability;
import dev.partnerkit.client.partnercenter.PcAvailabilityTerm;
import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcInventoryCheckRequest;
import dev.partnerkit.client.partnercenter.PcInventoryItem;
import dev.partnerkit.client.partnercenter.PcInventoryRestriction;
import dev.partnerkit.client.partnercenter.PcInventoryTarget;
import dev.partnerkit.client.partnercenter.PcItemType;
import dev.partnerkit.client.partnercenter.PcProduct;
import dev.partnerkit.client.partnercenter.PcSegment;
import dev.partnerkit.client.partnercenter.PcSku;
import dev.partnerkit.client.partnercenter.PcSkuDynamicAttributes;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Not API: Partner Center's new-commerce catalog for the sandbox's catalog: products, SKUs and
 * availabilities, their customer-scoped forms, and inventory checks. The ids are {@link
 * CatalogOffers}': a product per service, a paid SKU with an availability per term and a trial SKU
 * with one availability. Products are in the {@value #ONLINE_SERVICES} view and the commercial
 * segment only; other views and segments list nothing. Thread-safe: it reads the catalog only.
 */
public final class CatalogApi {
  /** The target view of new-commerce license-based products. */
  static final String ONLINE_SERVICES = "OnlineServices";

  private final SandboxContext context;

  private CatalogApi(SandboxContext context) {
    this.context = context;
  }

  /**
   * Adds the catalog routes.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    CatalogApi api = new CatalogApi(context);
    Api pc = Api.PARTNER_CENTER;
    String customer = "/v1/customers/{customer}";
    String product = "/products/{product}";
    String sku = product + "/skus/{sku}";
    router
        .add(pc, "GET", "/v1/products", api::products)
        .add(pc, "GET", "/v1" + product, api::product)
        .add(pc, "GET", "/v1" + product + "/skus", api::skus)
        .add(pc, "GET", "/v1" + sku, api::sku)
        .add(pc, "GET", "/v1" + sku + "/availabilities", api::availabilities)
        .add(pc, "GET", "/v1" + sku + "/availabilities/{availability}", api::availability)
        .add(pc, "GET", customer + "/products", api::customerProducts)
        .add(pc, "GET", customer + product + "/skus", api::customerSkus)
        .add(pc, "GET", customer + sku + "/availabilities", api::customerAvailabilities)
        .add(pc, "POST", "/v1/extensions/product/checkInventory", api::checkInventory);
  }

  // ------------------------------------------------------------------ global catalog

  private ApiResponse products(ApiRequest r) {
    r.partner();
    String country = country(r);
    return ApiResponse.ok(collection(productList(targetView(r), r, country)));
  }

  private ApiResponse product(ApiRequest r) {
    r.partner();
    return ApiResponse.ok(product(service(r), country(r)));
  }

  private ApiResponse skus(ApiRequest r) {
    r.partner();
    return ApiResponse.ok(collection(skuList(service(r), r, country(r))));
  }

  private ApiResponse sku(ApiRequest r) {
    r.partner();
    String country = country(r);
    return ApiResponse.ok(sku(skuItems(r).get(0), country));
  }

  private ApiResponse availabilities(ApiRequest r) {
    r.partner();
    return ApiResponse.ok(collection(availabilityList(r, country(r))));
  }

  private ApiResponse availability(ApiRequest r) {
    r.partner();
    String country = country(r);
    String id = r.variable("availability");
    for (CatalogOffers.CatalogItem item : skuItems(r)) {
      if (item.availabilityId().equals(id)) {
        return ApiResponse.ok(availability(item, country));
      }
    }
    throw ApiProblem.notFound("Availability " + id + " could not be found.");
  }

  // ------------------------------------------------------------------ customer-scoped

  private ApiResponse customerProducts(ApiRequest r) {
    String country = customerCountry(r);
    return ApiResponse.ok(collection(productList(targetView(r), r, country)));
  }

  private ApiResponse customerSkus(ApiRequest r) {
    String country = customerCountry(r);
    return ApiResponse.ok(collection(skuList(service(r), r, country)));
  }

  private ApiResponse customerAvailabilities(ApiRequest r) {
    String country = customerCountry(r);
    return ApiResponse.ok(collection(availabilityList(r, country)));
  }

  /** A customer's catalog is its own country's: the partner must see the customer first. */
  private String customerCountry(ApiRequest r) {
    CustomerId customer = PartnerCenterBodies.customerOf(context, r);
    return context
        .program()
        .customer(customer)
        .orElseThrow()
        .customer()
        .getProfile()
        .getAddress()
        .getCountry();
  }

  // ------------------------------------------------------------------ inventory

  private ApiResponse checkInventory(ApiRequest r) {
    r.partner();
    country(r);
    PcInventoryCheckRequest request = r.body(PcInventoryCheckRequest.class);
    Optional<String> customer =
        Optional.ofNullable(request.getInventoryContext().get(PcInventoryCheckRequest.CUSTOMER_ID));
    if (customer.isPresent()) {
      context.requireCustomerOf(
          r.partner().partner(), SandboxContext.customerId(customer.get()), r.now());
    }
    List<PcInventoryItem> items = new ArrayList<>();
    for (PcInventoryTarget target : request.getTargetItems()) {
      Optional<Service> service = find(target.productId());
      boolean known =
          service.isPresent()
              && target
                  .skuId()
                  .map(
                      s ->
                          CatalogOffers.items(service.get()).stream()
                              .anyMatch(i -> i.skuId().equals(s)))
                  .orElse(true);
      var item =
          PcInventoryItem.builder()
              .productId(target.productId())
              .skuId(target.skuId())
              .restricted(!known);
      if (!known) {
        // The sandbox's services have no inventory limit; only an id it lacks is restricted.
        item.addRestriction(
            PcInventoryRestriction.builder()
                .reasonCode("NotInCatalog")
                .description(
                    "The sandbox's catalog has no product "
                        + target.productId()
                        + target.skuId().map(s -> " with SKU " + s).orElse("")
                        + ".")
                .build());
      }
      items.add(item.build());
    }
    return ApiResponse.ok(items);
  }

  // ------------------------------------------------------------------ lists

  /** Products are listed in the new-commerce view and commercial segment only. */
  private List<PcProduct> productList(String view, ApiRequest r, String country) {
    List<PcProduct> products = new ArrayList<>();
    if (view.equalsIgnoreCase(ONLINE_SERVICES) && commercial(r)) {
      for (Service service : context.program().catalog().getServices()) {
        products.add(product(service, country));
      }
    }
    return products;
  }

  private List<PcSku> skuList(Service service, ApiRequest r, String country) {
    List<PcSku> skus = new ArrayList<>();
    if (commercial(r)) {
      for (CatalogOffers.CatalogItem item : CatalogOffers.items(service)) {
        if (skus.stream().noneMatch(s -> s.getId().equals(item.skuId()))) {
          skus.add(sku(item, country));
        }
      }
    }
    return skus;
  }

  private List<PcAvailability> availabilityList(ApiRequest r, String country) {
    List<PcAvailability> availabilities = new ArrayList<>();
    if (commercial(r)) {
      for (CatalogOffers.CatalogItem item : skuItems(r)) {
        availabilities.add(availability(item, country));
      }
    }
    return availabilities;
  }

  private static String targetView(ApiRequest r) {
    return r.query("targetView")
        .filter(v -> !v.isBlank())
        .orElseThrow(
            () ->
                ApiProblem.badRequest(
                    "targetView is required, such as "
                        + ONLINE_SERVICES
                        + " for new-commerce license-based products."));
  }

  private static boolean commercial(ApiRequest r) {
    return r.query("targetSegment")
        .map(s -> s.equalsIgnoreCase(PcSegment.COMMERCIAL.wireValue()))
        .orElse(true);
  }

  private Optional<Service> find(String productId) {
    for (Service service : context.program().catalog().getServices()) {
      if (service.getId().value().equals(productId)) {
        return Optional.of(service);
      }
    }
    return Optional.empty();
  }

  private Service service(ApiRequest r) {
    String id = r.variable("product");
    return find(id)
        .orElseThrow(() -> ApiProblem.notFound("Product " + id + " could not be found."));
  }

  /** The availabilities of the SKU the path names, or a 404. */
  private List<CatalogOffers.CatalogItem> skuItems(ApiRequest r) {
    Service service = service(r);
    String id = r.variable("sku");
    List<CatalogOffers.CatalogItem> items = new ArrayList<>();
    for (CatalogOffers.CatalogItem item : CatalogOffers.items(service)) {
      if (item.skuId().equals(id)) {
        items.add(item);
      }
    }
    if (items.isEmpty()) {
      throw ApiProblem.notFound(
          "SKU " + id + " of product " + service.getId() + " could not be found.");
    }
    return items;
  }

  // ------------------------------------------------------------------ wire forms

  private static PcProduct product(Service service, String country) {
    String path = "/products/" + service.getId();
    return PcProduct.builder()
        .id(service.getId().value())
        .title(service.getName())
        .description("The sandbox catalog's " + service.getName() + ".")
        .productType(PcItemType.builder().id(ONLINE_SERVICES).displayName(ONLINE_SERVICES).build())
        .microsoftProduct(true)
        .publisherName("Microsoft Corporation")
        .putLink("skus", CatalogOffers.link(path + "/skus?country=" + country))
        .putLink("self", CatalogOffers.link(path + "?country=" + country))
        .attributes(attributes("Product"))
        .build();
  }

  private PcSku sku(CatalogOffers.CatalogItem item, String country) {
    Service service = item.service();
    String path = "/products/" + item.productId() + "/skus/" + item.skuId();
    var dynamic =
        PcSkuDynamicAttributes.builder()
            .addon(service.isAddOn())
            .hasConstraints(
                service.getMaxSeatsPerCustomer().isPresent()
                    || service.getMaxSubscriptionsPerCustomer().isPresent());
    service
        .getAddOnTo()
        .flatMap(p -> find(p.value()))
        .ifPresent(p -> dynamic.addPrerequisiteSku(p.getId() + ":" + CatalogOffers.PAID_SKU));
    var sku =
        PcSku.builder()
            .id(item.skuId())
            .productId(item.productId())
            .title(item.trial() ? service.getName() + " Trial" : service.getName())
            .description("The sandbox catalog's " + service.getName() + ".")
            .trial(item.trial())
            .putLink(
                "availabilities", CatalogOffers.link(path + "/availabilities?country=" + country))
            .putLink("self", CatalogOffers.link(path + "?country=" + country))
            .attributes(attributes("Sku"));
    if (item.trial()) {
      int seats = service.getTrial().orElseThrow().getLicenses();
      sku.minimumQuantity(seats)
          .maximumQuantity(seats)
          .addSupportedBillingCycle(PcBillingCycle.NONE);
    } else {
      sku.minimumQuantity(service.getMinLicenses()).maximumQuantity(service.getMaxLicenses());
      for (BillingCycle cycle : BillingCycle.values()) {
        if (service.getBillingCycles().contains(cycle)) {
          CatalogOffers.billingCycle(cycle).ifPresent(sku::addSupportedBillingCycle);
        }
      }
      for (ServiceId target : new java.util.TreeSet<>(service.getUpgradesTo())) {
        find(target.value())
            .ifPresent(
                t -> dynamic.addUpgradeTargetOffer(t.getId() + ":" + CatalogOffers.PAID_SKU));
      }
    }
    return sku.dynamicAttributes(dynamic.build()).build();
  }

  private PcAvailability availability(CatalogOffers.CatalogItem item, String country) {
    String path =
        "/products/"
            + item.productId()
            + "/skus/"
            + item.skuId()
            + "/availabilities/"
            + item.availabilityId();
    // A trial runs its days once; a paid availability's term is its own.
    Term term = item.term().orElse(Term.P1M);
    return PcAvailability.builder()
        .id(item.availabilityId())
        .productId(item.productId())
        .skuId(item.skuId())
        .catalogItemId(item.id())
        .defaultCurrency("USD")
        .segment(PcSegment.COMMERCIAL)
        .country(country)
        .purchasable(true)
        .renewable(!item.trial())
        .addTerm(
            PcAvailabilityTerm.builder()
                .duration(Optional.of(term.name()))
                .description(
                    Optional.of(
                        item.trial()
                            ? "Trial of "
                                + item.service().getTrial().orElseThrow().getDays()
                                + " days"
                            : "Term of " + term.getPeriod()))
                .build())
        .putLink("self", CatalogOffers.link(path + "?country=" + country))
        .attributes(attributes("Availability"))
        .build();
  }
}
