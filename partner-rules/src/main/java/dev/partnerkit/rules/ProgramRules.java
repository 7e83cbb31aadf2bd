package dev.partnerkit.rules;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The partner program's rules as pure functions: each takes the state it looks at (a {@link
 * ProgramView}), the action, the time and the {@link ProgramPolicy}, and returns a {@link Decision}
 * with every reason that applies and the id of each rule broken.
 *
 * <p>This class is the rules' entry point: {@link #decide} and the read-only questions the engine
 * and the stores ask. The rules themselves live in one package-private class per family of
 * RULES.md: eligibility (ELIG) with registration (REG-1, the library's own rule), offers and trials
 * (OFFER, TRIAL), a reseller's orders, delegated administration (DA), the partner of record and
 * support (POR, SUP), clouds (CLOUD) and granular relationships (POLICY-1, GDAP).
 *
 * <p>Nothing here reads a clock, does I/O, keeps state or throws for a business "no". The same
 * inputs always give the same decision. Thread-safe: a utility class.
 */
public final class ProgramRules {
  private ProgramRules() {}

  /**
   * Decides whether {@code action} is allowed in {@code view} at {@code now} under {@code policy}.
   *
   * @param view the state the action is checked against
   * @param action the action
   * @param now the time of the action
   * @param policy the policy
   * @return allowed, or denied with every reason
   */
  public static Decision decide(
      ProgramView view, Action action, Instant now, ProgramPolicy policy) {
    return action.accept(new Decider(view, now, policy));
  }

  /** Decides each verb: the one place where a verb meets its rules. */
  private record Decider(ProgramView view, Instant now, ProgramPolicy policy)
      implements ActionVisitor<Decision> {
    @Override
    public Decision registerPartner(Action.RegisterPartner a) {
      return Eligibility.registerPartner(view, a);
    }

    @Override
    public Decision registerCustomer(Action.RegisterCustomer a) {
      return Eligibility.registerCustomer(view, a);
    }

    @Override
    public Decision signAgreement(Action.SignAgreement a) {
      return Eligibility.signAgreement(view, a);
    }

    @Override
    public Decision enroll(Action.Enroll a) {
      return Eligibility.enroll(view, a, now);
    }

    @Override
    public Decision withdraw(Action.Withdraw a) {
      return Eligibility.withdraw(view, a, now);
    }

    @Override
    public Decision sendTrialInvitation(Action.SendTrialInvitation a) {
      return Offers.sendTrialInvitation(view, a, now, policy);
    }

    @Override
    public Decision sendPurchaseOffer(Action.SendPurchaseOffer a) {
      return Offers.sendPurchaseOffer(view, a, now, policy);
    }

    @Override
    public Decision sendDelegatedAdminInvitation(Action.SendDelegatedAdminInvitation a) {
      return Offers.sendDelegatedAdminInvitation(view, a, now, policy);
    }

    @Override
    public Decision accept(Action.Accept a) {
      return Offers.accept(view, a.invitation(), a.by(), now, policy);
    }

    @Override
    public Decision decline(Action.Decline a) {
      return Offers.decline(view, a.invitation(), a.by(), now);
    }

    @Override
    public Decision revoke(Action.Revoke a) {
      return Offers.revoke(view, a.invitation(), a.by(), now);
    }

    @Override
    public Decision revokeDelegation(Action.RevokeDelegation a) {
      return Delegation.revokeDelegation(view, a);
    }

    @Override
    public Decision relinquishDelegation(Action.RelinquishDelegation a) {
      return Delegation.relinquishDelegation(view, a, now, policy);
    }

    @Override
    public Decision designatePartnerOfRecord(Action.DesignatePartnerOfRecord a) {
      return PartnerOfRecordAndSupport.designatePartnerOfRecord(view, a);
    }

    @Override
    public Decision removePartnerOfRecord(Action.RemovePartnerOfRecord a) {
      return PartnerOfRecordAndSupport.removePartnerOfRecord(view, a);
    }

    @Override
    public Decision performAdminTask(Action.PerformAdminTask a) {
      return Delegation.mayPerform(view, a.partner(), a.customer(), a.task(), now, policy);
    }

    @Override
    public Decision submitServiceRequest(Action.SubmitServiceRequest a) {
      return PartnerOfRecordAndSupport.submitServiceRequest(view, a, now, policy);
    }

    @Override
    public Decision createRelationship(Action.CreateRelationship a) {
      return granular(() -> Gdap.create(view, a, now, policy));
    }

    @Override
    public Decision updateRelationship(Action.UpdateRelationship a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.update(view, r, a, rel, s, policy));
    }

    @Override
    public Decision lockForApproval(Action.LockForApproval a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.lockForApproval(r, a, rel, s, policy));
    }

    @Override
    public Decision approveRelationship(Action.ApproveRelationship a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.approve(r, a, rel, s, policy));
    }

    @Override
    public Decision deleteRelationship(Action.DeleteRelationship a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.delete(r, a, rel, s, policy));
    }

    @Override
    public Decision terminateRelationship(Action.TerminateRelationship a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.terminate(r, a, rel, s, policy));
    }

    @Override
    public Decision removeRole(Action.RemoveRole a) {
      return onRelationship(a.id(), (r, rel, s) -> Gdap.removeRole(r, a, rel, s));
    }

    @Override
    public Decision assignAccess(Action.AssignAccess a) {
      return onRelationship(a.relationship(), (r, rel, s) -> Gdap.assignAccess(r, a, rel, s));
    }

    @Override
    public Decision placeOrder(Action.PlaceOrder a) {
      return Orders.placeOrder(view, a, now, policy);
    }

    @Override
    public Decision startTrials(Action.StartTrials a) {
      return Orders.startTrials(view, a, now, policy);
    }

    @Override
    public Decision changeLicenses(Action.ChangeLicenses a) {
      return Orders.changeLicenses(view, a, now);
    }

    @Override
    public Decision convertTrial(Action.ConvertTrial a) {
      if (NewCommerce.isNewCommerceConversion(view, a)) {
        return onSubscription(
            a.customer(),
            a.subscription(),
            Actor.partner(a.partner()),
            (r, f, about) ->
                UpgradesAndConversions.convertTrial(view, r, f, a, now, policy, about));
      }
      return Orders.convertTrial(view, a, now, policy);
    }

    @Override
    public Decision resignPartnerOfRecord(Action.ResignPartnerOfRecord a) {
      return PartnerOfRecordAndSupport.resignPartnerOfRecord(view, a);
    }

    @Override
    public Decision addReseller(Action.AddReseller a) {
      return newCommerce(() -> NewCommerce.addReseller(view, a, now, policy));
    }

    @Override
    public Decision removeReseller(Action.RemoveReseller a) {
      return newCommerce(() -> NewCommerce.removeReseller(view, a));
    }

    @Override
    public Decision sendResellerInvitation(Action.SendResellerInvitation a) {
      return newCommerce(() -> NewCommerce.sendResellerInvitation(view, a, now, policy));
    }

    @Override
    public Decision acceptCustomerAgreement(Action.AcceptCustomerAgreement a) {
      return newCommerce(() -> NewCommerce.acceptCustomerAgreement(view, a, now));
    }

    @Override
    public Decision purchase(Action.Purchase a) {
      return newCommerce(() -> NewCommerce.purchase(view, a, now, policy));
    }

    @Override
    public Decision changeSeats(Action.ChangeSeats a) {
      return onSubscription(
          a.customer(),
          a.subscription(),
          a.by(),
          (r, f, about) -> SubscriptionChanges.changeSeats(r, f, a, now, policy, about));
    }

    @Override
    public Decision cancelSubscription(Action.CancelSubscription a) {
      return onSubscription(
          a.customer(),
          a.subscription(),
          a.by(),
          (r, f, about) -> SubscriptionChanges.cancel(r, f, now, policy, about));
    }

    @Override
    public Decision setAutoRenew(Action.SetAutoRenew a) {
      return onSubscription(
          a.customer(), a.subscription(), a.by(), SubscriptionChanges::setAutoRenew);
    }

    @Override
    public Decision scheduleChange(Action.ScheduleChange a) {
      return onSubscription(
          a.customer(),
          a.subscription(),
          a.by(),
          (r, f, about) -> SubscriptionChanges.scheduleChange(view, r, f, a, now, policy, about));
    }

    @Override
    public Decision changeTerm(Action.ChangeTerm a) {
      return onSubscription(
          a.customer(),
          a.subscription(),
          a.by(),
          (r, f, about) -> SubscriptionChanges.changeTerm(r, f, a, about));
    }

    @Override
    public Decision upgrade(Action.Upgrade a) {
      return onSubscription(
          a.customer(),
          a.subscription(),
          a.by(),
          (r, f, about) -> UpgradesAndConversions.upgrade(view, r, f, a, now, policy, about));
    }

    @Override
    public Decision suspend(Action.Suspend a) {
      return onSubscription(a.customer(), a.subscription(), a.by(), SubscriptionChanges::suspend);
    }

    @Override
    public Decision reactivate(Action.Reactivate a) {
      return onSubscription(
          a.customer(), a.subscription(), a.by(), SubscriptionChanges::reactivate);
    }

    private Decision onSubscription(
        CustomerId customer, SubscriptionId id, Actor by, SubscriptionChanges.Check check) {
      return newCommerce(
          () -> SubscriptionChanges.onSubscription(view, customer, id, by, now, policy, check));
    }

    private Decision newCommerce(Supplier<Decision> rules) {
      return NewCommerce.underModernPolicy(policy, rules);
    }

    private Decision onRelationship(RelationshipId id, Gdap.Check check) {
      return granular(() -> Gdap.onExisting(view, id, now, policy, check));
    }

    private Decision granular(Supplier<Decision> rules) {
      return Gdap.underModernPolicy(policy, rules);
    }
  }

  /**
   * Returns whether a partner is certified for delegated administration at {@code now}: it signed
   * the agreement and has an active enrollment in a program that qualifies under the policy
   * (ELIG-1, ELIG-2), where a Cloud Accelerate enrollment counts only while a Cloud Essentials
   * enrollment is active too (ELIG-4). This is the one place certification is decided.
   *
   * @param partner the partner
   * @param now the time
   * @param policy the policy, for its qualifying programs
   * @return true when certified
   */
  public static boolean isCertified(Partner partner, Instant now, ProgramPolicy policy) {
    return Eligibility.isCertified(partner, now, policy);
  }

  /**
   * Decides whether a partner may perform an admin task for a customer now: with an active
   * delegated-admin grant it may perform any (DA-1, DA-4); under granular relationships only the
   * tasks their roles cover (DA-4).
   *
   * @param view the state
   * @param partner the partner
   * @param customer the customer
   * @param task the task
   * @param now the time
   * @param policy the policy, for its task coverage
   * @return allowed, or denied saying what would allow it
   */
  public static Decision mayPerform(
      ProgramView view,
      PartnerId partner,
      CustomerId customer,
      AdminTask task,
      Instant now,
      ProgramPolicy policy) {
    return Delegation.mayPerform(view, partner, customer, task, now, policy);
  }

  /**
   * Decides whether a customer may accept a partner's delegated-admin option now: the partner is
   * still certified (ELIG-5) and, under the seed policy, no other partner is the customer's active
   * delegated admin (DA-2).
   *
   * <p>This is the hot question of a portal; it allocates nothing when the answer is yes.
   *
   * @param view the state
   * @param customer the customer
   * @param partner the partner offering delegated administration
   * @param now the time
   * @param policy the policy
   * @return allowed, or denied with every reason
   */
  public static Decision mayAcceptDelegatedAdmin(
      ProgramView view, CustomerId customer, PartnerId partner, Instant now, ProgramPolicy policy) {
    return Delegation.mayAcceptDelegatedAdmin(view, customer, partner, now, policy);
  }

  /**
   * Returns the partner's active delegated-admin grant from the customer, if it holds one.
   *
   * @param customer the customer's state
   * @param partner the partner
   * @return the grant
   */
  public static Optional<DelegationGrant> activeGrant(CustomerState customer, PartnerId partner) {
    return Delegation.activeGrant(customer, partner);
  }

  /**
   * Returns the roles of the partner's relationships with the customer that are in force now.
   *
   * @param customer the customer's state
   * @param partner the partner
   * @param now the time
   * @param policy the policy
   * @return the roles; empty when no relationship is in force
   */
  public static Set<Role> rolesInForce(
      CustomerState customer, PartnerId partner, Instant now, ProgramPolicy policy) {
    return Delegation.rolesInForce(customer, partner, now, policy);
  }

  /**
   * Returns the customer's delegated admins at {@code now}: the partners with an active grant, then
   * those with a granular relationship in force. Every store answers {@link
   * ProgramStore#delegatedAdmins} with this.
   *
   * @param customer the customer's state
   * @param now the time
   * @param policy the policy
   * @return the partners, in the order they were authorized
   */
  public static Set<PartnerId> delegatedAdmins(
      CustomerState customer, Instant now, ProgramPolicy policy) {
    return Delegation.delegatedAdmins(customer, now, policy);
  }

  /**
   * Returns whether the customer is the partner's customer at {@code now}: the partner holds an
   * active grant or a granular relationship in force, is the partner of record, or sold a
   * subscription in use. Every store answers {@link ProgramStore#customersOf} with this.
   *
   * @param customer the customer's state
   * @param partner the partner
   * @param now the time
   * @param policy the policy
   * @return true when it is
   */
  public static boolean isCustomerOf(
      CustomerState customer, PartnerId partner, Instant now, ProgramPolicy policy) {
    return Delegation.isCustomerOf(customer, partner, now, policy);
  }

  /**
   * Returns whether the customer has a subscription of {@code service} in use at {@code now}, trial
   * or paid.
   *
   * @param customer the customer's state
   * @param service the service
   * @param now the time
   * @return true when owned
   */
  /**
   * Returns what the partner that bought a new-commerce subscription may still do with it at {@code
   * now}, and until when: each answer is this class's decision on the action it stands for, taken
   * by that partner at that instant (NCE-6, NCE-7, NCE-8, NCE-10, NCE-12, NCE-13).
   *
   * @param view the state
   * @param customer the customer
   * @param id the subscription
   * @param now the time
   * @param policy the policy
   * @return the options; empty when the customer has no new-commerce subscription with that id, or
   *     the policy has no new commerce (POLICY-1)
   */
  public static Optional<SubscriptionOptions> subscriptionOptions(
      ProgramView view, CustomerId customer, SubscriptionId id, Instant now, ProgramPolicy policy) {
    if (!policy.allowsNewCommerce()) {
      return Optional.empty();
    }
    Optional<SubscriptionChanges.Found> found =
        view.customer(customer).flatMap(c -> SubscriptionChanges.find(view, c, id, now, policy));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Subscription s = found.get().subscription();
    Actor seller = Actor.partner(s.getPartner().orElseThrow());
    List<RemovableSeats> removable = SubscriptionChanges.removable(found.get(), now, policy);
    int removableCount = removable.stream().mapToInt(RemovableSeats::seats).sum();
    if (removableCount > 0
        && !allowed(
            view,
            new Action.ChangeSeats(customer, id, seller, s.getLicenses() - removableCount),
            now,
            policy)) {
      removable = List.of();
    }
    Optional<Instant> cancellableUntil =
        allowed(view, new Action.CancelSubscription(customer, id, seller), now, policy)
            ? Optional.of(SubscriptionChanges.cancellableUntil(s, policy))
            : Optional.empty();
    Set<ServiceId> upgrades = new java.util.TreeSet<>();
    for (ServiceId target : found.get().service().getUpgradesTo()) {
      Action.Upgrade full =
          new Action.Upgrade(
              customer,
              id,
              seller,
              target,
              OptionalInt.empty(),
              Optional.empty(),
              Optional.empty());
      if (allowed(view, full, now, policy)) {
        upgrades.add(target);
      }
    }
    return Optional.of(
        new SubscriptionOptions(
            s,
            removable,
            cancellableUntil,
            upgrades,
            allowed(
                view, new Action.SetAutoRenew(customer, id, seller, !s.isAutoRenew()), now, policy),
            allowed(
                view,
                new Action.ScheduleChange(
                    customer, id, seller, ScheduledChange.builder().seats(s.getLicenses()).build()),
                now,
                policy),
            allowed(view, new Action.Suspend(customer, id, seller), now, policy),
            allowed(view, new Action.Reactivate(customer, id, seller), now, policy)));
  }

  private static boolean allowed(
      ProgramView view, Action action, Instant now, ProgramPolicy policy) {
    return decide(view, action, now, policy).isAllowed();
  }

  public static boolean owns(CustomerState customer, ServiceId service, Instant now) {
    return Offers.owns(customer, service, now);
  }
}
