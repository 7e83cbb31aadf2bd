package dev.partnerkit.testing;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegatedAdminInvitation;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PurchaseOffer;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.model.TrialInvitation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The partner's side of the seed concepts in the sandbox, which Partner Center has no endpoint for
 * (they were portal features): sending trial invitations, purchase offers and delegated-admin
 * invitations, reading and revoking its own, acting as a customer's administrator and filing a
 * service request for a customer. Each is checked by the program's rules; a denial throws a {@link
 * SandboxException} with the rule ids.
 *
 * <pre>{@code
 * TrialInvitation sent = sandbox.partner(NORTHWIND.getId())
 *     .sendTrialInvitation(FABRIKAM.getId(), List.of(Samples.EXCHANGE_ONLINE), true);
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link PartnerSandbox#partner(PartnerId)}. It calls {@code
 * /sandbox/invitations/...} and {@code /sandbox/customers/...} with the partner's token.
 */
public final class SandboxPartnerClient {
  private final PartnerId partner;
  private final SandboxHttp http;

  SandboxPartnerClient(PartnerId partner, SandboxHttp http) {
    this.partner = Objects.requireNonNull(partner, "partner");
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Returns the partner this client acts for.
   *
   * @return the partner
   */
  public PartnerId partner() {
    return partner;
  }

  /**
   * Sends a customer a trial invitation ({@code POST /sandbox/invitations/trial}).
   *
   * @param customer the addressee
   * @param services the services to try
   * @param delegatedAdmin whether it carries the delegated-admin option
   * @return the pending invitation, with its new id
   */
  public TrialInvitation sendTrialInvitation(
      CustomerId customer, List<ServiceId> services, boolean delegatedAdmin) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customer", customer);
    body.put("services", services);
    body.put("delegatedAdmin", delegatedAdmin);
    return http.call("POST", "/invitations/trial", body, TrialInvitation.class);
  }

  /**
   * Sends a customer a purchase offer ({@code POST /sandbox/invitations/purchase}).
   *
   * @param customer the addressee
   * @param lines the services and license counts
   * @param billing the billing cycle
   * @param delegatedAdmin whether it carries the delegated-admin option
   * @return the pending offer, with its new id
   */
  public PurchaseOffer sendPurchaseOffer(
      CustomerId customer, List<OfferLine> lines, BillingCycle billing, boolean delegatedAdmin) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customer", customer);
    body.put("lines", lines);
    body.put("billing", billing);
    body.put("delegatedAdmin", delegatedAdmin);
    return http.call("POST", "/invitations/purchase", body, PurchaseOffer.class);
  }

  /**
   * Asks a customer only for delegated administration ({@code POST
   * /sandbox/invitations/delegated-admin}).
   *
   * @param customer the addressee
   * @return the pending invitation, with its new id
   */
  public DelegatedAdminInvitation sendDelegatedAdminInvitation(CustomerId customer) {
    return http.call(
        "POST",
        "/invitations/delegated-admin",
        Map.of("customer", customer),
        DelegatedAdminInvitation.class);
  }

  /**
   * Sends an offer of any kind as it is, keeping its id, such as {@link Samples#TRIAL_INVITATION};
   * its times and status are the sandbox's own.
   *
   * @param offer the offer; its partner must be this client's
   * @return the pending offer
   * @throws IllegalArgumentException when another partner sent the offer
   */
  public Offer send(Offer offer) {
    if (!offer.getPartner().equals(partner)) {
      throw new IllegalArgumentException(
          "Offer "
              + offer.getId()
              + " is partner "
              + offer.getPartner()
              + "'s, not "
              + partner
              + "'s");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", offer.getId());
    body.put("customer", offer.getCustomer());
    String path =
        offer.fold(
            trial -> {
              body.put("services", trial.getServices());
              body.put("delegatedAdmin", trial.isDelegatedAdmin());
              return "/invitations/trial";
            },
            purchase -> {
              body.put("lines", purchase.getLines());
              body.put("billing", purchase.getBillingCycle());
              body.put("delegatedAdmin", purchase.isDelegatedAdmin());
              purchase.getFollowsUp().ifPresent(id -> body.put("followsUp", id));
              return "/invitations/purchase";
            },
            admin -> "/invitations/delegated-admin",
            reseller -> "/invitations/reseller");
    return http.call("POST", path, body, Offer.class);
  }

  /**
   * Returns every invitation and offer this partner sent, as they stand now.
   *
   * @return the offers
   */
  public List<Offer> invitations() {
    return http.list("GET", "/invitations", Offer.class);
  }

  /**
   * Returns one of this partner's invitations or offers as it stands now.
   *
   * @param id the invitation's id
   * @return the offer
   */
  public Offer invitation(InvitationId id) {
    return http.call("GET", "/invitations/" + id, null, Offer.class);
  }

  /**
   * Withdraws a pending invitation or offer (OFFER-11).
   *
   * @param id the invitation's id
   * @return the revoked offer
   */
  public Offer revoke(InvitationId id) {
    return http.call("POST", "/invitations/" + id + "/revoke", null, Offer.class);
  }

  /**
   * Performs an administrative task for a customer, as a delegated admin would in the customer's
   * tenant; denied with DA-1 without a grant, DA-4 when the granular roles do not cover it.
   *
   * @param customer the customer
   * @param task the task
   */
  public void performAdminTask(CustomerId customer, AdminTask task) {
    http.run("POST", "/customers/" + customer + "/admin-tasks", Map.of("task", task));
  }

  /**
   * Files a service request for a customer (SUP-2: needs a grant that covers it).
   *
   * @param customer the customer
   * @param title the request's title
   * @return the filed request
   */
  public ServiceRequest fileServiceRequest(CustomerId customer, String title) {
    return http.call(
        "POST",
        "/customers/" + customer + "/service-requests",
        Map.of("title", title),
        ServiceRequest.class);
  }

  /** Returns the partner; never a token. */
  @Override
  public String toString() {
    return "SandboxPartnerClient[" + partner + "]";
  }
}
