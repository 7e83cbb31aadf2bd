package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Seats added to a new-commerce subscription at one instant: at purchase, renewal, a trial's
 * conversion or a later addition. Seats may be removed only within the window that opens when their
 * batch was added (NCE-6), most recently added first.
 *
 * <p>Immutable and thread-safe; create with {@link #of(int, Instant)} or {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSeatBatch.class)
@JsonDeserialize(as = ImmutableSeatBatch.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface SeatBatch {
  /**
   * Returns how many seats the batch holds.
   *
   * @return 1 or more
   */
  @Min(Limits.LICENSES_MIN)
  @Max(Limits.SERVICE_LICENSES_MAX)
  int getSeats();

  /**
   * Returns when the seats were added.
   *
   * @return the instant
   */
  @NotNull
  Instant getAddedAt();

  /**
   * Returns whether the batch opened a removal window; false for the seats a partial upgrade moved
   * into a new subscription, which have none until it renews (NCE-6).
   *
   * @return true by default
   */
  @Value.Default
  default boolean isRemovable() {
    return true;
  }

  /**
   * Returns a removable batch.
   *
   * @param seats the seats
   * @param addedAt when they were added
   * @return the batch
   */
  static SeatBatch of(int seats, Instant addedAt) {
    return builder().seats(seats).addedAt(addedAt).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableSeatBatch.Builder builder() {
    return ImmutableSeatBatch.builder();
  }
}
