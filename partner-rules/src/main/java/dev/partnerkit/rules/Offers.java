package dev.partnerkit.rules;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.Service;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.Subscription;
import dev.partnerkit.model.TrialInvitation;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of offers and trials (OFFER, TRIAL): sending trial invitations, purchase offers and
 * delegated-admin invitations, answering and revoking them, and the checks of what is offered that
 * orders share (OFFER-2 to OFFER-7, TRIAL-1, TRIAL-3).
 *
 * <p>Pure functions of the state, the action, the time and the policy; a utility class.
 */
final class Offers {
  /** What an uncertified partner cannot do here (ELIG-1), and what to do instead. */
  private static final String OPTION =
      "offer the delegated-admin option; drop the option or certify the partner first";

  private Offers() {}

  static Decision sendTrialInvitation(
      ProgramView view, Action.SendTrialInvitation a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Parties> known = parties(view, reasons, a.id(), a.partner(), a.customer());
    if (known.isEmpty()) {
      return reasons.decision();
    }
    Parties parties = known.get();
    About about = about(a.id(), a.partner(), a.customer());
    requireAgreement(reasons, parties.partner, about);
    Set<Capability> needed = EnumSet.of(Capability.TRIAL_INVITATIONS);
    if (a.delegatedAdmin()) {
      needed.add(Capability.DELEGATED_ADMIN);
    }
    Clouds.checkClouds(reasons, parties.partner, parties.customer.customer(), needed, now, policy);
    if (a.services().isEmpty()) {
      reasons.add(Rule.OFFER_1, "A trial invitation must name one or more services.", about);
    }
    checkDuplicates(reasons, a.services(), about);
    for (ServiceId id : new java.util.LinkedHashSet<>(a.services())) {
      Optional<Service> service =
          authorizedService(view, reasons, parties.partner, id, about, "offer");
      if (service.isEmpty()) {
        continue;
      }
      if (service.get().getTrial().isEmpty()) {
        noTrial(reasons, service.get(), "offer it in a purchase offer instead", about);
      }
      checkTrialEligibility(reasons, parties.customer, id, now);
      checkPrerequisite(
          reasons, parties.customer, service.get(), a.services(), now, about, "offer");
    }
    if (a.delegatedAdmin()) {
      Eligibility.requireCertified(reasons, parties.partner, now, policy, OPTION);
    }
    return reasons.decision();
  }

  static Decision sendPurchaseOffer(
      ProgramView view, Action.SendPurchaseOffer a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Parties> known = parties(view, reasons, a.id(), a.partner(), a.customer());
    if (known.isEmpty()) {
      return reasons.decision();
    }
    Parties parties = known.get();
    About about = about(a.id(), a.partner(), a.customer());
    requireAgreement(reasons, parties.partner, about);
    Set<Capability> needed = EnumSet.of(Capability.PURCHASE_OFFERS);
    if (a.delegatedAdmin()) {
      needed.add(Capability.DELEGATED_ADMIN);
    }
    Clouds.checkClouds(reasons, parties.partner, parties.customer.customer(), needed, now, policy);
    if (a.lines().isEmpty()) {
      reasons.add(Rule.OFFER_2, "A purchase offer must have one or more lines.", about);
    }
    List<ServiceId> ids = new ArrayList<>(a.lines().size());
    for (OfferLine line : a.lines()) {
      ids.add(line.getService());
    }
    checkDuplicates(reasons, ids, about);
    requireKnownBilling(reasons, a.billing(), about);
    for (OfferLine line : a.lines()) {
      checkLineLicenses(reasons, line.getService(), line.getLicenses(), about);
      Optional<Service> found =
          authorizedService(view, reasons, parties.partner, line.getService(), about, "offer");
      if (found.isEmpty()) {
        continue;
      }
      Service service = found.get();
      checkLineBounds(reasons, service, line.getLicenses(), about);
      checkBilling(reasons, service, a.billing(), about);
      checkPrerequisite(reasons, parties.customer, service, ids, now, about, "offer");
    }
    if (a.followsUp().isPresent()) {
      InvitationId trialId = a.followsUp().get();
      Offer followed = parties.customer.offers().get(trialId);
      if (!(followed instanceof TrialInvitation) || !followed.getPartner().equals(a.partner())) {
        reasons.add(
            Rule.OFFER_10,
            "The offer follows up "
                + trialId
                + ", which is not a trial invitation from partner "
                + a.partner()
                + " to this customer; name one, or leave followsUp out (it is never required).",
            about);
      }
    }
    if (a.delegatedAdmin()) {
      Eligibility.requireCertified(reasons, parties.partner, now, policy, OPTION);
    }
    return reasons.decision();
  }

