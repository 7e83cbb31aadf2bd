package dev.partnerkit.rules;

/**
 * Names which era of the partner program a {@link ProgramPolicy} follows.
 *
 * <p>The seed era is the Office 365 partner program of the service description: one delegated admin
 * per customer with full access. The modern era is today's Partner Center: several partners per
 * customer and granular, time-bound relationships.
 */
public enum Era {
  /** The seed program: one delegated admin per customer (DA-2), no granular relationships. */
  SEED,
  /** Today's program: several partners per customer (DA-3) and granular relationships (GDAP). */
  MODERN
}
