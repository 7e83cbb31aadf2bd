package dev.partnerkit.examples;

import dev.partnerkit.model.BillingCycle;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.OfferLine;
import dev.partnerkit.model.ServiceId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.Reason;
import dev.partnerkit.testing.Samples;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Example: evaluates purchase offers against the rules and prints every reason a denied one gets,
 * with its rule id; then sends the corrected offer.
 */
public final class EvaluateOffer {
  private EvaluateOffer() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PartnerProgram program = PartnerProgram.create(Samples.catalog(), ProgramPolicy.seed());
    Instant now = Samples.EPOCH;
    program.apply(new Action.RegisterPartner(Samples.CONTOSO_UNCERTIFIED), now);
    program.apply(new Action.RegisterCustomer(Samples.FABRIKAM), now);

    Action bad =
        new Action.SendPurchaseOffer(
            InvitationId.of("offer-1"),
            Samples.CONTOSO_UNCERTIFIED.getId(),
            Samples.FABRIKAM.getId(),
            List.of(
                OfferLine.of(ServiceId.of("TEAMS_ESSENTIALS"), 500),
                OfferLine.of(ServiceId.of("DEFENDER_FOR_OFFICE_365"), 10)),
            BillingCycle.ANNUAL,
            true,
            Optional.empty(),
            Optional.empty());
    Decision decision = program.decide(bad, now);
    System.out.println(
        "offer-1 is "
            + (decision.isAllowed() ? "allowed" : "denied")
            + " by "
            + decision.getRuleIds());
    for (Reason reason : decision.getReasons()) {
      System.out.println("  " + reason.ruleId() + ": " + reason.message());
    }

    Action fixed =
        new Action.SendPurchaseOffer(
            InvitationId.of("offer-2"),
            Samples.CONTOSO_UNCERTIFIED.getId(),
            Samples.FABRIKAM.getId(),
            List.of(
                OfferLine.of(ServiceId.of("EXCHANGE_ONLINE"), 40),
                OfferLine.of(ServiceId.of("DEFENDER_FOR_OFFICE_365"), 40)),
            BillingCycle.ANNUAL,
            false,
            Optional.empty(),
            Optional.empty());
    System.out.println("offer-2 is " + program.apply(fixed, now).decision());
  }
}
