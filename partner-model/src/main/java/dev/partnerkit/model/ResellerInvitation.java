package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * An invitation that asks the customer to accept the partner as its reseller (NCE-1): Partner
 * Center's reseller relationship request. Accepting it makes the partner one of the customer's
 * resellers, so it may buy new-commerce subscriptions for the customer.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. {@link #isDelegatedAdmin()} is
 * always false: a reseller relationship grants no administration.
 */
@Value.Immutable
@JsonTypeName("resellerInvitation")
@JsonSerialize(as = ImmutableResellerInvitation.class)
@JsonDeserialize(as = ImmutableResellerInvitation.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public non-sealed interface ResellerInvitation extends Offer {
  @Override
  @Value.Default
  default OfferStatus getStatus() {
    return OfferStatus.PENDING;
  }

  @Override
  @Value.Derived
  default boolean isDelegatedAdmin() {
    return false;
  }

  @Override
  default ResellerInvitation close(OfferStatus status, Instant at) {
    return ImmutableResellerInvitation.copyOf(this).withStatus(status).withClosedAt(at);
  }

  @Override
  default <R> R fold(
      Function<? super TrialInvitation, ? extends R> trial,
      Function<? super PurchaseOffer, ? extends R> purchase,
      Function<? super DelegatedAdminInvitation, ? extends R> delegatedAdmin,
      Function<? super ResellerInvitation, ? extends R> reseller) {
    return reseller.apply(this);
  }

  /** Rejects a validity that ends before it starts. */
  @Value.Check
  default void check() {
    Offer.checkValidity(this);
  }

  /**
   * The builder of a reseller invitation, as code that sends any kind of offer sees it ({@link
   * Offer.Sending}); {@link #builder()} returns one. Not thread-safe.
   */
  interface Builder extends Offer.Sending<ResellerInvitation> {}

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableResellerInvitation.Builder builder() {
    return ImmutableResellerInvitation.builder();
  }
}
