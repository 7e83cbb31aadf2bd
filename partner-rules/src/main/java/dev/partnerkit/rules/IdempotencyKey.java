package dev.partnerkit.rules;

import java.util.Objects;

/**
 * The caller's name for one intended action, so that a repeat of it (a retry after a lost answer, a
 * restart, another instance) is applied at most once and answered with the first outcome: the same
 * idea as Partner Center's {@code MS-RequestId}. A program keeps every key it was given with the
 * action's event, or its denial, in the same write ({@link PartnerProgram#apply(Action,
 * java.time.Instant, IdempotencyKey)}).
 *
 * <p>Keys are program-wide: a caller that serves many tenants scopes them itself, as in {@code
 * partnerId + ":" + requestId}. Immutable and thread-safe.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters, none of them a control character
 */
public record IdempotencyKey(String value) {
  /** The longest key, in characters: room for a scope and a GUID, small enough to index. */
  public static final int MAX_LENGTH = 200;

  /** Checks the value. */
  public IdempotencyKey {
    Objects.requireNonNull(value, "IdempotencyKey.value");
    if (value.isEmpty()
        || value.length() > MAX_LENGTH
        || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "IdempotencyKey.value must be 1 to "
              + MAX_LENGTH
              + " characters without control characters, such as a GUID, but was "
              + (value.length() > MAX_LENGTH
                  ? value.length() + " characters long"
                  : "\"" + value.replaceAll("\\p{Cntrl}", "?") + "\""));
    }
  }

  /**
   * Returns the key of this value.
   *
   * @param value 1 to {@value #MAX_LENGTH} characters, none of them a control character
   * @return the key
   */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
