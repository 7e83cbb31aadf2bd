package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.AccessAssignment;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.GranularRelationship;
import dev.partnerkit.model.Offer;
import dev.partnerkit.model.OfferStatus;
import dev.partnerkit.model.PartnerOfRecord;
import dev.partnerkit.model.ServiceRequest;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import dev.partnerkit.rules.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Not API: builds a handler's answer from the outcome of its own action (the logged {@link Event}:
 * the action and the time it was applied at) and from what was decided before applying it, never
 * from a read of the program after it, which on a shared store may already show another request's
 * change: with two instances a read after the commit answered another service request's number and
 * title, and a partner of record that another request had already replaced or removed.
 *
 * <p>Two values are assigned by the rules inside the transaction and are in no event: the number of
 * a service request and the id of an access assignment (each the record's place in its list). For
 * those the answer reads the record back and picks the entry its own event made: the one with the
 * action's contents and the event's time, and among identical ones (same contents, same time, as a
 * fixed sandbox clock gives) the one whose rank among the identical events in the log is the
 * event's.
 *
 * <p>A utility class; thread-safe.
 */
final class Answers {
  /** How many events the log is read back in at a time when identical entries are told apart. */
  private static final int LOG_PAGE = 512;

  private Answers() {}

  /**
   * Returns the offer a send action records, as the rules record it: sent at the event's time and
   * valid for the policy's invitation validity.
   *
   * @param action a send action: trial invitation, purchase offer, delegated-admin or reseller
   *     invitation
   * @param at the time it was applied at
   * @param policy the program's policy
   * @return the pending offer
   * @throws IllegalArgumentException when the action sends no offer
   */
  static Offer sent(Action action, Instant at, ProgramPolicy policy) {
    if (!(action instanceof Action.SendsOffer send)) {
      throw new IllegalArgumentException("Not an action that sends an offer: " + action.kind());
    }
    return send.offer(at, policy.getInvitationValidity());
  }

  /**
   * Returns an offer as an accept, decline or revoke applied at the event's time left it.
   *
   * @param before the offer as read before the action, pending
   * @param status what the action made of it
   * @param event the action's event
   * @return the closed offer
   */
  static Offer closed(Offer before, OfferStatus status, Event event) {
    return before.close(status, event.at());
  }

  /**
   * Returns the designation a {@link Action.DesignatePartnerOfRecord} event made.
   *
   * @param event the event
   * @return the partner of record it names, from the event's time
   */
  static PartnerOfRecord designated(Event event) {
    Action.DesignatePartnerOfRecord a = (Action.DesignatePartnerOfRecord) event.action();
    return PartnerOfRecord.builder()
        .customer(a.customer())
        .partner(a.partner())
        .designatedAt(event.at())
        .build();
  }

  /**
   * Returns the service request a {@link Action.SubmitServiceRequest} event filed, with the number
   * the rules gave it.
   *
   * @param program the program
   * @param event the event
   * @return the request
   */
  static ServiceRequest serviceRequest(PartnerProgram program, Event event) {
    Action.SubmitServiceRequest a = (Action.SubmitServiceRequest) event.action();
    List<ServiceRequest> filed = program.customer(a.customer()).orElseThrow().serviceRequests();
    return pick(
        program,
        event,
        filed,
        s ->
            s.getTitle().equals(a.title())
                && s.getFiledBy().equals(a.by().asPartner())
                && s.getCreatedAt().equals(event.at()),
        a.customer());
  }

  /**
   * Returns the access assignment an {@link Action.AssignAccess} event made, with the id the rules
   * gave it.
   *
   * @param program the program
   * @param event the event
   * @param relationship the relationship as read after the event
   * @return the assignment
   */
  static AccessAssignment assignment(
      PartnerProgram program, Event event, GranularRelationship relationship) {
    Action.AssignAccess a = (Action.AssignAccess) event.action();
    return pick(
        program,
        event,
        relationship.getAccessAssignments(),
        x ->
            x.getSecurityGroup().equals(a.securityGroup())
                && x.getRoles().equals(a.roles())
                && x.getCreatedAt().equals(event.at()),
        relationship.getCustomer());
  }

  /**
   * Returns the entry of an appended list that the event made.
   *
   * @param entries the list as read after the event; it holds the event's entry
   * @param same whether an entry has the event's contents and time
   * @param customer the customer whose record holds the list: nothing before its registration
   *     appended to it
   */
  private static <T> T pick(
      PartnerProgram program,
      Event event,
      List<T> entries,
      Predicate<T> same,
      CustomerId customer) {
    List<T> candidates = new ArrayList<>();
    for (T entry : entries) {
      if (same.test(entry)) {
        candidates.add(entry);
      }
    }
    if (candidates.isEmpty()) {
      throw new IllegalStateException(
          "The program applied " + event.action().kind() + " but holds no entry it made");
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    // An action appends to the same list when it has the event's verb and changes the same record
    // (its Target); the record's list begins with the customer's registration.
    Target target = Target.of(event.action());
    Predicate<Action> kin = e -> e.kind() == event.action().kind() && Target.of(e).equals(target);
    Target registration = new Target.Customer(customer, true);
    Predicate<Action> origin = e -> Target.of(e).equals(registration);
    int rank = identicalBefore(program, event, candidates.size() - 1, kin, origin);
    return candidates.get(Math.min(rank, candidates.size() - 1));
  }

  /**
   * Counts the logged events before this one that made an identical entry: its rank among them, as
   * the record's list keeps them in the order of their events. A record's actions are applied one
   * at a time, in the order of their sequence numbers and at non-decreasing times, so the log is
   * read backwards from the event only until an earlier time, the record's origin, the most there
   * can be, or the log's start.
   */
  private static int identicalBefore(
      PartnerProgram program,
      Event event,
      int most,
      Predicate<Action> kin,
      Predicate<Action> origin) {
    int found = 0;
    long high = event.sequence() - 1;
    while (high > 0 && found < most) {
      long low = Math.max(0, high - LOG_PAGE);
      List<Event> page = program.storage().events(low, (int) (high - low));
      if (page.isEmpty()) {
        return found;
      }
      for (int i = page.size() - 1; i >= 0; i--) {
        Event e = page.get(i);
        if (e.sequence() > high) {
          continue;
        }
        if (origin.test(e.action()) || (kin.test(e.action()) && e.at().isBefore(event.at()))) {
          return found;
        }
        if (kin.test(e.action()) && e.at().equals(event.at()) && identical(e, event)) {
          found++;
          if (found == most) {
            return found;
          }
        }
      }
      high = low;
    }
    return found;
  }

  private static boolean identical(Event a, Event b) {
    return Objects.equals(a.action(), b.action());
  }
}