  static Decision sendDelegatedAdminInvitation(
      ProgramView view, Action.SendDelegatedAdminInvitation a, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Parties> known = parties(view, reasons, a.id(), a.partner(), a.customer());
    if (known.isEmpty()) {
      return reasons.decision();
    }
    Parties parties = known.get();
    About about = about(a.id(), a.partner(), a.customer());
    requireAgreement(reasons, parties.partner, about);
    Clouds.checkClouds(
        reasons,
        parties.partner,
        parties.customer.customer(),
        Delegation.DELEGATED_ADMIN,
        now,
        policy);
    Eligibility.requireCertified(reasons, parties.partner, now, policy, OPTION);
    return reasons.decision();
  }

  /**
   * OFFER-12: the partner features are open only to a partner that signed the Microsoft Online
   * Services Partner Agreement.
   */
  private static void requireAgreement(Reasons reasons, Partner partner, About about) {
    if (!partner.isAgreementSigned()) {
      reasons.add(
          Rule.OFFER_12,
          "Partner "
              + partner.getId()
              + " has not signed the Microsoft Online Services Partner Agreement; sign it before"
              + " sending invitations or offers.",
          about);
    }
  }

  /** The sender and addressee of a new offer, once both are known. */
  private record Parties(Partner partner, CustomerState customer) {}

  /** Returns the sender and addressee of a new offer, adding a reason for each that is unknown. */
  private static Optional<Parties> parties(
      ProgramView view,
      Reasons reasons,
      InvitationId id,
      PartnerId partnerId,
      CustomerId customerId) {
    Optional<Partner> partner = view.partner(partnerId);
    Optional<CustomerState> customer = view.customer(customerId);
    if (partner.isEmpty()) {
      reasons.add(Messages.unknownPartner(Rule.OFFER_3, partnerId));
    }
    if (customer.isEmpty()) {
      reasons.add(Messages.unknownCustomer(Rule.OFFER_8, customerId));
    }
    if (view.customerOfInvitation(id).isPresent()) {
      reasons.add(Messages.invitationIdInUse(id));
    }
    return reasons.any()
        ? Optional.empty()
        : Optional.of(new Parties(partner.get(), customer.get()));
  }

  static void checkDuplicates(Reasons reasons, List<ServiceId> services, About about) {
    Set<ServiceId> seen = new HashSet<>();
    Set<ServiceId> repeated = new TreeSet<>();
    for (ServiceId service : services) {
      if (!seen.add(service)) {
        repeated.add(service);
      }
    }
    if (!repeated.isEmpty()) {
      reasons.add(
          Rule.OFFER_5,
          "Services " + repeated + " appear more than once; name each service once.",
          about);
    }
  }

  /**
   * OFFER-3: returns the catalog's service, adding a reason when the catalog lacks it or the
   * partner is not authorized to provide it. Shared by offers and orders; {@code verb} is what the
   * partner does with services ("offer", "order").
   */
  static Optional<Service> authorizedService(
      ProgramView view, Reasons reasons, Partner partner, ServiceId id, About about, String verb) {
    Optional<Service> service = view.catalog().find(id);
    if (service.isEmpty()) {
      reasons.add(
          Rule.OFFER_3,
          "The catalog has no service " + id + ", so no partner is authorized to provide it.",
          about);
    } else if (!partner.getAuthorizedServices().contains(id)) {
      reasons.add(
          Rule.OFFER_3,
          "Partner "
              + partner.getId()
              + " is not authorized to provide "
              + id
              + "; "
              + verb
              + " only the services it is authorized for.",
          about);
    }
    return service;
  }

  /** OFFER-6: the service must be billed in the cycle asked for (UNKNOWN is reported apart). */
  static void checkBilling(Reasons reasons, Service service, BillingCycle billing, About about) {
    if (billing != BillingCycle.UNKNOWN && !service.getBillingCycles().contains(billing)) {
      reasons.add(
          Rule.OFFER_6,
          "Service "
              + service.getId()
              + " is not billed "
              + billing
              + "; it supports "
              + new TreeSet<>(service.getBillingCycles())
              + ".",
          about);
    }
  }

  /** OFFER-6: a billing cycle this version does not know is denied once per offer or order. */
  static void requireKnownBilling(Reasons reasons, BillingCycle billing, About about) {
    if (billing == BillingCycle.UNKNOWN) {
      reasons.add(Rule.OFFER_6, "The billing cycle must be MONTHLY or ANNUAL.", about);
    }
  }

  /** OFFER-2: each line of an offer or order needs one or more licenses. */
  static void checkLineLicenses(Reasons reasons, ServiceId service, int licenses, About about) {
    if (licenses < 1) {
      reasons.add(
          Rule.OFFER_2,
          "The line for " + service + " has " + licenses + " licenses; each line needs 1 or more.",
          about);
    }
  }

