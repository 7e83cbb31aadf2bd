package dev.partnerkit.testing;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.MarketplaceListing;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.testing.ModelGenerators.InvalidCase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a valid value from {@link ModelRecipes} into one that breaks exactly one Jakarta
 * constraint, and records the violation's path and code: the recipes behind the invalid generators
 * of {@link ModelGenerators}.
 *
 * <p>Each mutation changes one attribute to a value that fails one constraint and no other: an
 * overlong text is not blank, a blank one is not overlong, a malformed email is short. Nested
 * values reuse the mutations of their parts through {@link InvalidCase#within}.
 *
 * <p>Stateless and thread-safe; the state lives in the source.
 */
final class ModelMutations {
  private static final List<String> BLANKS = List.of("", " ", "\t", "   ", "\n");

  private static final List<String> NOT_EMAILS =
      List.of(
          "avery.howard",
          "avery@",
          "@fabrikam.com",
          "avery howard@fabrikam.com",
          "avery@@fabrikam.com",
          "avery@fabrikam..com",
          "avery.@fabrikam.com");

  private static final List<String> NOT_DOMAINS =
      List.of(
          "fabrikam",
          "-fabrikam.com",
          "fabrikam-.com",
          "fab rikam.com",
          "fabrikam..com",
          "fabrikam.com.",
          "_dmarc.fabrikam.com",
          "ünïcode.com");

  private static final List<String> NOT_COUNTRIES = List.of("us", "USA", "U", "U1", "Us", "ÜS");

  private ModelMutations() {}

  private static String blank(ModelSource s) {
    return s.pick(BLANKS);
  }

  /** Returns a non-blank text longer than {@code max}. */
  private static String tooLong(ModelSource s, int max) {
    return ModelRecipes.edgeText(s, max + s.intBetween(1, 32));
  }

  private static <T> InvalidCase<T> broken(T value, String path, String code) {
    return new InvalidCase<>(value, path, code);
  }

  // Customers ----------------------------------------------------------------------------------

  static InvalidCase<Address> address(ModelSource s) {
    return address(s, ModelRecipes.address(s));
  }

  private static InvalidCase<Address> address(ModelSource s, Address valid) {
    var address = Address.builder().from(valid);
    return switch (s.intBetween(0, 8)) {
      case 0 -> broken(address.addressLine1(blank(s)).build(), "addressLine1", "NotBlank");
      case 1 -> broken(address.addressLine1(tooLong(s, 256)).build(), "addressLine1", "Size");
      case 2 -> broken(address.addressLine2(tooLong(s, 256)).build(), "addressLine2", "Size");
      case 3 -> broken(address.city(blank(s)).build(), "city", "NotBlank");
      case 4 -> broken(address.city(tooLong(s, 128)).build(), "city", "Size");
      case 5 -> broken(address.state(tooLong(s, 64)).build(), "state", "Size");
      case 6 -> broken(address.postalCode(blank(s)).build(), "postalCode", "NotBlank");
      case 7 -> broken(address.postalCode(tooLong(s, 16)).build(), "postalCode", "Size");
      default -> broken(address.country(s.pick(NOT_COUNTRIES)).build(), "country", "Pattern");
    };
  }

  static InvalidCase<Contact> contact(ModelSource s) {
    return contact(s, ModelRecipes.contact(s));
  }

  private static InvalidCase<Contact> contact(ModelSource s, Contact valid) {
    var contact = Contact.builder().from(valid);
    return switch (s.intBetween(0, 7)) {
      case 0 -> broken(contact.firstName(blank(s)).build(), "firstName", "NotBlank");
      case 1 -> broken(contact.firstName(tooLong(s, 128)).build(), "firstName", "Size");
      case 2 -> broken(contact.lastName(blank(s)).build(), "lastName", "NotBlank");
      case 3 -> broken(contact.lastName(tooLong(s, 128)).build(), "lastName", "Size");
      // An empty address is blank but not malformed: @Email accepts "".
      case 4 -> broken(contact.email("").build(), "email", "NotBlank");
      case 5 -> broken(contact.email(s.pick(NOT_EMAILS)).build(), "email", "Email");
      case 6 -> broken(contact.email(tooLongEmail(s)).build(), "email", "Size");
      default -> broken(contact.phoneNumber(tooLong(s, 32)).build(), "phoneNumber", "Size");
    };
  }

  /**
   * Returns a well-formed email address longer than the 254 characters allowed: a 64-character
   * mailbox (the most {@code @Email} takes) at a 192 to 195 character domain.
   */
  private static String tooLongEmail(ModelSource s) {
    String label = "m".repeat(s.intBetween(62, 63));
    return "l".repeat(64) + "@" + String.join(".", label, label, label) + ".com";
  }

  static InvalidCase<CompanyProfile> companyProfile(ModelSource s) {
    return companyProfile(s, ModelRecipes.companyProfile(s));
  }

  private static InvalidCase<CompanyProfile> companyProfile(ModelSource s, CompanyProfile valid) {
    var profile = CompanyProfile.builder().from(valid);
    return switch (s.intBetween(0, 5)) {
      case 0 -> broken(profile.companyName(blank(s)).build(), "companyName", "NotBlank");
      case 1 -> broken(profile.companyName(tooLong(s, 256)).build(), "companyName", "Size");
      case 2 -> broken(profile.domain(s.pick(NOT_DOMAINS)).build(), "domain", "Pattern");
      case 3 -> broken(profile.domain(tooLongDomain(s)).build(), "domain", "Size");
      case 4 ->
          address(s, valid.getAddress())
              .within("address", a -> CompanyProfile.builder().from(valid).address(a).build());
      default ->
          contact(s, valid.getContact())
              .within("contact", c -> CompanyProfile.builder().from(valid).contact(c).build());
    };
  }

  /** Returns a well-formed domain longer than the 253 characters allowed. */
  private static String tooLongDomain(ModelSource s) {
    String label = "d".repeat(63);
    return String.join(".", label, label, label, "e".repeat(s.intBetween(62, 63)));
  }

  static InvalidCase<Customer> customer(ModelSource s) {
    Customer valid = ModelRecipes.customer(s);
    return companyProfile(s, valid.getProfile())
        .within("profile", p -> Customer.builder().from(valid).profile(p).build());
  }

  // Partners and the catalog -------------------------------------------------------------------

  static InvalidCase<Partner> partner(ModelSource s) {
    var partner = Partner.builder().from(ModelRecipes.partner(s));
    return s.chance(50)
        ? broken(partner.name(tooLong(s, 256)).build(), "name", "Size")
        : broken(partner.name(blank(s)).build(), "name", "NotBlank");
  }

  static InvalidCase<TrialTerms> trialTerms(ModelSource s) {
    return trialTerms(s, ModelRecipes.trialTerms(s));
  }

  private static InvalidCase<TrialTerms> trialTerms(ModelSource s, TrialTerms valid) {
    var terms = TrialTerms.builder().from(valid);
    return switch (s.intBetween(0, 3)) {
      case 0 -> broken(terms.days(s.intBetween(Integer.MIN_VALUE, 0)).build(), "days", "Min");
      case 1 -> broken(terms.days(s.intBetween(367, Integer.MAX_VALUE)).build(), "days", "Max");
      case 2 ->
          broken(terms.licenses(s.intBetween(Integer.MIN_VALUE, 0)).build(), "licenses", "Min");
      default ->
          broken(
              terms.licenses(s.intBetween(10_001, Integer.MAX_VALUE)).build(), "licenses", "Max");
    };
  }

  static InvalidCase<Service> service(ModelSource s) {
    return service(s, ModelRecipes.service(s));
  }

  private static InvalidCase<Service> service(ModelSource s, Service valid) {
    var service = Service.builder().from(valid);
    return switch (s.intBetween(0, 5)) {
      case 0 -> broken(service.name(blank(s)).build(), "name", "NotBlank");
      case 1 -> broken(service.name(tooLong(s, 256)).build(), "name", "Size");
      // Zero or less is below @Min(1) yet never above the maximum, so the invariant holds.
      case 2 ->
          broken(
              service.minLicenses(s.intBetween(Integer.MIN_VALUE, 0)).build(),
              "minLicenses",
              "Min");
      case 3 ->
          broken(
              service.maxLicenses(s.intBetween(1_000_001, Integer.MAX_VALUE)).build(),
              "maxLicenses",
              "Max");
      case 4 -> broken(service.billingCycles(List.of()).build(), "billingCycles", "NotEmpty");
      default ->
          trialTerms(s, valid.getTrial().orElseGet(() -> ModelRecipes.trialTerms(s)))
              .within("trial", t -> Service.builder().from(valid).trial(t).build());
    };
  }

  static InvalidCase<ServiceCatalog> serviceCatalog(ModelSource s) {
    ServiceCatalog valid = ModelRecipes.serviceCatalog(s);
    List<Service> services = new ArrayList<>(valid.getServices());
    if (services.isEmpty()) {
      services.add(ModelRecipes.service(s));
    }
    int index = s.intBetween(0, services.size() - 1);
    // The broken service keeps its id, so the catalog's ids stay unique.
    return service(s, services.get(index))
        .within("services[" + index + "]", replacing(services, index, ServiceCatalog::of));
  }

  // Offers -------------------------------------------------------------------------------------

  static InvalidCase<OfferLine> offerLine(ModelSource s) {
    return offerLine(s, ModelRecipes.offerLine(s));
  }

  private static InvalidCase<OfferLine> offerLine(ModelSource s, OfferLine valid) {
    return broken(
        OfferLine.of(valid.getService(), s.intBetween(Integer.MIN_VALUE, 0)), "licenses", "Min");
  }

  static InvalidCase<TrialInvitation> trialInvitation(ModelSource s) {
    TrialInvitation valid = ModelRecipes.trialInvitation(s);
    return broken(
        TrialInvitation.builder().from(valid).services(List.of()).build(), "services", "NotEmpty");
  }

  static InvalidCase<PurchaseOffer> purchaseOffer(ModelSource s) {
    PurchaseOffer valid = ModelRecipes.purchaseOffer(s);
    if (s.chance(30)) {
      return broken(
          PurchaseOffer.builder().from(valid).lines(List.of()).build(), "lines", "NotEmpty");
    }
    List<OfferLine> lines = valid.getLines();
    int index = s.intBetween(0, lines.size() - 1);
    return offerLine(s, lines.get(index))
        .within(
            "lines[" + index + "]",
            replacing(lines, index, l -> PurchaseOffer.builder().from(valid).lines(l).build()));
  }

  static InvalidCase<Offer> offer(ModelSource s) {
    InvalidCase<? extends Offer> broken = s.chance(50) ? purchaseOffer(s) : trialInvitation(s);
    return new InvalidCase<>(broken.value(), broken.expectedPath(), broken.expectedCode());
  }

  // Other types --------------------------------------------------------------------------------

  static InvalidCase<Subscription> subscription(ModelSource s) {
    return broken(
        Subscription.builder()
            .from(ModelRecipes.subscription(s))
            .licenses(s.intBetween(Integer.MIN_VALUE, 0))
            .build(),
        "licenses",
        "Min");
  }

  static InvalidCase<ServiceRequest> serviceRequest(ModelSource s) {
    var request = ServiceRequest.builder().from(ModelRecipes.serviceRequest(s));
    return s.chance(50)
        ? broken(request.title(tooLong(s, 256)).build(), "title", "Size")
        : broken(request.title(blank(s)).build(), "title", "NotBlank");
  }

  static InvalidCase<MarketplaceListing> marketplaceListing(ModelSource s) {
    MarketplaceListing valid = ModelRecipes.marketplaceListing(s);
    var listing = MarketplaceListing.builder().from(valid);
    return switch (s.intBetween(0, 6)) {
      case 0 -> broken(listing.headline(blank(s)).build(), "headline", "NotBlank");
      case 1 -> broken(listing.headline(tooLong(s, 140)).build(), "headline", "Size");
      case 2 -> broken(listing.services(List.of()).build(), "services", "NotEmpty");
      // Constraints on set elements report the set with "[]": an element has no stable index.
      case 3 -> broken(listing.addExpertise(blank(s)).build(), "expertise[]", "NotBlank");
      case 4 -> broken(listing.addExpertise(tooLong(s, 100)).build(), "expertise[]", "Size");
      case 5 -> broken(listing.countries(List.of()).build(), "countries", "NotEmpty");
      default ->
          broken(listing.addCountry(s.pick(NOT_COUNTRIES)).build(), "countries[]", "Pattern");
    };
  }

  static InvalidCase<AccessAssignment> accessAssignment(ModelSource s) {
    return accessAssignment(s, ModelRecipes.accessAssignment(s));
  }

  private static InvalidCase<AccessAssignment> accessAssignment(
      ModelSource s, AccessAssignment valid) {
    var assignment = AccessAssignment.builder().from(valid);
    return switch (s.intBetween(0, 2)) {
      case 0 -> broken(assignment.securityGroup(blank(s)).build(), "securityGroup", "NotBlank");
      case 1 -> broken(assignment.securityGroup(tooLong(s, 256)).build(), "securityGroup", "Size");
      default -> broken(assignment.roles(List.of()).build(), "roles", "NotEmpty");
    };
  }

  static InvalidCase<GranularRelationship> granularRelationship(ModelSource s) {
    GranularRelationship valid = ModelRecipes.granularRelationship(s);
    var relationship = GranularRelationship.builder().from(valid);
    return switch (s.intBetween(0, 2)) {
      case 0 -> broken(relationship.displayName("").build(), "displayName", "Size");
      case 1 -> broken(relationship.displayName(tooLong(s, 50)).build(), "displayName", "Size");
      default -> brokenAssignment(s, valid);
    };
  }

  private static InvalidCase<GranularRelationship> brokenAssignment(
      ModelSource s, GranularRelationship valid) {
    List<AccessAssignment> assignments = new ArrayList<>(valid.getAccessAssignments());
    if (assignments.isEmpty()) {
      assignments.add(ModelRecipes.accessAssignment(s));
    }
    int index = s.intBetween(0, assignments.size() - 1);
    return accessAssignment(s, assignments.get(index))
        .within(
            "accessAssignments[" + index + "]",
            replacing(
                assignments,
                index,
                a -> GranularRelationship.builder().from(valid).accessAssignments(a).build()));
  }

  /**
   * Returns a function that builds a container from {@code elements} with the one at {@code index}
   * replaced.
   */
  private static <E, C> Function<E, C> replacing(
      List<E> elements, int index, Function<List<E>, C> build) {
    return element -> {
      List<E> replaced = new ArrayList<>(elements);
      replaced.set(index, element);
      return build.apply(replaced);
    };
  }
}
