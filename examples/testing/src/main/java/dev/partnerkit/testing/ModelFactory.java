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
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.ServiceRequestId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Makes valid, varied model values from a seeded {@link RandomGenerator}, for tests in any
 * framework; the same seed and the same calls give the same values on every run and machine.
 *
 * <pre>{@code
 * ModelFactory factory = ModelFactory.seeded(42);
 * Customer customer = factory.customer();
 * PurchaseOffer offer = factory.purchaseOffer();
 * }</pre>
 *
 * <p>Values pass {@link dev.partnerkit.model.validation.ModelValidator} with no violation. They
 * mostly look like real partner-program data, with a share of edge cases (longest allowed strings,
 * non-Latin scripts, characters JSON must escape, extreme amounts), and enums take their known
 * values only. Values are independent of one another: an offer's customer id is not one of the
 * customers made before it; combine them with the builders ({@code
 * PurchaseOffer.builder().from(offer).customer(customer.getId())}) where a test needs them to
 * agree. {@link ModelGenerators} builds values by the same recipes for QuickTheories.
 *
 * <p>Not thread-safe: each call advances the generator. Create one factory per thread or test.
 */
public final class ModelFactory {
  /** The algorithm {@link #seeded(long)} uses: specified by the JDK, so stable across versions. */
  public static final String ALGORITHM = "L64X128MixRandom";

  private final ModelSource source;

  /**
   * Creates a factory that draws from the given generator.
   *
   * @param random the generator, such as {@code new SplittableRandom(42)}; the factory advances it
   */
  public ModelFactory(RandomGenerator random) {
    this.source = ModelSource.of(Objects.requireNonNull(random, "random must not be null"));
  }

  /**
   * Returns a factory seeded with {@code seed}, using the {@value #ALGORITHM} algorithm.
   *
   * @param seed the seed
   * @return a new factory
   */
  public static ModelFactory seeded(long seed) {
    return new ModelFactory(RandomGeneratorFactory.of(ALGORITHM).create(seed));
  }

  /**
   * Returns one of the known values of a model enum.
   *
   * @param <E> the enum type
   * @param type the enum class, such as {@code Cloud.class}
   * @return a value other than {@code UNKNOWN}
   */
  public <E extends Enum<E>> E knownValue(Class<E> type) {
    return source.pick(ModelRecipes.known(type));
  }

  /**
   * Returns an instant, usually between 2020 and 2030 in whole seconds.
   *
   * @return the instant
   */
  public Instant instant() {
    return ModelRecipes.instant(source);
  }

  /**
   * Returns a partner id such as {@code northwind-4821}.
   *
   * @return the id
   */
  public PartnerId partnerId() {
    return ModelRecipes.partnerId(source);
  }

  /**
   * Returns a customer id: a version-4 tenant GUID.
   *
   * @return the id
   */
  public CustomerId customerId() {
    return ModelRecipes.customerId(source);
  }

  /**
   * Returns a service id, usually one of the sample catalog's or another real service's.
   *
   * @return the id
   */
  public ServiceId serviceId() {
    return ModelRecipes.serviceId(source);
  }

  /**
   * Returns an invitation id.
   *
   * @return the id
   */
  public InvitationId invitationId() {
    return ModelRecipes.invitationId(source);
  }

  /**
   * Returns a delegated-admin grant id.
   *
   * @return the id
   */
  public GrantId grantId() {
    return ModelRecipes.grantId(source);
  }

  /**
   * Returns a subscription id.
   *
   * @return the id
   */
  public SubscriptionId subscriptionId() {
    return ModelRecipes.subscriptionId(source);
  }

  /**
   * Returns a granular relationship id in Microsoft Graph's two-GUID form.
   *
   * @return the id
   */
  public RelationshipId relationshipId() {
    return ModelRecipes.relationshipId(source);
  }

  /**
   * Returns an access assignment id.
   *
   * @return the id
   */
  public AccessAssignmentId accessAssignmentId() {
    return ModelRecipes.accessAssignmentId(source);
  }

  /**
   * Returns a service request id such as {@code SR-2601050001}.
   *
   * @return the id
   */
  public ServiceRequestId serviceRequestId() {
    return ModelRecipes.serviceRequestId(source);
  }

