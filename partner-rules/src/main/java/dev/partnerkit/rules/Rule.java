package dev.partnerkit.rules;

import java.util.Optional;

/**
 * Names every rule of the partner program by its stable id from {@code RULES.md}, with the rule's
 * one-line statement.
 *
 * <p>The ids never change meaning; a denial's {@link Reason} carries one. Rules marked {@link
 * #isEnforcedByEngine() enforced by the engine} are checked by {@link ProgramRules}; the others
 * (API-*, MKT-1) are kept by partner-client and the marketplace model. {@link #REG_1} is the
 * library's own rule; every other id is RULES.md's.
 */
public enum Rule {
  /** OFFER-1: A trial invitation names one or more services; an empty list is denied. */
  OFFER_1(
      "OFFER-1", "A trial invitation names one or more services; an empty list is denied.", true),
  /** OFFER-2: A purchase offer has one or more lines, each a service and a license count >= 1. */
  OFFER_2(
      "OFFER-2",
      "A purchase offer has one or more lines, each a service and a license count >= 1.",
      true),
  /** OFFER-3: A partner may offer only services it is authorized to provide. */
  OFFER_3("OFFER-3", "A partner may offer only services it is authorized to provide.", true),
  /** OFFER-4: A line's license count lies within the service's minimum and maximum quantity. */
  OFFER_4(
      "OFFER-4",
      "A line's license count lies within the service's minimum and maximum quantity.",
      true),
  /** OFFER-5: A service appears at most once in one offer. */
  OFFER_5("OFFER-5", "A service appears at most once in one offer.", true),
  /**
   * OFFER-6: A purchase offer's billing cycle (monthly or annual), or a new-commerce subscription's
   * billing frequency, is one the service supports.
   */
  OFFER_6(
      "OFFER-6",
      "A purchase offer's billing cycle (monthly or annual), or a new-commerce subscription's billing frequency, is one the service supports.",
      true),
  /**
   * OFFER-7: An add-on service needs its prerequisite service, owned by the customer or in the same
   * offer.
   */
  OFFER_7(
      "OFFER-7",
      "An add-on service needs its prerequisite service, owned by the customer or in the same offer.",
      true),
  /**
   * OFFER-8: An invitation or offer is addressed to one customer, and only that customer can accept
   * or decline it, only while it is pending (not accepted, declined, revoked or expired).
   */
  OFFER_8(
      "OFFER-8",
      "An invitation or offer is addressed to one customer, and only that customer can accept or decline it, only while it is pending (not accepted, declined, revoked or expired).",
      true),
  /**
   * OFFER-9: An invitation expires at the end of its validity period (default 90 days); accepting
   * an expired one is denied.
   */
  OFFER_9(
      "OFFER-9",
      "An invitation expires at the end of its validity period (default 90 days); accepting an expired one is denied.",
      true),
  /**
   * OFFER-10: A purchase offer may follow up a trial invitation and may say which; it never
   * requires one.
   */
  OFFER_10(
      "OFFER-10",
      "A purchase offer may follow up a trial invitation and may say which; it never requires one.",
      true),
  /** OFFER-11: Only the partner that sent a pending invitation or offer can revoke it. */
  OFFER_11(
      "OFFER-11", "Only the partner that sent a pending invitation or offer can revoke it.", true),
  /**
   * OFFER-12: The partner features (trial invitations, purchase offers, delegated-admin
   * invitations) are open only to a partner that has signed the Microsoft Online Services Partner
   * Agreement. Reseller invitations, new-commerce purchases and granular relationships have their
   * own conditions (NCE-1, NCE-2, GDAP-*).
   */
  OFFER_12(
      "OFFER-12",
      "The partner features (trial invitations, purchase offers, delegated-admin invitations) are open only to a partner that has signed the Microsoft Online Services Partner Agreement. Reseller invitations, new-commerce purchases and granular relationships have their own conditions (NCE-1, NCE-2, GDAP-*).",
      true),
  /**
   * TRIAL-1: A customer gets at most one trial per service, and none for a service it already owns.
   */
  TRIAL_1(
      "TRIAL-1",
      "A customer gets at most one trial per service, and none for a service it already owns.",
      true),
  /**
   * TRIAL-2: A trial runs a fixed term (default 30 days) with a fixed license count (default 25),
   * both from the service catalog; it cannot be changed during the trial.
   */
  TRIAL_2(
      "TRIAL-2",
      "A trial runs a fixed term (default 30 days) with a fixed license count (default 25), both from the service catalog; it cannot be changed during the trial.",
      true),
  /**
   * TRIAL-3: A service that has no trial (for example an add-on) cannot be in a trial invitation.
   */
  TRIAL_3(
      "TRIAL-3",
      "A service that has no trial (for example an add-on) cannot be in a trial invitation.",
      true),
  /**
   * TRIAL-4: A trial converts to paid when the customer accepts a purchase offer for that service
   * or one of its conversion targets; the paid subscription keeps the trial's subscription id.
   */
  TRIAL_4(
      "TRIAL-4",
      "A trial converts to paid when the customer accepts a purchase offer for that service or one of its conversion targets; the paid subscription keeps the trial's subscription id.",
      true),
  /** TRIAL-5: A trial that ends without conversion leaves the customer without that service. */
  TRIAL_5(
      "TRIAL-5",
      "A trial that ends without conversion leaves the customer without that service.",
      true),
  /**
   * ELIG-1: A partner may put the delegated-admin option in an invitation or offer only if it is
   * certified for delegated administration.
   */
  ELIG_1(
      "ELIG-1",
      "A partner may put the delegated-admin option in an invitation or offer only if it is certified for delegated administration.",
      true),
  /**
   * ELIG-2: Certification needs an active enrollment in a qualifying program: Cloud Essentials,
   * Cloud Accelerate or Cloud Deployment under the seed policy; CSP direct, CSP indirect provider,
   * VAR or Advisor under the modern policy. The table of qualifying programs is data.
   */
  ELIG_2(
      "ELIG-2",
      "Certification needs an active enrollment in a qualifying program: Cloud Essentials, Cloud Accelerate or Cloud Deployment under the seed policy; CSP direct, CSP indirect provider, VAR or Advisor under the modern policy. The table of qualifying programs is data.",
      true),
  /**
   * ELIG-3: A partner enrolls in a program only after signing the Microsoft Online Services Partner
   * Agreement.
   */
  ELIG_3(
      "ELIG-3",
      "A partner enrolls in a program only after signing the Microsoft Online Services Partner Agreement.",
      true),
  /**
   * ELIG-4: Cloud Accelerate needs an active Cloud Essentials enrollment: enrolling in Cloud
   * Accelerate without one is denied, and Cloud Accelerate certifies only while Cloud Essentials is
   * active too (a partner holding Cloud Accelerate alone, from the start or after Cloud Essentials
   * lapsed or was withdrawn, is not certified through it).
   */
  ELIG_4(
      "ELIG-4",
      "Cloud Accelerate needs an active Cloud Essentials enrollment: enrolling in Cloud Accelerate without one is denied, and Cloud Accelerate certifies only while Cloud Essentials is active too (a partner holding Cloud Accelerate alone, from the start or after Cloud Essentials lapsed or was withdrawn, is not certified through it).",
      true),
  /**
   * ELIG-5: Eligibility is checked when the invitation is sent and again when the customer accepts
   * it: a partner whose enrollment lapsed in between gains no delegated admin.
   */
  ELIG_5(
      "ELIG-5",
      "Eligibility is checked when the invitation is sent and again when the customer accepts it: a partner whose enrollment lapsed in between gains no delegated admin.",
      true),
  /**
   * DA-1: A partner cannot administer a customer until the customer has authorized it, by accepting
   * an invitation or offer that carries the delegated-admin option.
   */
  DA_1(
      "DA-1",
      "A partner cannot administer a customer until the customer has authorized it, by accepting an invitation or offer that carries the delegated-admin option.",
      true),
  /**
   * DA-2: Seed policy: a customer has at most one active delegated-admin partner. Accepting another
   * partner's delegated-admin option while one is active is denied; the customer first revokes the
   * current grant.
   */
  DA_2(
      "DA-2",
      "Seed policy: a customer has at most one active delegated-admin partner. Accepting another partner's delegated-admin option while one is active is denied; the customer first revokes the current grant.",
      true),
  /** DA-3: Modern policy: a customer may have several partners, each with its own grants. */
  DA_3(
      "DA-3",
      "Modern policy: a customer may have several partners, each with its own grants.",
      true),
  /**
   * DA-4: A delegated admin may perform any administrative task on all of the customer's services
   * (mailboxes, users, groups, data migration, service requests); under a granular grant, only the
   * tasks its roles cover.
   */
  DA_4(
      "DA-4",
      "A delegated admin may perform any administrative task on all of the customer's services (mailboxes, users, groups, data migration, service requests); under a granular grant, only the tasks its roles cover.",
      true),
  /** DA-5: The customer may revoke a grant at any time; the partner loses access at once. */
  DA_5(
      "DA-5",
      "The customer may revoke a grant at any time; the partner loses access at once.",
      true),
  /**
   * DA-6: Only the customer accepts; a partner can never accept its own invitation or grant itself
   * access.
   */
  DA_6(
      "DA-6",
      "Only the customer accepts; a partner can never accept its own invitation or grant itself access.",
      true),
  /**
   * DA-7: The delegated-admin option can be offered alone, or inside a trial invitation or a
   * purchase offer.
   */
  DA_7(
      "DA-7",
      "The delegated-admin option can be offered alone, or inside a trial invitation or a purchase offer.",
      true),
  /**
   * DA-8: Accepting an invitation with the delegated-admin option accepts the services and the
   * grant together or not at all.
   */
  DA_8(
      "DA-8",
      "Accepting an invitation with the delegated-admin option accepts the services and the grant together or not at all.",
      true),
  /**
   * DA-9: A partner may give up its own active delegated-admin grant for a customer at any time;
   * the effect is that of the customer revoking it.
   */
  DA_9(
      "DA-9",
      "A partner may give up its own active delegated-admin grant for a customer at any time; the effect is that of the customer revoking it. A partner without such a grant is denied with DA-9. Granular relationships end by termination (GDAP-6), not by this.",
      true),
  /**
   * POR-1: Only the customer designates, changes or removes its partner of record; no partner can,
   * its delegated admin included (the partner of record itself may only step down, POR-6).
   */
  POR_1(
      "POR-1",
      "Only the customer designates, changes or removes its partner of record; no partner can, its delegated admin included (the partner of record itself may only step down, POR-6).",
      true),
  /** POR-2: The partner of record may be the delegated admin or another partner. */
  POR_2("POR-2", "The partner of record may be the delegated admin or another partner.", true),
  /**
   * POR-3: Designating, changing or removing the partner of record never changes a delegated-admin
   * grant, and granting, revoking or expiring a grant never changes the partner of record.
   */
  POR_3(
      "POR-3",
      "Designating, changing or removing the partner of record never changes a delegated-admin grant, and granting, revoking or expiring a grant never changes the partner of record.",
      true),
  /**
   * POR-4: A customer has at most one partner of record at a time (per subscription where
   * subscriptions are modelled).
   */
  POR_4(
      "POR-4",
      "A customer has at most one partner of record at a time (per subscription where subscriptions are modelled).",
      true),
  /** POR-5: The partner of record must be a known partner in the same cloud as the customer. */
  POR_5(
      "POR-5",
      "The partner of record must be a known partner in the same cloud as the customer.",
      true),
  /**
   * POR-6: The partner of record may step down; the customer then has none until it designates one.
   * Any other partner trying is denied with POR-6. Stepping down never changes a delegated-admin
   * grant (POR-3).
   */
  POR_6(
      "POR-6",
      "The partner of record may step down; the customer then has none until it designates one. Any other partner trying is denied with POR-6. Stepping down never changes a delegated-admin grant (POR-3).",
      true),
  /**
   * SUP-1: A customer can always submit a service request to Microsoft support directly, with or
   * without a delegated admin.
   */
  SUP_1(
      "SUP-1",
      "A customer can always submit a service request to Microsoft support directly, with or without a delegated admin.",
      true),
  /**
   * SUP-2: A partner submits a service request for a customer only while it holds an active grant
   * that covers it.
   */
  SUP_2(
      "SUP-2",
      "A partner submits a service request for a customer only while it holds an active grant that covers it.",
      true),
  /**
   * CLOUD-1: Seed policy: partner features (trial invitations, purchase offers, delegated
   * administration) are not available for customers in Office 365 operated by 21Vianet.
   */
  CLOUD_1(
      "CLOUD-1",
      "Seed policy: partner features (trial invitations, purchase offers, delegated administration) are not available for customers in Office 365 operated by 21Vianet.",
      true),
  /**
   * CLOUD-2: Availability is a table of capabilities per cloud (global, 21Vianet, US Government,
   * Germany), not a flag. The modern table has a separate 21Vianet Partner Center and no granular
   * delegated admin in US Government.
   */
  CLOUD_2(
      "CLOUD-2",
      "Availability is a table of capabilities per cloud (global, 21Vianet, US Government, Germany), not a flag. The modern table has a separate 21Vianet Partner Center and no granular delegated admin in US Government.",
      true),
  /** CLOUD-3: Microsoft Cloud Germany takes no new relationships after 2021-10-29. */
  CLOUD_3("CLOUD-3", "Microsoft Cloud Germany takes no new relationships after 2021-10-29.", true),
  /** CLOUD-4: A partner and a customer in different clouds cannot enter any relationship. */
  CLOUD_4(
      "CLOUD-4",
      "A partner and a customer in different clouds cannot enter any relationship.",
      true),
  /**
   * POLICY-1: Granular relationships and new-commerce subscriptions exist only under the modern
   * policy; under the seed policy every granular-relationship and new-commerce action is denied.
   */
  POLICY_1(
      "POLICY-1",
      "Granular relationships and new-commerce subscriptions exist only under the modern policy; under the seed policy every granular-relationship and new-commerce action is denied.",
      true),
  /**
   * GDAP-1: A relationship's duration is an ISO-8601 period from P1D to P2Y (730 days) inclusive;
   * none is permanent.
   */
  GDAP_1(
      "GDAP-1",
      "A relationship's duration is an ISO-8601 period from P1D to P2Y (730 days) inclusive; none is permanent.",
      true),
  /**
   * GDAP-2: Its display name is 1 to 50 characters and unique among the partner's relationships.
   */
  GDAP_2(
      "GDAP-2",
      "Its display name is 1 to 50 characters and unique among the partner's relationships.",
      true),
  /**
   * GDAP-3: Display name, duration, customer and roles can change only while the relationship is
   * created.
   */
  GDAP_3(
      "GDAP-3",
      "Display name, duration, customer and roles can change only while the relationship is created.",
      true),
  /** GDAP-4: Auto-extend is either off (PT0S) or P180D. */
  GDAP_4("GDAP-4", "Auto-extend is either off (PT0S) or P180D.", true),
  /** GDAP-5: A relationship that includes the Global Administrator role cannot auto-extend. */
  GDAP_5(
      "GDAP-5",
      "A relationship that includes the Global Administrator role cannot auto-extend.",
      true),
  /**
   * GDAP-6: Status moves only along created -> approvalPending -> active -> (expiring ->) expired,
   * or active -> terminationRequested -> terminated; lock for approval only from created, terminate
   * only from active, delete only while created.
   */
  GDAP_6(
      "GDAP-6",
      "Status moves only along created -> approvalPending -> active -> (expiring ->) expired, or active -> terminationRequested -> terminated; lock for approval only from created, terminate only from active, delete only while created.",
      true),
  /**
   * GDAP-7: Access assignments are made only while active, and their roles are a subset of the
   * approved roles.
   */
  GDAP_7(
      "GDAP-7",
      "Access assignments are made only while active, and their roles are a subset of the approved roles.",
      true),
  /** GDAP-8: A relationship not approved within 90 days of the lock for approval expires. */
  GDAP_8(
      "GDAP-8",
      "A relationship not approved within 90 days of the lock for approval expires.",
      true),
  /** GDAP-9: An expired or terminated relationship is never reactivated; a new one is needed. */
  GDAP_9(
      "GDAP-9",
      "An expired or terminated relationship is never reactivated; a new one is needed.",
      true),
  /**
   * GDAP-10: End = activation + duration; with auto-extend on, the end moves 180 days later each
   * time it is reached.
   */
  GDAP_10(
      "GDAP-10",
      "End = activation + duration; with auto-extend on, the end moves 180 days later each time it is reached.",
      true),
  /** GDAP-11: While active, the only role change allowed is removing Global Administrator. */
  GDAP_11(
      "GDAP-11",
      "While active, the only role change allowed is removing Global Administrator.",
      true),
  /**
   * GDAP-12: A role is any Microsoft Entra built-in role, identified by its roleDefinitionId;
   * relationships and access assignments keep every role they are given, named or not by this
   * library. Only the roles in its table (in RULES.md, and {@link ProgramPolicy#getTaskCoverage()})
   * cover the seed's administrative tasks; any other role covers none of them.
   */
  GDAP_12(
      "GDAP-12",
      "A role is any Microsoft Entra built-in role, identified by its roleDefinitionId; relationships and access assignments keep every role they are given, named or not by this library. Only the roles of its table (the Roles section of docs/rules.md) cover the seed's administrative tasks; any other role covers none of them.",
      true),
  /**
   * NCE-1: A partner transacts for a customer only as its reseller: the customer accepted the
   * partner's reseller invitation, or the relationship existed from the start.
   */
  NCE_1(
      "NCE-1",
      "A partner transacts for a customer only as its reseller: the customer accepted the partner's reseller invitation, or the relationship existed from the start.",
      true),
  /**
   * NCE-2: No purchase, trials included, until the customer's acceptance of the Microsoft Customer
   * Agreement is recorded, either by the customer itself or attested by one of its resellers
   * enrolled in CSP direct or CSP indirect provider (an indirect reseller cannot attest, nor can a
   * partner that is not the customer's reseller); the date may not be in the future. Recording it
   * again is allowed.
   */
  NCE_2(
      "NCE-2",
      "No purchase, trials included, until the customer's acceptance of the Microsoft Customer Agreement is recorded, either by the customer itself or attested by one of its resellers enrolled in CSP direct or CSP indirect provider (an indirect reseller cannot attest, nor can a partner that is not the customer's reseller); the date may not be in the future. Recording it again is allowed.",
      true),
  /**
   * NCE-3: A subscription's term is P1M, P1Y or P3Y, among those its service offers, and its
   * billing frequency is one its term allows: P1M monthly; P1Y monthly or annual; P3Y monthly,
   * annual or triennial.
   */
  NCE_3(
      "NCE-3",
      "A subscription's term is P1M, P1Y or P3Y, among those its service offers, and its billing frequency is one its term allows: P1M monthly; P1Y monthly or annual; P3Y monthly, annual or triennial.",
      true),
  /**
   * NCE-4: A service may cap the seats one customer holds across all of its active and suspended
   * subscriptions of that service, trials included (business services: 300), and the number of such
   * subscriptions (for example one); a purchase, seat addition, conversion, upgrade or scheduled
   * change past a cap is denied. Caps are not checked again at renewal.
   */
  NCE_4(
      "NCE-4",
      "A service may cap the seats one customer holds across all of its active and suspended subscriptions of that service, trials included (business services: 300), and the number of such subscriptions (for example one); a purchase, seat addition, conversion, upgrade or scheduled change past a cap is denied. Caps are not checked again at renewal.",
      true),
  /**
   * NCE-5: Seats may be added at any time while the subscription is active; added seats end with
   * the subscription's term.
   */
  NCE_5(
      "NCE-5",
      "Seats may be added at any time while the subscription is active; added seats end with the subscription's term.",
      true),
  /**
   * NCE-6: Seats may be removed only within seven days of when they were added (the purchase, the
   * last renewal, a trial's conversion, or a later addition; a subscription made by a partial
   * upgrade has none to remove until it renews), most recently added first, and never below the
   * service's minimum; any other decrease waits for renewal (NCE-10).
   */
  NCE_6(
      "NCE-6",
      "Seats may be removed only within seven days of when they were added (the purchase, the last renewal, a trial's conversion, or a later addition; a subscription made by a partial upgrade has none to remove until it renews), most recently added first, and never below the service's minimum; any other decrease waits for renewal (NCE-10).",
      true),
  /**
   * NCE-7: A subscription may be cancelled only within seven days of its purchase, its last renewal
   * or its trial's conversion (a suspended one too, inside that window). Cancelling is final: the
   * subscription is deleted at once and never reactivated. Seat additions, term changes and
   * upgrades open no window: a fully upgraded subscription keeps the window it had, and a
   * subscription made by a partial upgrade has its source's (it can be cancelled until the source's
   * window ends). A trial cannot be cancelled (NCE-14).
   */
  NCE_7(
      "NCE-7",
      "A subscription may be cancelled only within seven days of its purchase, its last renewal or its trial's conversion (a suspended one too, inside that window). Cancelling is final: the subscription is deleted at once and never reactivated. Seat additions, term changes and upgrades open no window: a fully upgraded subscription keeps the window it had, and a subscription made by a partial upgrade has its source's (it can be cancelled until the source's window ends). A trial cannot be cancelled (NCE-14).",
      true),
  /**
   * NCE-8: Auto-renew is on when a subscription is bought; the partner may turn it off or on while
   * the subscription is active. Suspending turns it off, and reactivating does not turn it back on.
   */
  NCE_8(
      "NCE-8",
      "Auto-renew is on when a subscription is bought; the partner may turn it off or on while the subscription is active. Suspending turns it off, and reactivating does not turn it back on.",
      true),
  /**
   * NCE-9: At the end of its term a subscription with auto-renew on renews for the same term, with
   * its scheduled changes applied, and opens a new seven-day window; with auto-renew off it
   * expires. An expired subscription is disabled 30 days later and deleted 90 days after that; a
   * suspended one reaching its term end is disabled at once and deleted 90 days later. None of
   * these is reactivated (NCE-9 and NCE-13 on an attempt).
   */
  NCE_9(
      "NCE-9",
      "At the end of its term a subscription with auto-renew on renews for the same term, with its scheduled changes applied, and opens a new seven-day window; with auto-renew off it expires. An expired subscription is disabled 30 days later and deleted 90 days after that; a suspended one reaching its term end is disabled at once and deleted 90 days later. None of these is reactivated (NCE-9 and NCE-13 on an attempt).",
      true),
  /**
   * NCE-10: Changes for the next term (seats up or down, term, billing frequency, an upgrade
   * target) may be scheduled only while the subscription is active, paid and with auto-renew on,
   * and must themselves satisfy NCE-3, NCE-4, OFFER-4 and OFFER-6; a later scheduling replaces the
   * fields it names and keeps the others. They are cleared when the subscription is cancelled,
   * suspended, upgraded or converted, when its seats change, and when auto-renew is turned off; a
   * mid-term term change (NCE-11) keeps them.
   */
  NCE_10(
      "NCE-10",
      "Changes for the next term (seats up or down, term, billing frequency, an upgrade target) may be scheduled only while the subscription is active, paid and with auto-renew on, and must themselves satisfy NCE-3, NCE-4, OFFER-4 and OFFER-6; a later scheduling replaces the fields it names and keeps the others. They are cleared when the subscription is cancelled, suspended, upgraded or converted, when its seats change, and when auto-renew is turned off; a mid-term term change (NCE-11) keeps them.",
      true),
  /**
   * NCE-11: Mid-term the term may only grow (P1M to P1Y or P3Y; P1Y to P3Y), and a new term starts
   * at the change. Growing the term may also set the billing frequency to one the new term allows,
   * except paying the whole term at once (annual on P1Y, triennial on P3Y), which only a purchase
   * or the next term can choose; without a term change the billing frequency may change only within
   * a P3Y term, monthly to annual or back.
   */
  NCE_11(
      "NCE-11",
      "Mid-term the term may only grow (P1M to P1Y or P3Y; P1Y to P3Y), and a new term starts at the change. Growing the term may also set the billing frequency to one the new term allows, except paying the whole term at once (annual on P1Y, triennial on P3Y), which only a purchase or the next term can choose; without a term change the billing frequency may change only within a P3Y term, monthly to annual or back.",
      true),
  /**
   * NCE-12: An upgrade moves an active, paid subscription to one of the upgrade targets its service
   * lists; there are no downgrades. A full upgrade keeps the subscription's id, term, term end,
   * billing and auto-renew. A partial upgrade moves some seats, leaving the source at least its
   * service's minimum, either into a new subscription with the source's term, term end, billing and
   * auto-renew, or into an existing active, paid subscription of the target service sold by the
   * same partner, which must be outside its cancellation window with a term no shorter and an end
   * no earlier than the source's.
   */
  NCE_12(
      "NCE-12",
      "An upgrade moves an active, paid subscription to one of the upgrade targets its service lists; there are no downgrades. A full upgrade keeps the subscription's id, term, term end, billing and auto-renew. A partial upgrade moves some seats, leaving the source at least its service's minimum, either into a new subscription with the source's term, term end, billing and auto-renew, or into an existing active, paid subscription of the target service sold by the same partner, which must be outside its cancellation window with a term no shorter and an end no earlier than the source's.",
      true),
  /**
   * NCE-13: Only an active subscription can be suspended, and only a suspended one reactivated,
   * before its term ends. A suspended subscription is still billed; its seats, term and scheduled
   * changes cannot change.
   */
  NCE_13(
      "NCE-13",
      "Only an active subscription can be suspended, and only a suspended one reactivated, before its term ends. A suspended subscription is still billed; its seats, term and scheduled changes cannot change.",
      true),
  /**
   * NCE-14: A new-commerce trial has its service's fixed seats and days (default 25 and 30) and
   * auto-renew on; its seats and status cannot change, nothing can be scheduled on it, and it
   * cannot be cancelled or suspended; its auto-renew may be turned off or on. At its end, with
   * auto-renew on, it converts to the paid service with the same seats, a one-year term billed
   * monthly; with auto-renew off it expires like any subscription (NCE-9). The partner may convert
   * it earlier to the paid service or one of its conversion targets, with at least the trial's
   * seats and a term and billing that NCE-3 allows. Every conversion keeps the subscription id,
   * starts a new term at the conversion, turns auto-renew on and opens a seven-day window.
   */
  NCE_14(
      "NCE-14",
      "A new-commerce trial has its service's fixed seats and days (default 25 and 30) and auto-renew on; its seats and status cannot change, nothing can be scheduled on it, and it cannot be cancelled or suspended; its auto-renew may be turned off or on. At its end, with auto-renew on, it converts to the paid service with the same seats, a one-year term billed monthly; with auto-renew off it expires like any subscription (NCE-9). The partner may convert it earlier to the paid service or one of its conversion targets, with at least the trial's seats and a term and billing that NCE-3 allows. Every conversion keeps the subscription id, starts a new term at the conversion, turns auto-renew on and opens a seven-day window.",
      true),
  /**
   * NCE-15: Only the partner that bought a subscription, recorded on it at purchase (its partner of
   * record in the sense of POR-4), changes, cancels, suspends, reactivates, upgrades or converts
   * it. The customer-level partner of record of POR-1..6 is a separate fact: a purchase does not
   * set it and designating it does not change a subscription's partner.
   */
  NCE_15(
      "NCE-15",
      "Only the partner that bought a subscription, recorded on it at purchase (its partner of record in the sense of POR-4), changes, cancels, suspends, reactivates, upgrades or converts it. The customer-level partner of record of POR-1..6 is a separate fact: a purchase does not set it and designating it does not change a subscription's partner.",
      true),
  /**
   * REG-1: Each partner and each customer is registered once, under its own id. The library's own
   * rule, not one of RULES.md, which does not cover registration; registering an id a second time
   * is denied with it. Scenario files declare their parties rather than register them, so no
   * scenario can exercise it; the rules' unit tests do.
   */
  REG_1(
      "REG-1",
      "Each partner and each customer is registered once, under its own id (the library's own rule: RULES.md does not cover registration).",
      true),
  /**
   * API-1: MS-RequestId identifies one logical call: the same value on every retry of it, a new
   * value for the next call.
   */
  API_1(
      "API-1",
      "MS-RequestId identifies one logical call: the same value on every retry of it, a new value for the next call.",
      false),
  /** API-2: MS-CorrelationId is set on every request (caller-supplied or new) for tracing. */
  API_2(
      "API-2",
      "MS-CorrelationId is set on every request (caller-supplied or new) for tracing.",
      false),
  /**
   * API-3: 429 and 503 are retried honouring Retry-After, within a bounded number of attempts and
   * an overall deadline.
   */
  API_3(
      "API-3",
      "429 and 503 are retried honouring Retry-After, within a bounded number of attempts and an overall deadline.",
      false),
  /**
   * API-4: A non-idempotent request is retried only when it carries a request id that the server
   * de-duplicates.
   */
  API_4(
      "API-4",
      "A non-idempotent request is retried only when it carries a request id that the server de-duplicates.",
      false),
  /** API-5: Unknown fields and unknown enum values in responses are tolerated, never fatal. */
  API_5(
      "API-5",
      "Unknown fields and unknown enum values in responses are tolerated, never fatal.",
      false),
  /** API-6: Microsoft Graph requests send Prefer: include-unknown-enum-members. */
  API_6("API-6", "Microsoft Graph requests send Prefer: include-unknown-enum-members.", false),
  /** API-7: GDAP updates and deletes send If-Match with the ETag last read. */
  API_7("API-7", "GDAP updates and deletes send If-Match with the ETag last read.", false),
  /**
   * API-8: Retry-After may be whole seconds, a decimal number of seconds or an HTTP-date; a decimal
   * is rounded up to the next millisecond and honoured.
   */
  API_8(
      "API-8",
      "Retry-After may be whole seconds, a decimal number of seconds (Microsoft Graph has sent"
          + " 2.128) or an HTTP-date; a decimal is rounded up to the next millisecond and"
          + " honoured.",
      false),
  /**
   * API-9: Calls that share a throttling limit share their backoff: once a 429 arrives, the client
   * holds the calls it has not yet sent to that limit until the Retry-After has passed.
   */
  API_9(
      "API-9",
      "Calls that share a throttling limit share their backoff: once a 429 arrives, the client"
          + " holds the calls it has not yet sent to that limit until the Retry-After has passed,"
          + " instead of letting each retry on its own.",
      false),
  /**
   * MKT-1: A partner's marketplace listing names its services and expertise; customers find
   * listings by service and country.
   */
  MKT_1(
      "MKT-1",
      "A partner's marketplace listing names its services and expertise; customers find listings by service and country.",
      false);

  private final String id;
  private final String statement;
  private final boolean enforcedByEngine;

  Rule(String id, String statement, boolean enforcedByEngine) {
    this.id = id;
    this.statement = statement;
    this.enforcedByEngine = enforcedByEngine;
  }

  /**
   * Returns the rule's stable id, such as {@code DA-2}.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns the rule's one-line statement, as RULES.md words it.
   *
   * @return the statement
   */
  public String getStatement() {
    return statement;
  }

  /**
   * Returns whether the rules engine checks this rule (API and marketplace rules are kept
   * elsewhere).
   *
   * @return true for engine rules
   */
  public boolean isEnforcedByEngine() {
    return enforcedByEngine;
  }

  /**
   * Returns the rule with the given id, such as {@code DA-2}.
   *
   * @param id the id
   * @return the rule, or empty when no rule has that id
   */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** Returns the id, such as {@code DA-2}. */
  @Override
  public String toString() {
    return id;
  }
}
