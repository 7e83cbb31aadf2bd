package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.PartnerProgram;
import dev.partnerkit.rules.ProgramPolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not API: the customers partners create with {@code POST /v1/customers}, and the customer domains
 * that are taken, both derived from the program's state, so that every instance on a shared store
 * and every restart answers the same.
 *
 * <p><b>Who made a customer.</b> Under a policy with new commerce the program records the maker as
 * the customer's reseller (NCE-1, {@code AddReseller} in the same request), so a created customer's
 * tenant id names its domain alone ({@link #idFor}): two partners creating one domain at the same
 * moment, on any instances, make the same id, and the program's claim on it (REG-1) lets one of
 * them win. Under the seed policy the rules keep no reseller relationships, so the program does not
 * record which partner created a customer; the id then names its maker too, a name-based UUID of
 * the partner's id and the domain. A partner made such a customer exactly when the customer's id is
 * the one its id and the customer's domain give ({@link #isMadeBy}), which any instance can check
 * from the customer's record alone; the same partner creating the same domain twice makes the same
 * id, and one of them wins.
 *
 * <p><b>Domains.</b> A domain is taken when a customer created through the API holds it (one read
 * of the program: a customer under the id the domain gives, under the seed policy for each
 * partner), or when another customer the program holds has it: those are indexed from the log, read
 * from the last event seen (and a margin before it, since a database may commit a lower sequence
 * number after a higher one) at each check. Under the seed policy two different partners creating
 * one domain at the same moment on two instances can still both succeed: closing that needs the
 * rules to claim a domain as they claim a tenant id (docs/sandbox.md).
 *
 * <p>Thread-safe.
 */
final class CreatedCustomers {
  /** How many events before the last seen are read again, for numbers committed out of order. */
  private static final int MARGIN = 256;

  private static final int PAGE = 10_000;

  private final Map<String, CustomerId> domains = new ConcurrentHashMap<>();
  private long seen;

  /**
   * Returns the tenant id of a customer a partner creates with a domain.
   *
   * @param maker the partner creating it
   * @param domain its domain, in any case
   * @param policy the program's policy: with new commerce the id names the domain alone
   * @return the id
   */
  static CustomerId idFor(PartnerId maker, String domain, ProgramPolicy policy) {
    return policy.allowsNewCommerce() ? idOfDomain(domain) : idMadeBy(maker, domain);
  }

  private static CustomerId idOfDomain(String domain) {
    return nameId("partnerkit-sandbox:domain:" + domain.toLowerCase(Locale.ROOT));
  }

  private static CustomerId idMadeBy(PartnerId maker, String domain) {
    return nameId("partnerkit-sandbox:created-by:" + maker + ":" + domain.toLowerCase(Locale.ROOT));
  }

  private static CustomerId nameId(String name) {
    return CustomerId.of(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Returns whether a partner created a customer through the API under the seed policy, where the
   * customer's id names its maker.
   *
   * @param partner the partner
   * @param customer the customer
   * @return true when the customer's id names the partner as its maker
   */
  static boolean isMadeBy(PartnerId partner, Customer customer) {
    return customer.getId().equals(idMadeBy(partner, customer.getProfile().getDomain()));
  }

  /**
   * Returns the partner that created a customer through the API, among the registered ones.
   *
   * @param partners the registered partners
   * @param customer the customer
   * @return the maker, if a registered partner made it
   */
  static Optional<PartnerId> makerOf(List<Partner> partners, Customer customer) {
    for (Partner partner : partners) {
      if (isMadeBy(partner.getId(), customer)) {
        return Optional.of(partner.getId());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the customer that holds a domain.
   *
   * @param program the program
   * @param domain the domain, in any case
   * @return the customer's id; empty when the domain is free
   */
  Optional<CustomerId> holderOf(PartnerProgram program, String domain) {
    String key = domain.toLowerCase(Locale.ROOT);
    Optional<CustomerId> created =
        program.policy().allowsNewCommerce()
            ? Optional.of(idOfDomain(key)).filter(id -> program.customer(id).isPresent())
            : program
                .storage()
                .read(
                    view -> {
                      for (Partner partner : view.partners()) {
                        CustomerId id = idMadeBy(partner.getId(), key);
                        if (view.customer(id).isPresent()) {
                          return Optional.of(id);
                        }
                      }
                      return Optional.empty();
                    });
    return created.or(() -> Optional.ofNullable(catchUp(program).get(key)));
  }

  /**
   * Indexes the domain of a customer known to exist, such as one registered at the start.
   *
   * @param customer the customer
   */
  void add(Customer customer) {
    domains.putIfAbsent(
        customer.getProfile().getDomain().toLowerCase(Locale.ROOT), customer.getId());
  }

  /**
   * Marks the log as read up to a sequence number, as when the index was built from a snapshot
   * taken there.
   *
   * @param sequence the last event the index reflects
   */
  synchronized void seen(long sequence) {
    seen = Math.max(seen, sequence);
  }

  private synchronized Map<String, CustomerId> catchUp(PartnerProgram program) {
    long after = Math.max(0, seen - MARGIN);
    while (true) {
      List<Event> page = program.storage().events(after, PAGE);
      if (page.isEmpty()) {
        return domains;
      }
      for (Event event : page) {
        if (event.action() instanceof Action.RegisterCustomer r) {
          add(r.customer());
        }
      }
      after = page.get(page.size() - 1).sequence();
      seen = Math.max(seen, after);
    }
  }
}
