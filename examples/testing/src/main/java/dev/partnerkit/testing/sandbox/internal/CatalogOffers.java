package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.client.partnercenter.PcBillingCycle;
import dev.partnerkit.client.partnercenter.PcBillingType;
import dev.partnerkit.client.partnercenter.PcLimitUnitOfMeasure;
import dev.partnerkit.client.partnercenter.PcLink;
import dev.partnerkit.client.partnercenter.PcOffer;
import dev.partnerkit.client.partnercenter.PcOfferCategory;
import dev.partnerkit.client.partnercenter.PcOfferProduct;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Not API: Partner Center's offers and new-commerce catalog items for the sandbox's catalog, the
 * one place that maps catalog services to their ids.
 *
 * <p>Legacy offers: each catalog service is a paid offer whose id is the service id ({@code
 * EXCHANGE_ONLINE}); a service with a trial also has a trial offer, {@code EXCHANGE_ONLINE-TRIAL},
 * whose minimum and maximum quantity are the trial's fixed license count and whose conversion
 * targets are the service and its own conversion targets, as Partner Center lists trial offers
 * apart from paid ones.
 *
 * <p>New commerce: a catalog item id is {@code productId:skuId:availabilityId}. The product id is
 * the service id; the SKU is {@value #PAID_SKU} for the paid service and {@value #TRIAL_SKU} for
 * its trial (only for a service with a trial); the paid SKU has one availability per term the
 * service offers, {@code AV-P1M}, {@code AV-P1Y} and {@code AV-P3Y}, and the trial SKU one, {@value
 * #TRIAL_AVAILABILITY}. So {@code OFFICE_365_E3:0001:AV-P1Y} is a year of Office 365 E3.
 */
public final class CatalogOffers {
  /** What a trial offer's id adds to its service's id. */
  public static final String TRIAL_SUFFIX = "-TRIAL";

  private static final String BUSINESS = "Business_Key";
  private static final String TRIAL = "Trial_Key";

  /** The SKU id of a service's paid SKU. */
  public static final String PAID_SKU = "0001";

  /** The SKU id of a service's trial SKU. */
  public static final String TRIAL_SKU = "0002";

  /** What a paid availability's id adds before its term, such as {@code AV-P1Y}. */
  public static final String AVAILABILITY_PREFIX = "AV-";

  /** The availability id of a trial SKU. */
  public static final String TRIAL_AVAILABILITY = "AV-TRIAL";

  private CatalogOffers() {}

  /**
   * A new-commerce catalog item: a service's paid SKU in one term, or its trial SKU.
   *
   * @param service the service, the product
   * @param trial whether it is the trial SKU
   * @param term the availability's term; empty for the trial SKU
   */
  public record CatalogItem(Service service, boolean trial, Optional<Term> term) {
    /**
     * Returns the product id, the service id.
     *
     * @return the product id
     */
    public String productId() {
      return service.getId().value();
    }

    /**
     * Returns the SKU id.
     *
     * @return {@link #PAID_SKU} or {@link #TRIAL_SKU}
     */
    public String skuId() {
      return trial ? TRIAL_SKU : PAID_SKU;
    }

    /**
     * Returns the availability id.
     *
     * @return such as {@code AV-P1Y}, or {@link #TRIAL_AVAILABILITY}
     */
    public String availabilityId() {
      return term.map(t -> AVAILABILITY_PREFIX + t.name()).orElse(TRIAL_AVAILABILITY);
    }

    /**
     * Returns the catalog item id.
     *
     * @return {@code productId:skuId:availabilityId}
     */
    public String id() {
      return productId() + ":" + skuId() + ":" + availabilityId();
    }
  }

  /**
   * Returns the paid catalog item of a service in a term.
   *
   * @param service the service
   * @param term the term
   * @return the item
   */
  public static CatalogItem item(Service service, Term term) {
    return new CatalogItem(service, false, Optional.of(term));
  }

  /**
   * Returns the SKUs of a service: its paid SKU's item for each term it offers, then its trial
   * SKU's, if it has a trial.
   *
   * @param service the service
   * @return the items, terms in order
   */
  public static List<CatalogItem> items(Service service) {
    List<CatalogItem> items = new ArrayList<>();
    for (Term term : Term.values()) {
      if (service.getTerms().contains(term)) {
        items.add(item(service, term));
      }
    }
    if (service.getTrial().isPresent()) {
      items.add(new CatalogItem(service, true, Optional.empty()));
    }
    return items;
  }

  /**
   * Returns the catalog item with a product, SKU and availability id.
   *
   * @param catalog the catalog
   * @param productId the product id
   * @param skuId the SKU id
   * @param availabilityId the availability id
   * @return the item; empty when the catalog has none with these ids
   */
  public static Optional<CatalogItem> item(
      ServiceCatalog catalog, String productId, String skuId, String availabilityId) {
    for (Service service : catalog.getServices()) {
      if (service.getId().value().equals(productId)) {
        for (CatalogItem item : items(service)) {
          if (item.skuId().equals(skuId) && item.availabilityId().equals(availabilityId)) {
            return Optional.of(item);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the catalog item with an id.
   *
   * @param catalog the catalog
   * @param catalogItemId {@code productId:skuId:availabilityId}
   * @return the item; empty when the id has another form or names nothing in the catalog
   */
  public static Optional<CatalogItem> item(ServiceCatalog catalog, String catalogItemId) {
    String[] parts = catalogItemId.split(":", -1);
    return parts.length == 3 ? item(catalog, parts[0], parts[1], parts[2]) : Optional.empty();
  }

  /**
   * Returns whether an id has the form of a new-commerce catalog item id, whatever it names.
   *
   * @param id the id
   * @return true when it has two colons
   */
  public static boolean isCatalogItemId(String id) {
    return id.split(":", -1).length == 3;
  }

  /**
   * Returns the term an ISO 8601 term duration names.
   *
   * @param duration such as {@code P1Y}
   * @return the term; empty for any other text
   */
  public static Optional<Term> term(String duration) {
    for (Term term : Term.values()) {
      if (term != Term.UNKNOWN && term.name().equals(duration)) {
        return Optional.of(term);
      }
    }
    return Optional.empty();
  }

  /**
   * A catalog offer: the paid or the trial offer of a service.
   *
   * @param service the service
   * @param trial whether it is the trial offer
   */
  public record Ref(Service service, boolean trial) {
    /**
     * Returns the offer's id.
     *
     * @return the id
     */
    public String id() {
      return trial ? trialId(service.getId()) : service.getId().value();
    }
  }

  /**
   * Returns the trial offer id of a service.
   *
   * @param service the service
   * @return the id, such as {@code EXCHANGE_ONLINE-TRIAL}
   */
  public static String trialId(ServiceId service) {
    return service.value() + TRIAL_SUFFIX;
  }

  /**
   * Returns the offer id a subscription is for: its trial offer while it is a trial.
   *
   * @param subscription the subscription
   * @return the offer id
   */
  public static String offerId(Subscription subscription) {
    return subscription.isTrial()
        ? trialId(subscription.getService())
        : subscription.getService().value();
  }

  /**
   * Returns the offer id an order's line shows for a subscription the order started: a new-commerce
   * subscription's catalog item id ({@code product:sku:availability}), otherwise its offer id
   * ({@link #offerId(Subscription)}).
   *
   * @param catalog the catalog
   * @param subscription the subscription
   * @return the offer id
   */
  public static String lineOfferId(ServiceCatalog catalog, Subscription subscription) {
    if (subscription.isNewCommerce()) {
      Optional<Service> service = catalog.find(subscription.getService());
      if (service.isPresent()) {
        return new CatalogItem(
                service.get(),
                subscription.isTrial(),
                subscription.isTrial() ? Optional.empty() : subscription.getTerm())
            .id();
      }
    }
    return offerId(subscription);
  }

  /**
   * Returns the offer with an id.
   *
   * @param catalog the catalog
   * @param offerId the offer id
   * @return the offer; empty when the catalog has none with that id
   */
  public static Optional<Ref> find(ServiceCatalog catalog, String offerId) {
    for (Service service : catalog.getServices()) {
      if (service.getId().value().equals(offerId)) {
        return Optional.of(new Ref(service, false));
      }
      if (service.getTrial().isPresent() && trialId(service.getId()).equals(offerId)) {
        return Optional.of(new Ref(service, true));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every offer of the catalog in a country: each paid offer, then its trial offer.
   *
   * @param catalog the catalog
   * @param country the country, an ISO 3166-1 alpha-2 code
   * @return the offers
   */
  public static List<PcOffer> all(ServiceCatalog catalog, String country) {
    List<PcOffer> offers = new ArrayList<>();
    int rank = 0;
    for (Service service : catalog.getServices()) {
      offers.add(offer(catalog, new Ref(service, false), country, rank++));
      if (service.getTrial().isPresent()) {
        offers.add(offer(catalog, new Ref(service, true), country, rank++));
      }
    }
    return offers;
  }

  /**
   * Returns one offer as Partner Center shows it.
   *
   * @param catalog the catalog, for add-ons and conversion targets
   * @param ref the offer
   * @param country the country
   * @return the offer
   */
  public static PcOffer offer(ServiceCatalog catalog, Ref ref, String country) {
    return offer(catalog, ref, country, catalog.getServices().indexOf(ref.service()) * 2);
  }

  private static PcOffer offer(ServiceCatalog catalog, Ref ref, String country, int rank) {
    Service service = ref.service();
    boolean hasAddOns = false;
    for (Service other : catalog.getServices()) {
      hasAddOns |= other.getAddOnTo().filter(service.getId()::equals).isPresent();
    }
    var offer =
        PcOffer.builder()
            .id(ref.id())
            .name(ref.trial() ? service.getName() + " Trial" : service.getName())
            .description("The sandbox catalog's " + service.getName() + ".")
            .rank(rank)
            .uri("/offers/" + ref.id())
            .locale("en-US")
            .country(country)
            .category(category(ref.trial() ? TRIAL : BUSINESS, country))
            .hasAddOns(hasAddOns)
            .availableForPurchase(true)
            .billing(PcBillingType.LICENSE)
            .internal(false)
            .microsoftProduct(true)
            .acquisitionType("purchase")
            .addSupportedCatalogType("sandbox")
            .product(
                PcOfferProduct.builder()
                    .id(service.getId().value())
                    .name(service.getName())
                    .unit("Licenses")
                    .build())
            .unitType("Licenses")
            .putLink("self", link("/offers/" + ref.id() + "?country=" + country))
            .attributes(PcResourceAttributes.builder().objectType("Offer").build());
    if (ref.trial()) {
      TrialTerms terms = service.getTrial().orElseThrow();
      boolean months = terms.getDays() % 30 == 0;
      offer
          .minimumQuantity(terms.getLicenses())
          .maximumQuantity(terms.getLicenses())
          .limitUnitOfMeasure(PcLimitUnitOfMeasure.LIFETIME)
          .limit(1)
          .termUnitOfMeasure(months ? "Month" : "Day")
          .term(months ? terms.getDays() / 30 : terms.getDays())
          .addSupportedBillingCycle(PcBillingCycle.NONE)
          .autoRenewable(false)
          .trial(true)
          .salesGroupId("Trial-" + ref.id())
          .addConversionTargetOffer(service.getId().value());
      service.getConvertsTo().stream()
          .map(ServiceId::value)
          .sorted()
          .forEach(offer::addConversionTargetOffer);
    } else {
      offer
          .minimumQuantity(service.getMinLicenses())
          .maximumQuantity(service.getMaxLicenses())
          .limitUnitOfMeasure(PcLimitUnitOfMeasure.NONE)
          .autoRenewable(true)
          .trial(false)
          .addOn(service.isAddOn());
      service.getAddOnTo().ifPresent(p -> offer.addPrerequisiteOffer(p.value()));
      for (BillingCycle cycle : BillingCycle.values()) {
        if (service.getBillingCycles().contains(cycle)) {
          billingCycle(cycle).ifPresent(offer::addSupportedBillingCycle);
        }
      }
    }
    return offer.build();
  }

  /**
   * Returns the offer categories of the sandbox's catalog.
   *
   * @param country the country
   * @return the categories
   */
  public static List<PcOfferCategory> categories(String country) {
    return List.of(category(BUSINESS, country), category(TRIAL, country));
  }

  private static PcOfferCategory category(String id, String country) {
    return PcOfferCategory.builder()
        .id(id)
        .name(id.equals(TRIAL) ? "Trial" : "Business")
        .rank(id.equals(TRIAL) ? 70 : 10)
        .locale("en-US")
        .country(country)
        .attributes(PcResourceAttributes.builder().objectType("OfferCategory").build())
        .build();
  }

  /**
   * Returns Partner Center's billing cycle for a model's.
   *
   * @param cycle the model's cycle
   * @return the wire cycle; empty for {@code UNKNOWN}
   */
  public static Optional<PcBillingCycle> billingCycle(BillingCycle cycle) {
    return switch (cycle) {
      case MONTHLY -> Optional.of(PcBillingCycle.MONTHLY);
      case ANNUAL -> Optional.of(PcBillingCycle.ANNUAL);
      case TRIENNIAL -> Optional.of(PcBillingCycle.TRIENNIAL);
      default -> Optional.empty();
    };
  }

  /**
   * Returns the model's billing cycle for Partner Center's, {@code UNKNOWN} for any the model
   * lacks.
   *
   * @param cycle the wire cycle
   * @return the model's cycle
   */
  public static BillingCycle billingCycle(PcBillingCycle cycle) {
    return switch (cycle) {
      case MONTHLY -> BillingCycle.MONTHLY;
      case ANNUAL -> BillingCycle.ANNUAL;
      case TRIENNIAL -> BillingCycle.TRIENNIAL;
      default -> BillingCycle.UNKNOWN;
    };
  }

  /**
   * Returns a GET link to a path below Partner Center's version root.
   *
   * @param uri the path, such as {@code /customers/ID}
   * @return the link
   */
  public static PcLink link(String uri) {
    return PcLink.builder().uri(uri).method("GET").build();
  }
}
