package dev.partnerkit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names each verb of {@link Action}, once for every use: its wire name (scenarios, journal,
 * database) and the record class of its actions. What a verb locks ({@link Target}), how it is
 * decided and how it changes the state are written in the visitors of {@link ActionVisitor}, which
 * the compiler checks for every verb.
 */
public enum ActionKind {
  /** Registers a partner with the program. */
  REGISTER_PARTNER("registerPartner", Action.RegisterPartner.class),
  /** Registers a customer with the program. */
  REGISTER_CUSTOMER("registerCustomer", Action.RegisterCustomer.class),
  /** A partner signs the Microsoft Online Services Partner Agreement (ELIG-3). */
  SIGN_AGREEMENT("signAgreement", Action.SignAgreement.class),
  /** A partner enrolls in a program (ELIG-3, ELIG-4). */
  ENROLL("enroll", Action.Enroll.class),
  /** A partner's enrollment in a program ends. */
  WITHDRAW("withdraw", Action.Withdraw.class),
  /** A partner invites a customer to try services, optionally with the delegated-admin option. */
  SEND_TRIAL_INVITATION("sendTrialInvitation", Action.SendTrialInvitation.class),
  /** A partner offers a customer services to buy, optionally with the delegated-admin option. */
  SEND_PURCHASE_OFFER("sendPurchaseOffer", Action.SendPurchaseOffer.class),
  /** A partner asks a customer only for delegated administration (DA-7). */
  SEND_DELEGATED_ADMIN_INVITATION(
      "sendDelegatedAdminInvitation", Action.SendDelegatedAdminInvitation.class),
  /** Someone accepts an invitation or offer; only the addressed customer may (OFFER-8, DA-6). */
  ACCEPT("accept", Action.Accept.class),
  /** Someone declines an invitation or offer; only the addressed customer may (OFFER-8). */
  DECLINE("decline", Action.Decline.class),
  /** Someone withdraws a pending invitation or offer; only its sender may (OFFER-11). */
  REVOKE("revoke", Action.Revoke.class),
  /** Someone revokes a partner's delegated-admin grant; only the customer may (DA-5). */
  REVOKE_DELEGATION("revokeDelegation", Action.RevokeDelegation.class),
  /** A partner gives up its own delegated-admin grant for a customer (DA-9). */
  RELINQUISH_DELEGATION("relinquishDelegation", Action.RelinquishDelegation.class),
  /** Someone designates a customer's partner of record; only the customer may (POR-1). */
  DESIGNATE_PARTNER_OF_RECORD("designatePartnerOfRecord", Action.DesignatePartnerOfRecord.class),
  /** Someone removes a customer's partner of record; only the customer may (POR-1). */
  REMOVE_PARTNER_OF_RECORD("removePartnerOfRecord", Action.RemovePartnerOfRecord.class),
  /** A partner performs an administrative task for a customer (DA-1, DA-4). */
  PERFORM_ADMIN_TASK("adminTask", Action.PerformAdminTask.class),
  /** Someone files a service request with Microsoft support for a customer (SUP-1, SUP-2). */
  SUBMIT_SERVICE_REQUEST("serviceRequest", Action.SubmitServiceRequest.class),
  /** A partner creates a granular delegated admin relationship with a customer (modern policy). */
  CREATE_RELATIONSHIP("createRelationship", Action.CreateRelationship.class),
  /** Someone changes a relationship's display name, duration, roles or auto-extend (GDAP-3). */
  UPDATE_RELATIONSHIP("updateRelationship", Action.UpdateRelationship.class),
  /** Someone locks a relationship for the customer's approval (GDAP-6). */
  LOCK_FOR_APPROVAL("lockForApproval", Action.LockForApproval.class),
  /** Someone approves a relationship; only its customer may (DA-6). */
  APPROVE_RELATIONSHIP("approveRelationship", Action.ApproveRelationship.class),
  /** Someone deletes a relationship still being created (GDAP-6). */
  DELETE_RELATIONSHIP("deleteRelationship", Action.DeleteRelationship.class),
  /** Someone terminates an active relationship (GDAP-6). */
  TERMINATE_RELATIONSHIP("terminateRelationship", Action.TerminateRelationship.class),
  /** Someone removes a role from a relationship (GDAP-3, GDAP-11). */
  REMOVE_ROLE("removeRole", Action.RemoveRole.class),
  /** Someone gives a security group some of an active relationship's roles (GDAP-7). */
  ASSIGN_ACCESS("assignAccess", Action.AssignAccess.class),
  /** A partner orders paid subscriptions for a customer directly (OFFER-2 to OFFER-7). */
  PLACE_ORDER("placeOrder", Action.PlaceOrder.class),
  /** A partner orders trials for a customer directly (TRIAL-1, TRIAL-2, TRIAL-3). */
  START_TRIALS("startTrials", Action.StartTrials.class),
  /** The partner that sold a paid subscription changes its license count (OFFER-4, TRIAL-2). */
  CHANGE_LICENSES("changeLicenses", Action.ChangeLicenses.class),
  /** The partner that started a trial converts it to a paid subscription (TRIAL-4). */
  CONVERT_TRIAL("convertTrial", Action.ConvertTrial.class),
  /** The partner of record steps down (POR-6). */
  RESIGN_PARTNER_OF_RECORD("resignPartnerOfRecord", Action.ResignPartnerOfRecord.class),
  /** A reseller relationship that exists from the start (NCE-1). */
  ADD_RESELLER("addReseller", Action.AddReseller.class),
  /** A partner asks a customer to accept it as its reseller (NCE-1). */
  SEND_RESELLER_INVITATION("sendResellerInvitation", Action.SendResellerInvitation.class),
  /** The customer's acceptance of the Microsoft Customer Agreement is recorded (NCE-2). */
  ACCEPT_CUSTOMER_AGREEMENT("acceptCustomerAgreement", Action.AcceptCustomerAgreement.class),
  /** A reseller buys a new-commerce subscription or trial (NCE-1 to NCE-4, NCE-14). */
  PURCHASE("purchase", Action.Purchase.class),
  /** A new-commerce subscription's seats change (NCE-5, NCE-6). */
  CHANGE_SEATS("changeSeats", Action.ChangeSeats.class),
  /** A new-commerce subscription is cancelled (NCE-7). */
  CANCEL_SUBSCRIPTION("cancelSubscription", Action.CancelSubscription.class),
  /** A new-commerce subscription's auto-renew is turned on or off (NCE-8). */
  SET_AUTO_RENEW("setAutoRenew", Action.SetAutoRenew.class),
  /** Changes are scheduled for a new-commerce subscription's next term (NCE-10). */
  SCHEDULE_CHANGE("scheduleChange", Action.ScheduleChange.class),
  /** A new-commerce subscription's term or billing changes now (NCE-11). */
  CHANGE_TERM("changeTerm", Action.ChangeTerm.class),
  /** A new-commerce subscription is upgraded, fully or partially (NCE-12). */
  UPGRADE("upgrade", Action.Upgrade.class),
  /** A new-commerce subscription is suspended (NCE-13). */
  SUSPEND("suspend", Action.Suspend.class),
  /** A suspended new-commerce subscription is reactivated (NCE-13). */
  REACTIVATE("reactivate", Action.Reactivate.class),
  /** A partner ends its reseller relationship with a customer (NCE-1). */
  REMOVE_RESELLER("removeReseller", Action.RemoveReseller.class);

