package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ResellerInvitation;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Actor;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Not API: the customer's side, which the real service offers only in its admin center, under
 * {@code /sandbox/customer}: accepting or declining invitations, approving or terminating granular
 * relationships, designating or removing the partner of record, revoking a delegated-admin grant,
 * filing a service request and accepting a partner's reseller invitation link. Every call acts as
 * the customer whose token it carries, and only on what is addressed to that customer. Thread-safe.
 */
public final class CustomerApi {
  private static final String BASE = "/customer";

  private final SandboxContext context;

  private CustomerApi(SandboxContext context) {
    this.context = context;
  }

  /**
   * Adds the customer-side routes under {@code /sandbox/customer}.
   *
   * @param router the router
   * @param context the sandbox's context
   */
  public static void register(Router router, SandboxContext context) {
    CustomerApi api = new CustomerApi(context);
    Api sandbox = Api.SANDBOX;
    router
        .add(sandbox, "GET", BASE + "/invitations", api::pending)
        .add(sandbox, "POST", BASE + "/invitations/{id}/accept", api::accept)
        .add(sandbox, "POST", BASE + "/invitations/{id}/decline", api::decline)
        .add(sandbox, "GET", BASE + "/relationships", api::relationships)
        .add(sandbox, "POST", BASE + "/relationships/{id}/approve", api::approve)
        .add(sandbox, "POST", BASE + "/relationships/{id}/terminate", api::terminate)
        .add(sandbox, "GET", BASE + "/partner-of-record", api::partnerOfRecord)
        .add(sandbox, "PUT", BASE + "/partner-of-record", api::designate)
        .add(sandbox, "DELETE", BASE + "/partner-of-record", api::removePartnerOfRecord)
        .add(sandbox, "GET", BASE + "/delegated-admins", api::delegatedAdmins)
        .add(sandbox, "POST", BASE + "/delegated-admins/{partner}/revoke", api::revokeDelegation)
        .add(sandbox, "POST", BASE + "/service-requests", api::serviceRequest)
        .add(sandbox, "POST", BASE + "/reseller-invitations", api::acceptResellerInvitation);
  }

  private ApiResponse pending(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    return ApiResponse.ok(
        Map.of("value", Wire.offers(context.program().pendingInvitations(customer, r.now()))));
  }

  private ApiResponse accept(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    Offer pending = addressed(r, customer);
    Event event = context.apply(new Action.Accept(pending.getId(), Actor.customer(customer)), r);
    Offer accepted = Answers.closed(pending, OfferStatus.ACCEPTED, event);
    if (accepted instanceof ResellerInvitation) {
      // The program made the partner the reseller; the directory lists the customer as its.
      context.directory().addReseller(accepted.getPartner(), customer);
    }
    return ApiResponse.ok(accepted);
  }

  private ApiResponse decline(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    Offer pending = addressed(r, customer);
    Event event = context.apply(new Action.Decline(pending.getId(), Actor.customer(customer)), r);
    return ApiResponse.ok(Answers.closed(pending, OfferStatus.DECLINED, event));
  }

  /** Binds an answer to the invited tenant: any other tenant learns nothing of the invitation. */
  private Offer addressed(ApiRequest r, CustomerId customer) {
    InvitationId id = SeedApi.invitationId(r.variable("id"));
    Optional<Offer> mine =
        context.program().offer(id, r.now()).filter(o -> o.getCustomer().equals(customer));
    if (mine.isEmpty()) {
      throw ApiProblem.forbidden(
          Rule.OFFER_8.getId()
              + ": No invitation "
              + id
              + " is addressed to this tenant; only the invited customer can answer an invitation.");
    }
    return mine.get();
  }

  private ApiResponse relationships(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    return ApiResponse.ok(Map.of("value", context.program().relationships(customer, r.now())));
  }

  private ApiResponse approve(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    RelationshipId id = ownRelationship(r, customer);
    context.apply(new Action.ApproveRelationship(id, Actor.customer(customer)), r);
    context.directory().touch(id, r.now());
    return ApiResponse.ok(context.program().relationship(id, r.now()).orElseThrow());
  }

  private ApiResponse terminate(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    RelationshipId id = ownRelationship(r, customer);
    context.apply(new Action.TerminateRelationship(id, Actor.customer(customer)), r);
    context.directory().touch(id, r.now());
    return ApiResponse.ok(context.program().relationship(id, r.now()).orElseThrow());
  }

