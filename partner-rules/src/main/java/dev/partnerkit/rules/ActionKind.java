package dev.partnerkit.rules;

/**
 * Names each kind of {@link Action}, with the scope it locks in {@link PartnerProgram}: one
 * partner, one customer, or the customer of one relationship.
 */
public enum ActionKind {
  /** Registers a partner with the program. */
  REGISTER_PARTNER(Scope.PARTNER),
  /** Registers a customer with the program. */
  REGISTER_CUSTOMER(Scope.CUSTOMER),
  /** A partner signs the Microsoft Online Services Partner Agreement (ELIG-3). */
  SIGN_AGREEMENT(Scope.PARTNER),
  /** A partner enrolls in a program (ELIG-3, ELIG-4). */
  ENROLL(Scope.PARTNER),
  /** A partner's enrollment in a program ends. */
  WITHDRAW(Scope.PARTNER),
  /** A partner invites a customer to try services, optionally with the delegated-admin option. */
  SEND_TRIAL_INVITATION(Scope.CUSTOMER),
  /** A partner offers a customer services to buy, optionally with the delegated-admin option. */
  SEND_PURCHASE_OFFER(Scope.CUSTOMER),
  /** A partner asks a customer only for delegated administration (DA-7). */
  SEND_DELEGATED_ADMIN_INVITATION(Scope.CUSTOMER),
  /** Someone accepts an invitation or offer; only the addressed customer may (OFFER-8, DA-6). */
  ACCEPT(Scope.INVITATION),
  /** Someone declines an invitation or offer; only the addressed customer may (OFFER-8). */
  DECLINE(Scope.INVITATION),
  /** Someone withdraws a pending invitation or offer; only its sender may (OFFER-11). */
  REVOKE(Scope.INVITATION),
  /** Someone revokes a partner's delegated-admin grant; only the customer may (DA-5). */
  REVOKE_DELEGATION(Scope.CUSTOMER),
  /** Someone designates a customer's partner of record; only the customer may (POR-1). */
  DESIGNATE_PARTNER_OF_RECORD(Scope.CUSTOMER),
  /** Someone removes a customer's partner of record; only the customer may (POR-1). */
  REMOVE_PARTNER_OF_RECORD(Scope.CUSTOMER),
  /** A partner performs an administrative task for a customer (DA-1, DA-4). */
  PERFORM_ADMIN_TASK(Scope.CUSTOMER),
  /** Someone files a service request with Microsoft support for a customer (SUP-1, SUP-2). */
  SUBMIT_SERVICE_REQUEST(Scope.CUSTOMER),
  /** A partner creates a granular delegated admin relationship with a customer (modern policy). */
  CREATE_RELATIONSHIP(Scope.CUSTOMER),
  /** Someone changes a relationship's display name, duration, roles or auto-extend (GDAP-3). */
  UPDATE_RELATIONSHIP(Scope.RELATIONSHIP),
  /** Someone locks a relationship for the customer's approval (GDAP-6). */
  LOCK_FOR_APPROVAL(Scope.RELATIONSHIP),
  /** Someone approves a relationship; only its customer may (DA-6). */
  APPROVE_RELATIONSHIP(Scope.RELATIONSHIP),
  /** Someone deletes a relationship still being created (GDAP-6). */
  DELETE_RELATIONSHIP(Scope.RELATIONSHIP),
  /** Someone terminates an active relationship (GDAP-6). */
  TERMINATE_RELATIONSHIP(Scope.RELATIONSHIP),
  /** Someone removes a role from a relationship (GDAP-3, GDAP-11). */
  REMOVE_ROLE(Scope.RELATIONSHIP),
  /** Someone gives a security group some of an active relationship's roles (GDAP-7). */
  ASSIGN_ACCESS(Scope.RELATIONSHIP),
  /** A partner orders paid subscriptions for a customer directly (OFFER-2 to OFFER-7). */
  PLACE_ORDER(Scope.CUSTOMER),
  /** A partner orders trials for a customer directly (TRIAL-1, TRIAL-2, TRIAL-3). */
  START_TRIALS(Scope.CUSTOMER),
  /** The partner that sold a paid subscription changes its license count (OFFER-4, TRIAL-2). */
  CHANGE_LICENSES(Scope.CUSTOMER),
  /** The partner that started a trial converts it to a paid subscription (TRIAL-4). */
  CONVERT_TRIAL(Scope.CUSTOMER);

  /** What part of the program an action touches. */
  public enum Scope {
    /** One partner's record; applied exclusively. */
    PARTNER,
    /** One customer's record. */
    CUSTOMER,
    /** The record of the customer an invitation or offer is addressed to. */
    INVITATION,
    /** The record of the customer of one relationship. */
    RELATIONSHIP
  }

  private final Scope scope;

  ActionKind(Scope scope) {
    this.scope = scope;
  }

  /**
   * Returns the part of the program the action touches.
   *
   * @return the scope
   */
  public Scope getScope() {
    return scope;
  }
}
