package dev.partnerkit.rules;

/**
 * Names a partner feature that a cloud may or may not offer (CLOUD-2).
 *
 * <p>A {@link ProgramPolicy} holds, for each cloud, the capabilities it offers.
 */
public enum Capability {
  /** Sending trial invitations. */
  TRIAL_INVITATIONS,
  /** Sending purchase offers. */
  PURCHASE_OFFERS,
  /** Delegated administration: the delegated-admin option and its grants. */
  DELEGATED_ADMIN,
  /** Granular delegated admin relationships. */
  GRANULAR_ADMIN
}
