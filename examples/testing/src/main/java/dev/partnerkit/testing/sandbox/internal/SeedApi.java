package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        id,
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
        id,
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
        r, partner, id, new Action.SendDelegatedAdminInvitation(id, partner, body.customer()));
  }

  private ApiResponse sendReseller(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    SeedRequests.DelegatedAdminInvitation body =
        r.body(SeedRequests.DelegatedAdminInvitation.class);
    InvitationId id = body.id().orElseGet(SeedApi::newId);
    return send(r, partner, id, new Action.SendResellerInvitation(id, partner, body.customer()));
  }

  private ApiResponse send(ApiRequest r, PartnerId partner, InvitationId id, Action action) {
    context.apply(action, r.now());
    context.directory().addInvitation(partner, id);
    return ApiResponse.created(context.program().offer(id, r.now()).orElseThrow());
  }

  private ApiResponse list(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    List<Offer> offers = new ArrayList<>();
    for (InvitationId id : context.directory().invitationsOf(partner)) {
      context
          .program()
          .offer(id, r.now())
          .filter(o -> o.getPartner().equals(partner))
          .ifPresent(offers::add);
    }
    return ApiResponse.ok(Map.of("value", Wire.offers(offers)));
  }

  private ApiResponse get(ApiRequest r) {
    return ApiResponse.ok(own(r, r.partner().partner()));
  }

  private ApiResponse revoke(ApiRequest r) {
    PartnerId partner = r.partner().partner();
    Offer offer = own(r, partner);
    context.apply(new Action.Revoke(offer.getId(), Actor.partner(partner)), r.now());
    return ApiResponse.ok(context.program().offer(offer.getId(), r.now()).orElseThrow());
  }

  private Offer own(ApiRequest r, PartnerId partner) {
    InvitationId id = invitationId(r.variable("id"));
    Offer offer =
        context
            .program()
            .offer(id, r.now())
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
    context.apply(new Action.PerformAdminTask(partner, customer, body.task()), r.now());
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
    context.apply(new Action.SubmitServiceRequest(customer, by, title), r.now());
    List<ServiceRequest> requests =
        context.program().customer(customer).orElseThrow().serviceRequests();
    return ApiResponse.created(requests.get(requests.size() - 1));
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
