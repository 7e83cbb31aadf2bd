package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.rules.Target.Customer;
import dev.partnerkit.rules.Target.Invitation;
import dev.partnerkit.rules.Target.Partner;
import dev.partnerkit.rules.Target.Relationship;

/** Each verb's {@link Target}: what it locks. */
enum Targets implements ActionVisitor<Target> {
  /** The one instance: the visitor keeps no state. */
  INSTANCE;

  @Override
  public Target registerPartner(Action.RegisterPartner a) {
    return new Partner(a.partner().getId());
  }

  @Override
  public Target registerCustomer(Action.RegisterCustomer a) {
    return new Customer(a.customer().getId(), true);
  }

  @Override
  public Target signAgreement(Action.SignAgreement a) {
    return new Partner(a.partner());
  }

  @Override
  public Target enroll(Action.Enroll a) {
    return new Partner(a.partner());
  }

  @Override
  public Target withdraw(Action.Withdraw a) {
    return new Partner(a.partner());
  }

  @Override
  public Target sendTrialInvitation(Action.SendTrialInvitation a) {
    return customer(a.customer());
  }

  @Override
  public Target sendPurchaseOffer(Action.SendPurchaseOffer a) {
    return customer(a.customer());
  }

  @Override
  public Target sendDelegatedAdminInvitation(Action.SendDelegatedAdminInvitation a) {
    return customer(a.customer());
  }

  @Override
  public Target accept(Action.Accept a) {
    return new Invitation(a.invitation());
  }

  @Override
  public Target decline(Action.Decline a) {
    return new Invitation(a.invitation());
  }

  @Override
  public Target revoke(Action.Revoke a) {
    return new Invitation(a.invitation());
  }

  @Override
  public Target revokeDelegation(Action.RevokeDelegation a) {
    return customer(a.customer());
  }

  @Override
  public Target relinquishDelegation(Action.RelinquishDelegation a) {
    return customer(a.customer());
  }

  @Override
  public Target designatePartnerOfRecord(Action.DesignatePartnerOfRecord a) {
    return customer(a.customer());
  }

  @Override
  public Target removePartnerOfRecord(Action.RemovePartnerOfRecord a) {
    return customer(a.customer());
  }

  @Override
  public Target performAdminTask(Action.PerformAdminTask a) {
    return customer(a.customer());
  }

  @Override
  public Target submitServiceRequest(Action.SubmitServiceRequest a) {
    return customer(a.customer());
  }

  @Override
  public Target createRelationship(Action.CreateRelationship a) {
    return customer(a.customer());
  }

  @Override
  public Target updateRelationship(Action.UpdateRelationship a) {
    return new Relationship(a.id());
  }

  @Override
  public Target lockForApproval(Action.LockForApproval a) {
    return new Relationship(a.id());
  }

  @Override
  public Target approveRelationship(Action.ApproveRelationship a) {
    return new Relationship(a.id());
  }

  @Override
  public Target deleteRelationship(Action.DeleteRelationship a) {
    return new Relationship(a.id());
  }

  @Override
  public Target terminateRelationship(Action.TerminateRelationship a) {
    return new Relationship(a.id());
  }

  @Override
  public Target removeRole(Action.RemoveRole a) {
    return new Relationship(a.id());
  }

  @Override
  public Target assignAccess(Action.AssignAccess a) {
    return new Relationship(a.relationship());
  }

  @Override
  public Target placeOrder(Action.PlaceOrder a) {
    return customer(a.customer());
  }

  @Override
  public Target startTrials(Action.StartTrials a) {
    return customer(a.customer());
  }

  @Override
  public Target changeLicenses(Action.ChangeLicenses a) {
    return customer(a.customer());
  }

  @Override
  public Target convertTrial(Action.ConvertTrial a) {
    return customer(a.customer());
  }

  @Override
  public Target resignPartnerOfRecord(Action.ResignPartnerOfRecord a) {
    return customer(a.customer());
  }

  @Override
  public Target addReseller(Action.AddReseller a) {
    return customer(a.customer());
  }

  @Override
  public Target removeReseller(Action.RemoveReseller a) {
    return customer(a.customer());
  }

  @Override
  public Target sendResellerInvitation(Action.SendResellerInvitation a) {
    return customer(a.customer());
  }

  @Override
  public Target acceptCustomerAgreement(Action.AcceptCustomerAgreement a) {
    return customer(a.customer());
  }

  @Override
  public Target purchase(Action.Purchase a) {
    return customer(a.customer());
  }

  @Override
  public Target changeSeats(Action.ChangeSeats a) {
    return customer(a.customer());
  }

  @Override
  public Target cancelSubscription(Action.CancelSubscription a) {
    return customer(a.customer());
  }

  @Override
  public Target setAutoRenew(Action.SetAutoRenew a) {
    return customer(a.customer());
  }

  @Override
  public Target scheduleChange(Action.ScheduleChange a) {
    return customer(a.customer());
  }

  @Override
  public Target changeTerm(Action.ChangeTerm a) {
    return customer(a.customer());
  }

  @Override
  public Target upgrade(Action.Upgrade a) {
    return customer(a.customer());
  }

  @Override
  public Target suspend(Action.Suspend a) {
    return customer(a.customer());
  }

  @Override
  public Target reactivate(Action.Reactivate a) {
    return customer(a.customer());
  }

  private static Target customer(CustomerId id) {
    return new Customer(id, false);
  }
}
