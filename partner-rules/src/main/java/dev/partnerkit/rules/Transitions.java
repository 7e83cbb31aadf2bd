package dev.partnerkit.rules;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.AccessAssignmentId;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.ImmutableGranularRelationship;
import dev.partnerkit.model.ImmutablePartner;
import dev.partnerkit.model.ImmutableProgramEnrollment;
import dev.partnerkit.model.ImmutableSeatBatch;
import dev.partnerkit.model.ImmutableSubscription;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.OrderId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.ScheduledChange;
import dev.partnerkit.model.SeatBatch;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.ServiceRequestId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.SubscriptionStatus;
import dev.partnerkit.model.Term;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import dev.partnerkit.rules.Change.CustomerChange;
import dev.partnerkit.rules.Change.PartnerChange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How each verb changes the state: the {@link Change} an allowed action makes to the record it
 * targets, with the keys it claims and frees.
 *
 * <p>Pure and deterministic: ids of new grants, subscriptions and assignments are name-based UUIDs
 * of the invitation or relationship they come from, so replay reproduces them. Used only after
 * {@link ProgramRules#decide} allowed the action on the same view and time. One instance per
 * action; not shared between threads.
 */
final class Transitions implements ActionVisitor<Change> {
  private final ProgramView view;
  private final Instant now;
  private final ProgramPolicy policy;
  private final ServiceCatalog catalog;

  private Transitions(ProgramView view, Instant now, ProgramPolicy policy) {
    this.view = view;
    this.now = now;
    this.policy = policy;
    this.catalog = view.catalog();
  }

  /**
   * Returns the change an allowed action makes.
   *
   * @param view the state it was decided on, with its target locked
   * @param action the allowed action
   * @param now the time it takes effect
   * @param policy the policy
   * @return the change
   * @throws IllegalStateException when the action's target is not in the view, which means the
   *     rules allowed what they should have denied
   */
  static Change of(ProgramView view, Action action, Instant now, ProgramPolicy policy) {
    return action.accept(new Transitions(view, now, policy));
  }

  // ---------------------------------------------------------------- partners

  @Override
  public Change registerPartner(Action.RegisterPartner a) {
    return new PartnerChange(a.partner());
  }

  @Override
  public Change signAgreement(Action.SignAgreement a) {
    return new PartnerChange(
        ImmutablePartner.copyOf(partner(a.partner())).withAgreementSigned(true));
  }

  @Override
  public Change enroll(Action.Enroll a) {
    Partner partner = partner(a.partner());
    return new PartnerChange(
        partner.isEnrolledAt(a.program(), now)
            ? partner
            : ImmutablePartner.builder()
                .from(partner)
                .addEnrollment(ProgramEnrollment.of(a.program(), now))
                .build());
  }

  @Override
  public Change withdraw(Action.Withdraw a) {
    Partner partner = partner(a.partner());
    List<ProgramEnrollment> enrollments = new ArrayList<>();
    for (ProgramEnrollment enrollment : partner.getEnrollments()) {
      enrollments.add(
          enrollment.getProgram() == a.program() && enrollment.isActiveAt(now)
              ? ImmutableProgramEnrollment.copyOf(enrollment).withEnd(now)
              : enrollment);
    }
    return new PartnerChange(ImmutablePartner.copyOf(partner).withEnrollments(enrollments));
  }

  // ---------------------------------------------------------------- customers and offers

  @Override
  public Change registerCustomer(Action.RegisterCustomer a) {
    CustomerId id = a.customer().getId();
    return new CustomerChange(
        CustomerState.of(a.customer()), List.of(new Key.Customer(id)), List.of(), Optional.empty());
  }

  @Override
  public Change sendTrialInvitation(Action.SendTrialInvitation a) {
    return send(a);
  }

  @Override
  public Change sendPurchaseOffer(Action.SendPurchaseOffer a) {
    return send(a);
  }

  @Override
  public Change sendDelegatedAdminInvitation(Action.SendDelegatedAdminInvitation a) {
    return send(a);
  }

  @Override
  public Change sendResellerInvitation(Action.SendResellerInvitation a) {
    return send(a);
  }

  /** Returns the change an offer of any kind makes: sent now, valid for the policy's period. */
  private Change send(Action.SendsOffer a) {
    Offer offer = a.offer(now, policy.getInvitationValidity());
    return CustomerChange.linking(
        customer(a.customer()).withOffer(offer), a.partner(), new Key.Invitation(a.id()));
  }

  @Override
  public Change accept(Action.Accept a) {
    CustomerState state = addressee(a.invitation());
    return CustomerChange.of(accept(state, state.offers().get(a.invitation())));
  }

  @Override
  public Change decline(Action.Decline a) {
    return close(a.invitation(), OfferStatus.DECLINED);
  }

  @Override
  public Change revoke(Action.Revoke a) {
    return close(a.invitation(), OfferStatus.REVOKED);
  }

  private Change close(InvitationId id, OfferStatus status) {
    CustomerState state = addressee(id);
    return CustomerChange.of(state.withOffer(state.offers().get(id).close(status, now)));
  }

  // ---------------------------------------------------------------- grants, record and support

  @Override
  public Change revokeDelegation(Action.RevokeDelegation a) {
    return revokeGrant(a.customer(), a.partner());
  }

  @Override
  public Change relinquishDelegation(Action.RelinquishDelegation a) {
    return revokeGrant(a.customer(), a.by().asPartner().orElseThrow());
  }

  private Change revokeGrant(CustomerId customer, PartnerId partner) {
    CustomerState state = customer(customer);
    DelegationGrant active = ProgramRules.activeGrant(state, partner).orElseThrow();
    return CustomerChange.of(state.withGrant(active.revoke(now)));
  }

  @Override
  public Change designatePartnerOfRecord(Action.DesignatePartnerOfRecord a) {
    return CustomerChange.linking(
        customer(a.customer())
            .withPartnerOfRecord(
                Optional.of(
                    PartnerOfRecord.builder()
                        .customer(a.customer())
                        .partner(a.partner())
                        .designatedAt(now)
                        .build())),
        a.partner());
  }

  @Override
  public Change removePartnerOfRecord(Action.RemovePartnerOfRecord a) {
    return CustomerChange.of(customer(a.customer()).withPartnerOfRecord(Optional.empty()));
  }

  @Override
  public Change performAdminTask(Action.PerformAdminTask a) {
    return CustomerChange.of(customer(a.customer()));
  }

  @Override
  public Change submitServiceRequest(Action.SubmitServiceRequest a) {
    CustomerState state = customer(a.customer());
    return CustomerChange.of(
        state.withServiceRequest(
            ServiceRequest.builder()
                .id(ServiceRequestId.of("SR-" + (state.serviceRequests().size() + 1)))
                .customer(a.customer())
                .filedBy(a.by().asPartner())
                .title(a.title())
                .createdAt(now)
                .build()));
  }

  // ---------------------------------------------------------------- orders

  @Override
  public Change placeOrder(Action.PlaceOrder a) {
    CustomerState state = customer(a.customer());
    for (OrderLine line : a.lines()) {
      state =
          state.withSubscription(
              Subscription.builder()
                  .id(line.subscription())
                  .customer(a.customer())
                  .service(line.service())
                  .partner(a.partner())
                  .licenses(line.licenses())
                  .billingCycle(a.billing())
                  .start(now)
                  .end(termEnd(now, a.billing()))
                  .order(a.order())
                  .build());
    }
    return CustomerChange.linking(state, a.partner());
  }

  @Override
  public Change startTrials(Action.StartTrials a) {
    CustomerState state = customer(a.customer());
    for (OrderLine line : a.lines()) {
      state = startTrial(state, line.subscription(), line.service(), a.partner(), a.order());
    }
    return CustomerChange.linking(state, a.partner());
  }

  @Override
  public Change changeLicenses(Action.ChangeLicenses a) {
    CustomerState state = customer(a.customer());
    return CustomerChange.of(
        state.withSubscription(
            ImmutableSubscription.copyOf(state.subscriptions().get(a.subscription()))
                .withLicenses(a.licenses())));
  }

  @Override
  public Change convertTrial(Action.ConvertTrial a) {
    CustomerState state = customer(a.customer());
    if (NewCommerce.isNewCommerceConversion(view, a)) {
      // NCE-14: the id stays; a new term, auto-renew on and a new window start now.
      ImmutableSubscription trial = current(state, a.subscription());
      return CustomerChange.of(
          state.withSubscription(
              TimeDriven.startTerm(
                  trial
                      .withService(a.target())
                      .withTrial(false)
                      .withBillingCycle(a.billing())
                      .withAutoRenew(true),
                  a.term().orElseThrow(),
                  a.licenses(),
                  now)));
    }
    return CustomerChange.linking(
        state.withSubscription(
            ImmutableSubscription.copyOf(state.subscriptions().get(a.subscription()))
                .withService(a.target())
                .withPartner(a.partner())
                .withTrial(false)
                .withLicenses(a.licenses())
                .withBillingCycle(a.billing())
                .withEnd(termEnd(now, a.billing()))),
        a.partner());
  }

  @Override
  public Change resignPartnerOfRecord(Action.ResignPartnerOfRecord a) {
    return CustomerChange.of(customer(a.customer()).withPartnerOfRecord(Optional.empty()));
  }

  // ---------------------------------------------------------------- new commerce

  @Override
  public Change addReseller(Action.AddReseller a) {
    return CustomerChange.linking(customer(a.customer()).withReseller(a.partner()), a.partner());
  }

  @Override
  public Change removeReseller(Action.RemoveReseller a) {
    return CustomerChange.of(customer(a.customer()).withoutReseller(a.partner()));
  }

  @Override
  public Change acceptCustomerAgreement(Action.AcceptCustomerAgreement a) {
    return CustomerChange.of(
        customer(a.customer())
            .withCustomerAgreement(
                CustomerAgreement.builder()
                    .dateAgreed(a.date())
                    .recordedAt(now)
                    .attestedBy(a.by().asPartner())
                    .build()));
  }

  @Override
  public Change purchase(Action.Purchase a) {
    CustomerState state = customer(a.customer());
    ImmutableSubscription.Builder bought =
        ImmutableSubscription.builder()
            .id(a.id())
            .customer(a.customer())
            .service(a.service())
            .partner(a.partner())
            .start(now)
            .autoRenew(true)
            .order(a.order());
    if (a.trial()) {
      // NCE-14: the service's fixed seats and days; the trial carries the term it converts to.
      TrialTerms terms = catalog.find(a.service()).flatMap(Service::getTrial).orElseThrow();
      Instant end = now.plus(Duration.ofDays(terms.getDays()));
      Subscription trial =
          bought
              .trial(true)
              .licenses(terms.getLicenses())
              .term(Term.P1Y)
              .termStart(now)
              .end(end)
              .addSeatBatches(SeatBatch.of(terms.getLicenses(), now))
              .windowOpenedAt(now)
              .build();
      return CustomerChange.linking(
          state.withSubscription(trial).withTrialOf(a.service()), a.partner());
    }
    Term term = a.term().orElseThrow();
    Subscription paid =
        bought
            .licenses(a.seats())
            .billingCycle(a.billing())
            .term(term)
            .termStart(now)
            .end(TimeDriven.termEnd(now, term))
            .addSeatBatches(SeatBatch.of(a.seats(), now))
            .windowOpenedAt(now)
            .build();
    return CustomerChange.linking(state.withSubscription(paid), a.partner());
  }

  @Override
  public Change changeSeats(Action.ChangeSeats a) {
    CustomerState state = customer(a.customer());
    ImmutableSubscription s = current(state, a.subscription());
    int delta = a.seats() - s.getLicenses();
    if (delta == 0) {
      return CustomerChange.of(state.withSubscription(s));
    }
    List<SeatBatch> batches =
        delta > 0 ? plus(s.getSeatBatches(), SeatBatch.of(delta, now)) : minusNewest(s, -delta);
    // NCE-10: a change of seats clears what was scheduled.
    return CustomerChange.of(
        state.withSubscription(
            TimeDriven.withSeats(s, a.seats(), batches).withScheduledChange(Optional.empty())));
  }

  @Override
  public Change cancelSubscription(Action.CancelSubscription a) {
    CustomerState state = customer(a.customer());
    return CustomerChange.of(
        state.withSubscription(
            current(state, a.subscription())
                .withStatus(SubscriptionStatus.DELETED)
                .withAutoRenew(false)
                .withScheduledChange(Optional.empty())));
  }

  @Override
  public Change setAutoRenew(Action.SetAutoRenew a) {
    CustomerState state = customer(a.customer());
    ImmutableSubscription s = current(state, a.subscription()).withAutoRenew(a.enabled());
    return CustomerChange.of(
        state.withSubscription(a.enabled() ? s : s.withScheduledChange(Optional.empty())));
  }

  @Override
  public Change scheduleChange(Action.ScheduleChange a) {
    CustomerState state = customer(a.customer());
    ImmutableSubscription s = current(state, a.subscription());
    ScheduledChange merged =
        s.getScheduledChange().map(c -> c.mergedWith(a.change())).orElse(a.change());
    return CustomerChange.of(state.withSubscription(s.withScheduledChange(merged)));
  }

  @Override
  public Change changeTerm(Action.ChangeTerm a) {
    CustomerState state = customer(a.customer());
    ImmutableSubscription s = current(state, a.subscription());
    ImmutableSubscription billed = s.withBillingCycle(a.billing().or(s::getBillingCycle));
    if (a.term().isEmpty() || a.term().get() == s.getTerm().orElseThrow()) {
      return CustomerChange.of(state.withSubscription(billed));
    }
    // NCE-11: a new term starts now; seats, window and scheduled changes stay.
    Term term = a.term().get();
    return CustomerChange.of(
        state.withSubscription(
            billed.withTerm(term).withTermStart(now).withEnd(TimeDriven.termEnd(now, term))));
  }

  @Override
  public Change upgrade(Action.Upgrade a) {
    CustomerState state = customer(a.customer());
    ImmutableSubscription s =
        current(state, a.subscription()).withScheduledChange(Optional.empty());
    int moved = a.seats().orElse(s.getLicenses());
    if (moved == s.getLicenses()) {
      return CustomerChange.of(state.withSubscription(s.withService(a.to())));
    }
    state =
        state.withSubscription(
            TimeDriven.withSeats(s, s.getLicenses() - moved, minusNewest(s, moved)));
    // NCE-6, NCE-7: moved seats open no window; a new subscription keeps its source's.
    SeatBatch batch = SeatBatch.builder().seats(moved).addedAt(now).removable(false).build();
    if (a.into().isPresent()) {
      ImmutableSubscription into =
          current(state, a.into().get()).withScheduledChange(Optional.empty());
      return CustomerChange.of(
          state.withSubscription(
              TimeDriven.withSeats(
                  into, into.getLicenses() + moved, plus(into.getSeatBatches(), batch))));
    }
    return CustomerChange.of(
        state.withSubscription(
            TimeDriven.withSeats(s, moved, List.of(batch))
                .withId(a.id().orElseThrow())
                .withService(a.to())
                .withStart(now)));
  }

  @Override
  public Change suspend(Action.Suspend a) {
    CustomerState state = customer(a.customer());
    // NCE-8, NCE-10: suspending turns auto-renew off and clears what was scheduled.
    return CustomerChange.of(
        state.withSubscription(
            current(state, a.subscription())
                .withStatus(SubscriptionStatus.SUSPENDED)
                .withAutoRenew(false)
                .withScheduledChange(Optional.empty())));
  }

  @Override
  public Change reactivate(Action.Reactivate a) {
    CustomerState state = customer(a.customer());
    return CustomerChange.of(
        state.withSubscription(
            current(state, a.subscription()).withStatus(SubscriptionStatus.ACTIVE)));
  }

  /** Returns the stored subscription as it stands now: renewals the time brought are kept. */
  private ImmutableSubscription current(CustomerState state, SubscriptionId id) {
    Subscription stored = state.subscriptions().get(id);
    if (stored == null) {
      throw allowedUnknown("subscription " + id);
    }
    return ImmutableSubscription.copyOf(TimeDriven.newCommerce(stored, now, policy));
  }

  private static List<SeatBatch> plus(List<SeatBatch> batches, SeatBatch batch) {
    List<SeatBatch> result = new ArrayList<>(batches);
    result.add(batch);
    return result;
  }

  /** Returns the batches with {@code seats} taken off the most recently added first (NCE-6). */
  private static List<SeatBatch> minusNewest(Subscription s, int seats) {
    List<SeatBatch> result = new ArrayList<>(s.getSeatBatches());
    int left = seats;
    while (left > 0) {
      SeatBatch newest = result.remove(result.size() - 1);
      if (newest.getSeats() > left) {
        result.add(ImmutableSeatBatch.copyOf(newest).withSeats(newest.getSeats() - left));
        left = 0;
      } else {
        left -= newest.getSeats();
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- granular relationships

  @Override
  public Change createRelationship(Action.CreateRelationship a) {
    return CustomerChange.linking(
        customer(a.customer())
            .withRelationship(
                GranularRelationship.builder()
                    .id(a.id())
                    .partner(a.partner())
                    .customer(a.customer())
                    .displayName(a.displayName())
                    .duration(a.duration())
                    .roles(a.roles())
                    .autoExtendDuration(a.autoExtend())
                    .createdAt(now)
                    .build()),
        a.partner(),
        new Key.Relationship(a.id()),
        new Key.DisplayName(a.partner(), a.displayName(), a.id()));
  }

  @Override
  public Change updateRelationship(Action.UpdateRelationship a) {
    CustomerState state = holder(a.id());
    GranularRelationship old = state.relationships().get(a.id());
    ImmutableGranularRelationship r = ImmutableGranularRelationship.copyOf(old);
    if (a.displayName().isPresent()) {
      r = r.withDisplayName(a.displayName().get());
    }
    if (a.duration().isPresent()) {
      r = r.withDuration(a.duration().get());
    }
    if (a.roles().isPresent()) {
      r = r.withRoles(a.roles().get());
    }
    if (a.autoExtend().isPresent()) {
      r = r.withAutoExtendDuration(a.autoExtend().get());
    }
    CustomerState after = state.withRelationship(r);
    if (r.getDisplayName().equals(old.getDisplayName())) {
      return CustomerChange.of(after);
    }
    return new CustomerChange(
        after,
        List.of(new Key.DisplayName(old.getPartner(), r.getDisplayName(), a.id())),
        List.of(new Key.DisplayName(old.getPartner(), old.getDisplayName(), a.id())),
        Optional.empty());
  }

  @Override
  public Change lockForApproval(Action.LockForApproval a) {
    return changeRelationship(
        a.id(), r -> r.withStatus(RelationshipStatus.APPROVAL_PENDING).withLockedAt(now));
  }

  @Override
  public Change approveRelationship(Action.ApproveRelationship a) {
    return changeRelationship(
        a.id(),
        r ->
            r.withStatus(RelationshipStatus.ACTIVE)
                .withActivatedAt(now)
                .withEndsAt(now.plus(r.getDuration())));
  }

  @Override
  public Change deleteRelationship(Action.DeleteRelationship a) {
    CustomerState state = holder(a.id());
    GranularRelationship old = state.relationships().get(a.id());
    return new CustomerChange(
        state.withoutRelationship(a.id()),
        List.of(),
        List.of(
            new Key.Relationship(a.id()),
            new Key.DisplayName(old.getPartner(), old.getDisplayName(), a.id())),
        Optional.empty());
  }

  @Override
  public Change terminateRelationship(Action.TerminateRelationship a) {
    return changeRelationship(
        a.id(), r -> r.withStatus(RelationshipStatus.TERMINATED).withEndsAt(now));
  }

  @Override
  public Change removeRole(Action.RemoveRole a) {
    return changeRelationship(
        a.id(),
        r -> {
          Set<Role> roles = new TreeSet<>(r.getRoles());
          roles.remove(a.role());
          return r.withRoles(roles);
        });
  }

  @Override
  public Change assignAccess(Action.AssignAccess a) {
    return changeRelationship(
        a.relationship(),
        r -> {
          int n = r.getAccessAssignments().size() + 1;
          List<AccessAssignment> assignments = new ArrayList<>(r.getAccessAssignments());
          assignments.add(
              AccessAssignment.builder()
                  .id(AccessAssignmentId.of(uuid("access:" + a.relationship() + "/" + n)))
                  .securityGroup(a.securityGroup())
                  .roles(a.roles())
                  .createdAt(now)
                  .build());
          return r.withAccessAssignments(assignments);
        });
  }

  private Change changeRelationship(
      RelationshipId id, java.util.function.UnaryOperator<ImmutableGranularRelationship> change) {
    CustomerState state = holder(id);
    return CustomerChange.of(
        state.withRelationship(
            change.apply(ImmutableGranularRelationship.copyOf(state.relationships().get(id)))));
  }

  // ---------------------------------------------------------------- accepting an offer

  private CustomerState accept(CustomerState state, Offer offer) {
    if (offer instanceof TrialInvitation trial) {
      for (ServiceId service : trial.getServices()) {
        SubscriptionId id =
            SubscriptionId.of(uuid("subscription:" + offer.getId() + "/" + service));
        state = startTrial(state, id, service, offer.getPartner(), Optional.empty());
      }
    } else if (offer instanceof PurchaseOffer purchase) {
      for (OfferLine line : purchase.getLines()) {
        state = state.withSubscription(buy(state, purchase, line));
      }
    } else if (offer instanceof ResellerInvitation) {
      state = state.withReseller(offer.getPartner());
    }
    if (offer.isDelegatedAdmin() && ProgramRules.activeGrant(state, offer.getPartner()).isEmpty()) {
      state =
          state.withGrant(
              DelegationGrant.builder()
                  .id(GrantId.of(uuid("grant:" + offer.getId())))
                  .partner(offer.getPartner())
                  .customer(offer.getCustomer())
                  .origin(offer.getId())
                  .grantedAt(now)
                  .build());
    }
    return state.withOffer(offer.close(OfferStatus.ACCEPTED, now));
  }

  /** Returns the state with a new trial subscription of the service, on the catalog's terms. */
  private CustomerState startTrial(
      CustomerState state,
      SubscriptionId id,
      ServiceId service,
      PartnerId partner,
      Optional<OrderId> order) {
    TrialTerms terms = catalog.find(service).flatMap(Service::getTrial).orElseThrow();
    return state
        .withSubscription(
            Subscription.builder()
                .id(id)
                .customer(state.customer().getId())
                .service(service)
                .partner(partner)
                .licenses(terms.getLicenses())
                .trial(true)
                .start(now)
                .end(now.plus(Duration.ofDays(terms.getDays())))
                .order(order)
                .build())
        .withTrialOf(service);
  }

  /** Converts a trial (TRIAL-4), adds to a paid subscription, or starts a new one. */
  private Subscription buy(CustomerState state, PurchaseOffer offer, OfferLine line) {
    Instant termEnd = termEnd(now, offer.getBillingCycle());
    Subscription trial = null;
    Subscription paid = null;
    for (Subscription s : state.subscriptions().values()) {
      // A new-commerce subscription changes only by its own verbs (NCE-5, NCE-14).
      if (s.isNewCommerce() || !TimeDriven.isInUse(s, now)) {
        continue;
      }
      if (s.isTrial()
          && (s.getService().equals(line.getService())
              || convertsTo(s.getService(), line.getService()))) {
        if (trial == null || s.getService().equals(line.getService())) {
          trial = s;
        }
      } else if (!s.isTrial() && s.getService().equals(line.getService())) {
        paid = s;
      }
    }
    if (trial != null) {
      return ImmutableSubscription.copyOf(trial)
          .withService(line.getService())
          .withPartner(offer.getPartner())
          .withTrial(false)
          .withLicenses(line.getLicenses())
          .withBillingCycle(offer.getBillingCycle())
          .withEnd(termEnd);
    } else if (paid != null) {
      return ImmutableSubscription.copyOf(paid)
          .withLicenses(paid.getLicenses() + line.getLicenses());
    }
    return Subscription.builder()
        .id(SubscriptionId.of(uuid("subscription:" + offer.getId() + "/" + line.getService())))
        .customer(offer.getCustomer())
        .service(line.getService())
        .partner(offer.getPartner())
        .licenses(line.getLicenses())
        .billingCycle(offer.getBillingCycle())
        .start(now)
        .end(termEnd)
        .build();
  }

  private boolean convertsTo(ServiceId trial, ServiceId target) {
    return catalog.find(trial).map(s -> s.getConvertsTo().contains(target)).orElse(false);
  }

  /** Returns when a paid term that starts now ends: a month or a year on. */
  private static Instant termEnd(Instant now, BillingCycle billing) {
    return billing == BillingCycle.ANNUAL
        ? now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant()
        : now.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
  }

  // ---------------------------------------------------------------- the records changed

  private Partner partner(PartnerId id) {
    return view.partner(id).orElseThrow(() -> allowedUnknown("partner " + id));
  }

  private CustomerState customer(CustomerId id) {
    return view.customer(id).orElseThrow(() -> allowedUnknown("customer " + id));
  }

  private CustomerState addressee(InvitationId id) {
    return customer(
        view.customerOfInvitation(id).orElseThrow(() -> allowedUnknown("invitation " + id)));
  }

  private CustomerState holder(RelationshipId id) {
    return customer(
        view.customerOfRelationship(id).orElseThrow(() -> allowedUnknown("relationship " + id)));
  }

  private static IllegalStateException allowedUnknown(String what) {
    return new IllegalStateException("the rules allowed an action on an unknown " + what);
  }

  /** Returns a name-based UUID: stable ids for what an action creates. */
  private static String uuid(String name) {
    return NameUuids.of(name).toString();
  }
}
