package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.CustomerAgreement;
import dev.partnerkit.model.PartnerId;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's acceptance of a Microsoft agreement ({@code Agreement} in "Agreement resources",
 * learn.microsoft.com/partner-center/developer/agreement-resources): who accepted it, when, and
 * which template.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcAgreement.class)
@JsonDeserialize(as = ImmutablePcAgreement.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcAgreement {
  /**
   * Returns the customer's person who accepted it.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcAgreementContact> getPrimaryContact();

  /**
   * Returns the agreement template's id, from the agreement metadata.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTemplateId();

  /**
   * Returns when the customer agreed. Partner Center's examples write it without a zone ({@code
   * 2026-11-30T00:00:00}); it is read as UTC, and an offset is honoured when one is sent.
   *
   * @return the value; empty when the service did not send it
   */
  @JsonDeserialize(contentUsing = LenientInstantDeserializer.class)
  Optional<Instant> getDateAgreed();

  /**
   * Returns the agreement's type, such as {@code MicrosoftCustomerAgreement}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getType();

  /**
   * Returns the id of the partner user who recorded the acceptance.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getUserId();

  /**
   * Returns the link to the agreement's text.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAgreementLink();

  /**
   * Returns the model's agreement: the date agreed, when it was recorded, and the partner that
   * attested it. Partner Center does not say when the acceptance was recorded or by which partner,
   * so the caller does (the instant the attestation was created or first read).
   *
   * @param attestedBy the reseller that attested it; empty when the customer recorded it
   * @param recordedAt when the acceptance was recorded
   * @return the agreement; empty when the date agreed is missing or after {@code recordedAt}
   */
  default Optional<CustomerAgreement> toModel(Optional<PartnerId> attestedBy, Instant recordedAt) {
    return PcMapping.agreement(this, attestedBy, recordedAt);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcAgreement.Builder builder() {
    return ImmutablePcAgreement.builder();
  }
}
