package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agreement's metadata ({@code AgreementMetaData} in "Agreement resources",
 * learn.microsoft.com/partner-center/developer/agreement-resources): the template id an acceptance
 * names.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcAgreementMetaData.class)
@JsonDeserialize(as = ImmutablePcAgreementMetaData.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcAgreementMetaData {
  /**
   * Returns the template's id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTemplateId();

  /**
   * Returns the agreement's type, such as {@code MicrosoftCustomerAgreement}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAgreementType();

  /**
   * Returns the link to the agreement's text.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getAgreementLink();

  /**
   * Returns the version's rank, highest the newest.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Integer> getVersionRank();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcAgreementMetaData.Builder builder() {
    return ImmutablePcAgreementMetaData.builder();
  }
}
