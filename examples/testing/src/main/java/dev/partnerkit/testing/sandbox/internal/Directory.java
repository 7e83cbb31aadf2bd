package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.client.partnercenter.PcAgreement;
import dev.partnerkit.client.partnercenter.PcCart;
import dev.partnerkit.client.partnercenter.PcOrder;
import dev.partnerkit.client.partnercenter.PcTransition;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.ProgramSnapshot;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
 * not model (the seed policy's reseller relationships, carts, orders, customer domains, an attested
 * agreement's contact, transitions made) and indexes the program's queries lack (a partner's
 * relationships and invitations, partners by MPN id).
 *
 * <p>Thread-safe: concurrent maps; the server makes changes one request at a time.
 */
public final class Directory {
  /** A cart a partner made for a customer. */
  public record Cart(PartnerId partner, CustomerId customer, PcCart cart) {}

  /** An order a partner placed for a customer. */
  public record PlacedOrder(PartnerId partner, CustomerId customer, PcOrder order) {}

  private record Key(CustomerId customer, String id) {}

  // Sorted, so that a page of a partner's customers starts at its continuation token without
  // sorting or copying all of them: listing 100,000 customers was quadratic with a hash set.
  private final Map<PartnerId, NavigableSet<CustomerId>> resellers = new ConcurrentHashMap<>();
  private final Map<String, CustomerId> domains = new ConcurrentHashMap<>();
  private final Map<PartnerId, Set<RelationshipId>> relationships = new ConcurrentHashMap<>();
  private final Map<PartnerId, Set<InvitationId>> invitations = new ConcurrentHashMap<>();
  private final Map<MpnId, PartnerId> partnersByMpn = new ConcurrentHashMap<>();
  private final Map<Key, Cart> carts = new ConcurrentHashMap<>();
  private final Map<Key, PlacedOrder> orders = new ConcurrentHashMap<>();
  private final Map<SubscriptionId, String> orderOfSubscription = new ConcurrentHashMap<>();
  private final Map<RelationshipId, Instant> modified = new ConcurrentHashMap<>();
  private final Map<CustomerId, List<PcAgreement>> agreements = new ConcurrentHashMap<>();
  private final Map<SubscriptionId, List<PcTransition>> transitions = new ConcurrentHashMap<>();

  /**
   * Returns a directory indexing a program's state, such as a store reopened from its journal.
   *
   * @param snapshot the program's state
   * @return the directory
   */
  public static Directory of(ProgramSnapshot snapshot) {
    Directory directory = new Directory();
    snapshot.partners().values().forEach(directory::addPartner);
    for (CustomerState state : snapshot.customers().values()) {
      directory.addCustomer(state.customer());
      for (PartnerId reseller : state.resellers()) {
        directory.addReseller(reseller, state.customer().getId());
      }
      for (Offer offer : state.offers().values()) {
        directory.addInvitation(offer.getPartner(), offer.getId());
      }
      for (GranularRelationship relationship : state.relationships().values()) {
        directory.addRelationship(relationship.getPartner(), relationship.getId());
      }
    }
    return directory;
  }

  /**
   * Indexes a partner by its MPN id.
   *
   * @param partner the partner
   */
  public void addPartner(Partner partner) {
    partner.getMpnId().ifPresent(mpn -> partnersByMpn.put(mpn, partner.getId()));
  }

  /**
   * Returns the partner with an MPN id.
   *
   * @param mpn the MPN id
   * @return the partner's id
   */
  public Optional<PartnerId> partnerByMpn(MpnId mpn) {
    return Optional.ofNullable(partnersByMpn.get(mpn));
  }

  /**
   * Claims a customer's domain.
   *
   * @param customer the customer
   * @return false when another customer has the domain
   */
  public boolean addCustomer(Customer customer) {
    String domain = customer.getProfile().getDomain().toLowerCase(Locale.ROOT);
    CustomerId claimed = domains.putIfAbsent(domain, customer.getId());
    return claimed == null || claimed.equals(customer.getId());
  }

  /**
   * Returns whether a domain is taken.
   *
   * @param domain the domain
   * @return true when a customer has it
   */
  public boolean isDomainTaken(String domain) {
    return domains.containsKey(domain.toLowerCase(Locale.ROOT));
  }

  /**
   * Makes a partner a customer's reseller.
   *
   * @param partner the partner
   * @param customer the customer
   */
  public void addReseller(PartnerId partner, CustomerId customer) {
    resellers.computeIfAbsent(partner, p -> new ConcurrentSkipListSet<>()).add(customer);
  }

  /**
   * Ends a reseller relationship.
   *
   * @param partner the partner
   * @param customer the customer
   */
  public void removeReseller(PartnerId partner, CustomerId customer) {
    resellers.getOrDefault(partner, Collections.emptyNavigableSet()).remove(customer);
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
   * Indexes a partner's invitation or offer.
   *
   * @param partner the partner
   * @param invitation the invitation
   */
  public void addInvitation(PartnerId partner, InvitationId invitation) {
    invitations.computeIfAbsent(partner, p -> ConcurrentHashMap.newKeySet()).add(invitation);
  }

  /**
   * Returns a partner's invitations and offers.
   *
   * @param partner the partner
   * @return the ids, sorted
   */
  public Set<InvitationId> invitationsOf(PartnerId partner) {
    TreeSet<InvitationId> ids = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    ids.addAll(invitations.getOrDefault(partner, Set.of()));
    return ids;
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
   * Stores an order and remembers which order started each of its subscriptions.
   *
   * @param order the order; its id and line items' subscription ids are set
   */
  public void putOrder(PlacedOrder order) {
    String id = order.order().getId().orElseThrow();
    orders.put(new Key(order.customer(), id), order);
    order
        .order()
        .getLineItems()
        .forEach(
            line ->
                line.getSubscriptionId()
                    .ifPresent(s -> orderOfSubscription.put(SubscriptionId.of(s), id)));
  }

  /**
   * Returns a customer's order.
   *
   * @param customer the customer
   * @param orderId the order's id
   * @return the order
   */
  public Optional<PlacedOrder> order(CustomerId customer, String orderId) {
    return Optional.ofNullable(orders.get(new Key(customer, orderId)));
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

  /**
   * Returns the order that started a subscription.
   *
   * @param subscription the subscription
   * @return the order's id, when an order started it
   */
  public Optional<String> orderOf(SubscriptionId subscription) {
    return Optional.ofNullable(orderOfSubscription.get(subscription));
  }
}
