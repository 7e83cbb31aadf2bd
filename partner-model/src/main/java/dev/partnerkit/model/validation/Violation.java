package dev.partnerkit.model.validation;

import java.util.Objects;

/**
 * One constraint a value breaks: where ({@code path}, such as {@code profile.address.country}),
 * which constraint ({@code code}, such as {@code NotBlank}) and what was expected ({@code
 * message}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the property path from the validated object, empty for the object itself
 * @param code the constraint's simple name
 * @param message what the value must be
 */
public record Violation(String path, String code, String message) {
  /** Checks that no part is null. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code path: message (code)}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(value)" : path) + ": " + message + " (" + code + ")";
  }
}
