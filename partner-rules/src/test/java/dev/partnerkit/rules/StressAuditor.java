package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.DelegationGrant;
import dev.partnerkit.model.GrantStatus;
import dev.partnerkit.model.InvitationId;
import dev.partnerkit.model.PartnerId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * An {@link EventSink} that audits every event the program appends, in the program's own order.
 *
 * <p>It keeps, per customer, a shadow of the delegated admins computed from the log alone (an
 * accepted invitation that carries the option adds its partner, a revoked delegation removes it),
 * and on each event of a customer it checks, while the program holds that customer's lock:
 *
 * <ul>
 *   <li>the event's sequence is above the customer's previous one (the sink's ordering promise);
 *   <li>the state the program shows for the customer, which is the state the customer's previous
 *       accepted action produced, has exactly the delegated admins the log gives;
 *   <li>under the seed policy the log never gives a customer two active delegated admins.
 * </ul>
 *
 * Together with a check of the final states, every state an accepted action produced is checked. On
 * a partner event, which the program applies alone, it checks that every earlier event has been
 * appended. Violations are collected, not thrown, so that a broken invariant cannot change what the
 * program does next. Thread-safe.
 */
final class StressAuditor implements EventSink {
  private final boolean oneDelegatedAdmin;
  private final ConcurrentHashMap<CustomerId, Shadow> shadows = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<InvitationId, Offered> offered = new ConcurrentHashMap<>();
  private final Map<ActionKind, LongAdder> byKind = new EnumMap<>(ActionKind.class);
  private final AtomicLong appended = new AtomicLong();
  private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
  private volatile ProgramView program;

  /** What the log says about an invitation or offer. */
  private record Offered(PartnerId partner, CustomerId customer, boolean delegatedAdmin) {}

  /** One customer's delegated admins by the log; guarded by its own monitor. */
  private static final class Shadow {
    long lastSequence;
    final Set<PartnerId> delegates = new HashSet<>();
  }

  StressAuditor(boolean oneDelegatedAdmin) {
    this.oneDelegatedAdmin = oneDelegatedAdmin;
    for (ActionKind kind : ActionKind.values()) {
      byKind.put(kind, new LongAdder());
    }
  }

  /** Sets the program whose visible state is compared with the log; call before the first apply. */
  void watch(ProgramView program) {
    this.program = program;
  }

  @Override
  public void append(Event event) {
    long before = appended.getAndIncrement();
    Action action = event.action();
    byKind.get(action.kind()).increment();
    if (Target.of(action) instanceof Target.Partner) {
      if (before != event.sequence() - 1) {
        violation(
            String.format(
                "partner event %d came after %d appended events; expected all %d earlier ones",
                event.sequence(), before, event.sequence() - 1));
      }
      return;
    }
    Optional<CustomerId> found = customerOf(action);
    if (found.isEmpty()) {
      violation(
          String.format(
              "event %d (%s) names no customer the log knows", event.sequence(), action.kind()));
      return;
    }
    CustomerId customer = found.get();
    Shadow shadow = shadows.computeIfAbsent(customer, k -> new Shadow());
    synchronized (shadow) {
      if (event.sequence() <= shadow.lastSequence) {
        violation(
            String.format(
                "customer %s got event %d after event %d",
                customer, event.sequence(), shadow.lastSequence));
      }
      shadow.lastSequence = event.sequence();
      Set<PartnerId> visible =
          program.customer(customer).map(StressAuditor::activeDelegates).orElse(Set.of());
      if (!visible.equals(shadow.delegates)) {
        violation(
            String.format(
                "before event %d customer %s showed delegated admins %s, but its log gives %s",
                event.sequence(), customer, visible, shadow.delegates));
      }
      follow(action, shadow);
      if (oneDelegatedAdmin && shadow.delegates.size() > 1) {
        violation(
            String.format(
                "event %d (%s) gave customer %s the delegated admins %s under the seed policy",
                event.sequence(), action.kind(), customer, shadow.delegates));
      }
    }
  }

  private Optional<CustomerId> customerOf(Action action) {
    Target target = Target.of(action);
    if (target instanceof Target.Invitation i) {
      return invitationCustomer(i.invitation());
    }
    return target instanceof Target.Customer c ? Optional.of(c.customer()) : Optional.empty();
  }

  private Optional<CustomerId> invitationCustomer(InvitationId id) {
    return Optional.ofNullable(offered.get(id)).map(Offered::customer);
  }

  private void follow(Action action, Shadow shadow) {
    if (action instanceof Action.SendTrialInvitation a) {
      offered.put(a.id(), new Offered(a.partner(), a.customer(), a.delegatedAdmin()));
    } else if (action instanceof Action.SendPurchaseOffer a) {
      offered.put(a.id(), new Offered(a.partner(), a.customer(), a.delegatedAdmin()));
    } else if (action instanceof Action.SendDelegatedAdminInvitation a) {
      offered.put(a.id(), new Offered(a.partner(), a.customer(), true));
    } else if (action instanceof Action.Accept a) {
      Offered o = offered.get(a.invitation());
      if (o.delegatedAdmin()) {
        shadow.delegates.add(o.partner());
      }
    } else if (action instanceof Action.RevokeDelegation a) {
      shadow.delegates.remove(a.partner());
    }
  }

  private void violation(String message) {
    violations.add(message);
  }

  /** Returns the partners with an active delegated-admin grant in a customer's state. */
  static Set<PartnerId> activeDelegates(CustomerState state) {
    Set<PartnerId> active = new LinkedHashSet<>();
    for (DelegationGrant grant : state.grants()) {
      if (grant.getStatus() == GrantStatus.ACTIVE) {
        active.add(grant.getPartner());
      }
    }
    return active;
  }

  /** Returns the delegated admins the log gives the customer now. */
  Set<PartnerId> delegatesByLog(CustomerId customer) {
    Shadow shadow = shadows.get(customer);
    if (shadow == null) {
      return Set.of();
    }
    synchronized (shadow) {
      return Set.copyOf(shadow.delegates);
    }
  }

  /** Returns the number of events appended, by kind, leaving out kinds with none. */
  Map<ActionKind, Long> countsByKind() {
    Map<ActionKind, Long> counts = new EnumMap<>(ActionKind.class);
    byKind.forEach(
        (kind, count) -> {
          if (count.sum() > 0) {
            counts.put(kind, count.sum());
          }
        });
    return counts;
  }

  List<String> violations() {
    return new ArrayList<>(violations);
  }
}
