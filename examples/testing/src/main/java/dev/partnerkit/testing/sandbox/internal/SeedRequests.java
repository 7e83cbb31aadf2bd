package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.AdminTask;
import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.ServiceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Not API: the JSON bodies of the sandbox's own endpoints. Each record checks its required fields,
 * so that a missing one is a 400 naming it.
 */
public final class SeedRequests {
  private SeedRequests() {}

  /**
   * {@code POST /sandbox/invitations/trial}.
   *
   * @param id the invitation's id; a new one when absent
   * @param customer the addressee's tenant id
   * @param services the services to try
   * @param delegatedAdmin whether it carries the delegated-admin option
   */
  public record TrialInvitation(
      Optional<InvitationId> id,
      CustomerId customer,
      List<ServiceId> services,
      boolean delegatedAdmin) {
    /** Checks the required fields and fills in absent optional ones. */
    public TrialInvitation {
      id = id == null ? Optional.empty() : id;
      Objects.requireNonNull(customer, "customer is required");
      services = services == null ? List.of() : List.copyOf(services);
    }
  }

  /**
   * {@code POST /sandbox/invitations/purchase}.
   *
   * @param id the offer's id; a new one when absent
   * @param customer the addressee's tenant id
   * @param lines the lines
   * @param billing the billing cycle
   * @param delegatedAdmin whether it carries the delegated-admin option
   * @param followsUp the trial invitation it follows up, if any
   */
  public record PurchaseOffer(
      Optional<InvitationId> id,
      CustomerId customer,
      List<OfferLine> lines,
      BillingCycle billing,
      boolean delegatedAdmin,
      Optional<InvitationId> followsUp) {
    /** Checks the required fields and fills in absent optional ones. */
    public PurchaseOffer {
      id = id == null ? Optional.empty() : id;
      Objects.requireNonNull(customer, "customer is required");
      lines = lines == null ? List.of() : List.copyOf(lines);
      Objects.requireNonNull(billing, "billing is required");
      followsUp = followsUp == null ? Optional.empty() : followsUp;
    }
  }

  /**
   * {@code POST /sandbox/invitations/delegated-admin}, and {@code POST
   * /sandbox/invitations/reseller}, whose body is the same: the two ask only for a relationship.
   *
   * @param id the invitation's id; a new one when absent
   * @param customer the addressee's tenant id
   */
  public record DelegatedAdminInvitation(Optional<InvitationId> id, CustomerId customer) {
    /** Checks the required fields and fills in absent optional ones. */
    public DelegatedAdminInvitation {
      id = id == null ? Optional.empty() : id;
      Objects.requireNonNull(customer, "customer is required");
    }
  }

  /**
   * {@code POST /sandbox/customers/{customer}/admin-tasks}.
   *
   * @param task the task
   */
  public record AdminTaskRequest(AdminTask task) {
    /** Checks the required field. */
    public AdminTaskRequest {
      Objects.requireNonNull(task, "task is required");
    }
  }

  /**
   * A service request's body, for the partner's and the customer's endpoints.
   *
   * @param title the request's title
   */
  public record ServiceRequestBody(String title) {
    /** Checks the required field. */
    public ServiceRequestBody {
      Objects.requireNonNull(title, "title is required");
    }
  }

  /**
   * {@code PUT /sandbox/customer/partner-of-record}.
   *
   * @param partner the partner to designate
   */
  public record PartnerOfRecordBody(PartnerId partner) {
    /** Checks the required field. */
    public PartnerOfRecordBody {
      Objects.requireNonNull(partner, "partner is required");
    }
  }
}
