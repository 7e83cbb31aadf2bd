package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's recorded acceptance of the Microsoft Customer Agreement (NCE-2): when it agreed,
 * when the acceptance was recorded, and the reseller that attested it, if the customer did not
 * record it itself.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. An agreement dated after its
 * recording fails on construction.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerAgreement.class)
@JsonDeserialize(as = ImmutableCustomerAgreement.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CustomerAgreement {
  /**
   * Returns when the customer agreed (Partner Center's {@code dateAgreed}).
   *
   * @return the date agreed
   */
  @NotNull
  Instant getDateAgreed();

  /**
   * Returns when the acceptance was recorded.
   *
   * @return the instant
   */
  @NotNull
  Instant getRecordedAt();

  /**
   * Returns the reseller that attested the acceptance; empty when the customer recorded it.
   *
   * @return the attesting partner
   */
  Optional<PartnerId> getAttestedBy();

  /** Rejects a date agreed in the future of its recording (NCE-2). */
  @Value.Check
  default void check() {
    if (getDateAgreed().isAfter(getRecordedAt())) {
      throw new IllegalArgumentException(
          "CustomerAgreement.dateAgreed must not be after recordedAt ("
              + getRecordedAt()
              + "), but was "
              + getDateAgreed());
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableCustomerAgreement.Builder builder() {
    return ImmutableCustomerAgreement.builder();
  }
}
