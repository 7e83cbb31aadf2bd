package dev.partnerkit.store;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.rules.CustomerState;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored JSON shape of a {@link CustomerState}, the one both stores keep: a PostgreSQL customer
 * row and a journal snapshot's customer line. Maps become lists, in their order. A field missing
 * from an older document (written before new commerce, say) reads as empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param customer the customer; required
 * @param offers the offers, by id in their order
 * @param grants the delegation grants
 * @param partnerOfRecord the partner of record, if any
 * @param subscriptions the subscriptions, by id in their order
 * @param trialHistory the services the customer has had trials of
 * @param relationships the granular relationships, by id in their order
 * @param serviceRequests the service requests
 * @param resellers the partners reselling to the customer
 * @param customerAgreement the accepted Microsoft Customer Agreement, if any
 */
public record CustomerStateDocument(
    Customer customer,
    List<Offer> offers,
    List<DelegationGrant> grants,
    Optional<PartnerOfRecord> partnerOfRecord,
    List<Subscription> subscriptions,
    List<ServiceId> trialHistory,
    List<GranularRelationship> relationships,
    List<ServiceRequest> serviceRequests,
    List<PartnerId> resellers,
    Optional<CustomerAgreement> customerAgreement) {
  /** Checks the customer and reads absent fields (null from a JSON creator) as empty. */
  public CustomerStateDocument {
    if (customer == null) {
      throw new IllegalArgumentException("a customer state document must name its customer");
    }
    offers = orEmpty(offers);
    grants = orEmpty(grants);
    partnerOfRecord = partnerOfRecord == null ? Optional.empty() : partnerOfRecord;
    subscriptions = orEmpty(subscriptions);
    trialHistory = orEmpty(trialHistory);
    relationships = orEmpty(relationships);
    serviceRequests = orEmpty(serviceRequests);
    resellers = orEmpty(resellers);
    customerAgreement = customerAgreement == null ? Optional.empty() : customerAgreement;
  }

  /**
   * Returns the document of a state.
   *
   * @param state the state
   * @return its document
   */
  public static CustomerStateDocument of(CustomerState state) {
    return new CustomerStateDocument(
        state.customer(),
        List.copyOf(state.offers().values()),
        state.grants(),
        state.partnerOfRecord(),
        List.copyOf(state.subscriptions().values()),
        List.copyOf(state.trialHistory()),
        List.copyOf(state.relationships().values()),
        state.serviceRequests(),
        List.copyOf(state.resellers()),
        state.customerAgreement());
  }

  /**
   * Returns the state this document holds.
   *
   * @return the state
   */
  public CustomerState toState() {
    Map<InvitationId, Offer> byInvitation = new LinkedHashMap<>();
    offers.forEach(o -> byInvitation.put(o.getId(), o));
    Map<SubscriptionId, Subscription> bySubscription = new LinkedHashMap<>();
    subscriptions.forEach(s -> bySubscription.put(s.getId(), s));
    Map<RelationshipId, GranularRelationship> byRelationship = new LinkedHashMap<>();
    relationships.forEach(r -> byRelationship.put(r.getId(), r));
    return CustomerState.restore(
        customer,
        byInvitation,
        grants,
        partnerOfRecord,
        bySubscription,
        new LinkedHashSet<>(trialHistory),
        byRelationship,
        serviceRequests,
        new LinkedHashSet<>(resellers),
        customerAgreement);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
