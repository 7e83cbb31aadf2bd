package dev.partnerkit.rules;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the program holds about one customer, as stored: the offers addressed to it, its
 * delegated-admin grants, its partner of record, its subscriptions, the services it ever had on
 * trial, its granular relationships and its service requests.
 *
 * <p>Immutable and thread-safe; the program replaces a customer's state whole on each change.
 * Stored statuses are those set by actions: time-driven ones (an expired invitation, a lapsed
 * trial, an auto-extended relationship) are derived from them and the time by the program's
 * queries, so replaying the log never needs a clock.
 *
 * @param customer the customer
 * @param offers the offers and invitations addressed to it, by id
 * @param grants its delegated-admin grants, active and revoked
 * @param partnerOfRecord its partner of record, if designated
 * @param subscriptions its subscriptions, by id
 * @param trialHistory every service it ever had on trial (TRIAL-1)
 * @param relationships its granular relationships, by id
 * @param serviceRequests the service requests filed for it
 */
public record CustomerState(
    Customer customer,
    Map<InvitationId, Offer> offers,
    List<DelegationGrant> grants,
    Optional<PartnerOfRecord> partnerOfRecord,
    Map<SubscriptionId, Subscription> subscriptions,
    Set<ServiceId> trialHistory,
    Map<RelationshipId, GranularRelationship> relationships,
    List<ServiceRequest> serviceRequests) {
  /** Checks that no part is null; collections must be unmodifiable already. */
  public CustomerState {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(offers, "offers");
    Objects.requireNonNull(grants, "grants");
    Objects.requireNonNull(partnerOfRecord, "partnerOfRecord");
    Objects.requireNonNull(subscriptions, "subscriptions");
    Objects.requireNonNull(trialHistory, "trialHistory");
    Objects.requireNonNull(relationships, "relationships");
    Objects.requireNonNull(serviceRequests, "serviceRequests");
  }

  /**
   * Returns the state of a customer the program has just registered.
   *
   * @param customer the customer
   * @return a state with nothing in it
   */
  public static CustomerState of(Customer customer) {
    return new CustomerState(
        customer, Map.of(), List.of(), Optional.empty(), Map.of(), Set.of(), Map.of(), List.of());
  }
}
