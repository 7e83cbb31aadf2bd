package dev.partnerkit.rules;

import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.Role;
import dev.partnerkit.rules.internal.About;
import dev.partnerkit.rules.internal.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the partner of record (POR) and of service requests (SUP).
 *
 * <p>Pure functions of the state, the action, the time and the policy; a utility class.
 */
final class PartnerOfRecordAndSupport {
  private PartnerOfRecordAndSupport() {}

  static Decision designatePartnerOfRecord(ProgramView view, Action.DesignatePartnerOfRecord a) {
    Optional<CustomerState> customer = view.customer(a.customer());
    if (customer.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.POR_1, a.customer()));
    }
    About about = About.customer(a.customer()).and(a.partner());
    Reasons reasons = new Reasons();
    if (!a.by().is(a.customer())) {
      reasons.add(
          Rule.POR_1,
          "Only the customer designates its partner of record; "
              + a.by()
              + " cannot, whatever its role for the customer.",
          about);
    }
    Optional<Partner> partner = view.partner(a.partner());
    if (partner.isEmpty()) {
      reasons.add(Rule.POR_5, Messages.unknownPartner(a.partner()), about);
    } else if (partner.get().getCloud() != customer.get().customer().getCloud()) {
      reasons.add(
          Rule.POR_5,
          Clouds.inDifferentClouds(partner.get(), customer.get().customer().getCloud())
              + "; the partner of record must be in the customer's cloud.",
          about);
    }
    return reasons.decision();
  }

  static Decision removePartnerOfRecord(ProgramView view, Action.RemovePartnerOfRecord a) {
    if (view.customer(a.customer()).isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.POR_1, a.customer()));
    }
    if (!a.by().is(a.customer())) {
      return Decision.denied(
          About.customer(a.customer())
              .reason(
                  Rule.POR_1,
                  "Only the customer removes its partner of record; " + a.by() + " cannot."));
    }
    return Decision.allowed();
  }

  static Decision resignPartnerOfRecord(ProgramView view, Action.ResignPartnerOfRecord a) {
    Optional<CustomerState> state = view.customer(a.customer());
    if (state.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.POR_6, a.customer()));
    }
    Optional<PartnerId> current = state.get().partnerOfRecord().map(PartnerOfRecord::getPartner);
    if (current.isEmpty() || !a.by().is(current.get())) {
      return Decision.denied(
          About.customer(a.customer())
              .reason(
                  Rule.POR_6,
                  "Only the partner of record steps down ("
                      + current
                          .map(p -> "partner " + p)
                          .orElse("customer " + a.customer() + " has none")
                      + "); "
                      + a.by()
                      + " cannot. The customer removes or changes it with POR-1."));
    }
    return Decision.allowed();
  }

  static Decision submitServiceRequest(
      ProgramView view, Action.SubmitServiceRequest a, Instant now, ProgramPolicy policy) {
    Optional<CustomerState> state = view.customer(a.customer());
    if (state.isEmpty()) {
      return Decision.denied(Messages.unknownCustomer(Rule.SUP_1, a.customer()));
    }
    if (a.by().is(a.customer())) {
      return Decision.allowed();
    }
    if (a.by().asCustomer().isPresent()) {
      return Decision.denied(
          About.customer(a.customer())
              .reason(
                  Rule.SUP_1,
                  "A customer files service requests for itself only; "
                      + a.by()
                      + " cannot file one for customer "
                      + a.customer()
                      + "."));
    }
    PartnerId partner = a.by().asPartner().orElseThrow();
    if (Delegation.activeGrant(state.get(), partner).isPresent()) {
      return Decision.allowed();
    }
    Set<Role> roles = Delegation.rolesInForce(state.get(), partner, now, policy);
    for (Role role : roles) {
      if (policy.getServiceRequestRoles().contains(role)) {
        return Decision.allowed();
      }
    }
    About about = About.customer(a.customer()).and(partner);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        about.reason(
            Rule.SUP_2,
            "Partner "
                + partner
                + " holds no active grant covering service requests for customer "
                + a.customer()
                + "; the customer can always file the request itself."));
    Delegation.coveringNothing(roles, about, policy).ifPresent(reasons::add);
    return Decision.denied(reasons);
  }
}
