package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * An offer to buy services: lines of a service and a license count (OFFER-2), billed monthly or
 * annually (OFFER-6) for a fee, optionally following up a trial invitation (OFFER-10) and
 * optionally with the delegated-admin option.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonTypeName("purchaseOffer")
@JsonSerialize(as = ImmutablePurchaseOffer.class)
@JsonDeserialize(as = ImmutablePurchaseOffer.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public non-sealed interface PurchaseOffer extends Offer {
  /**
   * Returns the offer's lines.
   *
   * @return one or more lines
   */
  @NotEmpty
  List<@Valid OfferLine> getLines();

  /**
   * Returns how the services are billed.
   *
   * @return the billing cycle
   */
  @NotNull
  BillingCycle getBillingCycle();

  /**
   * Returns the fee per billing period that the partner charges, if stated.
   *
   * @return the fee
   */
  Optional<Money> getFee();

  /**
   * Returns the trial invitation this offer follows up, if it names one (OFFER-10).
   *
   * @return the trial invitation's id
   */
  Optional<InvitationId> getFollowsUp();

  @Override
  @Value.Default
  default OfferStatus getStatus() {
    return OfferStatus.PENDING;
  }

  @Override
  @Value.Default
  default boolean isDelegatedAdmin() {
    return false;
  }

  @Override
  default PurchaseOffer close(OfferStatus status, Instant at) {
    return ImmutablePurchaseOffer.copyOf(this).withStatus(status).withClosedAt(at);
  }

  @Override
  default <R> R fold(
      Function<? super TrialInvitation, ? extends R> trial,
      Function<? super PurchaseOffer, ? extends R> purchase,
      Function<? super DelegatedAdminInvitation, ? extends R> delegatedAdmin,
      Function<? super ResellerInvitation, ? extends R> reseller) {
    return purchase.apply(this);
  }

  /** Rejects a validity that ends before it starts. */
  @Value.Check
  default void check() {
    Offer.checkValidity(this);
  }

  /**
   * The builder of a purchase offer, as code that sends any kind of offer sees it ({@link
   * Offer.Sending}); {@link #builder()} returns one. Not thread-safe.
   */
  interface Builder extends Offer.Sending<PurchaseOffer> {}

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePurchaseOffer.Builder builder() {
    return ImmutablePurchaseOffer.builder();
  }
}
