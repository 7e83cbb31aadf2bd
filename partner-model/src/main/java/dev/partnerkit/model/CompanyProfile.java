package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/**
 * A customer's company profile: its name, its primary domain, its address and a contact.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompanyProfile.class)
@JsonDeserialize(as = ImmutableCompanyProfile.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface CompanyProfile {
  /**
   * Returns the company's name.
   *
   * @return the name
   */
  @NotBlank
  @Size(max = Limits.COMPANY_NAME_MAX_LENGTH)
  String getCompanyName();

  /**
   * Returns the company's primary domain, such as {@code fabrikam.onmicrosoft.com}.
   *
   * @return a DNS name
   */
  @NotBlank
  @Size(max = Limits.DOMAIN_NAME_MAX_LENGTH)
  @Pattern(regexp = Limits.DOMAIN_NAME, message = Limits.DOMAIN_NAME_MESSAGE)
  String getDomain();

  /**
   * Returns the company's address.
   *
   * @return the address
   */
  @NotNull
  @Valid
  Address getAddress();

  /**
   * Returns the company's primary contact.
   *
   * @return the contact
   */
  @NotNull
  @Valid
  Contact getContact();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableCompanyProfile.Builder builder() {
    return ImmutableCompanyProfile.builder();
  }
}