  private RelationshipId ownRelationship(ApiRequest r, CustomerId customer) {
    RelationshipId id;
    try {
      id = RelationshipId.of(r.variable("id"));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    boolean mine =
        context
            .program()
            .relationship(id, r.now())
            .map(GranularRelationship::getCustomer)
            .filter(customer::equals)
            .isPresent();
    if (!mine) {
      throw ApiProblem.forbidden(
          Rule.DA_6.getId()
              + ": No relationship "
              + id
              + " is with this tenant; a customer answers only its own relationships.");
    }
    return id;
  }

  private ApiResponse partnerOfRecord(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    return context
        .program()
        .partnerOfRecord(customer)
        .map(ApiResponse::ok)
        .orElseGet(ApiResponse::noContent);
  }

  private ApiResponse designate(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    SeedRequests.PartnerOfRecordBody body = r.body(SeedRequests.PartnerOfRecordBody.class);
    Event event =
        context.apply(
            new Action.DesignatePartnerOfRecord(customer, body.partner(), Actor.customer(customer)),
            r);
    return ApiResponse.ok(Answers.designated(event));
  }

  private ApiResponse removePartnerOfRecord(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    context.apply(new Action.RemovePartnerOfRecord(customer, Actor.customer(customer)), r);
    return ApiResponse.noContent();
  }

  private ApiResponse delegatedAdmins(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    return ApiResponse.ok(Map.of("value", context.program().delegatedAdmins(customer, r.now())));
  }

  private ApiResponse revokeDelegation(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    PartnerId partner = partnerId(r.variable("partner"));
    context.apply(new Action.RevokeDelegation(customer, partner, Actor.customer(customer)), r);
    return ApiResponse.noContent();
  }

  private ApiResponse serviceRequest(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    SeedRequests.ServiceRequestBody body = r.body(SeedRequests.ServiceRequestBody.class);
    return SeedApi.fileServiceRequest(context, customer, Actor.customer(customer), body.title(), r);
  }

  private ApiResponse acceptResellerInvitation(ApiRequest r) {
    CustomerId customer = r.customer().customer();
    PartnerId partner =
        partnerId(
            r.query("partnerId")
                .orElseThrow(
                    () ->
                        ApiProblem.badRequest(
                            "The reseller invitation link names its partner in partnerId; post"
                                + " the link as the partner's relationship request gave it.")));
    if (context.program().partner(partner).isEmpty()) {
      throw ApiProblem.notFound("No partner " + partner + " is registered.");
    }
    boolean delegatedAdmin = r.query("DAP").filter("true"::equalsIgnoreCase).isPresent();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("partner", partner);
    body.put("delegatedAdmin", delegatedAdmin);
    List<Invitation> invitations = new ArrayList<>();
    if (context.program().policy().allowsNewCommerce()) {
      // The link is the partner's reseller invitation (NCE-1): sent and accepted at once, each
      // checked by the rules like an invitation sent at /sandbox/invitations/reseller.
      InvitationId id = InvitationId.of(r.keys().newId().toString());
      invitations.add(
          new Invitation(
              "resellerInvitation", id, new Action.SendResellerInvitation(id, partner, customer)));
    }
    if (delegatedAdmin) {
      InvitationId id = InvitationId.of(r.keys().newId().toString());
      invitations.add(
          new Invitation(
              "invitation", id, new Action.SendDelegatedAdminInvitation(id, partner, customer)));
    }
    Decision decision = Decision.allowed();
    for (Invitation invitation : invitations) {
      decision = decision.and(context.program().decide(invitation.send(), r.now()));
    }
    if (delegatedAdmin) {
      decision =
          decision.and(context.program().mayAcceptDelegatedAdmin(customer, partner, r.now()));
    }
    if (decision.isDenied()) {
      throw ApiProblem.denied(decision);
    }
    for (Invitation invitation : invitations) {
      context.apply(invitation.send(), r);
      context.apply(new Action.Accept(invitation.id(), Actor.customer(customer)), r);
      body.put(invitation.field(), invitation.id());
    }
    // Under the seed policy the rules keep no reseller relationships; the sandbox keeps it. Under
    // the modern policy the accepted invitation made the partner the reseller in the program.
    context.directory().addReseller(partner, customer);
    return ApiResponse.ok(body);
  }

  /** An invitation the link stands for: the answer's field, its id and the action sending it. */
  private record Invitation(String field, InvitationId id, Action send) {}

  private static PartnerId partnerId(String text) {
    try {
      return PartnerId.of(text);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }
}
