package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Changes scheduled for a new-commerce subscription's next term (NCE-10), Partner Center's {@code
 * scheduledNextTermInstructions}: seats up or down, a term, a billing frequency, an upgrade target.
 * Each field left empty keeps the subscription's value at renewal.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScheduledChange.class)
@JsonDeserialize(as = ImmutableScheduledChange.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ScheduledChange {
  /**
   * Returns the seats of the next term.
   *
   * @return the seats, if scheduled
   */
  OptionalInt getSeats();

  /**
   * Returns the next term.
   *
   * @return the term, if scheduled
   */
  Optional<Term> getTerm();

  /**
   * Returns the next term's billing frequency.
   *
   * @return the billing frequency, if scheduled
   */
  Optional<BillingCycle> getBilling();

  /**
   * Returns the upgrade target the subscription moves to at renewal.
   *
   * @return the service, if scheduled
   */
  Optional<ServiceId> getService();

  /**
   * Returns whether nothing is scheduled.
   *
   * @return true when every field is empty
   */
  @JsonIgnore
  default boolean isEmpty() {
    return getSeats().isEmpty()
        && getTerm().isEmpty()
        && getBilling().isEmpty()
        && getService().isEmpty();
  }

  /**
   * Returns this change with the fields the later one names replaced (NCE-10).
   *
   * @param later the later scheduling
   * @return the merged change
   */
  default ScheduledChange mergedWith(ScheduledChange later) {
    return builder()
        .seats(later.getSeats().isPresent() ? later.getSeats() : getSeats())
        .term(later.getTerm().or(this::getTerm))
        .billing(later.getBilling().or(this::getBilling))
        .service(later.getService().or(this::getService))
        .build();
  }

  /** Rejects seats outside the bounds any subscription could have. */
  @Value.Check
  default void check() {
    if (getSeats().isPresent()
        && (getSeats().getAsInt() < Limits.LICENSES_MIN
            || getSeats().getAsInt() > Limits.SERVICE_LICENSES_MAX)) {
      throw new IllegalArgumentException(
          "ScheduledChange.seats must be "
              + Limits.LICENSES_MIN
              + " to "
              + Limits.SERVICE_LICENSES_MAX
              + ", but was "
              + getSeats().getAsInt());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableScheduledChange.Builder builder() {
    return ImmutableScheduledChange.builder();
  }
}
