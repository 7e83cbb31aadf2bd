package dev.partnerkit.rules;

import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import java.util.Collection;
import java.util.List;

/**
 * The stored state as a {@link ProgramStorage} shows it to {@link PartnerProgram}'s queries: what
 * the rules read, plus the lists a portal asks for.
 *
 * <p>One view answers from one consistent moment while it is used.
 */
public interface StorageView extends ProgramView {
  /**
   * Returns every customer some action linked to the partner (an offer, a grant, a designation, a
   * relationship, a subscription): a superset of its customers now, which the program narrows with
   * the rules.
   *
   * @param partner the partner
   * @return the customer ids, each once
   */
  Collection<CustomerId> linkedCustomers(PartnerId partner);

  /**
   * Returns the registered partners.
   *
   * @return the partners, in no particular order
   */
  List<Partner> partners();

  /**
   * Returns the ids of the registered customers.
   *
   * @return the ids, each once, in no particular order
   */
  Collection<CustomerId> customerIds();

  /**
   * Returns the number of registered customers; by default the size of {@link #customerIds()}, a
   * storage that can count without listing them overrides it.
   *
   * @return the count
   */
  default int customerCount() {
    return customerIds().size();
  }
}