  /** OFFER-4: a line's count of 1 or more must lie within the service's license range. */
  static void checkLineBounds(Reasons reasons, Service service, int licenses, About about) {
    if (outsideLicenseBounds(service, licenses)) {
      reasons.add(
          Rule.OFFER_4,
          "The line for "
              + service.getId()
              + " has "
              + licenses
              + " licenses; the service takes "
              + service.getMinLicenses()
              + " to "
              + service.getMaxLicenses()
              + ".",
          about);
    }
  }

  /**
   * OFFER-4: a new count of 1 or more for a subscription (a change or a conversion, not a line)
   * must lie within the service's license range.
   */
  static void checkLicenseBounds(Reasons reasons, Service service, int licenses, About about) {
    if (outsideLicenseBounds(service, licenses)) {
      reasons.add(
          Rule.OFFER_4,
          "Service "
              + service.getId()
              + " takes "
              + service.getMinLicenses()
              + " to "
              + service.getMaxLicenses()
              + " licenses, but "
              + licenses
              + " were asked for.",
          about);
    }
  }

  /** OFFER-4's bounds: whether a count of 1 or more (below 1 is OFFER-2's) is out of range. */
  private static boolean outsideLicenseBounds(Service service, int licenses) {
    return licenses >= 1
        && (licenses < service.getMinLicenses() || licenses > service.getMaxLicenses());
  }

  /** TRIAL-3: a service without a trial; {@code instead} says what to do with it. */
  static void noTrial(Reasons reasons, Service service, String instead, About about) {
    reasons.add(
        Rule.TRIAL_3,
        "Service "
            + service.getId()
            + " has no trial"
            + (service.isAddOn() ? " (it is an add-on)" : "")
            + "; "
            + instead
            + ".",
        about);
  }

  static void checkTrialEligibility(
      Reasons reasons, CustomerState customer, ServiceId service, Instant now) {
    if (customer.trialHistory().contains(service)) {
      reasons.add(
          Rule.TRIAL_1,
          "Customer "
              + customer.customer().getId()
              + " already had a trial of "
              + service
              + "; a customer gets one trial per service.",
          About.customer(customer.customer().getId()));
    } else if (owns(customer, service, now)) {
      reasons.add(
          Rule.TRIAL_1,
          "Customer "
              + customer.customer().getId()
              + " already has "
              + service
              + "; no trial is given for a service it owns.",
          About.customer(customer.customer().getId()));
    }
  }

  /**
   * OFFER-7: an add-on needs its prerequisite, owned by the customer or in the same offer or order
   * ({@code where} names which).
   */
  static void checkPrerequisite(
      Reasons reasons,
      CustomerState customer,
      Service service,
      List<ServiceId> alongside,
      Instant now,
      About about,
      String where) {
    if (service.getAddOnTo().isEmpty()) {
      return;
    }
    ServiceId prerequisite = service.getAddOnTo().get();
    if (!alongside.contains(prerequisite) && !owns(customer, prerequisite, now)) {
      reasons.add(
          Rule.OFFER_7,
          "Add-on "
              + service.getId()
              + " needs "
              + prerequisite
              + "; the customer must own it or the same "
              + where
              + " must include it.",
          about);
    }
  }

  /** Answers {@link ProgramRules#owns}. */
  static boolean owns(CustomerState customer, ServiceId service, Instant now) {
    for (Subscription subscription : customer.subscriptions().values()) {
      if (subscription.getService().equals(service) && TimeDriven.isInUse(subscription, now)) {
        return true;
      }
    }
    return false;
  }

  static Decision accept(
      ProgramView view, InvitationId id, Actor by, Instant now, ProgramPolicy policy) {
    Reasons reasons = new Reasons();
    Optional<Offer> answered = answerable(view, reasons, id, by, now, "accept");
    if (answered.isEmpty()) {
      return reasons.decision();
    }
    Offer offer = answered.get();
    CustomerState customer = view.customer(offer.getCustomer()).orElseThrow();
    About about = about(offer);
    Optional<Partner> found = view.partner(offer.getPartner());
    if (found.isEmpty()) {
      reasons.add(Rule.OFFER_8, Messages.unknownPartner(offer.getPartner()), about);
      return reasons.decision();
    }
    Partner partner = found.get();
    Set<Capability> needed =
        offer.fold(
            t -> EnumSet.of(Capability.TRIAL_INVITATIONS),
            p -> EnumSet.of(Capability.PURCHASE_OFFERS),
            d -> EnumSet.noneOf(Capability.class),
            r -> EnumSet.copyOf(NewCommerce.RESELLING));
    if (offer.isDelegatedAdmin()) {
      needed.add(Capability.DELEGATED_ADMIN);
    }
    Clouds.checkClouds(reasons, partner, customer.customer(), needed, now, policy);
    if (offer instanceof TrialInvitation trial) {
      for (ServiceId service : trial.getServices()) {
        checkTrialEligibility(reasons, customer, service, now);
        Optional<Service> known = view.catalog().find(service);
        if (known.isPresent()) {
          checkPrerequisite(
              reasons, customer, known.get(), trial.getServices(), now, about, "offer");
        }
      }
    } else if (offer instanceof PurchaseOffer purchase) {
      List<ServiceId> ids = new ArrayList<>();
      for (OfferLine line : purchase.getLines()) {
        ids.add(line.getService());
      }
      for (OfferLine line : purchase.getLines()) {
        Optional<Service> service = view.catalog().find(line.getService());
        if (service.isPresent()) {
          checkPrerequisite(reasons, customer, service.get(), ids, now, about, "offer");
        }
      }
    }
    if (offer.isDelegatedAdmin()) {
      Delegation.checkDelegatedAdminAcceptance(
          reasons, customer, partner, now, policy, Optional.of(id));
    }
    return reasons.decision();
  }

