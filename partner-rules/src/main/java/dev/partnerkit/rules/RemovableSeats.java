package dev.partnerkit.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * Seats of a new-commerce subscription that may still be removed, and until when (NCE-6): one batch
 * of added seats, Partner Center's {@code refundableQuantity.details} entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param seats how many seats of the batch may be removed, 1 or more
 * @param until the instant its window closes; removal is allowed strictly before it
 */
public record RemovableSeats(int seats, Instant until) {
  /** Checks that seats are positive and the instant is given. */
  public RemovableSeats {
    Objects.requireNonNull(until, "RemovableSeats.until");
    if (seats < 1) {
      throw new IllegalArgumentException(
          "RemovableSeats.seats must be 1 or more, but was " + seats);
    }
  }
}
