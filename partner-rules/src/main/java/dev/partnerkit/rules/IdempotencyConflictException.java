package dev.partnerkit.rules;

/**
 * Thrown when an {@link IdempotencyKey} already recorded for one action is given with another: a
 * caller's mistake (a key reused for a new action), not a business "no", so it is not a decision.
 * Nothing is applied.
 */
public final class IdempotencyConflictException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient IdempotencyKey key;

  /**
   * Creates the exception.
   *
   * @param key the key
   * @param first the action first applied under it
   * @param repeat the different action given with it now
   */
  public IdempotencyConflictException(IdempotencyKey key, Action first, Action repeat) {
    super(
        "idempotency key \""
            + key.value()
            + "\" was first given for "
            + first.kind()
            + " and now for a different "
            + repeat.kind()
            + "; give a new key with each new action and the same key only to repeat it");
    this.key = key;
  }

  /**
   * Returns the key given twice.
   *
   * @return the key
   */
  public IdempotencyKey getKey() {
    return key;
  }
}
