package dev.partnerkit.testing;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.RelationshipId;
import dev.partnerkit.model.ServiceRequest;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's side of the sandbox: what the real service offers only in its admin center.
 * Accepting or declining invitations, approving or terminating granular relationships, designating
 * or removing the partner of record, revoking a delegated-admin grant, filing a service request and
 * accepting a partner's reseller invitation link. Each is checked by the program's rules; a denial
 * throws a {@link SandboxException} with the rule ids.
 *
 * <pre>{@code
 * SandboxCustomerClient fabrikam = sandbox.customer(Samples.FABRIKAM.getId());
 * fabrikam.pendingInvitations().forEach(invitation -> fabrikam.accept(invitation.getId()));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link PartnerSandbox#customer(CustomerId)}. It calls {@code
 * /sandbox/customer/...} with the customer's token, and acts only on what is addressed to that
 * customer.
 */
public final class SandboxCustomerClient {
  private final CustomerId customer;
  private final SandboxHttp http;

  SandboxCustomerClient(CustomerId customer, SandboxHttp http) {
    this.customer = Objects.requireNonNull(customer, "customer");
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Returns the customer this client acts for.
   *
   * @return the customer
   */
  public CustomerId customer() {
    return customer;
  }

  /**
   * Returns the invitations and offers addressed to this customer that are pending now.
   *
   * @return the pending offers
   */
  public List<Offer> pendingInvitations() {
    return http.list("GET", "/customer/invitations", Offer.class);
  }

  /**
   * Accepts an invitation or offer addressed to this customer.
   *
   * @param invitation the invitation's id
   * @return the accepted offer
   */
  public Offer accept(InvitationId invitation) {
    return http.call("POST", "/customer/invitations/" + invitation + "/accept", null, Offer.class);
  }

  /**
   * Declines an invitation or offer addressed to this customer.
   *
   * @param invitation the invitation's id
   * @return the declined offer
   */
  public Offer decline(InvitationId invitation) {
    return http.call("POST", "/customer/invitations/" + invitation + "/decline", null, Offer.class);
  }

  /**
   * Returns this customer's granular relationships as they stand now.
   *
   * @return the relationships
   */
  public List<GranularRelationship> relationships() {
    return http.list("GET", "/customer/relationships", GranularRelationship.class);
  }

  /**
   * Approves a granular relationship locked for this customer's approval.
   *
   * @param relationship the relationship, such as {@code
   *     RelationshipId.of(graphRelationship.getId())}
   * @return the relationship, active
   */
  public GranularRelationship approve(RelationshipId relationship) {
    return http.call(
        "POST",
        "/customer/relationships/" + relationship + "/approve",
        null,
        GranularRelationship.class);
  }

  /**
   * Terminates an active granular relationship with this customer.
   *
   * @param relationship the relationship
   * @return the relationship, terminated
   */
  public GranularRelationship terminate(RelationshipId relationship) {
    return http.call(
        "POST",
        "/customer/relationships/" + relationship + "/terminate",
        null,
        GranularRelationship.class);
  }

  /**
   * Returns this customer's partner of record.
   *
   * @return the designation, if any
   */
  public Optional<PartnerOfRecord> partnerOfRecord() {
    return http.optional("GET", "/customer/partner-of-record", PartnerOfRecord.class);
  }

  /**
   * Designates this customer's partner of record (POR-1, POR-5).
   *
   * @param partner the partner
   * @return the designation
   */
  public PartnerOfRecord designatePartnerOfRecord(PartnerId partner) {
    return http.call(
        "PUT", "/customer/partner-of-record", Map.of("partner", partner), PartnerOfRecord.class);
  }

  /** Removes this customer's partner of record, if it has one. */
  public void removePartnerOfRecord() {
    http.run("DELETE", "/customer/partner-of-record", null);
  }

  /**
   * Returns this customer's delegated admins now: partners with an active grant or a granular
   * relationship in force.
   *
   * @return the partners
   */
  public Set<PartnerId> delegatedAdmins() {
    return new LinkedHashSet<>(http.list("GET", "/customer/delegated-admins", PartnerId.class));
  }

  /**
   * Revokes a partner's delegated-admin grant (DA-5).
   *
   * @param partner the partner
   */
  public void revokeDelegation(PartnerId partner) {
    http.run("POST", "/customer/delegated-admins/" + partner + "/revoke", null);
  }

  /**
   * Files a service request with Microsoft support for this customer (SUP-1).
   *
   * @param title the request's title
   * @return the filed request
   */
  public ServiceRequest fileServiceRequest(String title) {
    return http.call(
        "POST", "/customer/service-requests", Map.of("title", title), ServiceRequest.class);
  }

  /**
   * Accepts a partner's reseller invitation link, the URL of Partner Center's relationship request
   * ({@code client.customers().invitationLink(...)}): the partner becomes this customer's reseller
   * and, when the link asks for it ({@code DAP=true}), its delegated admin.
   *
   * @param link the link, which must point at this sandbox
   * @throws IllegalArgumentException when the link points elsewhere, so that the customer's token
   *     never leaves the sandbox
   */
  public void acceptResellerInvitation(URI link) {
    Objects.requireNonNull(link, "link");
    URI base = http.base();
    boolean sameOrigin =
        "http".equalsIgnoreCase(link.getScheme())
            && base.getHost().equalsIgnoreCase(link.getHost())
            && base.getPort() == link.getPort()
            && link.getRawPath() != null
            && link.getRawPath().equals(base.getRawPath() + "/customer/reseller-invitations");
    if (!sameOrigin) {
      throw new IllegalArgumentException(
          "The link is not this sandbox's reseller invitation link; it was not followed");
    }
    http.runAt("POST", link);
  }

  /** Returns the customer; never a token. */
  @Override
  public String toString() {
    return "SandboxCustomerClient[" + customer + "]";
  }
}
