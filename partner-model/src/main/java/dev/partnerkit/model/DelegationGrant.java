package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's authorization of a partner as its delegated admin, given by accepting an invitation
 * or offer that carried the delegated-admin option (DA-1), until the customer revokes it (DA-5).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. A revoked grant has a revocation
 * time no earlier than its grant time.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDelegationGrant.class)
@JsonDeserialize(as = ImmutableDelegationGrant.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DelegationGrant {
  /**
   * Returns the grant's id.
   *
   * @return the id
   */
  @NotNull
  GrantId getId();

  /**
   * Returns the partner authorized.
   *
   * @return the delegated-admin partner
   */
  @NotNull
  PartnerId getPartner();

  /**
   * Returns the customer that authorized it.
   *
   * @return the customer
   */
  @NotNull
  CustomerId getCustomer();

  /**
   * Returns the invitation or offer whose acceptance created the grant.
   *
   * @return the invitation's id
   */
  @NotNull
  InvitationId getOrigin();

  /**
   * Returns when the customer granted it.
   *
   * @return the grant time
   */
  @NotNull
  Instant getGrantedAt();

  /**
   * Returns when the customer revoked it, if it did.
   *
   * @return the revocation time
   */
  Optional<Instant> getRevokedAt();

  /**
   * Returns whether the grant is in force; defaults to {@link GrantStatus#ACTIVE}.
   *
   * @return the status
   */
  @Value.Default
  default GrantStatus getStatus() {
    return GrantStatus.ACTIVE;
  }

  /**
   * Returns a revoked copy of this grant.
   *
   * @param at when it was revoked
   * @return the revoked grant
   */
  default DelegationGrant revoke(Instant at) {
    return ImmutableDelegationGrant.builder()
        .from(this)
        .status(GrantStatus.REVOKED)
        .revokedAt(at)
        .build();
  }

  /** Rejects a revocation before the grant, and a revoked grant without its time. */
  @Value.Check
  default void check() {
    if (getRevokedAt().isPresent() && getRevokedAt().get().isBefore(getGrantedAt())) {
      throw new IllegalArgumentException(
          "DelegationGrant.revokedAt must not be before grantedAt ("
              + getGrantedAt()
              + "), but was "
              + getRevokedAt().get());
    }
    if (getStatus() == GrantStatus.REVOKED && getRevokedAt().isEmpty()) {
      throw new IllegalArgumentException(
          "DelegationGrant.revokedAt is required when status is REVOKED");
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegationGrant.Builder builder() {
    return ImmutableDelegationGrant.builder();
  }
}
