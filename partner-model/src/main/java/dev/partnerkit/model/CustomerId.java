package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partnerkit.model.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a customer by its Microsoft Entra tenant id, a GUID.
 *
 * <p>Instances are immutable and thread-safe. JSON shows the GUID in its canonical lower-case form;
 * parsing accepts either case and fails with a message naming the field otherwise.
 *
 * @param value the tenant id
 */
public record CustomerId(UUID value) implements Comparable<CustomerId> {
  /** Checks that the tenant id is present. */
  public CustomerId {
    Objects.requireNonNull(value, "CustomerId must not be null");
  }

  /**
   * Returns the customer id for a tenant GUID.
   *
   * @param tenantId the tenant id
   * @return the customer id
   */
  public static CustomerId of(UUID tenantId) {
    return new CustomerId(tenantId);
  }

  /**
   * Parses a tenant GUID such as {@code 4a9c3e2d-1b6f-4c1e-9d2a-7f3b5e8c0a11}.
   *
   * @param text the GUID text
   * @return the customer id
   * @throws IllegalArgumentException when the text is not a GUID in 8-4-4-4-12 hex form
   */
  @JsonCreator
  public static CustomerId parse(String text) {
    Objects.requireNonNull(text, "CustomerId must not be null");
    if (text.length() != 36) {
      throw notAGuid(text);
    }
    try {
      return new CustomerId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw notAGuid(text);
    }
  }

  /**
   * Returns a stable tenant id derived from a name (a name-based UUID), so that fixtures and
   * scenario files can use readable names such as {@code fabrikam} for customers.
   *
   * @param name the readable name
   * @return the same id for the same name, every time
   */
  public static CustomerId fromName(String name) {
    Checks.token("customer name", name);
    return new CustomerId(
        UUID.nameUUIDFromBytes(("partnerkit:" + name).getBytes(StandardCharsets.UTF_8)));
  }

  private static IllegalArgumentException notAGuid(String text) {
    return new IllegalArgumentException(
        "CustomerId must be a tenant GUID like 4a9c3e2d-1b6f-4c1e-9d2a-7f3b5e8c0a11, but was "
            + Checks.quote(text));
  }

  /** Returns the GUID in canonical form. */
  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }
}
