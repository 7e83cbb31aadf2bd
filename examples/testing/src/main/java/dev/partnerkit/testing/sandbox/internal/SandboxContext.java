package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.CustomerState;
import dev.partnerkit.rules.Decision;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.IdempotencyConflictException;
import dev.partnerkit.rules.IdempotencyKey;
import dev.partnerkit.rules.Outcome;
import dev.partnerkit.rules.PartnerProgram;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Not API: what every handler works with: the program's store, the sandbox's clock and directory,
 * and the origin the sandbox serves on.
 *
 * <p>Thread-safe.
 */
public final class SandboxContext {
  private final PartnerProgram program;
  private final Clock clock;
  private final Directory directory;
  private volatile URI origin = URI.create("http://127.0.0.1");

  /**
   * Creates the context.
   *
   * @param program the program's store
   * @param clock the sandbox's clock
   * @param directory the sandbox's own state
   */
  public SandboxContext(PartnerProgram program, Clock clock, Directory directory) {
    this.program = Objects.requireNonNull(program, "program");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /**
   * Returns the program's store.
   *
   * @return the store
   */
  public PartnerProgram program() {
    return program;
  }

  /**
   * Returns the sandbox's own state.
   *
   * @return the directory
   */
  public Directory directory() {
    return directory;
  }

  /**
   * Returns the sandbox's time.
   *
   * @return now
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Returns the origin the sandbox serves on, such as {@code http://127.0.0.1:8080}.
   *
   * @return the origin
   */
  public URI origin() {
    return origin;
  }

  /**
   * Sets the origin once the server listens.
   *
   * @param origin the origin
   */
  public void origin(URI origin) {
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /**
   * Applies a request's action, or answers with its denial. A request with an {@code MS-RequestId}
   * applies it under the request's next key ({@link RequestKeys}), so that a repeat of the request
   * answers with this action's first outcome.
   *
   * @param action the action
   * @param r the request, for its time and keys
   * @return the action's event: what an answer about the action is built from ({@link Answers}),
   *     rather than a read after it, which on a shared store may show another request's change; on
   *     a repeat, the first attempt's event, with its time
   * @throws ApiProblem the denial, with every reason and rule id; a 409 when the request id was
   *     used for another action
   */
  public Event apply(Action action, ApiRequest r) {
    return apply(action, r.now(), r.keys());
  }

  private Event apply(Action action, Instant now, RequestKeys keys) {
    Outcome outcome = outcome(action, now, keys);
    if (!outcome.isAllowed()) {
      throw ApiProblem.denied(outcome.decision());
    }
    return outcome.event().orElseThrow();
  }

  /**
   * Applies a request's action under the request's next key, if it has one, and returns its
   * outcome, allowed or not.
   *
   * @param action the action
   * @param r the request, for its time and keys
   * @return the outcome; on a repeat, the first attempt's
   * @throws ApiProblem a 409 when the request id was used for another action
   */
  public Outcome outcome(Action action, ApiRequest r) {
    return outcome(action, r.now(), r.keys());
  }

  private Outcome outcome(Action action, Instant now, RequestKeys keys) {
    Optional<IdempotencyKey> key = keys.nextKey();
    if (key.isEmpty()) {
      return program.apply(action, now);
    }
    try {
      return program.apply(action, now, key.get());
    } catch (IdempotencyConflictException e) {
      throw Idempotency.reused(keys.requestId().orElseThrow());
    }
  }

  /**
   * Makes a partner a customer's reseller. Under a policy with new commerce the rules keep reseller
   * relationships (NCE-1), so the program records it ({@link Action.AddReseller}, checked by the
   * rules); under the seed policy the rules have none and only the sandbox keeps it, as Partner
   * Center's legacy relationship. Either way the directory indexes it for the partner's customer
   * list.
   *
   * @param partner the partner
   * @param customer the customer
   * @param r the request, for its time and keys
   * @throws ApiProblem the rules' denial
   */
  public void addReseller(PartnerId partner, CustomerId customer, ApiRequest r) {
    addReseller(partner, customer, r.now(), r.keys());
  }

  /**
   * Makes a partner a customer's reseller outside any request, as {@link #addReseller(PartnerId,
   * CustomerId, ApiRequest)} does.
   *
   * @param partner the partner
   * @param customer the customer
   * @param now the time
   * @throws ApiProblem the rules' denial
   */
  public void addReseller(PartnerId partner, CustomerId customer, Instant now) {
    addReseller(partner, customer, now, RequestKeys.none());
  }

  private void addReseller(PartnerId partner, CustomerId customer, Instant now, RequestKeys keys) {
    if (program.policy().allowsNewCommerce()
        && !program.customer(customer).orElseThrow().resellers().contains(partner)) {
      apply(new Action.AddReseller(partner, customer), now, keys);
    }
    directory.addReseller(partner, customer);
  }

  /**
   * Decides an action without applying it, and answers with its denial.
   *
   * @param action the action
   * @param now the time
   * @throws ApiProblem the denial
   */
  public void check(Action action, Instant now) {
    Decision decision = program.decide(action, now);
    if (decision.isDenied()) {
      throw ApiProblem.denied(decision);
    }
  }

  /**
   * Returns a page of the customers a partner may see: those it resells to and those the program
   * counts as its customers (a grant, a relationship in force, the partner of record, a
   * subscription sold); at most {@code limit} of them, in order, after {@code after}. It walks the
   * sorted resellers from {@code after} and sorts only the program's few other customers of the
   * partner, so that a page costs the same whether the partner has a thousand customers or a
   * million.
   *
   * @param partner the partner
   * @param now the time
   * @param after the last customer of the previous page; empty for the first page
   * @param limit how many at most
   * @return the customers, sorted
   */
  public List<CustomerId> customersOf(
      PartnerId partner, Instant now, Optional<CustomerId> after, int limit) {
    NavigableSet<CustomerId> resold = directory.resoldBy(partner);
    TreeSet<CustomerId> others = new TreeSet<>();
    for (CustomerId id : program.customersOf(partner, now)) {
      if (after.isEmpty() || id.compareTo(after.get()) > 0) {
        others.add(id);
      }
    }
    Iterator<CustomerId> a =
        after.isPresent() ? resold.tailSet(after.get(), false).iterator() : resold.iterator();
    Iterator<CustomerId> b = others.iterator();
    List<CustomerId> page = new ArrayList<>(Math.min(limit, 1024));
    CustomerId x = a.hasNext() ? a.next() : null;
    CustomerId y = b.hasNext() ? b.next() : null;
    while (page.size() < limit && (x != null || y != null)) {
      int order = x == null ? 1 : y == null ? -1 : x.compareTo(y);
      page.add(order <= 0 ? x : y);
      if (order <= 0) {
        x = a.hasNext() ? a.next() : null;
      }
      if (order >= 0) {
        y = b.hasNext() ? b.next() : null;
      }
    }
    return page;
  }

  /**
   * Returns a customer's state when the partner may see the customer.
   *
   * @param partner the partner
   * @param customer the customer
   * @param now the time
   * @return the state
   * @throws ApiProblem a 403, the same for an unknown customer and another partner's, so that no
   *     answer tells which tenants exist
   */
  public CustomerState requireCustomerOf(PartnerId partner, CustomerId customer, Instant now) {
    Optional<CustomerState> state = program.customer(customer);
    if (state.isEmpty()
        || (!isReseller(partner, state.get())
            && !program.customersOf(partner, now).contains(customer))) {
      throw ApiProblem.forbidden(
          "Partner "
              + partner
              + " has no relationship with customer "
              + customer
              + ": it is neither its reseller nor holds a grant, a relationship, a subscription or"
              + " the partner of record there.");
    }
    return state.get();
  }

  /**
   * Ends a partner's reseller relationship with a customer. Under a policy with new commerce the
   * program records it ({@link Action.RemoveReseller}, NCE-1), so every instance and restart
   * agrees; under the seed policy only this sandbox keeps it, beside Partner Center's legacy
   * relationship. Either way the directory stops listing the customer as the partner's.
   *
   * @param partner the partner
   * @param customer the customer
   * @param r the request, for its time and keys
   * @throws ApiProblem the rules' denial
   */
  public void removeReseller(PartnerId partner, CustomerId customer, ApiRequest r) {
    if (program.policy().allowsNewCommerce()) {
      apply(new Action.RemoveReseller(partner, customer), r);
    }
    directory.removeReseller(partner, customer);
  }

  /**
   * Returns whether a partner is a customer's reseller. Under a policy with new commerce the
   * program's state says it (NCE-1: the builder, a reseller link, a customer created through the
   * API and an ended relationship are all its actions). Under the seed policy the rules keep no
   * reseller relationships: the sandbox made it one (the builder, a reseller link), or the partner
   * created the customer through the API (the customer records its maker, {@link
   * CreatedCustomers}), unless this sandbox ended it since.
   *
   * @param partner the partner
   * @param state the customer's state
   * @return true when it is
   */
  public boolean isReseller(PartnerId partner, CustomerState state) {
    if (program.policy().allowsNewCommerce()) {
      return state.resellers().contains(partner);
    }
    CustomerId customer = state.customer().getId();
    if (directory.isReseller(partner, customer)) {
      return true;
    }
    if (directory.isResellerRemoved(partner, customer)) {
      return false;
    }
    return CreatedCustomers.isMadeBy(partner, state.customer());
  }

  /**
   * Returns the registered partner with an MPN id, from the program's partners, so that a partner
   * registered through another instance is found too.
   *
   * @param mpn the MPN id
   * @return the partner's id
   */
  public Optional<PartnerId> partnerByMpn(MpnId mpn) {
    for (Partner partner : program.partners()) {
      if (partner.getMpnId().filter(mpn::equals).isPresent()) {
        return Optional.of(partner.getId());
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a customer's tenant id from a path or body.
   *
   * @param text the text
   * @return the id
   * @throws ApiProblem a 400 when it is not a GUID
   */
  public static CustomerId customerId(String text) {
    try {
      return CustomerId.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }
}
