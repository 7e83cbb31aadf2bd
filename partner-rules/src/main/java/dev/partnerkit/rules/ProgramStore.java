package dev.partnerkit.rules;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a portal calls on a program: the one door through which its state changes ({@link #apply})
 * and the questions it asks. {@link PartnerProgram} implements it on any {@link ProgramStorage}
 * (memory, a journal, PostgreSQL); an application may decorate or fake it in its own tests.
 *
 * <p>Implementations are thread-safe. Queries take the time, because time-driven changes (expiry,
 * trial end, auto-extension) follow from it.
 */
public interface ProgramStore {
  /**
   * Checks an action against the rules at {@code now} and, when allowed, applies it atomically.
   *
   * @param action the action
   * @param now the time of the action
   * @return the decision and, when allowed, the logged event
   */
  Outcome apply(Action action, Instant now);

  /**
   * Applies an action at most once under the caller's idempotency key; every repeat of the same
   * action with the same key returns the first outcome ({@link Outcome#replayed()}) and applies
   * nothing. {@link PartnerProgram} keeps keys in every storage; the default refuses, for stores
   * that keep none.
   *
   * @param action the action
   * @param now the time of the action
   * @param key the caller's key for this action
   * @return the first outcome under the key
   * @throws IdempotencyConflictException when the key was first given for a different action
   * @throws UnsupportedOperationException when the store keeps no keys
   */
  default Outcome apply(Action action, Instant now, IdempotencyKey key) {
    throw new UnsupportedOperationException(
        getClass().getName() + " keeps no idempotency keys; apply without one");
  }

  /**
   * Decides an action at {@code now} without applying it.
   *
   * @param action the action
   * @param now the time
   * @return the decision {@link #apply} would reach now
   */
  Decision decide(Action action, Instant now);

  /**
   * Decides whether the customer may accept the partner's delegated-admin option now.
   *
   * @param customer the customer
   * @param partner the partner
   * @param now the time
   * @return allowed, or denied with every reason
   */
  Decision mayAcceptDelegatedAdmin(CustomerId customer, PartnerId partner, Instant now);

  /**
   * Decides whether the partner may perform the task for the customer now, and if not, why.
   *
   * @param partner the partner
   * @param customer the customer
   * @param task the task
   * @param now the time
   * @return allowed, or denied with what would allow it
   */
  Decision mayPerform(PartnerId partner, CustomerId customer, AdminTask task, Instant now);

  /**
   * Returns a registered partner.
   *
   * @param id the partner's id
   * @return the partner
   */
  Optional<Partner> partner(PartnerId id);

  /**
   * Returns the customer's delegated admins now: partners with an active grant or a granular
   * relationship in force.
   *
   * @param customer the customer
   * @param now the time
   * @return the partners
   */
  Set<PartnerId> delegatedAdmins(CustomerId customer, Instant now);

  /**
   * Returns the customer's delegated-admin grants, active and revoked.
   *
   * @param customer the customer
   * @return the grants
   */
  List<DelegationGrant> grants(CustomerId customer);

  /**
   * Returns the customer's partner of record.
   *
   * @param customer the customer
   * @return the designation, if any
   */
  Optional<PartnerOfRecord> partnerOfRecord(CustomerId customer);

  /**
   * Returns the customer's subscriptions as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the subscriptions
   */
  List<Subscription> subscriptions(CustomerId customer, Instant now);

  /**
   * Returns an invitation or offer as it stands now.
   *
   * @param id the invitation's id
   * @param now the time
   * @return the offer
   */
  Optional<Offer> offer(InvitationId id, Instant now);

  /**
   * Returns every invitation and offer addressed to the customer, as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the offers
   */
  List<Offer> offers(CustomerId customer, Instant now);

  /**
   * Returns the invitations and offers addressed to the customer that are pending now.
   *
   * @param customer the customer
   * @param now the time
   * @return the pending offers
   */
  List<Offer> pendingInvitations(CustomerId customer, Instant now);

  /**
   * Returns a granular relationship as it stands now.
   *
   * @param id the relationship's id
   * @param now the time
   * @return the relationship
   */
  Optional<GranularRelationship> relationship(RelationshipId id, Instant now);

  /**
   * Returns the customer's granular relationships as they stand now.
   *
   * @param customer the customer
   * @param now the time
   * @return the relationships
   */
  List<GranularRelationship> relationships(CustomerId customer, Instant now);

  /**
   * Returns the partner's customers now.
   *
   * @param partner the partner
   * @param now the time
   * @return the customer ids
   */
  Set<CustomerId> customersOf(PartnerId partner, Instant now);
}
