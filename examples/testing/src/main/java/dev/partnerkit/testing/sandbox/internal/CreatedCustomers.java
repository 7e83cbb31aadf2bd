package dev.partnerkit.testing.sandbox.internal;

import dev.partnerkit.model.Customer;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.rules.Action;
import dev.partnerkit.rules.Event;
import dev.partnerkit.rules.PartnerProgram;
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
 * <p><b>Who made a customer.</b> A created customer records its maker ({@link
 * Customer#getCreatedBy()}), and its tenant id is a name-based UUID of its domain alone ({@link
 * #idFor}). Under the seed policy, where the rules keep no reseller relationships, the record is
 * how every instance and restart knows the maker is the customer's reseller; under the modern
 * policy the maker is also the reseller the program records (NCE-1). Two partners creating one
 * domain at the same moment, on any instances, make the same id, and the program's claim on it
 * (REG-1) lets one of them win; the same partner repeating its request is answered from the
 * request's keys.
 *
 * <p><b>Domains.</b> A domain is taken when a customer created through the API holds it (one read
 * of the program: the customer under the id the domain gives), or when another customer the program
 * holds has it: those are indexed from the log, read from the last event seen (and a margin before
 * it, since a database may commit a lower sequence number after a higher one) at each check.
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
   * Returns the tenant id of a customer created through the API with a domain.
   *
   * @param domain its domain, in any case
   * @return the id
   */
  static CustomerId idFor(String domain) {
    String name = "partnerkit-sandbox:domain:" + domain.toLowerCase(Locale.ROOT);
    return CustomerId.of(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Returns whether a partner created a customer through the API.
   *
   * @param partner the partner
   * @param customer the customer
   * @return true when the customer records the partner as its maker
   */
  static boolean isMadeBy(PartnerId partner, Customer customer) {
    return customer.getCreatedBy().filter(partner::equals).isPresent();
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
        Optional.of(idFor(key)).filter(id -> program.customer(id).isPresent());
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
