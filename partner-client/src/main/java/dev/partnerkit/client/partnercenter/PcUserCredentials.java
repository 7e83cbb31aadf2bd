package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The first admin user's credentials, returned once when a customer is created ({@code
 * UserCredentials}). The password never appears in {@code toString()}.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcUserCredentials.class)
@JsonDeserialize(as = ImmutablePcUserCredentials.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcUserCredentials {
  /**
   * Returns the user name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getUserName();

  /**
   * Returns the initial password; a secret.
   *
   * @return the value; empty when the service did not send it
   */
  @Value.Redacted
  Optional<String> getPassword();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcUserCredentials.Builder builder() {
    return ImmutablePcUserCredentials.builder();
  }
}
