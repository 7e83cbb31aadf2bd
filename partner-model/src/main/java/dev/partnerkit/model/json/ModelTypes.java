package dev.partnerkit.model.json;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.AccessAssignmentStatus;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.ImmutableAccessAssignment;
import dev.partnerkit.model.ImmutableAddress;
import dev.partnerkit.model.ImmutableCompanyProfile;
import dev.partnerkit.model.ImmutableContact;
import dev.partnerkit.model.ImmutableCustomer;
import dev.partnerkit.model.ImmutableCustomerAgreement;
import dev.partnerkit.model.ImmutableDelegatedAdminInvitation;
import dev.partnerkit.model.ImmutableDelegationGrant;
import dev.partnerkit.model.ImmutableGranularRelationship;
import dev.partnerkit.model.ImmutableMarketplaceListing;
import dev.partnerkit.model.ImmutableOfferLine;
import dev.partnerkit.model.ImmutablePartner;
import dev.partnerkit.model.ImmutablePartnerOfRecord;
import dev.partnerkit.model.ImmutableProgramEnrollment;
import dev.partnerkit.model.ImmutablePurchaseOffer;
import dev.partnerkit.model.ImmutableResellerInvitation;
import dev.partnerkit.model.ImmutableScheduledChange;
import dev.partnerkit.model.ImmutableSeatBatch;
import dev.partnerkit.model.ImmutableService;
import dev.partnerkit.model.ImmutableServiceCatalog;
import dev.partnerkit.model.ImmutableServiceRequest;
import dev.partnerkit.model.ImmutableSubscription;
import dev.partnerkit.model.ImmutableTrialInvitation;
import dev.partnerkit.model.ImmutableTrialTerms;
import dev.partnerkit.model.MarketplaceListing;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.ServiceRequestStatus;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model types that both Jackson modules bind, listed once: {@link PartnerJacksonModule}
 * (Jackson 2) and {@link PartnerJackson3Module} (Jackson 3) read this class and nothing else, so a
 * new model type is added here and both Jacksons bind it. A test checks that every value type and
 * wire enum of the model is listed.
 */
final class ModelTypes {
  private ModelTypes() {}

  /**
   * Each model interface and the Immutables class that implements it. Jackson 2 finds the
   * implementation through the interface's {@code @JsonDeserialize(as = ...)}; Jackson 3 ignores
   * Jackson 2's databind annotations and finds it only through these abstract-type mappings.
   */
  static final Map<Class<?>, Class<?>> IMPLEMENTATIONS = implementations();

  /**
   * The wire enums, each with an {@code UNKNOWN} constant marked {@code @JsonEnumDefaultValue} that
   * an unknown name reads as (a newer service may send one). {@link dev.partnerkit.model.Role} is
   * not one: it is an open value that keeps any roleDefinitionId, read and written through its own
   * {@code @JsonCreator} and {@code @JsonValue}, which both Jacksons honour.
   */
  static final List<Class<? extends Enum<?>>> ENUMS =
      List.of(
          AccessAssignmentStatus.class,
          AdminTask.class,
          BillingCycle.class,
          Cloud.class,
          GrantStatus.class,
          OfferStatus.class,
          Program.class,
          RelationshipStatus.class,
          ServiceRequestStatus.class,
          SubscriptionStatus.class,
          Term.class);

  /**
   * The classes read from JSON objects whose field names must be unique: every implementation and
   * {@link Money}, the one record read from an object.
   */
  static final Set<Class<?>> OBJECTS = objects();

  private static Map<Class<?>, Class<?>> implementations() {
    Map<Class<?>, Class<?>> map = new HashMap<>();
    map.put(AccessAssignment.class, ImmutableAccessAssignment.class);
    map.put(Address.class, ImmutableAddress.class);
    map.put(CompanyProfile.class, ImmutableCompanyProfile.class);
    map.put(Contact.class, ImmutableContact.class);
    map.put(Customer.class, ImmutableCustomer.class);
    map.put(CustomerAgreement.class, ImmutableCustomerAgreement.class);
    map.put(DelegatedAdminInvitation.class, ImmutableDelegatedAdminInvitation.class);
    map.put(DelegationGrant.class, ImmutableDelegationGrant.class);
    map.put(GranularRelationship.class, ImmutableGranularRelationship.class);
    map.put(MarketplaceListing.class, ImmutableMarketplaceListing.class);
    map.put(OfferLine.class, ImmutableOfferLine.class);
    map.put(Partner.class, ImmutablePartner.class);
    map.put(PartnerOfRecord.class, ImmutablePartnerOfRecord.class);
    map.put(ProgramEnrollment.class, ImmutableProgramEnrollment.class);
    map.put(PurchaseOffer.class, ImmutablePurchaseOffer.class);
    map.put(ResellerInvitation.class, ImmutableResellerInvitation.class);
    map.put(ScheduledChange.class, ImmutableScheduledChange.class);
    map.put(SeatBatch.class, ImmutableSeatBatch.class);
    map.put(Service.class, ImmutableService.class);
    map.put(ServiceCatalog.class, ImmutableServiceCatalog.class);
    map.put(ServiceRequest.class, ImmutableServiceRequest.class);
    map.put(Subscription.class, ImmutableSubscription.class);
    map.put(TrialInvitation.class, ImmutableTrialInvitation.class);
    map.put(TrialTerms.class, ImmutableTrialTerms.class);
    return Map.copyOf(map);
  }

  private static Set<Class<?>> objects() {
    Set<Class<?>> objects = new HashSet<>(IMPLEMENTATIONS.values());
    objects.add(Money.class);
    return Set.copyOf(objects);
  }

  /**
   * Returns the model interface as its implementation's type: Jackson's abstract-type mapping needs
   * the pair typed together.
   */
  @SuppressWarnings("unchecked")
  static <T> Class<? extends T> implementation(Class<T> type) {
    return (Class<? extends T>) IMPLEMENTATIONS.get(type);
  }
}
