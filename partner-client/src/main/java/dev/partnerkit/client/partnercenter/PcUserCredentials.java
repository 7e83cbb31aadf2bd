package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The first admin user's credentials, returned once when a customer is created ({@code
 * UserCredentials}). The password never appears in {@code toString()}.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param userName the user name; empty when the service did not send it
 * @param password the initial password, a secret; empty when the service did not send it
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcUserCredentials(Optional<String> userName, Optional<String> password) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcUserCredentials {
    userName = WireValues.optional(userName);
    password = WireValues.optional(password);
  }

  /**
   * Returns the user name and whether there is a password, never the password itself.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PcUserCredentials[userName="
        + userName
        + ", password="
        + (password.isPresent() ? "(redacted)" : "Optional.empty")
        + "]";
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcUserCredentialsBuilder builder() {
    return new PcUserCredentialsBuilder();
  }
}
