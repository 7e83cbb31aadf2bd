package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.Address;
import dev.partnerkit.model.Cloud;
import dev.partnerkit.model.CompanyProfile;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceCatalog;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramRules;
import dev.partnerkit.rules.ProgramView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not API: invitations a partner sent to a tenant id under which no customer is registered, kept so
 * that no answer tells which tenants exist.
 *
 * <p>A partner that invites an unknown tenant is answered exactly as if the tenant were a customer
 * registered a moment ago, with nothing else on record: the rules decide the invitation against a
 * stand-in for the tenant (in the partner's cloud and the US, with no grants or subscriptions and
 * no offers but the invitations already sent to it here), so a partner that may not invite anyone
 * is refused with the same reasons, and an allowed one gets 201 with the offer as the program would
 * have recorded it. The offer is then kept here, not in the program (the rules record offers only
 * for registered customers), and the partner's reads and revocation of it go through the same
 * rules: it is listed among the partner's invitations, reads as pending until it expires (OFFER-9)
 * or is revoked, and is never accepted or declined, as an invitation no one answers. A customer
 * that answers its id is told, as for any invitation not addressed to it, that none is (OFFER-8).
 *
 * <p>Kept in this process's memory: on another instance or after a restart such an invitation is
 * not found, where a real one is. docs/sandbox.md says so; closing that needs the program to hold
 * invitations to unregistered tenants.
 *
 * <p>Thread-safe.
 */
final class UnknownTenants {
  private final Map<InvitationId, Offer> offers = new ConcurrentHashMap<>();

  /**
   * Returns whether the program knows no customer under a tenant id.
   *
   * @param program the program
   * @param tenant the tenant id
   * @return true when none is registered
   */
  static boolean isUnknown(PartnerProgram program, CustomerId tenant) {
    return program.customer(tenant).isEmpty();
  }

  /**
   * Decides an action against the program seen with the invitations kept here, as the rules decide
   * it for a customer registered a moment ago; the program is not changed.
   *
   * @param program the program
   * @param action the action
   * @param partner the partner acting, whose cloud the stand-in is in
   * @param now the time
   * @return the decision
   */
  Decision decide(PartnerProgram program, Action action, PartnerId partner, Instant now) {
    Cloud cloud = program.partner(partner).map(Partner::getCloud).orElse(Cloud.GLOBAL);
    return ProgramRules.decide(new StandIn(program, cloud), action, now, program.policy());
  }

  /**
   * Returns whether an invitation id is one kept here.
   *
   * @param id the id
   * @return true when it is
   */
  boolean holds(InvitationId id) {
    return offers.containsKey(id);
  }

  /**
   * Sends an invitation to an unknown tenant: decided by the rules against the stand-in and, when
   * allowed, kept here.
   *
   * @param program the program
   * @param action the send action
   * @param partner the partner sending it
   * @param now the time
   * @return the pending offer, as the program would have recorded it
   * @throws ApiProblem the denial, as a registered customer's would read
   */
  Offer send(PartnerProgram program, Action action, PartnerId partner, Instant now) {
    while (true) {
      Decision decision = decide(program, action, partner, now);
      if (decision.isDenied()) {
        throw ApiProblem.denied(decision);
      }
      Offer offer = Answers.sent(action, now, program.policy());
      // A lost race for the id is decided again: the rules then refuse the id as in use.
      if (offers.putIfAbsent(offer.getId(), offer) == null) {
        return offer;
      }
    }
  }

  /**
   * Returns an invitation kept here as it stands now: expired once its validity ended.
   *
   * @param id the id
   * @param now the time
   * @return the offer, when one is kept under the id
   */
  Optional<Offer> offer(InvitationId id, Instant now) {
    return Optional.ofNullable(offers.get(id)).map(o -> asOf(o, now));
  }

  /**
   * Returns the invitations a partner sent to unknown tenants, as they stand now.
   *
   * @param partner the partner
   * @param now the time
   * @return the offers
   */
  List<Offer> sentBy(PartnerId partner, Instant now) {
    List<Offer> sent = new ArrayList<>();
    for (Offer offer : offers.values()) {
      if (offer.getPartner().equals(partner)) {
        sent.add(asOf(offer, now));
      }
    }
    return sent;
  }