  private static final Map<String, ActionKind> BY_WIRE_NAME = new HashMap<>();

  static {
    for (ActionKind kind : values()) {
      BY_WIRE_NAME.put(kind.wireName, kind);
    }
  }

  /**
   * Each action's verb, found from its record class: the pairing is written once, in the constants
   * above, instead of again in every record.
   */
  private static final ClassValue<ActionKind> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected ActionKind computeValue(Class<?> type) {
          for (ActionKind kind : values()) {
            if (kind.type == type) {
              return kind;
            }
          }
          throw new IllegalArgumentException(type.getName() + " is not the record class of a verb");
        }
      };

  private final String wireName;
  private final Class<? extends Action> type;

  ActionKind(String wireName, Class<? extends Action> type) {
    this.wireName = wireName;
    this.type = type;
  }

  /**
   * Returns the verb's one name on every wire: the {@code do} of scenarios, of journal lines and of
   * the database's events, such as {@code sendTrialInvitation}.
   *
   * @return the wire name
   */
  public String getWireName() {
    return wireName;
  }

  /**
   * Returns the record class of this verb's actions.
   *
   * @return the class
   */
  public Class<? extends Action> getActionType() {
    return type;
  }

  /**
   * Returns the verb of an action.
   *
   * @param action the action
   * @return its kind
   */
  static ActionKind of(Action action) {
    return BY_TYPE.get(action.getClass());
  }

  /**
   * Returns the verb with this wire name.
   *
   * @param wireName a name such as {@code accept}
   * @return the verb, or empty when no verb has that name
   */
  public static Optional<ActionKind> fromWireName(String wireName) {
    return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
  }

  /**
   * Returns every wire name, in declaration order, for messages that list what is accepted.
   *
   * @return the names
   */
  public static List<String> wireNames() {
    List<String> names = new ArrayList<>();
    for (ActionKind kind : values()) {
      names.add(kind.wireName);
    }
    return List.copyOf(names);
  }
}
