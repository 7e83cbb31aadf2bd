package dev.partnerkit.rules;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.AccessAssignmentId;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.ImmutableGranularRelationship;
import dev.partnerkit.model.ImmutablePartner;
import dev.partnerkit.model.ImmutableProgramEnrollment;
import dev.partnerkit.model.ImmutableSubscription;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.ProgramEnrollment;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.RelationshipStatus;
import dev.partnerkit.model.Role;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.ServiceRequestId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.SubscriptionId;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.model.TrialTerms;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies allowed actions: each function returns the new state of the one customer or partner an
 * action changes. With {@link ProgramRules} (which decides) this is the whole engine, for stores of
 * one's own; {@link PartnerProgram} uses both.
 *
 * <p>Pure and deterministic: ids of new grants, subscriptions and assignments are name-based UUIDs
 * of the invitation or relationship they come from, so replay reproduces them. Call only after
 * {@link ProgramRules#decide} allowed the action on the same state and time. Thread-safe: a utility
 * class.
 */
public final class Transitions {
  private Transitions() {}

  /**
   * Returns the partner after a partner-scoped action.
   *
   * @param partner the partner before
   * @param action the allowed action
   * @param now the time
   * @return the partner after
   */
  public static Partner applyToPartner(Partner partner, Action action, Instant now) {
    if (action instanceof Action.SignAgreement) {
      return ImmutablePartner.copyOf(partner).withAgreementSigned(true);
    } else if (action instanceof Action.Enroll a) {
      return partner.isEnrolledAt(a.program(), now)
          ? partner
          : ImmutablePartner.builder()
              .from(partner)
              .addEnrollment(ProgramEnrollment.of(a.program(), now))
              .build();
    } else if (action instanceof Action.Withdraw a) {
      List<ProgramEnrollment> enrollments = new ArrayList<>();
      for (ProgramEnrollment enrollment : partner.getEnrollments()) {
        enrollments.add(
            enrollment.getProgram() == a.program() && enrollment.isActiveAt(now)
                ? ImmutableProgramEnrollment.copyOf(enrollment).withEnd(now)
                : enrollment);
      }
      return ImmutablePartner.copyOf(partner).withEnrollments(enrollments);
    }
    throw new IllegalArgumentException("not a partner action: " + action.kind());
  }

  /**
   * Returns the customer's state after a customer-scoped action.
   *
   * @param state the state before
   * @param action the allowed action
   * @param now the time
   * @param policy the policy
   * @param catalog the catalog
   * @return the state after; the same instance when the action changes nothing
   */
  public static CustomerState applyToCustomer(
      CustomerState state,
      Action action,
      Instant now,
      ProgramPolicy policy,
      ServiceCatalog catalog) {
    if (action instanceof Action.SendTrialInvitation a) {
      return withOffer(
          state,
          TrialInvitation.builder()
              .id(a.id())
              .partner(a.partner())
              .customer(a.customer())
              .sentAt(now)
              .expiresAt(now.plus(policy.getInvitationValidity()))
              .services(a.services())
              .delegatedAdmin(a.delegatedAdmin())
              .build());
    } else if (action instanceof Action.SendPurchaseOffer a) {
      return withOffer(
          state,
          PurchaseOffer.builder()
              .id(a.id())
              .partner(a.partner())
              .customer(a.customer())
              .sentAt(now)
              .expiresAt(now.plus(policy.getInvitationValidity()))
              .lines(a.lines())
              .billingCycle(a.billing())
              .delegatedAdmin(a.delegatedAdmin())
              .followsUp(a.followsUp())
              .fee(a.fee())
              .build());
    } else if (action instanceof Action.SendDelegatedAdminInvitation a) {
      return withOffer(
          state,
          DelegatedAdminInvitation.builder()
              .id(a.id())
              .partner(a.partner())
              .customer(a.customer())
              .sentAt(now)
              .expiresAt(now.plus(policy.getInvitationValidity()))
              .build());
    } else if (action instanceof Action.Accept a) {
      return accept(state, state.offers().get(a.invitation()), now, catalog);
    } else if (action instanceof Action.Decline a) {
      return withOffer(state, state.offers().get(a.invitation()).close(OfferStatus.DECLINED, now));
    } else if (action instanceof Action.Revoke a) {
      return withOffer(state, state.offers().get(a.invitation()).close(OfferStatus.REVOKED, now));
    } else if (action instanceof Action.RevokeDelegation a) {
      DelegationGrant active = ProgramRules.activeGrant(state, a.partner()).orElseThrow();
      List<DelegationGrant> grants = new ArrayList<>(state.grants().size());
      for (DelegationGrant grant : state.grants()) {
        grants.add(grant == active ? grant.revoke(now) : grant);
      }
      return with(state, List.copyOf(grants));
    } else if (action instanceof Action.DesignatePartnerOfRecord a) {
      return new CustomerState(
          state.customer(),
          state.offers(),
          state.grants(),
          Optional.of(
              PartnerOfRecord.builder()
                  .customer(a.customer())
                  .partner(a.partner())
                  .designatedAt(now)
                  .build()),
          state.subscriptions(),
          state.trialHistory(),
          state.relationships(),
          state.serviceRequests());
    } else if (action instanceof Action.RemovePartnerOfRecord) {
      return state.partnerOfRecord().isEmpty()
          ? state
          : new CustomerState(
              state.customer(),
              state.offers(),
              state.grants(),
              Optional.empty(),
              state.subscriptions(),
              state.trialHistory(),
              state.relationships(),
              state.serviceRequests());
    } else if (action instanceof Action.PerformAdminTask) {
      return state;
    } else if (action instanceof Action.SubmitServiceRequest a) {
      List<ServiceRequest> requests = new ArrayList<>(state.serviceRequests());
      requests.add(
          ServiceRequest.builder()
              .id(ServiceRequestId.of("SR-" + (requests.size() + 1)))
              .customer(a.customer())
              .filedBy(a.by().asPartner())
              .title(a.title())
              .createdAt(now)
              .build());
      return new CustomerState(
          state.customer(),
          state.offers(),
          state.grants(),
          state.partnerOfRecord(),
          state.subscriptions(),
          state.trialHistory(),
          state.relationships(),
          List.copyOf(requests));
    }
    if (action instanceof Action.PlaceOrder
        || action instanceof Action.StartTrials
        || action instanceof Action.ChangeLicenses
        || action instanceof Action.ConvertTrial) {
      return applyOrder(state, action, now, catalog);
    }
    return applyToRelationship(state, action, now);
  }

  private static CustomerState applyOrder(
      CustomerState state, Action action, Instant now, ServiceCatalog catalog) {
    Map<SubscriptionId, Subscription> subscriptions = new LinkedHashMap<>(state.subscriptions());
    Set<ServiceId> trialHistory = state.trialHistory();
    if (action instanceof Action.PlaceOrder a) {
      for (OrderLine line : a.lines()) {
        subscriptions.put(
            line.subscription(),
            Subscription.builder()
                .id(line.subscription())
                .customer(a.customer())
                .service(line.service())
                .partner(a.partner())
                .licenses(line.licenses())
                .billingCycle(a.billing())
                .start(now)
                .end(termEnd(now, a.billing()))
                .build());
      }
    } else if (action instanceof Action.StartTrials a) {
      Set<ServiceId> history = new LinkedHashSet<>(trialHistory);
      for (OrderLine line : a.lines()) {
        TrialTerms terms = catalog.find(line.service()).flatMap(Service::getTrial).orElseThrow();
        subscriptions.put(
            line.subscription(),
            Subscription.builder()
                .id(line.subscription())
                .customer(a.customer())
                .service(line.service())
                .partner(a.partner())
                .licenses(terms.getLicenses())
                .trial(true)
                .start(now)
                .end(now.plus(java.time.Duration.ofDays(terms.getDays())))
                .build());
        history.add(line.service());
      }
      trialHistory = Collections.unmodifiableSet(history);
    } else if (action instanceof Action.ChangeLicenses a) {
      subscriptions.put(
          a.subscription(),
          ImmutableSubscription.copyOf(subscriptions.get(a.subscription()))
              .withLicenses(a.licenses()));
    } else if (action instanceof Action.ConvertTrial a) {
      subscriptions.put(
          a.subscription(),
          ImmutableSubscription.copyOf(subscriptions.get(a.subscription()))
              .withService(a.target())
              .withPartner(a.partner())
              .withTrial(false)
              .withLicenses(a.licenses())
              .withBillingCycle(a.billing())
              .withEnd(termEnd(now, a.billing())));
    }
    return new CustomerState(
        state.customer(),
        state.offers(),
        state.grants(),
        state.partnerOfRecord(),
        Collections.unmodifiableMap(subscriptions),
        trialHistory,
        state.relationships(),
        state.serviceRequests());
  }

  /** Returns when a paid term that starts now ends: a month or a year on. */
  private static Instant termEnd(Instant now, BillingCycle billing) {
    return billing == BillingCycle.ANNUAL
        ? now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant()
        : now.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
  }

  private static CustomerState applyToRelationship(
      CustomerState state, Action action, Instant now) {
    if (action instanceof Action.CreateRelationship a) {
      return withRelationship(
          state,
          GranularRelationship.builder()
              .id(a.id())
              .partner(a.partner())
              .customer(a.customer())
              .displayName(a.displayName())
              .duration(a.duration())
              .roles(a.roles())
              .autoExtendDuration(a.autoExtend())
              .createdAt(now)
              .build());
    } else if (action instanceof Action.UpdateRelationship a) {
      ImmutableGranularRelationship r =
          ImmutableGranularRelationship.copyOf(state.relationships().get(a.id()));
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
      return withRelationship(state, r);
    } else if (action instanceof Action.LockForApproval a) {
      return withRelationship(
          state,
          relationship(state, a.id())
              .withStatus(RelationshipStatus.APPROVAL_PENDING)
              .withLockedAt(now));
    } else if (action instanceof Action.ApproveRelationship a) {
      ImmutableGranularRelationship r = relationship(state, a.id());
      return withRelationship(
          state,
          r.withStatus(RelationshipStatus.ACTIVE)
              .withActivatedAt(now)
              .withEndsAt(now.plus(r.getDuration())));
    } else if (action instanceof Action.DeleteRelationship a) {
      Map<RelationshipId, GranularRelationship> relationships =
          new LinkedHashMap<>(state.relationships());
      relationships.remove(a.id());
      return withRelationships(state, relationships);
    } else if (action instanceof Action.TerminateRelationship a) {
      return withRelationship(
          state,
          relationship(state, a.id()).withStatus(RelationshipStatus.TERMINATED).withEndsAt(now));
    } else if (action instanceof Action.RemoveRole a) {
      ImmutableGranularRelationship r = relationship(state, a.id());
      Set<Role> roles = EnumSet.noneOf(Role.class);
      roles.addAll(r.getRoles());
      roles.remove(a.role());
      return withRelationship(state, r.withRoles(roles));
    } else if (action instanceof Action.AssignAccess a) {
      ImmutableGranularRelationship r = relationship(state, a.relationship());
      int n = r.getAccessAssignments().size() + 1;
      AccessAssignment assignment =
          AccessAssignment.builder()
              .id(AccessAssignmentId.of(uuid("access:" + a.relationship() + "/" + n)))
              .securityGroup(a.securityGroup())
              .roles(a.roles())
              .createdAt(now)
              .build();
      List<AccessAssignment> assignments = new ArrayList<>(r.getAccessAssignments());
      assignments.add(assignment);
      return withRelationship(state, r.withAccessAssignments(assignments));
    }
    throw new IllegalArgumentException("not a customer action: " + action.kind());
  }

  private static CustomerState accept(
      CustomerState state, Offer offer, Instant now, ServiceCatalog catalog) {
    Map<SubscriptionId, Subscription> subscriptions = state.subscriptions();
    Set<ServiceId> trialHistory = state.trialHistory();
    if (offer instanceof TrialInvitation trial) {
      subscriptions = new LinkedHashMap<>(subscriptions);
      trialHistory = new LinkedHashSet<>(trialHistory);
      for (ServiceId service : trial.getServices()) {
        TrialTerms terms = catalog.find(service).flatMap(Service::getTrial).orElseThrow();
        Subscription subscription =
            Subscription.builder()
                .id(SubscriptionId.of(uuid("subscription:" + offer.getId() + "/" + service)))
                .customer(offer.getCustomer())
                .service(service)
                .partner(offer.getPartner())
                .licenses(terms.getLicenses())
                .trial(true)
                .start(now)
                .end(now.plus(java.time.Duration.ofDays(terms.getDays())))
                .build();
        subscriptions.put(subscription.getId(), subscription);
        trialHistory.add(service);
      }
      subscriptions = Collections.unmodifiableMap(subscriptions);
      trialHistory = Collections.unmodifiableSet(trialHistory);
    } else if (offer instanceof PurchaseOffer purchase) {
      subscriptions = new LinkedHashMap<>(subscriptions);
      for (OfferLine line : purchase.getLines()) {
        buy(subscriptions, purchase, line, now, catalog);
      }
      subscriptions = Collections.unmodifiableMap(subscriptions);
    }
    List<DelegationGrant> grants = state.grants();
    if (offer.isDelegatedAdmin() && ProgramRules.activeGrant(state, offer.getPartner()).isEmpty()) {
      List<DelegationGrant> more = new ArrayList<>(grants);
      more.add(
          DelegationGrant.builder()
              .id(GrantId.of(uuid("grant:" + offer.getId())))
              .partner(offer.getPartner())
              .customer(offer.getCustomer())
              .origin(offer.getId())
              .grantedAt(now)
              .build());
      grants = List.copyOf(more);
    }
    return new CustomerState(
        state.customer(),
        OrderedMap.with(state.offers(), offer.getId(), offer.close(OfferStatus.ACCEPTED, now)),
        grants,
        state.partnerOfRecord(),
        subscriptions,
        trialHistory,
        state.relationships(),
        state.serviceRequests());
  }

  /** Converts a trial (TRIAL-4), adds to a paid subscription, or starts a new one. */
  private static void buy(
      Map<SubscriptionId, Subscription> subscriptions,
      PurchaseOffer offer,
      OfferLine line,
      Instant now,
      ServiceCatalog catalog) {
    Instant termEnd = termEnd(now, offer.getBillingCycle());
    Subscription trial = null;
    Subscription paid = null;
    for (Subscription s : subscriptions.values()) {
      if (!TimeDriven.isInUse(s, now)) {
        continue;
      }
      if (s.isTrial()
          && (s.getService().equals(line.getService())
              || convertsTo(catalog, s.getService(), line.getService()))) {
        if (trial == null || s.getService().equals(line.getService())) {
          trial = s;
        }
      } else if (!s.isTrial() && s.getService().equals(line.getService())) {
        paid = s;
      }
    }
    Subscription result;
    if (trial != null) {
      result =
          ImmutableSubscription.copyOf(trial)
              .withService(line.getService())
              .withPartner(offer.getPartner())
              .withTrial(false)
              .withLicenses(line.getLicenses())
              .withBillingCycle(offer.getBillingCycle())
              .withEnd(termEnd);
    } else if (paid != null) {
      result =
          ImmutableSubscription.copyOf(paid).withLicenses(paid.getLicenses() + line.getLicenses());
    } else {
      result =
          Subscription.builder()
              .id(
                  SubscriptionId.of(
                      uuid("subscription:" + offer.getId() + "/" + line.getService())))
              .customer(offer.getCustomer())
              .service(line.getService())
              .partner(offer.getPartner())
              .licenses(line.getLicenses())
              .billingCycle(offer.getBillingCycle())
              .start(now)
              .end(termEnd)
              .build();
    }
    subscriptions.put(result.getId(), result);
  }

  private static boolean convertsTo(ServiceCatalog catalog, ServiceId trial, ServiceId target) {
    return catalog.find(trial).map(s -> s.getConvertsTo().contains(target)).orElse(false);
  }

  private static ImmutableGranularRelationship relationship(
      CustomerState state, RelationshipId id) {
    return ImmutableGranularRelationship.copyOf(state.relationships().get(id));
  }

  private static CustomerState withOffer(CustomerState state, Offer offer) {
    return new CustomerState(
        state.customer(),
        OrderedMap.with(state.offers(), offer.getId(), offer),
        state.grants(),
        state.partnerOfRecord(),
        state.subscriptions(),
        state.trialHistory(),
        state.relationships(),
        state.serviceRequests());
  }

  private static CustomerState with(CustomerState state, List<DelegationGrant> grants) {
    return new CustomerState(
        state.customer(),
        state.offers(),
        grants,
        state.partnerOfRecord(),
        state.subscriptions(),
        state.trialHistory(),
        state.relationships(),
        state.serviceRequests());
  }

  private static CustomerState withRelationship(
      CustomerState state, GranularRelationship relationship) {
    Map<RelationshipId, GranularRelationship> relationships =
        new LinkedHashMap<>(state.relationships());
    relationships.put(relationship.getId(), relationship);
    return withRelationships(state, relationships);
  }

  private static CustomerState withRelationships(
      CustomerState state, Map<RelationshipId, GranularRelationship> relationships) {
    return new CustomerState(
        state.customer(),
        state.offers(),
        state.grants(),
        state.partnerOfRecord(),
        state.subscriptions(),
        state.trialHistory(),
        Collections.unmodifiableMap(relationships),
        state.serviceRequests());
  }

  /**
   * Returns the partners a customer-scoped action links to the customer, for the program's
   * partner-to-customers index.
   *
   * @param action the action
   * @return the partner, if the action names one
   */
  public static Optional<PartnerId> partnerOf(Action action) {
    if (action instanceof Action.SendTrialInvitation a) {
      return Optional.of(a.partner());
    } else if (action instanceof Action.SendPurchaseOffer a) {
      return Optional.of(a.partner());
    } else if (action instanceof Action.SendDelegatedAdminInvitation a) {
      return Optional.of(a.partner());
    } else if (action instanceof Action.DesignatePartnerOfRecord a) {
      return Optional.of(a.partner());
    } else if (action instanceof Action.CreateRelationship a) {
      return Optional.of(a.partner());
    } else if (action instanceof Action.PlaceOrder a) {
      return Optional.of(a.partner());
    } else if (action instanceof Action.StartTrials a) {
      return Optional.of(a.partner());
    } else if (action instanceof Action.ConvertTrial a) {
      return Optional.of(a.partner());
    }
    return Optional.empty();
  }

  /**
   * Returns the customer a customer-scoped action names directly, if it names one.
   *
   * @param action the action
   * @return the customer
   */
  public static Optional<CustomerId> customerOf(Action action) {
    if (action instanceof Action.SendTrialInvitation a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.SendPurchaseOffer a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.SendDelegatedAdminInvitation a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.RevokeDelegation a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.DesignatePartnerOfRecord a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.RemovePartnerOfRecord a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.PerformAdminTask a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.SubmitServiceRequest a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.CreateRelationship a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.RegisterCustomer a) {
      return Optional.of(a.customer().getId());
    } else if (action instanceof Action.PlaceOrder a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.StartTrials a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.ChangeLicenses a) {
      return Optional.of(a.customer());
    } else if (action instanceof Action.ConvertTrial a) {
      return Optional.of(a.customer());
    }
    return Optional.empty();
  }

  /** Returns a name-based UUID: stable ids for what an action creates. */
  private static String uuid(String name) {
    return NameUuids.of(name).toString();
  }
}
