package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Event;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Not API: the partner's side of the seed concepts, which Partner Center has no endpoint for:
 * sending trial invitations, purchase offers, delegated-admin and reseller invitations, reading and
 * revoking its own, acting as a customer's administrator and filing a service request for it. Each
 * is a program action, so the rules decide and a denial names its rule ids. Thread-safe.
 */
public final class SeedApi {
  private final SandboxContext context;

  private SeedApi(SandboxContext context) {
    this.context = context;
  }

  /**
   * Adds the partner-side sandbox routes under {@code /sandbox}.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    SeedApi api = new SeedApi(context);
    Api sandbox = Api.SANDBOX;
    router
        .add(sandbox, "POST", "/invitations/trial", api::sendTrial)
        .add(sandbox, "POST", "/invitations/purchase", api::sendPurchase)
        .add(sandbox, "POST", "/invitations/delegated-admin", api::sendDelegatedAdmin)
        .add(sandbox, "POST", "/invitations/reseller", api::sendReseller)
        .add(sandbox, "GET", "/invitations", api::list)
        .add(sandbox, "GET", "/invitations/{id}", api::get)
        .add(sandbox, "POST", "/invitations/{id}/revoke", api::revoke)
        .add(sandbox, "POST", "/customers/{customer}/admin-tasks", api::adminTask)
        .add(sandbox, "POST", "/customers/{customer}/service-requests", api::serviceRequest);
  }

  private ApiResponse sendTrial(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    SeedRequests.TrialInvitation body = r.body(SeedRequests.TrialInvitation.class);
    InvitationId id = body.id().orElseGet(SeedApi::newId);
    return send(
        r,
        partner,
        body.customer(),
        new Action.SendTrialInvitation(
            id, partner, body.customer(), body.services(), body.delegatedAdmin()));
  }

  private ApiResponse sendPurchase(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    SeedRequests.PurchaseOffer body = r.body(SeedRequests.PurchaseOffer.class);
    InvitationId id = body.id().orElseGet(SeedApi::newId);
    return send(
        r,
        partner,
        body.customer(),
        new Action.SendPurchaseOffer(
            id,
            partner,
            body.customer(),
            body.lines(),
            body.billing(),
            body.delegatedAdmin(),
            body.followsUp(),
            Optional.empty()));
  }

  private ApiResponse sendDelegatedAdmin(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    SeedRequests.DelegatedAdminInvitation body =
        r.body(SeedRequests.DelegatedAdminInvitation.class);
    InvitationId id = body.id().orElseGet(SeedApi::newId);
    return send(
        r,
        partner,
        body.customer(),
        new Action.SendDelegatedAdminInvitation(id, partner, body.customer()));
  }

  private ApiResponse sendReseller(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    SeedRequests.DelegatedAdminInvitation body =
        r.body(SeedRequests.DelegatedAdminInvitation.class);
    InvitationId id = body.id().orElseGet(SeedApi::newId);
    return send(
        r,
        partner,
        body.customer(),
        new Action.SendResellerInvitation(id, partner, body.customer()));
  }

  /**
   * Sends an offer and answers with it as its event recorded it. An unknown tenant is answered
   * exactly as a customer registered a moment ago ({@link UnknownTenants}), so that the answer does
   * not tell which tenants exist.
   */
  private ApiResponse send(ApiRequest r, PartnerId partner, CustomerId customer, Action action) {
    UnknownTenants unknown = context.directory().unknownTenants();
    if (UnknownTenants.isUnknown(context.program(), customer)) {
      return ApiResponse.created(unknown.send(context.program(), action, partner, r.now()));
    }
    Offer sent = Answers.sent(action, r.now(), context.program().policy());
    if (unknown.holds(sent.getId())) {
      // The id is one an unknown tenant's invitation holds: refused as any id in use.
      throw ApiProblem.denied(unknown.decide(context.program(), action, partner, r.now()));
    }
    Event event = context.apply(action, r);
    return ApiResponse.created(Answers.sent(action, event.at(), context.program().policy()));
  }

  /**
   * Lists the partner's invitations and offers from the program's state: the offers of every
   * customer the program links to the partner, which another instance or a restart lists alike, and
   * its invitations to unknown tenants.
   */
  private ApiResponse list(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    Collection<CustomerId> linked =
        context.program().storage().read(view -> List.copyOf(view.linkedCustomers(partner)));
    TreeMap<String, Offer> offers = new TreeMap<>();
    for (CustomerId customer : linked) {
      for (Offer offer : context.program().offers(customer, r.now())) {
        if (offer.getPartner().equals(partner)) {
          offers.put(offer.getId().value(), offer);
        }
      }
    }
    for (Offer offer : context.directory().unknownTenants().sentBy(partner, r.now())) {
      offers.put(offer.getId().value(), offer);
    }
    return ApiResponse.ok(Map.of("value", Wire.offers(List.copyOf(offers.values()))));
  }

  private ApiResponse get(ApiRequest r) {
    return ApiResponse.ok(own(r, r.partner().partner()));
  }

  private ApiResponse revoke(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    Offer offer = own(r, partner);
    UnknownTenants unknown = context.directory().unknownTenants();
    if (unknown.holds(offer.getId())) {
      return ApiResponse.ok(unknown.revoke(context.program(), offer.getId(), partner, r.now()));
    }
    Event event = context.apply(new Action.Revoke(offer.getId(), Actor.partner(partner)), r);
    return ApiResponse.ok(Answers.closed(offer, OfferStatus.REVOKED, event));
  }

  private Offer own(ApiRequest r, PartnerId partner) {
    InvitationId id = invitationId(r.variable("id"));
    Offer offer =
        context
            .program()
            .offer(id, r.now())
            .or(() -> context.directory().unknownTenants().offer(id, r.now()))
            .orElseThrow(() -> ApiProblem.notFound("Invitation " + id + " could not be found."));
    if (!offer.getPartner().equals(partner)) {
      throw ApiProblem.forbidden(
          "Invitation " + id + " was sent by another partner; a partner sees only its own.");
    }
    return offer;
  }

  private ApiResponse adminTask(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    SeedRequests.AdminTaskRequest body = r.body(SeedRequests.AdminTaskRequest.class);
    context.apply(new Action.PerformAdminTask(partner, customer, body.task()), r);
    return ApiResponse.noContent();
  }

  private ApiResponse serviceRequest(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    SeedRequests.ServiceRequestBody body = r.body(SeedRequests.ServiceRequestBody.class);
    return fileServiceRequest(context, customer, Actor.partner(partner), body.title(), r);
  }

  /**
   * Files a service request and answers with it.
   *
   * @param context the sandbox's context
   * @param customer the customer it is for
   * @param by who files it
   * @param title its title
   * @param r the request
   * @return the 201 answer with the request
   */
  static ApiResponse fileServiceRequest(
      SandboxContext context, CustomerId customer, Actor by, String title, ApiRequest r) {
    Event event = context.apply(new Action.SubmitServiceRequest(customer, by, title), r);
    return ApiResponse.created(Answers.serviceRequest(context.program(), event));
  }

  static InvitationId invitationId(String text) {
    try {
      return InvitationId.of(text);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }

  private static InvitationId newId() {
    return InvitationId.of(UUID.randomUUID().toString());
  }
}