  /**
   * Revokes an invitation kept here, as the rules decide a revocation.
   *
   * @param program the program
   * @param id the invitation
   * @param partner the partner revoking it
   * @param now the time
   * @return the revoked offer
   * @throws ApiProblem the rules' denial (OFFER-9 once it expired, OFFER-8 once revoked)
   */
  Offer revoke(PartnerProgram program, InvitationId id, PartnerId partner, Instant now) {
    while (true) {
      Offer stored = offers.get(id);
      Decision decision =
          decide(program, new Action.Revoke(id, Actor.partner(partner)), partner, now);
      if (decision.isDenied()) {
        throw ApiProblem.denied(decision);
      }
      Offer revoked = stored.close(OfferStatus.REVOKED, now);
      if (offers.replace(id, stored, revoked)) {
        return revoked;
      }
    }
  }

  /** Returns an offer as the program's time-driven reading shows it: OFFER-9's expiry. */
  private static Offer asOf(Offer offer, Instant now) {
    return offer.getStatus() == OfferStatus.PENDING && !now.isBefore(offer.getExpiresAt())
        ? offer.close(OfferStatus.EXPIRED, offer.getExpiresAt())
        : offer;
  }

  /**
   * The program as the rules see it with the unknown tenants' invitations: a tenant no customer is
   * registered under, but which invitations here are addressed to or which an action names, is a
   * customer registered with nothing on record.
   */
  private final class StandIn implements ProgramView {
    private final PartnerProgram program;
    private final Cloud cloud;

    StandIn(PartnerProgram program, Cloud cloud) {
      this.program = program;
      this.cloud = cloud;
    }

    @Override
    public ServiceCatalog catalog() {
      return program.catalog();
    }

    @Override
    public Optional<Partner> partner(PartnerId id) {
      return program.partner(id);
    }

    @Override
    public Optional<CustomerState> customer(CustomerId id) {
      Optional<CustomerState> registered = program.customer(id);
      if (registered.isPresent()) {
        return registered;
      }
      Map<InvitationId, Offer> sent = new LinkedHashMap<>();
      for (Offer offer : offers.values()) {
        if (offer.getCustomer().equals(id)) {
          sent.put(offer.getId(), offer);
        }
      }
      return Optional.of(
          CustomerState.restore(
              standIn(id, cloud),
              sent,
              List.of(),
              Optional.empty(),
              Map.of(),
              Set.of(),
              Map.of(),
              List.of(),
              Set.of(),
              Optional.empty()));
    }

    @Override
    public Optional<CustomerId> customerOfInvitation(InvitationId id) {
      Optional<CustomerId> registered = program.customerOfInvitation(id);
      return registered.isPresent()
          ? registered
          : Optional.ofNullable(offers.get(id)).map(Offer::getCustomer);
    }

    @Override
    public Optional<CustomerId> customerOfRelationship(RelationshipId id) {
      return program.customerOfRelationship(id);
    }

    @Override
    public boolean isDisplayNameTaken(PartnerId partner, String displayName) {
      return program.isDisplayNameTaken(partner, displayName);
    }
  }

  /** Returns the stand-in for an unknown tenant: a customer with a placeholder profile. */
  private static Customer standIn(CustomerId id, Cloud cloud) {
    return Customer.builder()
        .id(id)
        .cloud(cloud)
        .profile(
            CompanyProfile.builder()
                .companyName("Unknown tenant")
                .domain("unknown-" + id + ".onmicrosoft.com")
                .address(
                    Address.builder()
                        .addressLine1("Unknown")
                        .city("Unknown")
                        .postalCode("00000")
                        .country("US")
                        .build())
                .contact(
                    Contact.builder()
                        .firstName("Unknown")
                        .lastName("Tenant")
                        .email("admin@unknown.invalid")
                        .build())
                .build())
        .build();
  }
}
