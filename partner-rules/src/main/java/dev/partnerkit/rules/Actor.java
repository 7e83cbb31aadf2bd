package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who takes an action: a partner or a customer. The rules decide whether that party may; a partner
 * accepting its own invitation is denied (DA-6), not rejected as malformed.
 *
 * <p>A closed union; instances are immutable and thread-safe. Create with {@link
 * #partner(PartnerId)} or {@link #customer(CustomerId)}.
 */
public sealed interface Actor permits Actor.PartnerActor, Actor.CustomerActor {
  /**
   * Returns an actor for a partner.
   *
   * @param id the partner
   * @return the actor
   */
  static Actor partner(PartnerId id) {
    return new PartnerActor(id);
  }

  /**
   * Returns an actor for a customer.
   *
   * @param id the customer
   * @return the actor
   */
  static Actor customer(CustomerId id) {
    return new CustomerActor(id);
  }

  /**
   * Returns the partner acting, if a partner acts.
   *
   * @return the partner id
   */
  Optional<PartnerId> asPartner();

  /**
   * Returns the customer acting, if a customer acts.
   *
   * @return the customer id
   */
  Optional<CustomerId> asCustomer();

  /**
   * Returns whether this actor is the given customer.
   *
   * @param customer the customer
   * @return true when that customer acts
   */
  default boolean is(CustomerId customer) {
    return asCustomer().filter(customer::equals).isPresent();
  }

  /**
   * Returns whether this actor is the given partner.
   *
   * @param partner the partner
   * @return true when that partner acts
   */
  default boolean is(PartnerId partner) {
    return asPartner().filter(partner::equals).isPresent();
  }

  /**
   * A partner acting.
   *
   * @param id the partner
   */
  record PartnerActor(PartnerId id) implements Actor {
    /** Checks that the id is present. */
    public PartnerActor {
      Objects.requireNonNull(id, "partner actor id");
    }

    @Override
    public Optional<PartnerId> asPartner() {
      return Optional.of(id);
    }

    @Override
    public Optional<CustomerId> asCustomer() {
      return Optional.empty();
    }

    /** Returns {@code partner ID}. */
    @Override
    public String toString() {
      return "partner " + id;
    }
  }

  /**
   * A customer acting.
   *
   * @param id the customer
   */
  record CustomerActor(CustomerId id) implements Actor {
    /** Checks that the id is present. */
    public CustomerActor {
      Objects.requireNonNull(id, "customer actor id");
    }

    @Override
    public Optional<PartnerId> asPartner() {
      return Optional.empty();
    }

    @Override
    public Optional<CustomerId> asCustomer() {
      return Optional.of(id);
    }

    /** Returns {@code customer ID}. */
    @Override
    public String toString() {
      return "customer " + id;
    }
  }
}
