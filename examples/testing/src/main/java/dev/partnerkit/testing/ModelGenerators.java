package dev.partnerkit.testing;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.AccessAssignmentId;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.MarketplaceListing;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.ServiceRequestId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import java.util.Objects;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every model type: valid values, and invalid variants that each break
 * exactly one Jakarta constraint and say which.
 *
 * <pre>{@code
 * qt().forAll(ModelGenerators.customers())
 *     .check(c -> PartnerJson.fromJson(PartnerJson.toJson(c), Customer.class).equals(c));
 *
 * qt().withExamples(200)
 *     .forAll(ModelGenerators.invalidCustomers())
 *     .checkAssert(bad -> assertThat(ModelValidator.validate(bad.value()))
 *         .anyMatch(v -> v.path().equals(bad.expectedPath())));
 * }</pre>
 *
 * <p>Valid values pass {@link dev.partnerkit.model.validation.ModelValidator} with no violation and
 * mostly look like real partner-program data, with a share of edge cases (longest allowed strings,
 * non-Latin scripts, characters JSON must escape, extreme amounts). Enums take their known values;
 * use {@link org.quicktheories.generators.Generate#enumValues(Class)} to include {@code UNKNOWN}.
 * The same recipes drive {@link ModelFactory}, for tests that do not use QuickTheories. Failing
 * examples shrink towards simpler values: absent optionals, the first option of each choice, the
 * earliest instant.
 *
 * <p>Types whose only constraints are {@code @NotNull} ({@link DelegationGrant}, {@link
 * PartnerOfRecord}, {@link ProgramEnrollment}, {@link DelegatedAdminInvitation}) and the
 * identifiers have no invalid generator: their builders and constructors refuse bad values before
 * any validator could see them.
 *
 * <p>Generators are immutable and thread-safe; a class of static methods, not instantiable.
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  /**
   * Returns a source that draws from QuickTheories, which records each draw to replay and shrink.
   * It lives here rather than in {@link ModelSource} so that QuickTheories, an optional dependency,
   * is loaded by this class alone.
   */
  private static ModelSource source(RandomnessSource in) {
    Objects.requireNonNull(in, "randomness must not be null");
    return (min, max) -> Generate.longRange(min, max).generate(in);
  }

  /**
   * A value that breaks exactly one constraint, with the path and constraint that a validator must
   * report for it.
   *
   * <p>Immutable and thread-safe when {@code T} is.
   *
   * @param <T> the model type
   * @param value the invalid value
   * @param expectedPath the violation's path from the value, such as {@code profile.contact.email}
   * @param expectedCode the constraint's simple name, such as {@code Email}
   */
  public record InvalidCase<T>(T value, String expectedPath, String expectedCode) {
    /** Checks that no part is null. */
    public InvalidCase {
      Objects.requireNonNull(value, "value must not be null");
      Objects.requireNonNull(expectedPath, "expectedPath must not be null");
      Objects.requireNonNull(expectedCode, "expectedCode must not be null");
    }

    /**
     * Returns this case embedded in a containing value, its path prefixed with the property that
     * holds it: a bad address inside a profile is a bad profile at {@code address.} plus the
     * address's path.
     *
     * @param <U> the containing type
     * @param property the path to this value within the container, such as {@code address} or
     *     {@code lines[2]}
     * @param embed builds the container around this case's value
     * @return the container's case
     */
    public <U> InvalidCase<U> within(String property, Function<? super T, ? extends U> embed) {
      return new InvalidCase<>(embed.apply(value), property + "." + expectedPath, expectedCode);
    }
  }

  /**
   * Returns the known values of a model enum, that is all but its {@code UNKNOWN}; shrinks towards
   * the first declared.
   *
   * @param <E> the enum type
   * @param type the enum class, such as {@code Cloud.class}
   * @return the generator
   */
  public static <E extends Enum<E>> Gen<E> knownValues(Class<E> type) {
    return Generate.pick(ModelRecipes.known(type));
  }

  // Identifiers --------------------------------------------------------------------------------

  /**
   * Returns partner ids such as {@code northwind-4821}, now and then the longest allowed.
   *
   * @return the generator
   */
  public static Gen<PartnerId> partnerIds() {
    return in -> ModelRecipes.partnerId(source(in));
  }

  /**
   * Returns customer ids: random version-4 tenant GUIDs.
   *
   * @return the generator
   */
  public static Gen<CustomerId> customerIds() {
    return in -> ModelRecipes.customerId(source(in));
  }

  /**
   * Returns service ids, mostly of the sample catalog's and other real services.
   *
   * @return the generator
   */
  public static Gen<ServiceId> serviceIds() {
    return in -> ModelRecipes.serviceId(source(in));
  }

  /**
   * Returns invitation ids.
   *
   * @return the generator
   */
  public static Gen<InvitationId> invitationIds() {
    return in -> ModelRecipes.invitationId(source(in));
  }

  /**
   * Returns delegated-admin grant ids.
   *
   * @return the generator
   */
  public static Gen<GrantId> grantIds() {
    return in -> ModelRecipes.grantId(source(in));
  }

  /**
   * Returns subscription ids.
   *
   * @return the generator
   */
  public static Gen<SubscriptionId> subscriptionIds() {
    return in -> ModelRecipes.subscriptionId(source(in));
  }

  /**
   * Returns granular relationship ids in Microsoft Graph's two-GUID form.
   *
   * @return the generator
   */
  public static Gen<RelationshipId> relationshipIds() {
    return in -> ModelRecipes.relationshipId(source(in));
  }

  /**
   * Returns access assignment ids.
   *
   * @return the generator
   */
  public static Gen<AccessAssignmentId> accessAssignmentIds() {
    return in -> ModelRecipes.accessAssignmentId(source(in));
  }

  /**
   * Returns service request ids such as {@code SR-2601050001}.
   *
   * @return the generator
   */
  public static Gen<ServiceRequestId> serviceRequestIds() {
    return in -> ModelRecipes.serviceRequestId(source(in));
  }

  /**
   * Returns MPN ids of 1 to 10 digits.
   *
   * @return the generator
   */
  public static Gen<MpnId> mpnIds() {
    return in -> ModelRecipes.mpnId(source(in));
  }

  // Valid values -------------------------------------------------------------------------------

  /**
   * Returns amounts of money in currencies with 0, 2 and 3 fraction digits, up to the largest
   * amount allowed.
   *
   * @return the generator
   */
  public static Gen<Money> money() {
    return in -> ModelRecipes.money(source(in));
  }

  /**
   * Returns postal addresses.
   *
   * @return the generator
   */
  public static Gen<Address> addresses() {
    return in -> ModelRecipes.address(source(in));
  }

  /**
   * Returns contacts.
   *
   * @return the generator
   */
  public static Gen<Contact> contacts() {
    return in -> ModelRecipes.contact(source(in));
  }

  /**
   * Returns company profiles.
   *
   * @return the generator
   */
  public static Gen<CompanyProfile> companyProfiles() {
    return in -> ModelRecipes.companyProfile(source(in));
  }

  /**
   * Returns customers in every cloud, each with an address in its cloud's country.
   *
   * @return the generator
   */
  public static Gen<Customer> customers() {
    return in -> ModelRecipes.customer(source(in));
  }

  /**
   * Returns program enrollments, open-ended or ended.
   *
   * @return the generator
   */
  public static Gen<ProgramEnrollment> programEnrollments() {
    return in -> ModelRecipes.programEnrollment(source(in));
  }

  /**
   * Returns partners with zero to three enrollments and zero to five authorized services.
   *
   * @return the generator
   */
  public static Gen<Partner> partners() {
    return in -> ModelRecipes.partner(source(in));
  }

  /**
   * Returns trial terms.
   *
   * @return the generator
   */
  public static Gen<TrialTerms> trialTerms() {
    return in -> ModelRecipes.trialTerms(source(in));
  }

  /**
   * Returns catalog services, some with trials, some add-ons.
   *
   * @return the generator
   */
  public static Gen<Service> services() {
    return in -> ModelRecipes.service(source(in));
  }

  /**
   * Returns catalogs of zero to six services with distinct ids.
   *
   * @return the generator
   */
  public static Gen<ServiceCatalog> serviceCatalogs() {
    return in -> ModelRecipes.serviceCatalog(source(in));
  }

  /**
   * Returns purchase offer lines.
   *
   * @return the generator
   */
  public static Gen<OfferLine> offerLines() {
    return in -> ModelRecipes.offerLine(source(in));
  }

  /**
   * Returns trial invitations, pending or closed.
   *
   * @return the generator
   */
  public static Gen<TrialInvitation> trialInvitations() {
    return in -> ModelRecipes.trialInvitation(source(in));
  }

  /**
   * Returns purchase offers of one to four lines with distinct services.
   *
   * @return the generator
   */
  public static Gen<PurchaseOffer> purchaseOffers() {
    return in -> ModelRecipes.purchaseOffer(source(in));
  }

  /**
   * Returns delegated-admin invitations.
   *
   * @return the generator
   */
  public static Gen<DelegatedAdminInvitation> delegatedAdminInvitations() {
    return in -> ModelRecipes.delegatedAdminInvitation(source(in));
  }

  /**
   * Returns reseller invitations.
   *
   * @return the generator
   */
  public static Gen<ResellerInvitation> resellerInvitations() {
    return in -> ModelRecipes.resellerInvitation(source(in));
  }

  /**
   * Returns offers of all four kinds.
   *
   * @return the generator
   */
  public static Gen<Offer> offers() {
    return in -> ModelRecipes.offer(source(in));
  }

  /**
   * Returns delegated-admin grants, active or revoked.
   *
   * @return the generator
   */
  public static Gen<DelegationGrant> delegationGrants() {
    return in -> ModelRecipes.delegationGrant(source(in));
  }

  /**
   * Returns partner-of-record designations.
   *
   * @return the generator
   */
  public static Gen<PartnerOfRecord> partnersOfRecord() {
    return in -> ModelRecipes.partnerOfRecord(source(in));
  }

  /**
   * Returns subscriptions, trial or paid.
   *
   * @return the generator
   */
  public static Gen<Subscription> subscriptions() {
    return in -> ModelRecipes.subscription(source(in));
  }

  /**
   * Returns support service requests, filed by the customer or by a partner.
   *
   * @return the generator
   */
  public static Gen<ServiceRequest> serviceRequests() {
    return in -> ModelRecipes.serviceRequest(source(in));
  }

  /**
   * Returns marketplace listings.
   *
   * @return the generator
   */
  public static Gen<MarketplaceListing> marketplaceListings() {
    return in -> ModelRecipes.marketplaceListing(source(in));
  }

  /**
   * Returns roles: mostly those GDAP-12's table names, now and then a roleDefinitionId it does not
   * name, which the model keeps as it is.
   *
   * @return the generator
   */
  public static Gen<Role> roles() {
    return in -> ModelRecipes.role(source(in));
  }

  /**
   * Returns access assignments, some with a role the table does not name.
   *
   * @return the generator
   */
  public static Gen<AccessAssignment> accessAssignments() {
    return in -> ModelRecipes.accessAssignment(source(in));
  }

  /**
   * Returns granular relationships in every status, with timelines that fit the status, some with a
   * role the table does not name.
   *
   * @return the generator
   */
  public static Gen<GranularRelationship> granularRelationships() {
    return in -> ModelRecipes.granularRelationship(source(in));
  }

  // Invalid variants ---------------------------------------------------------------------------

  /**
   * Returns addresses that break one constraint: a blank or overlong line, city, state or postal
   * code, or a country that is not an ISO code.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<Address>> invalidAddresses() {
    return in -> ModelMutations.address(source(in));
  }

  /**
   * Returns contacts that break one constraint: a blank or overlong name, a malformed, blank or
   * overlong email, or an overlong phone number.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<Contact>> invalidContacts() {
    return in -> ModelMutations.contact(source(in));
  }

  /**
   * Returns company profiles that break one constraint, in the profile or in its address or
   * contact.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<CompanyProfile>> invalidCompanyProfiles() {
    return in -> ModelMutations.companyProfile(source(in));
  }

  /**
   * Returns customers that break one constraint, anywhere in their profile.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<Customer>> invalidCustomers() {
    return in -> ModelMutations.customer(source(in));
  }

  /**
   * Returns partners with a blank or overlong name.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<Partner>> invalidPartners() {
    return in -> ModelMutations.partner(source(in));
  }

  /**
   * Returns trial terms with days or licenses out of bounds.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<TrialTerms>> invalidTrialTerms() {
    return in -> ModelMutations.trialTerms(source(in));
  }

  /**
   * Returns services that break one constraint, in the service or its trial terms.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<Service>> invalidServices() {
    return in -> ModelMutations.service(source(in));
  }

  /**
   * Returns catalogs in which one service breaks one constraint.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<ServiceCatalog>> invalidServiceCatalogs() {
    return in -> ModelMutations.serviceCatalog(source(in));
  }

  /**
   * Returns offer lines of zero or fewer licenses.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<OfferLine>> invalidOfferLines() {
    return in -> ModelMutations.offerLine(source(in));
  }

  /**
   * Returns trial invitations that name no service.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<TrialInvitation>> invalidTrialInvitations() {
    return in -> ModelMutations.trialInvitation(source(in));
  }

  /**
   * Returns purchase offers with no line, or with one line of zero or fewer licenses.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<PurchaseOffer>> invalidPurchaseOffers() {
    return in -> ModelMutations.purchaseOffer(source(in));
  }

  /**
   * Returns trial invitations and purchase offers that break one constraint.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<Offer>> invalidOffers() {
    return in -> ModelMutations.offer(source(in));
  }

  /**
   * Returns subscriptions of zero or fewer licenses.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<Subscription>> invalidSubscriptions() {
    return in -> ModelMutations.subscription(source(in));
  }

  /**
   * Returns service requests with a blank or overlong title.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<ServiceRequest>> invalidServiceRequests() {
    return in -> ModelMutations.serviceRequest(source(in));
  }

  /**
   * Returns marketplace listings that break one constraint: the headline, no services, a blank or
   * overlong expertise, no countries, or a country that is not an ISO code.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<MarketplaceListing>> invalidMarketplaceListings() {
    return in -> ModelMutations.marketplaceListing(source(in));
  }

  /**
   * Returns access assignments with a blank or overlong security group, or no roles.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<AccessAssignment>> invalidAccessAssignments() {
    return in -> ModelMutations.accessAssignment(source(in));
  }

  /**
   * Returns granular relationships with an empty or overlong display name, or an invalid access
   * assignment.
   *
   * @return the generator
   */
  public static Gen<InvalidCase<GranularRelationship>> invalidGranularRelationships() {
    return in -> ModelMutations.granularRelationship(source(in));
  }
}
