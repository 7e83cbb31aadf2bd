package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.partnerkit.model.internal.Checks;
import dev.partnerkit.model.validation.Limits;
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
   * @throws IllegalArgumentException when the text is not a GUID ({@link Limits#GUID})
   */
  @JsonCreator
  public static CustomerId parse(String text) {
    Objects.requireNonNull(text, "CustomerId must not be null");
    // UUID.fromString alone is lenient: it takes "+b50a80c-..." and dashes in any position.
    if (!Checks.isGuid(text, true)) {
      throw notAGuid(text);
    }
    return new CustomerId(UUID.fromString(text));
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

  // Written out, with the values a record would give: the record's own equals and hashCode are
  // bootstrapped through java.lang.runtime.ObjectMethods on first use, which costs a fresh JVM tens
  // of milliseconds, and every rule decision hashes this id.
  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerId other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }
}
