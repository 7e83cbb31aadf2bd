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
import dev.partnerkit.model.TrialTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Not API: Partner Center's offers for the sandbox's catalog. Each catalog service is a paid offer
 * whose id is the service id ({@code EXCHANGE_ONLINE}); a service with a trial also has a trial
 * offer, {@code EXCHANGE_ONLINE-TRIAL}, whose minimum and maximum quantity are the trial's fixed
 * license count and whose conversion targets are the service and its own conversion targets, as
 * Partner Center lists trial offers apart from paid ones.
 */
public final class CatalogOffers {
  /** What a trial offer's id adds to its service's id. */
  public static final String TRIAL_SUFFIX = "-TRIAL";

  private static final String BUSINESS = "Business_Key";
  private static final String TRIAL = "Trial_Key";

  private CatalogOffers() {}

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
