package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.client.partnercenter.PcAgreement;
import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcTransition;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.ProgramSnapshot;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Not API: what the sandbox keeps beside the program's state: Partner Center concepts the rules do
 * not model (the seed policy's reseller relationships made by the builder or a reseller link,
 * carts, an attested agreement's contact, transitions made), invitations to tenants no customer is
 * registered under ({@link UnknownTenants}), and indexes the program's queries lack (a partner's
 * relationships, customer domains). What the program holds the facts for is derived from its state
 * instead, so that another instance or a restart answers the same: a partner's invitations, the
 * maker of a customer created through the API and taken domains ({@link CreatedCustomers}),
 * partners by MPN id, and orders (each subscription keeps its order's id).
 *
 * <p>Thread-safe: concurrent maps; the server makes changes one request at a time.
 */
public final class Directory {
  /** A cart a partner made for a customer. */
  public record Cart(PartnerId partner, CustomerId customer, PcCart cart) {}

  private record Key(CustomerId customer, String id) {}

  private record Pair(PartnerId partner, CustomerId customer) {}

  // Sorted, so that a page of a partner's customers starts at its continuation token without
  // sorting or copying all of them: listing 100,000 customers was quadratic with a hash set.
  private final Map<PartnerId, NavigableSet<CustomerId>> resellers = new ConcurrentHashMap<>();
  private final Set<Pair> removedResellers = ConcurrentHashMap.newKeySet();
  private final Map<PartnerId, Set<RelationshipId>> relationships = new ConcurrentHashMap<>();
  private final Map<Key, Cart> carts = new ConcurrentHashMap<>();
  private final Map<RelationshipId, Instant> modified = new ConcurrentHashMap<>();
  private final Map<CustomerId, List<PcAgreement>> agreements = new ConcurrentHashMap<>();
  private final Map<SubscriptionId, List<PcTransition>> transitions = new ConcurrentHashMap<>();
  private final CreatedCustomers created = new CreatedCustomers();
  private final UnknownTenants unknownTenants = new UnknownTenants();

  /**
   * Returns a directory indexing a program's state, such as a store reopened from its journal: the
   * reseller relationships the program records (NCE-1) and those of customers created through the
   * API, the partners' relationships and the customers' domains.
   *
   * @param snapshot the program's state
   * @param sequence the program's last sequence number when the snapshot was taken, or before
   * @param policy the program's policy: under one with new commerce the program's resellers are all
   *     there is (an ended relationship is its action too), under the seed policy a customer
   *     created through the API is also its maker's
   * @return the directory
   */
  public static Directory of(ProgramSnapshot snapshot, long sequence, ProgramPolicy policy) {
    Directory directory = new Directory();
    for (CustomerState state : snapshot.customers().values()) {
      CustomerId id = state.customer().getId();
      directory.created.add(state.customer());
      for (PartnerId reseller : state.resellers()) {
        directory.addReseller(reseller, id);
      }
      if (!policy.allowsNewCommerce()) {
        state.customer().getCreatedBy().ifPresent(maker -> directory.addReseller(maker, id));
      }
      for (GranularRelationship relationship : state.relationships().values()) {
        directory.addRelationship(relationship.getPartner(), relationship.getId());
      }
    }
    directory.created.seen(sequence);
    return directory;
  }

  /**
   * Returns the customers created through the API and the domains taken.
   *
   * @return the index
   */
  CreatedCustomers created() {
    return created;
  }

  /**
   * Returns the invitations sent to tenants no customer is registered under.
   *
   * @return the invitations
   */
  UnknownTenants unknownTenants() {
    return unknownTenants;
  }

  /**
   * Makes a partner a customer's reseller.
   *
   * @param partner the partner
   * @param customer the customer
   */
  public void addReseller(PartnerId partner, CustomerId customer) {
    removedResellers.remove(new Pair(partner, customer));
    resellers.computeIfAbsent(partner, p -> new ConcurrentSkipListSet<>()).add(customer);
  }

  /**
   * Ends a reseller relationship.
   *
   * @param partner the partner
   * @param customer the customer
   */
  public void removeReseller(PartnerId partner, CustomerId customer) {
    removedResellers.add(new Pair(partner, customer));
    resellers.getOrDefault(partner, Collections.emptyNavigableSet()).remove(customer);
  }

  /**
   * Returns whether this sandbox ended a partner's reseller relationship with a customer, which
   * then no longer follows from the program's state.
   *
   * @param partner the partner
   * @param customer the customer
   * @return true when it did and no later one began
   */
  public boolean isResellerRemoved(PartnerId partner, CustomerId customer) {
    return removedResellers.contains(new Pair(partner, customer));
  }

  /**
   * Returns whether a partner is a customer's reseller.
   *
   * @param partner the partner
   * @param customer the customer
   * @return true when it is
   */
  public boolean isReseller(PartnerId partner, CustomerId customer) {
    return resellers.getOrDefault(partner, Collections.emptyNavigableSet()).contains(customer);
  }

  /**
   * Returns the customers a partner resells to, as a read-only view that follows later changes.
   *
   * @param partner the partner
   * @return the customers, sorted
   */
  public NavigableSet<CustomerId> resoldBy(PartnerId partner) {
    return Collections.unmodifiableNavigableSet(
        resellers.getOrDefault(partner, Collections.emptyNavigableSet()));
  }

  /**
   * Indexes a partner's relationship.
   *
   * @param partner the partner
   * @param relationship the relationship
   */
  public void addRelationship(PartnerId partner, RelationshipId relationship) {
    relationships.computeIfAbsent(partner, p -> ConcurrentHashMap.newKeySet()).add(relationship);
  }

  /**
   * Drops a deleted relationship from the index.
   *
   * @param partner the partner
   * @param relationship the relationship
   */
  public void removeRelationship(PartnerId partner, RelationshipId relationship) {
    relationships.getOrDefault(partner, Set.of()).remove(relationship);
  }

  /**
   * Returns a partner's relationships.
   *
   * @param partner the partner
   * @return the relationship ids, sorted
   */
  public Set<RelationshipId> relationshipsOf(PartnerId partner) {
    TreeSet<RelationshipId> ids = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    ids.addAll(relationships.getOrDefault(partner, Set.of()));
    return ids;
  }

  /**
   * Records that the sandbox changed a relationship.
   *
   * @param relationship the relationship
   * @param at when
   */
  public void touch(RelationshipId relationship, Instant at) {
    modified.merge(relationship, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  /**
   * Returns when the sandbox last changed a relationship.
   *
   * @param relationship the relationship
   * @return the time, if the sandbox changed it
   */
  public Optional<Instant> modified(RelationshipId relationship) {
    return Optional.ofNullable(modified.get(relationship));
  }

  /**
   * Stores a cart.
   *
   * @param cart the cart; its id is set
   */
  public void putCart(Cart cart) {
    carts.put(new Key(cart.customer(), cart.cart().getId().orElseThrow()), cart);
  }

  /**
   * Returns a customer's cart.
   *
   * @param customer the customer
   * @param cartId the cart's id
   * @return the cart
   */
  public Optional<Cart> cart(CustomerId customer, String cartId) {
    return Optional.ofNullable(carts.get(new Key(customer, cartId)));
  }

  /**
   * Keeps an attested agreement as it was sent, for its contact and template, which the program's
   * record of the acceptance does not hold.
   *
   * @param customer the customer
   * @param agreement the agreement as recorded
   */
  public void addAgreement(CustomerId customer, PcAgreement agreement) {
    agreements.computeIfAbsent(customer, c -> new CopyOnWriteArrayList<>()).add(agreement);
  }

  /**
   * Returns the agreements attested for a customer through this sandbox, oldest first.
   *
   * @param customer the customer
   * @return the agreements
   */
  public List<PcAgreement> agreements(CustomerId customer) {
    return List.copyOf(agreements.getOrDefault(customer, List.of()));
  }

  /**
   * Records a transition of a subscription.
   *
   * @param subscription the source subscription
   * @param transition the transition as answered
   */
  public void addTransition(SubscriptionId subscription, PcTransition transition) {
    transitions.computeIfAbsent(subscription, c -> new CopyOnWriteArrayList<>()).add(transition);
  }

  /**
   * Returns the transitions of a subscription made through this sandbox, oldest first.
   *
   * @param subscription the source subscription
   * @return the transitions
   */
  public List<PcTransition> transitions(SubscriptionId subscription) {
    return List.copyOf(transitions.getOrDefault(subscription, List.of()));
  }
}
