package dev.partnerkit.rules;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Money;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.Program;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialInvitation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Something a partner or customer does in the program: the verbs of the scenario format, each a
 * record. {@link PartnerProgram#apply(Action, java.time.Instant)} checks an action against the
 * rules and applies it atomically; {@link ProgramRules#decide} only checks it.
 *
 * <p>A closed union: {@link #accept(ActionVisitor)} branches on the verb with a check by the
 * compiler that every verb is handled; {@link #kind()} names it. Instances are immutable and
 * thread-safe; collections are copied on construction and nulls are refused.
 */
public sealed interface Action
    permits Action.RegisterPartner,
        Action.RegisterCustomer,
        Action.SignAgreement,
        Action.Enroll,
        Action.Withdraw,
        Action.SendTrialInvitation,
        Action.SendPurchaseOffer,
        Action.SendDelegatedAdminInvitation,
        Action.Accept,
        Action.Decline,
        Action.Revoke,
        Action.RevokeDelegation,
        Action.RelinquishDelegation,
        Action.DesignatePartnerOfRecord,
        Action.RemovePartnerOfRecord,
        Action.PerformAdminTask,
        Action.SubmitServiceRequest,
        Action.CreateRelationship,
        Action.UpdateRelationship,
        Action.LockForApproval,
        Action.ApproveRelationship,
        Action.DeleteRelationship,
        Action.TerminateRelationship,
        Action.RemoveRole,
        Action.AssignAccess,
        Action.PlaceOrder,
        Action.StartTrials,
        Action.ChangeLicenses,
        Action.ConvertTrial,
        Action.ResignPartnerOfRecord,
        Action.AddReseller,
        Action.RemoveReseller,
        Action.SendResellerInvitation,
        Action.AcceptCustomerAgreement,
        Action.Purchase,
        Action.ChangeSeats,
        Action.CancelSubscription,
        Action.SetAutoRenew,
        Action.ScheduleChange,
        Action.ChangeTerm,
        Action.Upgrade,
        Action.Suspend,
        Action.Reactivate {
  /**
   * Returns which verb this action is: the {@link ActionKind} whose record class this is.
   *
   * @return the kind
   */
  default ActionKind kind() {
    return ActionKind.of(this);
  }

  /**
   * Returns what the visitor makes of this action: calls the visitor's one method for this verb.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(ActionVisitor<R> visitor);

  /**
   * Registers a partner with the program.
   *
   * @param partner the partner
   */
  record RegisterPartner(Partner partner) implements Action {
    /** Checks that no field is null and copies collections. */
    public RegisterPartner {
      Objects.requireNonNull(partner, "RegisterPartner.partner");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.registerPartner(this);
    }
  }

  /**
   * Registers a customer with the program.
   *
   * @param customer the customer
   */
  record RegisterCustomer(Customer customer) implements Action {
    /** Checks that no field is null and copies collections. */
    public RegisterCustomer {
      Objects.requireNonNull(customer, "RegisterCustomer.customer");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.registerCustomer(this);
    }
  }

  /**
   * A partner signs the Microsoft Online Services Partner Agreement (ELIG-3).
   *
   * @param partner the partner
   */
  record SignAgreement(PartnerId partner) implements Action {
    /** Checks that no field is null and copies collections. */
    public SignAgreement {
      Objects.requireNonNull(partner, "SignAgreement.partner");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.signAgreement(this);
    }
  }

  /**
   * A partner enrolls in a program (ELIG-3, ELIG-4).
   *
   * @param partner the partner
   * @param program the program
   */
  record Enroll(PartnerId partner, Program program) implements Action {
    /** Checks that no field is null and copies collections. */
    public Enroll {
      Objects.requireNonNull(partner, "Enroll.partner");
      Objects.requireNonNull(program, "Enroll.program");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.enroll(this);
    }
  }

  /**
   * A partner's enrollment in a program ends.
   *
   * @param partner the partner
   * @param program the program
   */
  record Withdraw(PartnerId partner, Program program) implements Action {
    /** Checks that no field is null and copies collections. */
    public Withdraw {
      Objects.requireNonNull(partner, "Withdraw.partner");
      Objects.requireNonNull(program, "Withdraw.program");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.withdraw(this);
    }
  }

  /**
   * An action that sends an offer: each such verb says here, once, which offer it makes; the rules'
   * transition and anything that answers from the event (the sandbox) build the offer this way.
   */
  sealed interface SendsOffer
      permits SendTrialInvitation,
          SendPurchaseOffer,
          SendDelegatedAdminInvitation,
          SendResellerInvitation {
    /**
     * Returns the new offer's id.
     *
     * @return the id
     */
    InvitationId id();

    /**
     * Returns the sender.
     *
     * @return the partner
     */
    PartnerId partner();

    /**
     * Returns the addressee.
     *
     * @return the customer
     */
    CustomerId customer();

    /**
     * Returns the builder of this verb's kind of offer, with what only this kind has.
     *
     * @return the builder, without id, parties or times
     */
    Offer.Sending<?> offerKind();

    /**
     * Returns the pending offer this action sends.
     *
     * @param at when it is sent
     * @param validity how long it stays open (OFFER-9)
     * @return the offer
     */
    default Offer offer(Instant at, Duration validity) {
      return offerKind()
          .id(id())
          .partner(partner())
          .customer(customer())
          .sentAt(at)
          .expiresAt(at.plus(validity))
          .build();
    }
  }

  /**
   * A partner invites a customer to try services, optionally with the delegated-admin option.
   *
   * @param id the new invitation's id
   * @param partner the sender
   * @param customer the addressee
   * @param services the services to try
   * @param delegatedAdmin whether it carries the delegated-admin option
   */
  record SendTrialInvitation(
      InvitationId id,
      PartnerId partner,
      CustomerId customer,
      List<ServiceId> services,
      boolean delegatedAdmin)
      implements Action, SendsOffer {
    /** Checks that no field is null and copies collections. */
    public SendTrialInvitation {
      Objects.requireNonNull(id, "SendTrialInvitation.id");
      Objects.requireNonNull(partner, "SendTrialInvitation.partner");
      Objects.requireNonNull(customer, "SendTrialInvitation.customer");
      services = List.copyOf(services);
    }

    @Override
    public Offer.Sending<?> offerKind() {
      return TrialInvitation.builder().services(services).delegatedAdmin(delegatedAdmin);
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.sendTrialInvitation(this);
    }
  }

  /**
   * A partner offers a customer services to buy, optionally with the delegated-admin option.
   *
   * @param id the new offer's id
   * @param partner the sender
   * @param customer the addressee
   * @param lines the lines
   * @param billing the billing cycle
   * @param delegatedAdmin whether it carries the delegated-admin option
   * @param followsUp the trial invitation it follows up, if any
   * @param fee the fee per billing period, if stated
   */
  record SendPurchaseOffer(
      InvitationId id,
      PartnerId partner,
      CustomerId customer,
      List<OfferLine> lines,
      BillingCycle billing,
      boolean delegatedAdmin,
      Optional<InvitationId> followsUp,
      Optional<Money> fee)
      implements Action, SendsOffer {
    /** Checks that no field is null and copies collections. */
    public SendPurchaseOffer {
      Objects.requireNonNull(id, "SendPurchaseOffer.id");
      Objects.requireNonNull(partner, "SendPurchaseOffer.partner");
      Objects.requireNonNull(customer, "SendPurchaseOffer.customer");
      lines = List.copyOf(lines);
      Objects.requireNonNull(billing, "SendPurchaseOffer.billing");
      Objects.requireNonNull(followsUp, "SendPurchaseOffer.followsUp");
      Objects.requireNonNull(fee, "SendPurchaseOffer.fee");
    }

    @Override
    public Offer.Sending<?> offerKind() {
      return PurchaseOffer.builder()
          .lines(lines)
          .billingCycle(billing)
          .delegatedAdmin(delegatedAdmin)
          .followsUp(followsUp)
          .fee(fee);
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.sendPurchaseOffer(this);
    }
  }

  /**
   * A partner asks a customer only for delegated administration (DA-7).
   *
   * @param id the new invitation's id
   * @param partner the sender
   * @param customer the addressee
   */
  record SendDelegatedAdminInvitation(InvitationId id, PartnerId partner, CustomerId customer)
      implements Action, SendsOffer {
    /** Checks that no field is null and copies collections. */
    public SendDelegatedAdminInvitation {
      Objects.requireNonNull(id, "SendDelegatedAdminInvitation.id");
      Objects.requireNonNull(partner, "SendDelegatedAdminInvitation.partner");
      Objects.requireNonNull(customer, "SendDelegatedAdminInvitation.customer");
    }

    @Override
    public Offer.Sending<?> offerKind() {
      return DelegatedAdminInvitation.builder();
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.sendDelegatedAdminInvitation(this);
    }
  }

  /**
   * Someone accepts an invitation or offer; only the addressed customer may (OFFER-8, DA-6).
   *
   * @param invitation the invitation or offer
   * @param by who accepts
   */
  record Accept(InvitationId invitation, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public Accept {
      Objects.requireNonNull(invitation, "Accept.invitation");
      Objects.requireNonNull(by, "Accept.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.accept(this);
    }
  }

  /**
   * Someone declines an invitation or offer; only the addressed customer may (OFFER-8).
   *
   * @param invitation the invitation or offer
   * @param by who declines
   */
  record Decline(InvitationId invitation, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public Decline {
      Objects.requireNonNull(invitation, "Decline.invitation");
      Objects.requireNonNull(by, "Decline.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.decline(this);
    }
  }

  /**
   * Someone withdraws a pending invitation or offer; only its sender may (OFFER-11).
   *
   * @param invitation the invitation or offer
   * @param by who revokes
   */
  record Revoke(InvitationId invitation, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public Revoke {
      Objects.requireNonNull(invitation, "Revoke.invitation");
      Objects.requireNonNull(by, "Revoke.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.revoke(this);
    }
  }

  /**
   * Someone revokes a partner's delegated-admin grant; only the customer may (DA-5).
   *
   * @param customer the customer
   * @param partner the delegated-admin partner
   * @param by who revokes
   */
  record RevokeDelegation(CustomerId customer, PartnerId partner, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public RevokeDelegation {
      Objects.requireNonNull(customer, "RevokeDelegation.customer");
      Objects.requireNonNull(partner, "RevokeDelegation.partner");
      Objects.requireNonNull(by, "RevokeDelegation.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.revokeDelegation(this);
    }
  }

  /**
   * A partner gives up its own delegated-admin grant for a customer (DA-9).
   *
   * @param customer the customer
   * @param by who gives it up: the partner holding the grant
   */
  record RelinquishDelegation(CustomerId customer, Actor by) implements Action {
    /** Checks that no field is null. */
    public RelinquishDelegation {
      Objects.requireNonNull(customer, "RelinquishDelegation.customer");
      Objects.requireNonNull(by, "RelinquishDelegation.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.relinquishDelegation(this);
    }
  }

  /**
   * Someone designates a customer's partner of record; only the customer may (POR-1).
   *
   * @param customer the customer
   * @param partner the partner to designate
   * @param by who designates
   */
  record DesignatePartnerOfRecord(CustomerId customer, PartnerId partner, Actor by)
      implements Action {
    /** Checks that no field is null and copies collections. */
    public DesignatePartnerOfRecord {
      Objects.requireNonNull(customer, "DesignatePartnerOfRecord.customer");
      Objects.requireNonNull(partner, "DesignatePartnerOfRecord.partner");
      Objects.requireNonNull(by, "DesignatePartnerOfRecord.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.designatePartnerOfRecord(this);
    }
  }

  /**
   * Someone removes a customer's partner of record; only the customer may (POR-1).
   *
   * @param customer the customer
   * @param by who removes it
   */
  record RemovePartnerOfRecord(CustomerId customer, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public RemovePartnerOfRecord {
      Objects.requireNonNull(customer, "RemovePartnerOfRecord.customer");
      Objects.requireNonNull(by, "RemovePartnerOfRecord.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.removePartnerOfRecord(this);
    }
  }

  /**
   * A partner performs an administrative task for a customer (DA-1, DA-4).
   *
   * @param partner the partner
   * @param customer the customer
   * @param task the task
   */
  record PerformAdminTask(PartnerId partner, CustomerId customer, AdminTask task)
      implements Action {
    /** Checks that no field is null and copies collections. */
    public PerformAdminTask {
      Objects.requireNonNull(partner, "PerformAdminTask.partner");
      Objects.requireNonNull(customer, "PerformAdminTask.customer");
      Objects.requireNonNull(task, "PerformAdminTask.task");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.performAdminTask(this);
    }
  }

  /**
   * Someone files a service request with Microsoft support for a customer (SUP-1, SUP-2).
   *
   * @param customer the customer
   * @param by the customer itself or a partner acting for it
   * @param title the request's title
   */
  record SubmitServiceRequest(CustomerId customer, Actor by, String title) implements Action {
    /** Checks that no field is null and copies collections. */
    public SubmitServiceRequest {
      Objects.requireNonNull(customer, "SubmitServiceRequest.customer");
      Objects.requireNonNull(by, "SubmitServiceRequest.by");
      Objects.requireNonNull(title, "SubmitServiceRequest.title");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.submitServiceRequest(this);
    }
  }

  /**
   * A partner creates a granular delegated admin relationship with a customer (modern policy).
   *
   * @param id the new relationship's id
   * @param partner the partner
   * @param customer the customer
   * @param displayName its display name
   * @param duration its duration once approved
   * @param roles its roles
   * @param autoExtend its auto-extend duration, zero for none
   */
  record CreateRelationship(
      RelationshipId id,
      PartnerId partner,
      CustomerId customer,
      String displayName,
      Duration duration,
      Set<Role> roles,
      Duration autoExtend)
      implements Action {
    /** Checks that no field is null and copies collections. */
    public CreateRelationship {
      Objects.requireNonNull(id, "CreateRelationship.id");
      Objects.requireNonNull(partner, "CreateRelationship.partner");
      Objects.requireNonNull(customer, "CreateRelationship.customer");
      Objects.requireNonNull(displayName, "CreateRelationship.displayName");
      Objects.requireNonNull(duration, "CreateRelationship.duration");
      roles = Set.copyOf(roles);
      Objects.requireNonNull(autoExtend, "CreateRelationship.autoExtend");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.createRelationship(this);
    }
  }

  /**
   * Someone changes a relationship's display name, duration, roles or auto-extend (GDAP-3).
   *
   * @param id the relationship
   * @param by who changes it
   * @param displayName the new display name, if it changes
   * @param duration the new duration, if it changes
   * @param roles the new roles, if they change
   * @param autoExtend the new auto-extend duration, if it changes
   */
  record UpdateRelationship(
      RelationshipId id,
      Actor by,
      Optional<String> displayName,
      Optional<Duration> duration,
      Optional<Set<Role>> roles,
      Optional<Duration> autoExtend)
      implements Action {
    /** Checks that no field is null and copies collections. */
    public UpdateRelationship {
      Objects.requireNonNull(id, "UpdateRelationship.id");
      Objects.requireNonNull(by, "UpdateRelationship.by");
      Objects.requireNonNull(displayName, "UpdateRelationship.displayName");
      Objects.requireNonNull(duration, "UpdateRelationship.duration");
      roles = Objects.requireNonNull(roles, "UpdateRelationship.roles").map(Set::copyOf);
      Objects.requireNonNull(autoExtend, "UpdateRelationship.autoExtend");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.updateRelationship(this);
    }
  }

  /**
   * Someone locks a relationship for the customer's approval (GDAP-6).
   *
   * @param id the relationship
   * @param by who locks it
   */
  record LockForApproval(RelationshipId id, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public LockForApproval {
      Objects.requireNonNull(id, "LockForApproval.id");
      Objects.requireNonNull(by, "LockForApproval.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.lockForApproval(this);
    }
  }

  /**
   * Someone approves a relationship; only its customer may (DA-6).
   *
   * @param id the relationship
   * @param by who approves it
   */
  record ApproveRelationship(RelationshipId id, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public ApproveRelationship {
      Objects.requireNonNull(id, "ApproveRelationship.id");
      Objects.requireNonNull(by, "ApproveRelationship.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.approveRelationship(this);
    }
  }

  /**
   * Someone deletes a relationship still being created (GDAP-6).
   *
   * @param id the relationship
   * @param by who deletes it
   */
  record DeleteRelationship(RelationshipId id, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public DeleteRelationship {
      Objects.requireNonNull(id, "DeleteRelationship.id");
      Objects.requireNonNull(by, "DeleteRelationship.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.deleteRelationship(this);
    }
  }

  /**
   * Someone terminates an active relationship (GDAP-6).
   *
   * @param id the relationship
   * @param by who terminates it
   */
  record TerminateRelationship(RelationshipId id, Actor by) implements Action {
    /** Checks that no field is null and copies collections. */
    public TerminateRelationship {
      Objects.requireNonNull(id, "TerminateRelationship.id");
      Objects.requireNonNull(by, "TerminateRelationship.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.terminateRelationship(this);
    }
  }

  /**
   * Someone removes a role from a relationship (GDAP-3, GDAP-11).
   *
   * @param id the relationship
   * @param by who removes it
   * @param role the role to remove
   */
  record RemoveRole(RelationshipId id, Actor by, Role role) implements Action {
    /** Checks that no field is null and copies collections. */
    public RemoveRole {
      Objects.requireNonNull(id, "RemoveRole.id");
      Objects.requireNonNull(by, "RemoveRole.by");
      Objects.requireNonNull(role, "RemoveRole.role");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.removeRole(this);
    }
  }

  /**
   * Someone gives a security group some of an active relationship's roles (GDAP-7).
   *
   * @param relationship the relationship
   * @param by who assigns
   * @param securityGroup the security group
   * @param roles the roles to give
   */
  record AssignAccess(RelationshipId relationship, Actor by, String securityGroup, Set<Role> roles)
      implements Action {
    /** Checks that no field is null and copies collections. */
    public AssignAccess {
      Objects.requireNonNull(relationship, "AssignAccess.relationship");
      Objects.requireNonNull(by, "AssignAccess.by");
      Objects.requireNonNull(securityGroup, "AssignAccess.securityGroup");
      roles = Set.copyOf(roles);
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.assignAccess(this);
    }
  }

  /**
   * A partner orders paid subscriptions for a customer directly, as a reseller does with Partner
   * Center's orders and carts (OFFER-2 to OFFER-7). Each line starts a new subscription with the id
   * it names.
   *
   * @param partner the partner ordering
   * @param customer the customer the subscriptions are for
   * @param lines the lines, one new subscription each
   * @param billing the billing cycle of every line
   * @param order the order's id, kept on each new subscription ({@link Subscription#getOrder()});
   *     empty when the caller numbers no orders
   */
  record PlaceOrder(
      PartnerId partner,
      CustomerId customer,
      List<OrderLine> lines,
      BillingCycle billing,
      Optional<OrderId> order)
      implements Action {
    /** Checks that no field is null and copies collections. */
    public PlaceOrder {
      Objects.requireNonNull(partner, "PlaceOrder.partner");
      Objects.requireNonNull(customer, "PlaceOrder.customer");
      lines = List.copyOf(lines);
      Objects.requireNonNull(billing, "PlaceOrder.billing");
      Objects.requireNonNull(order, "PlaceOrder.order");
    }

    /**
     * An order with no order id.
     *
     * @param partner the partner ordering
     * @param customer the customer the subscriptions are for
     * @param lines the lines, one new subscription each
     * @param billing the billing cycle of every line
     */
    public PlaceOrder(
        PartnerId partner, CustomerId customer, List<OrderLine> lines, BillingCycle billing) {
      this(partner, customer, lines, billing, Optional.empty());
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.placeOrder(this);
    }
  }

  /**
   * A partner orders trials of services for a customer directly, as a reseller does by ordering
   * trial offers (TRIAL-1, TRIAL-2, TRIAL-3). Each line starts a trial subscription with the id it
   * names and the catalog's trial license count.
   *
   * @param partner the partner ordering
   * @param customer the customer the trials are for
   * @param lines the lines, one trial each; each line's licenses must be the trial's license count
   * @param order the order's id, kept on each new trial ({@link Subscription#getOrder()}); empty
   *     when the caller numbers no orders
   */
  record StartTrials(
      PartnerId partner, CustomerId customer, List<OrderLine> lines, Optional<OrderId> order)
      implements Action {
    /** Checks that no field is null and copies collections. */
    public StartTrials {
      Objects.requireNonNull(partner, "StartTrials.partner");
      Objects.requireNonNull(customer, "StartTrials.customer");
      lines = List.copyOf(lines);
      Objects.requireNonNull(order, "StartTrials.order");
    }

    /**
     * Trials ordered with no order id.
     *
     * @param partner the partner ordering
     * @param customer the customer the trials are for
     * @param lines the lines, one trial each
     */
    public StartTrials(PartnerId partner, CustomerId customer, List<OrderLine> lines) {
      this(partner, customer, lines, Optional.empty());
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.startTrials(this);
    }
  }

  /**
   * The partner that sold a paid subscription changes its license count (OFFER-4, TRIAL-2).
   *
   * @param partner the partner changing it
   * @param customer the customer that owns the subscription
   * @param subscription the subscription
   * @param licenses the new license count
   */
  record ChangeLicenses(
      PartnerId partner, CustomerId customer, SubscriptionId subscription, int licenses)
      implements Action {
    /** Checks that no field is null. */
    public ChangeLicenses {
      Objects.requireNonNull(partner, "ChangeLicenses.partner");
      Objects.requireNonNull(customer, "ChangeLicenses.customer");
      Objects.requireNonNull(subscription, "ChangeLicenses.subscription");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.changeLicenses(this);
    }
  }

  /**
   * The partner that started a trial converts it to a paid subscription of the same service or of
   * one of its conversion targets; the subscription keeps its id (TRIAL-4).
   *
   * @param partner the partner converting it
   * @param customer the customer that owns the trial
   * @param subscription the trial subscription
   * @param target the paid service it becomes
   * @param licenses the paid license count
   * @param billing the paid billing cycle
   * @param term the new-commerce term; present, a new-commerce trial converts early under NCE-14
   */
  record ConvertTrial(
      PartnerId partner,
      CustomerId customer,
      SubscriptionId subscription,
      ServiceId target,
      int licenses,
      BillingCycle billing,
      Optional<Term> term)
      implements Action {
    /**
     * Makes a conversion of a trial of the older programs, with no new-commerce term.
     *
     * @param partner the partner converting it
     * @param customer the customer that owns the trial
     * @param subscription the trial subscription
     * @param target the paid service it becomes
     * @param licenses the paid license count
     * @param billing the paid billing cycle
     */
    public ConvertTrial(
        PartnerId partner,
        CustomerId customer,
        SubscriptionId subscription,
        ServiceId target,
        int licenses,
        BillingCycle billing) {
      this(partner, customer, subscription, target, licenses, billing, Optional.empty());
    }

    /** Checks that no field is null. */
    public ConvertTrial {
      Objects.requireNonNull(term, "ConvertTrial.term");
      Objects.requireNonNull(partner, "ConvertTrial.partner");
      Objects.requireNonNull(customer, "ConvertTrial.customer");
      Objects.requireNonNull(subscription, "ConvertTrial.subscription");
      Objects.requireNonNull(target, "ConvertTrial.target");
      Objects.requireNonNull(billing, "ConvertTrial.billing");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.convertTrial(this);
    }
  }

  /**
   * The partner of record steps down for a customer (POR-6); the customer then has none.
   *
   * @param customer the customer
   * @param by who acts: only the partner of record may
   */
  record ResignPartnerOfRecord(CustomerId customer, Actor by) implements Action {
    /** Checks that no field is null. */
    public ResignPartnerOfRecord {
      Objects.requireNonNull(customer, "ResignPartnerOfRecord.customer");
      Objects.requireNonNull(by, "ResignPartnerOfRecord.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.resignPartnerOfRecord(this);
    }
  }

  /**
   * Records that a partner is a customer's reseller from the start (NCE-1): the relationship a
   * scenario's {@code resellers} declares, as the engine records registrations.
   *
   * @param partner the reseller
   * @param customer the customer
   */
  record AddReseller(PartnerId partner, CustomerId customer) implements Action {
    /** Checks that no field is null. */
    public AddReseller {
      Objects.requireNonNull(partner, "AddReseller.partner");
      Objects.requireNonNull(customer, "AddReseller.customer");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.addReseller(this);
    }
  }

  /**
   * A partner ends its reseller relationship with a customer (NCE-1), as Partner Center's {@code
   * relationshipToPartner: none} does: from then on it transacts for the customer no more, until
   * the customer accepts it again. The partner must be the customer's reseller. Ending it changes
   * nothing else: subscriptions it sold stay, though it may no longer change them, and so do
   * grants, relationships and the partner of record.
   *
   * @param partner the reseller
   * @param customer the customer
   */
  record RemoveReseller(PartnerId partner, CustomerId customer) implements Action {
    /** Checks that no field is null. */
    public RemoveReseller {
      Objects.requireNonNull(partner, "RemoveReseller.partner");
      Objects.requireNonNull(customer, "RemoveReseller.customer");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.removeReseller(this);
    }
  }

  /**
   * A partner asks a customer to accept it as its reseller (NCE-1): Partner Center's reseller
   * relationship request. The customer answers it with {@link Accept} or {@link Decline} like any
   * invitation; accepting makes the partner its reseller.
   *
   * @param id the new invitation's id
   * @param partner the sender, the reseller to be
   * @param customer the addressee
   */
  record SendResellerInvitation(InvitationId id, PartnerId partner, CustomerId customer)
      implements Action, SendsOffer {
    /** Checks that no field is null. */
    public SendResellerInvitation {
      Objects.requireNonNull(id, "SendResellerInvitation.id");
      Objects.requireNonNull(partner, "SendResellerInvitation.partner");
      Objects.requireNonNull(customer, "SendResellerInvitation.customer");
    }

    @Override
    public Offer.Sending<?> offerKind() {
      return ResellerInvitation.builder();
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.sendResellerInvitation(this);
    }
  }

  /**
   * Records the customer's acceptance of the Microsoft Customer Agreement (NCE-2), by the customer
   * or attested by one of its resellers.
   *
   * @param customer the customer
   * @param by the customer, or a reseller attesting
   * @param date when the customer agreed; not in the future
   */
  record AcceptCustomerAgreement(CustomerId customer, Actor by, Instant date) implements Action {
    /** Checks that no field is null. */
    public AcceptCustomerAgreement {
      Objects.requireNonNull(customer, "AcceptCustomerAgreement.customer");
      Objects.requireNonNull(by, "AcceptCustomerAgreement.by");
      Objects.requireNonNull(date, "AcceptCustomerAgreement.date");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.acceptCustomerAgreement(this);
    }
  }

  /**
   * A reseller buys a new-commerce subscription for a customer (NCE-1 to NCE-4), or starts a
   * new-commerce trial of the service's fixed seats and days (NCE-14).
   *
   * @param id the new subscription's id
   * @param partner the reseller buying
   * @param customer the customer
   * @param service the service
   * @param seats the seats; 0 for a trial, which takes the service's
   * @param term the term; empty for a trial
   * @param billing the billing frequency; empty for a trial
   * @param trial whether it is a trial
   * @param order the order's id, kept on the new subscription ({@link Subscription#getOrder()});
   *     empty when the caller numbers no orders
   */
  record Purchase(
      SubscriptionId id,
      PartnerId partner,
      CustomerId customer,
      ServiceId service,
      int seats,
      Optional<Term> term,
      Optional<BillingCycle> billing,
      boolean trial,
      Optional<OrderId> order)
      implements Action {
    /** Checks that no field is null. */
    public Purchase {
      Objects.requireNonNull(id, "Purchase.id");
      Objects.requireNonNull(partner, "Purchase.partner");
      Objects.requireNonNull(customer, "Purchase.customer");
      Objects.requireNonNull(service, "Purchase.service");
      Objects.requireNonNull(term, "Purchase.term");
      Objects.requireNonNull(billing, "Purchase.billing");
      Objects.requireNonNull(order, "Purchase.order");
    }

    /**
     * Returns this purchase under an order id, its other fields unchanged.
     *
     * @param orderId the order's id
     * @return the purchase
     */
    public Purchase inOrder(OrderId orderId) {
      return new Purchase(
          id, partner, customer, service, seats, term, billing, trial, Optional.of(orderId));
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.purchase(this);
    }
  }

  /**
   * The partner that bought a subscription changes its seats now (NCE-5, NCE-6).
   *
   * @param customer the customer
   * @param subscription the subscription
   * @param by who acts
   * @param seats the new total
   */
  record ChangeSeats(CustomerId customer, SubscriptionId subscription, Actor by, int seats)
      implements Action {
    /** Checks that no field is null. */
    public ChangeSeats {
      Objects.requireNonNull(customer, "ChangeSeats.customer");
      Objects.requireNonNull(subscription, "ChangeSeats.subscription");
      Objects.requireNonNull(by, "ChangeSeats.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.changeSeats(this);
    }
  }

  /**
   * The partner that bought a subscription cancels it within its window (NCE-7); it is deleted at
   * once.
   *
   * @param customer the customer
   * @param subscription the subscription
   * @param by who acts
   */
  record CancelSubscription(CustomerId customer, SubscriptionId subscription, Actor by)
      implements Action {
    /** Checks that no field is null. */
    public CancelSubscription {
      Objects.requireNonNull(customer, "CancelSubscription.customer");
      Objects.requireNonNull(subscription, "CancelSubscription.subscription");
      Objects.requireNonNull(by, "CancelSubscription.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.cancelSubscription(this);
    }
  }

  /**
   * The partner that bought a subscription turns its auto-renew on or off (NCE-8).
   *
   * @param customer the customer
   * @param subscription the subscription
   * @param by who acts
   * @param enabled whether auto-renew is to be on
   */
  record SetAutoRenew(CustomerId customer, SubscriptionId subscription, Actor by, boolean enabled)
      implements Action {
    /** Checks that no field is null. */
    public SetAutoRenew {
      Objects.requireNonNull(customer, "SetAutoRenew.customer");
      Objects.requireNonNull(subscription, "SetAutoRenew.subscription");
      Objects.requireNonNull(by, "SetAutoRenew.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.setAutoRenew(this);
    }
  }

  /**
   * The partner that bought a subscription schedules changes for its next term (NCE-10).
   *
   * @param customer the customer
   * @param subscription the subscription
   * @param by who acts
   * @param change the fields to schedule; those it leaves empty keep what was scheduled
   */
  record ScheduleChange(
      CustomerId customer, SubscriptionId subscription, Actor by, ScheduledChange change)
      implements Action {
    /** Checks that no field is null. */
    public ScheduleChange {
      Objects.requireNonNull(customer, "ScheduleChange.customer");
      Objects.requireNonNull(subscription, "ScheduleChange.subscription");
      Objects.requireNonNull(by, "ScheduleChange.by");
      Objects.requireNonNull(change, "ScheduleChange.change");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.scheduleChange(this);
    }
  }

  /**
   * The partner that bought a subscription changes its term or billing frequency now (NCE-11).
   *
   * @param customer the customer
   * @param subscription the subscription
   * @param by who acts
   * @param term the new term, if it changes
   * @param billing the new billing frequency, if it changes
   */
  record ChangeTerm(
      CustomerId customer,
      SubscriptionId subscription,
      Actor by,
      Optional<Term> term,
      Optional<BillingCycle> billing)
      implements Action {
    /** Checks that no field is null. */
    public ChangeTerm {
      Objects.requireNonNull(customer, "ChangeTerm.customer");
      Objects.requireNonNull(subscription, "ChangeTerm.subscription");
      Objects.requireNonNull(by, "ChangeTerm.by");
      Objects.requireNonNull(term, "ChangeTerm.term");
      Objects.requireNonNull(billing, "ChangeTerm.billing");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.changeTerm(this);
    }
  }

  /**
   * The partner that bought a subscription upgrades all or some of its seats to an upgrade target
   * (NCE-12).
   *
   * @param customer the customer
   * @param subscription the source subscription
   * @param by who acts
   * @param to the target service
   * @param seats the seats to move; empty or all of them for a full upgrade
   * @param into an existing subscription of the target service to move them into
   * @param id the new subscription's id of a partial upgrade not into an existing one
   */
  record Upgrade(
      CustomerId customer,
      SubscriptionId subscription,
      Actor by,
      ServiceId to,
      OptionalInt seats,
      Optional<SubscriptionId> into,
      Optional<SubscriptionId> id)
      implements Action {
    /** Checks that no field is null. */
    public Upgrade {
      Objects.requireNonNull(customer, "Upgrade.customer");
      Objects.requireNonNull(subscription, "Upgrade.subscription");
      Objects.requireNonNull(by, "Upgrade.by");
      Objects.requireNonNull(to, "Upgrade.to");
      Objects.requireNonNull(seats, "Upgrade.seats");
      Objects.requireNonNull(into, "Upgrade.into");
      Objects.requireNonNull(id, "Upgrade.id");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.upgrade(this);
    }
  }

  /**
   * The partner that bought a subscription suspends it (NCE-13); suspending turns auto-renew off
   * (NCE-8).
   *
   * @param customer the customer
   * @param subscription the subscription
   * @param by who acts
   */
  record Suspend(CustomerId customer, SubscriptionId subscription, Actor by) implements Action {
    /** Checks that no field is null. */
    public Suspend {
      Objects.requireNonNull(customer, "Suspend.customer");
      Objects.requireNonNull(subscription, "Suspend.subscription");
      Objects.requireNonNull(by, "Suspend.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.suspend(this);
    }
  }

  /**
   * The partner that bought a subscription reactivates it before its term ends (NCE-13).
   *
   * @param customer the customer
   * @param subscription the subscription
   * @param by who acts
   */
  record Reactivate(CustomerId customer, SubscriptionId subscription, Actor by) implements Action {
    /** Checks that no field is null. */
    public Reactivate {
      Objects.requireNonNull(customer, "Reactivate.customer");
      Objects.requireNonNull(subscription, "Reactivate.subscription");
      Objects.requireNonNull(by, "Reactivate.by");
    }

    @Override
    public <R> R accept(ActionVisitor<R> visitor) {
      return visitor.reactivate(this);
    }
  }
}
