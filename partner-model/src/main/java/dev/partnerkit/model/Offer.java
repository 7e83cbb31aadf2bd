package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Something a partner sends a customer to answer: a {@link TrialInvitation}, a {@link
 * PurchaseOffer}, a {@link DelegatedAdminInvitation} or a {@link ResellerInvitation}. Each is
 * addressed to one customer, valid until {@link #getExpiresAt()}, and may carry the delegated-admin
 * option (DA-7).
 *
 * <p>A closed union: use {@link #fold} to act on the kind. Instances are immutable and thread-safe.
 * JSON carries the kind in {@code "type"}: {@code trialInvitation}, {@code purchaseOffer}, {@code
 * delegatedAdminInvitation} or {@code resellerInvitation}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TrialInvitation.class, name = "trialInvitation"),
  @JsonSubTypes.Type(value = PurchaseOffer.class, name = "purchaseOffer"),
  @JsonSubTypes.Type(value = DelegatedAdminInvitation.class, name = "delegatedAdminInvitation"),
  @JsonSubTypes.Type(value = ResellerInvitation.class, name = "resellerInvitation")
})
public sealed interface Offer
    permits TrialInvitation, PurchaseOffer, DelegatedAdminInvitation, ResellerInvitation {
  /**
   * Returns the invitation's or offer's id.
   *
   * @return the id
   */
  @NotNull
  InvitationId getId();

  /**
   * Returns the partner that sent it.
   *
   * @return the sender
   */
  @NotNull
  PartnerId getPartner();

  /**
   * Returns the customer it is addressed to; only that customer can answer it (OFFER-8).
   *
   * @return the addressee
   */
  @NotNull
  CustomerId getCustomer();

  /**
   * Returns when it was sent.
   *
   * @return the sending time
   */
  @NotNull
  Instant getSentAt();

  /**
   * Returns when its validity ends (OFFER-9).
   *
   * @return the end of validity, after the sending time
   */
  @NotNull
  Instant getExpiresAt();

  /**
   * Returns where it stands.
   *
   * @return the status
   */
  @NotNull
  OfferStatus getStatus();

  /**
   * Returns when it was answered, revoked or expired, if it was.
   *
   * @return the time of the status change
   */
  Optional<Instant> getClosedAt();

  /**
   * Returns whether it carries the delegated-admin option (DA-7).
   *
   * @return true when accepting it authorizes the partner as delegated admin
   */
  boolean isDelegatedAdmin();

  /**
   * Returns a copy with a new status, closed at {@code at}.
   *
   * @param status the new status
   * @param at when the status changed
   * @return the copy, of the same kind
   */
  Offer close(OfferStatus status, Instant at);

  /**
   * Applies the function for this offer's kind.
   *
   * @param <R> the result type
   * @param trial applied to a trial invitation
   * @param purchase applied to a purchase offer
   * @param delegatedAdmin applied to a delegated-admin invitation
   * @param reseller applied to a reseller invitation
   * @return the function's result
   */
  <R> R fold(
      Function<? super TrialInvitation, ? extends R> trial,
      Function<? super PurchaseOffer, ? extends R> purchase,
      Function<? super DelegatedAdminInvitation, ? extends R> delegatedAdmin,
      Function<? super ResellerInvitation, ? extends R> reseller);

  /**
   * What the builder of every kind of offer has: the fields an offer is sent with, and {@code
   * build}. Code that sends any kind fills these once; each kind's builder ({@code
   * TrialInvitation.builder()} and the others) implements it.
   *
   * <p>Builders are not thread-safe.
   *
   * @param <O> the kind of offer built
   */
  interface Sending<O extends Offer> {
    /**
     * Sets the offer's id.
     *
     * @param id the id
     * @return this builder
     */
    Sending<O> id(InvitationId id);

    /**
     * Sets the partner that sends it.
     *
     * @param partner the sender
     * @return this builder
     */
    Sending<O> partner(PartnerId partner);

    /**
     * Sets the customer it is addressed to.
     *
     * @param customer the addressee
     * @return this builder
     */
    Sending<O> customer(CustomerId customer);

    /**
     * Sets when it is sent.
     *
     * @param sentAt the sending time
     * @return this builder
     */
    Sending<O> sentAt(Instant sentAt);

    /**
     * Sets when its validity ends (OFFER-9).
     *
     * @param expiresAt the end of validity, after the sending time
     * @return this builder
     */
    Sending<O> expiresAt(Instant expiresAt);

    /**
     * Returns the offer built from the fields set.
     *
     * @return the offer
     * @throws IllegalStateException when a required field is missing
     * @throws IllegalArgumentException when the validity ends before the sending time
     */
    O build();
  }

  /**
   * Throws when the validity ends before the sending time; shared by the four kinds.
   *
   * @param offer the offer to check
   */
  static void checkValidity(Offer offer) {
    if (!offer.getExpiresAt().isAfter(offer.getSentAt())) {
      throw new IllegalArgumentException(
          "Offer.expiresAt must be after sentAt ("
              + offer.getSentAt()
              + "), but was "
              + offer.getExpiresAt());
    }
  }
}
