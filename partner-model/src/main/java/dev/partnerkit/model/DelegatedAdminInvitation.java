package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * An invitation that asks the customer only to authorize the partner as its delegated admin (DA-7):
 * the delegated-admin option offered alone.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. {@link #isDelegatedAdmin()} is
 * always true.
 */
@Value.Immutable
@JsonTypeName("delegatedAdminInvitation")
@JsonSerialize(as = ImmutableDelegatedAdminInvitation.class)
@JsonDeserialize(as = ImmutableDelegatedAdminInvitation.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public non-sealed interface DelegatedAdminInvitation extends Offer {
  @Override
  @Value.Default
  default OfferStatus getStatus() {
    return OfferStatus.PENDING;
  }

  @Override
  @Value.Derived
  default boolean isDelegatedAdmin() {
    return true;
  }

  @Override
  default DelegatedAdminInvitation close(OfferStatus status, Instant at) {
    return ImmutableDelegatedAdminInvitation.copyOf(this).withStatus(status).withClosedAt(at);
  }

  @Override
  default <R> R fold(
      Function<? super TrialInvitation, ? extends R> trial,
      Function<? super PurchaseOffer, ? extends R> purchase,
      Function<? super DelegatedAdminInvitation, ? extends R> delegatedAdmin,
      Function<? super ResellerInvitation, ? extends R> reseller) {
    return delegatedAdmin.apply(this);
  }

  /** Rejects a validity that ends before it starts. */
  @Value.Check
  default void check() {
    Offer.checkValidity(this);
  }

  /**
   * The builder of a delegated-admin invitation, as code that sends any kind of offer sees it
   * ({@link Offer.Sending}); {@link #builder()} returns one. Not thread-safe.
   */
  interface Builder extends Offer.Sending<DelegatedAdminInvitation> {}

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableDelegatedAdminInvitation.Builder builder() {
    return ImmutableDelegatedAdminInvitation.builder();
  }
}