  /**
   * Returns an MPN id of 1 to 10 digits.
   *
   * @return the id
   */
  public MpnId mpnId() {
    return ModelRecipes.mpnId(source);
  }

  /**
   * Returns an amount of money.
   *
   * @return the money
   */
  public Money money() {
    return ModelRecipes.money(source);
  }

  /**
   * Returns a postal address.
   *
   * @return the address
   */
  public Address address() {
    return ModelRecipes.address(source);
  }

  /**
   * Returns a contact.
   *
   * @return the contact
   */
  public Contact contact() {
    return ModelRecipes.contact(source);
  }

  /**
   * Returns a company profile.
   *
   * @return the profile
   */
  public CompanyProfile companyProfile() {
    return ModelRecipes.companyProfile(source);
  }

  /**
   * Returns a customer in any cloud, with an address in its cloud's country.
   *
   * @return the customer
   */
  public Customer customer() {
    return ModelRecipes.customer(source);
  }

  /**
   * Returns a program enrollment, open-ended or ended.
   *
   * @return the enrollment
   */
  public ProgramEnrollment programEnrollment() {
    return ModelRecipes.programEnrollment(source);
  }

  /**
   * Returns a partner.
   *
   * @return the partner
   */
  public Partner partner() {
    return ModelRecipes.partner(source);
  }

  /**
   * Returns trial terms.
   *
   * @return the terms
   */
  public TrialTerms trialTerms() {
    return ModelRecipes.trialTerms(source);
  }

  /**
   * Returns a catalog service.
   *
   * @return the service
   */
  public Service service() {
    return ModelRecipes.service(source);
  }

  /**
   * Returns a catalog of zero to six services with distinct ids.
   *
   * @return the catalog
   */
  public ServiceCatalog serviceCatalog() {
    return ModelRecipes.serviceCatalog(source);
  }

  /**
   * Returns a purchase offer line.
   *
   * @return the line
   */
  public OfferLine offerLine() {
    return ModelRecipes.offerLine(source);
  }

  /**
   * Returns a trial invitation.
   *
   * @return the invitation
   */
  public TrialInvitation trialInvitation() {
    return ModelRecipes.trialInvitation(source);
  }

  /**
   * Returns a purchase offer.
   *
   * @return the offer
   */
  public PurchaseOffer purchaseOffer() {
    return ModelRecipes.purchaseOffer(source);
  }

  /**
   * Returns a delegated-admin invitation.
   *
   * @return the invitation
   */
  public DelegatedAdminInvitation delegatedAdminInvitation() {
    return ModelRecipes.delegatedAdminInvitation(source);
  }

  /**
   * Returns an offer of any of the three kinds.
   *
   * @return the offer
   */
  public Offer offer() {
    return ModelRecipes.offer(source);
  }

  /**
   * Returns a delegated-admin grant, active or revoked.
   *
   * @return the grant
   */
  public DelegationGrant delegationGrant() {
    return ModelRecipes.delegationGrant(source);
  }

  /**
   * Returns a partner-of-record designation.
   *
   * @return the designation
   */
  public PartnerOfRecord partnerOfRecord() {
    return ModelRecipes.partnerOfRecord(source);
  }

  /**
   * Returns a subscription, trial or paid.
   *
   * @return the subscription
   */
  public Subscription subscription() {
    return ModelRecipes.subscription(source);
  }

  /**
   * Returns a support service request.
   *
   * @return the request
   */
  public ServiceRequest serviceRequest() {
    return ModelRecipes.serviceRequest(source);
  }

  /**
   * Returns a marketplace listing.
   *
   * @return the listing
   */
  public MarketplaceListing marketplaceListing() {
    return ModelRecipes.marketplaceListing(source);
  }

  /**
   * Returns an access assignment.
   *
   * @return the assignment
   */
  public AccessAssignment accessAssignment() {
    return ModelRecipes.accessAssignment(source);
  }

  /**
   * Returns a granular relationship in any status, with a timeline that fits the status.
   *
   * @return the relationship
   */
  public GranularRelationship granularRelationship() {
    return ModelRecipes.granularRelationship(source);
  }
}
