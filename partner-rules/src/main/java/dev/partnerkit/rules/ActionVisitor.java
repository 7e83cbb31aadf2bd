package dev.partnerkit.rules;

/**
 * Visits an {@link Action}, one method per verb: the exhaustive dispatch on an action. Adding a
 * verb adds a method here, so every visitor fails to compile until it handles the new verb.
 *
 * @param <R> what the visitor returns
 */
public interface ActionVisitor<R> {
  /**
   * Visits a {@link Action.RegisterPartner}.
   *
   * @param action the action
   * @return the result
   */
  R registerPartner(Action.RegisterPartner action);

  /**
   * Visits a {@link Action.RegisterCustomer}.
   *
   * @param action the action
   * @return the result
   */
  R registerCustomer(Action.RegisterCustomer action);

  /**
   * Visits a {@link Action.SignAgreement}.
   *
   * @param action the action
   * @return the result
   */
  R signAgreement(Action.SignAgreement action);

  /**
   * Visits a {@link Action.Enroll}.
   *
   * @param action the action
   * @return the result
   */
  R enroll(Action.Enroll action);

  /**
   * Visits a {@link Action.Withdraw}.
   *
   * @param action the action
   * @return the result
   */
  R withdraw(Action.Withdraw action);

  /**
   * Visits a {@link Action.SendTrialInvitation}.
   *
   * @param action the action
   * @return the result
   */
  R sendTrialInvitation(Action.SendTrialInvitation action);

  /**
   * Visits a {@link Action.SendPurchaseOffer}.
   *
   * @param action the action
   * @return the result
   */
  R sendPurchaseOffer(Action.SendPurchaseOffer action);

  /**
   * Visits a {@link Action.SendDelegatedAdminInvitation}.
   *
   * @param action the action
   * @return the result
   */
  R sendDelegatedAdminInvitation(Action.SendDelegatedAdminInvitation action);

  /**
   * Visits a {@link Action.Accept}.
   *
   * @param action the action
   * @return the result
   */
  R accept(Action.Accept action);

  /**
   * Visits a {@link Action.Decline}.
   *
   * @param action the action
   * @return the result
   */
  R decline(Action.Decline action);

  /**
   * Visits a {@link Action.Revoke}.
   *
   * @param action the action
   * @return the result
   */
  R revoke(Action.Revoke action);

  /**
   * Visits a {@link Action.RevokeDelegation}.
   *
   * @param action the action
   * @return the result
   */
  R revokeDelegation(Action.RevokeDelegation action);

  /**
   * Visits a {@link Action.RelinquishDelegation}.
   *
   * @param action the action
   * @return the result
   */
  R relinquishDelegation(Action.RelinquishDelegation action);

  /**
   * Visits a {@link Action.DesignatePartnerOfRecord}.
   *
   * @param action the action
   * @return the result
   */
  R designatePartnerOfRecord(Action.DesignatePartnerOfRecord action);

  /**
   * Visits a {@link Action.RemovePartnerOfRecord}.
   *
   * @param action the action
   * @return the result
   */
  R removePartnerOfRecord(Action.RemovePartnerOfRecord action);

  /**
   * Visits a {@link Action.PerformAdminTask}.
   *
   * @param action the action
   * @return the result
   */
  R performAdminTask(Action.PerformAdminTask action);

  /**
   * Visits a {@link Action.SubmitServiceRequest}.
   *
   * @param action the action
   * @return the result
   */
  R submitServiceRequest(Action.SubmitServiceRequest action);

  /**
   * Visits a {@link Action.CreateRelationship}.
   *
   * @param action the action
   * @return the result
   */
  R createRelationship(Action.CreateRelationship action);

  /**
   * Visits a {@link Action.UpdateRelationship}.
   *
   * @param action the action
   * @return the result
   */
  R updateRelationship(Action.UpdateRelationship action);

  /**
   * Visits a {@link Action.LockForApproval}.
   *
   * @param action the action
   * @return the result
   */
  R lockForApproval(Action.LockForApproval action);

