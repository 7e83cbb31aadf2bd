package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The customer's person who accepted an agreement ({@code Contact} in "Agreement resources",
 * learn.microsoft.com/partner-center/developer/agreement-resources).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcAgreementContact.class)
@JsonDeserialize(as = ImmutablePcAgreementContact.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcAgreementContact {
  /**
   * Returns the first name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getFirstName();

  /**
   * Returns the last name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getLastName();

  /**
   * Returns the email address.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getEmail();

  /**
   * Returns the phone number.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPhoneNumber();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcAgreementContact.Builder builder() {
    return ImmutablePcAgreementContact.builder();
  }
}
