package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person to contact at a customer or partner.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface Contact {
  /**
   * Returns the contact's first name.
   *
   * @return the first name
   */
  @NotBlank
  @Size(max = Limits.PERSON_NAME_MAX_LENGTH)
  String getFirstName();

  /**
   * Returns the contact's last name.
   *
   * @return the last name
   */
  @NotBlank
  @Size(max = Limits.PERSON_NAME_MAX_LENGTH)
  String getLastName();

  /**
   * Returns the contact's email address.
   *
   * @return the email address
   */
  @NotBlank
  @Email
  @Size(max = Limits.EMAIL_MAX_LENGTH)
  String getEmail();

  /**
   * Returns the contact's phone number, if known.
   *
   * @return the phone number
   */
  Optional<@Size(max = Limits.PHONE_NUMBER_MAX_LENGTH) String> getPhoneNumber();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }
}