  /**
   * Visits a {@link Action.ApproveRelationship}.
   *
   * @param action the action
   * @return the result
   */
  R approveRelationship(Action.ApproveRelationship action);

  /**
   * Visits a {@link Action.DeleteRelationship}.
   *
   * @param action the action
   * @return the result
   */
  R deleteRelationship(Action.DeleteRelationship action);

  /**
   * Visits a {@link Action.TerminateRelationship}.
   *
   * @param action the action
   * @return the result
   */
  R terminateRelationship(Action.TerminateRelationship action);

  /**
   * Visits a {@link Action.RemoveRole}.
   *
   * @param action the action
   * @return the result
   */
  R removeRole(Action.RemoveRole action);

  /**
   * Visits a {@link Action.AssignAccess}.
   *
   * @param action the action
   * @return the result
   */
  R assignAccess(Action.AssignAccess action);

  /**
   * Visits a {@link Action.PlaceOrder}.
   *
   * @param action the action
   * @return the result
   */
  R placeOrder(Action.PlaceOrder action);

  /**
   * Visits a {@link Action.StartTrials}.
   *
   * @param action the action
   * @return the result
   */
  R startTrials(Action.StartTrials action);

  /**
   * Visits a {@link Action.ChangeLicenses}.
   *
   * @param action the action
   * @return the result
   */
  R changeLicenses(Action.ChangeLicenses action);

  /**
   * Visits a {@link Action.ConvertTrial}.
   *
   * @param action the action
   * @return the result
   */
  R convertTrial(Action.ConvertTrial action);

  /**
   * Visits a {@link Action.ResignPartnerOfRecord}.
   *
   * @param action the action
   * @return the result
   */
  R resignPartnerOfRecord(Action.ResignPartnerOfRecord action);

  /**
   * Visits a {@link Action.AddReseller}.
   *
   * @param action the action
   * @return the result
   */
  R addReseller(Action.AddReseller action);

  /**
   * Visits a {@link Action.SendResellerInvitation}.
   *
   * @param action the action
   * @return the result
   */
  R sendResellerInvitation(Action.SendResellerInvitation action);

  /**
   * Visits a {@link Action.AcceptCustomerAgreement}.
   *
   * @param action the action
   * @return the result
   */
  R acceptCustomerAgreement(Action.AcceptCustomerAgreement action);

  /**
   * Visits a {@link Action.Purchase}.
   *
   * @param action the action
   * @return the result
   */
  R purchase(Action.Purchase action);

  /**
   * Visits a {@link Action.ChangeSeats}.
   *
   * @param action the action
   * @return the result
   */
  R changeSeats(Action.ChangeSeats action);

  /**
   * Visits a {@link Action.CancelSubscription}.
   *
   * @param action the action
   * @return the result
   */
  R cancelSubscription(Action.CancelSubscription action);

  /**
   * Visits a {@link Action.SetAutoRenew}.
   *
   * @param action the action
   * @return the result
   */
  R setAutoRenew(Action.SetAutoRenew action);

  /**
   * Visits a {@link Action.ScheduleChange}.
   *
   * @param action the action
   * @return the result
   */
  R scheduleChange(Action.ScheduleChange action);

  /**
   * Visits a {@link Action.ChangeTerm}.
   *
   * @param action the action
   * @return the result
   */
  R changeTerm(Action.ChangeTerm action);

  /**
   * Visits a {@link Action.Upgrade}.
   *
   * @param action the action
   * @return the result
   */
  R upgrade(Action.Upgrade action);

  /**
   * Visits a {@link Action.Suspend}.
   *
   * @param action the action
   * @return the result
   */
  R suspend(Action.Suspend action);

  /**
   * Visits a {@link Action.Reactivate}.
   *
   * @param action the action
   * @return the result
   */
  R reactivate(Action.Reactivate action);

  /**
   * Visits a {@link Action.RemoveReseller}.
   *
   * @param action the action
   * @return the result
   */
  R removeReseller(Action.RemoveReseller action);
}
