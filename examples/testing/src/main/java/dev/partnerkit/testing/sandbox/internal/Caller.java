package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Actor;
import java.util.Objects;

/**
 * Not API: who a request's bearer token speaks for, a partner or a customer's tenant.
 *
 * <p>A closed union of records; immutable and thread-safe.
 */
public sealed interface Caller permits Caller.PartnerCaller, Caller.CustomerCaller {
  /**
   * Returns the rules' actor for this caller.
   *
   * @return the actor
   */
  Actor actor();

  /**
   * Returns a stable key naming the caller, such as {@code partner:northwind}, for the request
   * de-duplication cache.
   *
   * @return the key
   */
  String key();

  /**
   * A partner calling.
   *
   * @param partner the partner
   */
  record PartnerCaller(PartnerId partner) implements Caller {
    /** Checks that the partner is present. */
    public PartnerCaller {
      Objects.requireNonNull(partner, "partner");
    }

    @Override
    public Actor actor() {
      return Actor.partner(partner);
    }

    @Override
    public String key() {
      return "partner:" + partner;
    }
  }

  /**
   * A customer's tenant calling.
   *
   * @param customer the customer
   */
  record CustomerCaller(CustomerId customer) implements Caller {
    /** Checks that the customer is present. */
    public CustomerCaller {
      Objects.requireNonNull(customer, "customer");
    }

    @Override
    public Actor actor() {
      return Actor.customer(customer);
    }

    @Override
    public String key() {
      return "customer:" + customer;
    }
  }
}