  static Decision decline(ProgramView view, InvitationId id, Actor by, Instant now) {
    Reasons reasons = new Reasons();
    answerable(view, reasons, id, by, now, "decline");
    return reasons.decision();
  }

  /**
   * Checks who answers and that the offer is pending; returns the offer when both hold, else adds
   * the reasons and returns empty.
   */
  private static Optional<Offer> answerable(
      ProgramView view, Reasons reasons, InvitationId id, Actor by, Instant now, String verb) {
    Optional<Offer> found = offer(view, id);
    if (found.isEmpty()) {
      reasons.add(Rule.OFFER_8, noSuchOffer(id, verb), About.invitation(id));
      return Optional.empty();
    }
    Offer offer = found.get();
    About about = about(offer);
    if (by.asPartner().isPresent()) {
      reasons.add(
          Rule.DA_6,
          "Only the customer can "
              + verb
              + " an invitation or offer; "
              + by
              + " cannot "
              + verb
              + " it for the customer.",
          about);
      reasons.add(
          Rule.OFFER_8,
          "Invitation "
              + id
              + " is addressed to customer "
              + offer.getCustomer()
              + ", not to "
              + by
              + ".",
          about);
    } else if (!by.is(offer.getCustomer())) {
      reasons.add(
          Rule.OFFER_8,
          "Invitation "
              + id
              + " is addressed to customer "
              + offer.getCustomer()
              + "; only that customer can "
              + verb
              + " it.",
          about);
    }
    OfferStatus status = TimeDriven.status(offer, now);
    if (status == OfferStatus.EXPIRED) {
      reasons.add(
          Rule.OFFER_9,
          "Invitation "
              + id
              + " expired at "
              + offer.getExpiresAt()
              + "; ask the partner to send a new one.",
          about);
    }
    if (status != OfferStatus.PENDING) {
      reasons.add(
          Rule.OFFER_8,
          "Only a pending invitation can be answered; " + id + " is " + status + ".",
          about);
    }
    return reasons.any() ? Optional.empty() : found;
  }

  static Decision revoke(ProgramView view, InvitationId id, Actor by, Instant now) {
    Optional<Offer> found = offer(view, id);
    if (found.isEmpty()) {
      return Decision.denied(About.invitation(id).reason(Rule.OFFER_11, noSuchOffer(id, "revoke")));
    }
    Offer offer = found.get();
    About about = about(offer);
    Reasons reasons = new Reasons();
    if (!by.is(offer.getPartner())) {
      reasons.add(
          Rule.OFFER_11,
          "Only partner "
              + offer.getPartner()
              + ", which sent "
              + id
              + ", can revoke it; "
              + by
              + " cannot.",
          about);
    }
    OfferStatus status = TimeDriven.status(offer, now);
    if (status != OfferStatus.PENDING) {
      reasons.add(
          Rule.OFFER_11,
          "Only a pending invitation can be revoked; " + id + " is " + status + ".",
          about);
    }
    return reasons.decision();
  }

  /** Returns the invitation or offer with this id, if one was sent. */
  private static Optional<Offer> offer(ProgramView view, InvitationId id) {
    return view.customerOfInvitation(id)
        .flatMap(view::customer)
        .map(customer -> customer.offers().get(id));
  }

  /** Returns {@code There is no invitation or offer ID to VERB.} */
  private static String noSuchOffer(InvitationId id, String verb) {
    return "There is no invitation or offer " + id + " to " + verb + ".";
  }

  /** What a reason about a new offer concerns: the offer, its sender and its addressee. */
  private static About about(InvitationId id, PartnerId partner, CustomerId customer) {
    return About.invitation(id).and(partner).and(customer);
  }

  /** What a reason about an existing offer concerns: the offer, its sender and its addressee. */
  private static About about(Offer offer) {
    return about(offer.getId(), offer.getPartner(), offer.getCustomer());
  }
}
