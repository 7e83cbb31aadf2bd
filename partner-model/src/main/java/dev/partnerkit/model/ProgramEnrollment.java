package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's enrollment in a {@link Program} over a period: from {@link #getStart()} until {@link
 * #getEnd()} (exclusive), or open-ended.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} or {@link #of(Program, Instant)}. An
 * end before the start fails on construction.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramEnrollment.class)
@JsonDeserialize(as = ImmutableProgramEnrollment.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ProgramEnrollment {
  /**
   * Returns the program enrolled in.
   *
   * @return the program
   */
  @NotNull
  Program getProgram();

  /**
   * Returns when the enrollment began.
   *
   * @return the start instant
   */
  @NotNull
  Instant getStart();

  /**
   * Returns when the enrollment ended or will end, if it does.
   *
   * @return the end instant, exclusive
   */
  Optional<Instant> getEnd();

  /**
   * Returns whether the enrollment is in force at {@code time}.
   *
   * @param time the moment asked about
   * @return true when {@code start <= time < end}
   */
  default boolean isActiveAt(Instant time) {
    // No lambda: the rules ask this on every delegated-admin decision.
    Optional<Instant> end = getEnd();
    return !time.isBefore(getStart()) && (end.isEmpty() || time.isBefore(end.get()));
  }

  /** Rejects an end before the start. */
  @Value.Check
  default void check() {
    if (getEnd().isPresent() && getEnd().get().isBefore(getStart())) {
      throw new IllegalArgumentException(
          "ProgramEnrollment.end must not be before start ("
              + getStart()
              + "), but was "
              + getEnd().get());
    }
  }

  /**
   * Returns an open-ended enrollment.
   *
   * @param program the program
   * @param start when it began
   * @return the enrollment
   */
  static ProgramEnrollment of(Program program, Instant start) {
    return builder().program(program).start(start).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableProgramEnrollment.Builder builder() {
    return ImmutableProgramEnrollment.builder();
  }
}
