package dev.partnerkit.rules;

import dev.partnerkit.model.Partner;
import dev.partnerkit.model.PartnerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an allowed action changes, as {@link PartnerProgram} hands it to its {@link ProgramStorage}
 * to commit: a partner's new record, or a customer's new state with the keys it newly holds and the
 * keys it frees.
 *
 * <p>A closed union of records; immutable and thread-safe.
 */
public sealed interface Change {
  /**
   * A partner's new record.
   *
   * @param after the partner after the action
   */
  record PartnerChange(Partner after) implements Change {
    /** Checks the part. */
    public PartnerChange {
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * A customer's new state.
   *
   * @param after the state after the action; the very instance before it when nothing changed
   * @param claims the keys the customer holds from now on, which the program claims before the
   *     commit
   * @param releases the keys the customer no longer holds (a renamed or deleted relationship's)
   * @param linked the partner the action links to the customer, for {@link
   *     StorageView#linkedCustomers}
   */
  record CustomerChange(
      CustomerState after, List<Key> claims, List<Key> releases, Optional<PartnerId> linked)
      implements Change {
    /** Checks the parts and copies the lists. */
    public CustomerChange {
      Objects.requireNonNull(after, "after");
      claims = List.copyOf(claims);
      releases = List.copyOf(releases);
      Objects.requireNonNull(linked, "linked");
    }

    /** Returns a change that claims and frees nothing and links no partner. */
    static CustomerChange of(CustomerState after) {
      return new CustomerChange(after, List.of(), List.of(), Optional.empty());
    }

    /** Returns a change that links the partner to the customer. */
    static CustomerChange linking(CustomerState after, PartnerId partner, Key... claims) {
      return new CustomerChange(after, List.of(claims), List.of(), Optional.of(partner));
    }
  }
}
