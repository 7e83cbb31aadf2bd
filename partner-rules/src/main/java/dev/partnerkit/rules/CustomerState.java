package dev.partnerkit.rules;

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
import dev.partnerkit.rules.internal.ArraySet;
import dev.partnerkit.rules.internal.SharedList;
import dev.partnerkit.rules.internal.SharedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the program holds about one customer, as stored: the offers addressed to it, its
 * delegated-admin grants, its partner of record, its subscriptions, the services it ever had on
 * trial, its granular relationships, its service requests, its resellers and its acceptance of the
 * Microsoft Customer Agreement.
 *
 * <p>Immutable and thread-safe. Each change makes a new state that shares everything unchanged with
 * the old one: its maps and lists grow by sharing ({@link SharedMap}, {@link SharedList}), so a
 * change costs the same for a customer with a long history as for a new one. Stored statuses are
 * those set by actions: time-driven ones (an expired invitation, a lapsed trial, an auto-extended
 * relationship) are derived from them and the time by the program's queries, so replaying the log
 * never needs a clock.
 *
 * <p>Created by the program; a storage that keeps states itself reads them back with {@link
 * #restore}.
 */
public final class CustomerState {
  private final Customer customer;
  private final Map<InvitationId, Offer> offers;
  private final List<DelegationGrant> grants;
  // Null when none is designated: an Optional per customer would cost 16 bytes each.
  private final PartnerOfRecord partnerOfRecord;
  private final Map<SubscriptionId, Subscription> subscriptions;
  private final ArraySet<ServiceId> trialHistory;
  private final Map<RelationshipId, GranularRelationship> relationships;
  private final List<ServiceRequest> serviceRequests;
  private final ArraySet<PartnerId> resellers;
  // Null until recorded, for the same reason as the partner of record.
  private final CustomerAgreement agreement;

  private CustomerState(Parts parts) {
    this.customer = parts.customer;
    this.offers = Objects.requireNonNull(parts.offers, "offers");
    this.grants = Objects.requireNonNull(parts.grants, "grants");
    this.partnerOfRecord = parts.partnerOfRecord;
    this.subscriptions = Objects.requireNonNull(parts.subscriptions, "subscriptions");
    this.trialHistory = Objects.requireNonNull(parts.trialHistory, "trialHistory");
    this.relationships = Objects.requireNonNull(parts.relationships, "relationships");
    this.serviceRequests = Objects.requireNonNull(parts.serviceRequests, "serviceRequests");
    this.resellers = Objects.requireNonNull(parts.resellers, "resellers");
    this.agreement = parts.agreement;
  }

  /**
   * Returns the state of a customer the program has just registered.
   *
   * @param customer the customer
   * @return a state with nothing in it
   */
  public static CustomerState of(Customer customer) {
    return new Parts(customer).build();
  }

  /**
   * Returns a state read back from a storage that keeps states itself, such as a database; the
   * parts are copied, in their iteration order.
   *
   * @param customer the customer
   * @param offers the offers and invitations addressed to it, by id, in the order they were sent
   * @param grants its delegated-admin grants, active and revoked, in the order they were made
   * @param partnerOfRecord its partner of record, if designated
   * @param subscriptions its subscriptions, by id, in the order they started
   * @param trialHistory every service it ever had on trial (TRIAL-1)
   * @param relationships its granular relationships, by id, in the order they were created
   * @param serviceRequests the service requests filed for it, in order
   * @param resellers the partners that are its resellers (NCE-1)
   * @param agreement its recorded acceptance of the Microsoft Customer Agreement (NCE-2)
   * @return the state
   */
  public static CustomerState restore(
      Customer customer,
      Map<InvitationId, Offer> offers,
      List<DelegationGrant> grants,
      Optional<PartnerOfRecord> partnerOfRecord,
      Map<SubscriptionId, Subscription> subscriptions,
      Set<ServiceId> trialHistory,
      Map<RelationshipId, GranularRelationship> relationships,
      List<ServiceRequest> serviceRequests,
      Set<PartnerId> resellers,
      Optional<CustomerAgreement> agreement) {
    Parts parts = new Parts(customer);
    parts.offers = SharedMap.from(offers);
    parts.grants = SharedList.from(grants);
    parts.partnerOfRecord = partnerOfRecord.orElse(null);
    parts.subscriptions = SharedMap.from(subscriptions);
    parts.trialHistory = ArraySet.from(trialHistory);
    parts.relationships = SharedMap.from(relationships);
    parts.serviceRequests = SharedList.from(serviceRequests);
    parts.resellers = ArraySet.from(resellers);
    parts.agreement = agreement.orElse(null);
    return parts.build();
  }

  /**
   * Returns the customer.
   *
   * @return the customer; unmodifiable
   */
  public Customer customer() {
    return customer;
  }

  /**
   * Returns the offers and invitations addressed to it, by id, in the order they were sent.
   *
   * @return the offers; unmodifiable
   */
  public Map<InvitationId, Offer> offers() {
    return offers;
  }

  /**
   * Returns its delegated-admin grants, active and revoked, in the order they were made.
   *
   * @return the grants; unmodifiable
   */
  public List<DelegationGrant> grants() {
    return grants;
  }

  /**
   * Returns its partner of record, if designated.
   *
   * @return the partnerOfRecord; unmodifiable
   */
  public Optional<PartnerOfRecord> partnerOfRecord() {
    return Optional.ofNullable(partnerOfRecord);
  }

  /**
   * Returns its subscriptions, by id, in the order they started.
   *
   * @return the subscriptions; unmodifiable
   */
  public Map<SubscriptionId, Subscription> subscriptions() {
    return subscriptions;
  }

  /**
   * Returns every service it ever had on trial (TRIAL-1).
   *
   * @return the trialHistory; unmodifiable
   */
  public Set<ServiceId> trialHistory() {
    return trialHistory;
  }

  /**
   * Returns its granular relationships, by id, in the order they were created.
   *
   * @return the relationships; unmodifiable
   */
  public Map<RelationshipId, GranularRelationship> relationships() {
    return relationships;
  }

  /**
   * Returns the service requests filed for it, in order.
   *
   * @return the serviceRequests; unmodifiable
   */
  public List<ServiceRequest> serviceRequests() {
    return serviceRequests;
  }

  /**
   * Returns the partners that are its resellers (NCE-1).
   *
   * @return the resellers; unmodifiable
   */
  public Set<PartnerId> resellers() {
    return resellers;
  }

  /**
   * Returns its recorded acceptance of the Microsoft Customer Agreement (NCE-2), if recorded.
   *
   * @return the acceptance
   */
  public Optional<CustomerAgreement> customerAgreement() {
    return Optional.ofNullable(agreement);
  }

  /** Returns whether the other is a state with equal parts. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CustomerState o
        && customer.equals(o.customer)
        && offers.equals(o.offers)
        && grants.equals(o.grants)
        && Objects.equals(partnerOfRecord, o.partnerOfRecord)
        && subscriptions.equals(o.subscriptions)
        && trialHistory.equals(o.trialHistory)
        && relationships.equals(o.relationships)
        && serviceRequests.equals(o.serviceRequests)
        && resellers.equals(o.resellers)
        && Objects.equals(agreement, o.agreement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customer,
        offers,
        grants,
        partnerOfRecord,
        subscriptions,
        trialHistory,
        relationships,
        serviceRequests,
        resellers,
        agreement);
  }

  /** Returns a summary: the customer and how many of each thing it holds. */
  @Override
  public String toString() {
    return "CustomerState[customer="
        + customer.getId()
        + ", offers="
        + offers.size()
        + ", grants="
        + grants.size()
        + ", partnerOfRecord="
        + (partnerOfRecord == null ? "none" : partnerOfRecord.getPartner().toString())
        + ", subscriptions="
        + subscriptions.size()
        + ", relationships="
        + relationships.size()
        + ", serviceRequests="
        + serviceRequests.size()
        + "]";
  }

  /** Returns this state with the offer added, or replacing the one with its id. */
  CustomerState withOffer(Offer offer) {
    Parts parts = new Parts(this);
    parts.offers = SharedMap.put(offers, offer.getId(), offer);
    return parts.build();
  }

  /** Returns this state with the grant added, or replacing the one with its id. */
  CustomerState withGrant(DelegationGrant grant) {
    // From the end: the grant a change replaces is almost always the latest.
    int i = grants.size() - 1;
    while (i >= 0 && !grants.get(i).getId().equals(grant.getId())) {
      i--;
    }
    Parts parts = new Parts(this);
    parts.grants = i < 0 ? SharedList.append(grants, grant) : SharedList.replace(grants, i, grant);
    return parts.build();
  }

  /** Returns this state with its partner of record designated or removed. */
  CustomerState withPartnerOfRecord(Optional<PartnerOfRecord> designation) {
    if (designation.isEmpty() && partnerOfRecord == null) {
      return this;
    }
    Parts parts = new Parts(this);
    parts.partnerOfRecord = designation.orElse(null);
    return parts.build();
  }

  /** Returns this state with the subscription added, or replacing the one with its id. */
  CustomerState withSubscription(Subscription subscription) {
    Parts parts = new Parts(this);
    parts.subscriptions = SharedMap.put(subscriptions, subscription.getId(), subscription);
    return parts.build();
  }

  /** Returns this state with the service in its trial history (TRIAL-1). */
  CustomerState withTrialOf(ServiceId service) {
    if (trialHistory.contains(service)) {
      return this;
    }
    Parts parts = new Parts(this);
    parts.trialHistory = trialHistory.plus(service);
    return parts.build();
  }

  /** Returns this state with the relationship added, or replacing the one with its id. */
  CustomerState withRelationship(GranularRelationship relationship) {
    Parts parts = new Parts(this);
    parts.relationships = SharedMap.put(relationships, relationship.getId(), relationship);
    return parts.build();
  }

  /** Returns this state without the relationship. */
  CustomerState withoutRelationship(RelationshipId id) {
    Parts parts = new Parts(this);
    parts.relationships = SharedMap.from(relationships).minus(id);
    return parts.build();
  }

  /** Returns this state with the partner among its resellers (NCE-1). */
  CustomerState withReseller(PartnerId partner) {
    if (resellers.contains(partner)) {
      return this;
    }
    Parts parts = new Parts(this);
    parts.resellers = resellers.plus(partner);
    return parts.build();
  }

  /** Returns this state without the partner among its resellers. */
  CustomerState withoutReseller(PartnerId partner) {
    if (!resellers.contains(partner)) {
      return this;
    }
    Parts parts = new Parts(this);
    parts.resellers = resellers.minus(partner);
    return parts.build();
  }

  /** Returns this state with its acceptance of the Microsoft Customer Agreement recorded. */
  CustomerState withCustomerAgreement(CustomerAgreement recorded) {
    Parts parts = new Parts(this);
    parts.agreement = recorded;
    return parts.build();
  }

  /** Returns this state with the service request filed. */
  CustomerState withServiceRequest(ServiceRequest request) {
    Parts parts = new Parts(this);
    parts.serviceRequests = SharedList.append(serviceRequests, request);
    return parts.build();
  }

  /**
   * A state's parts while a state is made: empty for a new customer, read back by {@link #restore},
   * or copied from a state so that a {@code with*} method sets the one part it changes. Lives only
   * inside one method call; the state itself keeps its ten fields, so a stored customer costs no
   * more.
   */
  private static final class Parts {
    private final Customer customer;
    private Map<InvitationId, Offer> offers = Map.of();
    private List<DelegationGrant> grants = List.of();
    // Null when none is designated, as in the state.
    private PartnerOfRecord partnerOfRecord;
    private Map<SubscriptionId, Subscription> subscriptions = Map.of();
    private ArraySet<ServiceId> trialHistory = ArraySet.of();
    private Map<RelationshipId, GranularRelationship> relationships = Map.of();
    private List<ServiceRequest> serviceRequests = List.of();
    private ArraySet<PartnerId> resellers = ArraySet.of();
    // Null until recorded, as in the state.
    private CustomerAgreement agreement;

    private Parts(Customer customer) {
      this.customer = Objects.requireNonNull(customer, "customer");
    }

    private Parts(CustomerState state) {
      this.customer = state.customer;
      this.offers = state.offers;
      this.grants = state.grants;
      this.partnerOfRecord = state.partnerOfRecord;
      this.subscriptions = state.subscriptions;
      this.trialHistory = state.trialHistory;
      this.relationships = state.relationships;
      this.serviceRequests = state.serviceRequests;
      this.resellers = state.resellers;
      this.agreement = state.agreement;
    }

    private CustomerState build() {
      return new CustomerState(this);
    }
  }
}
