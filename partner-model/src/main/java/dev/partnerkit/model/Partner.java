package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Microsoft partner: its name and ids, its cloud, whether it signed the Microsoft Online Services
 * Partner Agreement, its program enrollments over time and the services it is authorized to
 * provide.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Whether the partner is certified
 * for delegated administration at a given moment is a rule (ELIG-1, ELIG-2), decided in
 * partner-rules from these facts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartner.class)
@JsonDeserialize(as = ImmutablePartner.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Partner {
  /**
   * Returns the partner's id.
   *
   * @return the id
   */
  @NotNull
  PartnerId getId();

  /**
   * Returns the partner's company name.
   *
   * @return the name, 1 to {@value dev.partnerkit.model.validation.Limits#PARTNER_NAME_MAX_LENGTH}
   *     characters
   */
  @NotBlank
  @Size(max = Limits.PARTNER_NAME_MAX_LENGTH)
  String getName();

  /**
   * Returns the partner's MPN id, if it has one.
   *
   * @return the MPN id
   */
  Optional<MpnId> getMpnId();

  /**
   * Returns the cloud the partner operates in; defaults to {@link Cloud#GLOBAL}.
   *
   * @return the cloud
   */
  @Value.Default
  default Cloud getCloud() {
    return Cloud.GLOBAL;
  }

  /**
   * Returns whether the partner signed the Microsoft Online Services Partner Agreement (ELIG-3).
   *
   * @return true once signed
   */
  @Value.Default
  default boolean isAgreementSigned() {
    return false;
  }

  /**
   * Returns the partner's program enrollments, past and present.
   *
   * @return the enrollments
   */
  List<@Valid ProgramEnrollment> getEnrollments();

  /**
   * Returns the services the partner is authorized to provide (OFFER-3).
   *
   * @return the service ids
   */
  Set<ServiceId> getAuthorizedServices();

  /**
   * Returns whether the partner has an enrollment in {@code program} in force at {@code time}.
   *
   * @param program the program
   * @param time the moment asked about
   * @return true when enrolled then
   */
  default boolean isEnrolledAt(Program program, Instant time) {
    for (ProgramEnrollment enrollment : getEnrollments()) {
      if (enrollment.getProgram() == program && enrollment.isActiveAt(time)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePartner.Builder builder() {
    return ImmutablePartner.builder();
  }
}
