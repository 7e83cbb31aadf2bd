package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotEmpty;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * An invitation to try one or more services (OFFER-1), optionally with the delegated-admin option.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. An empty service list is a
 * constraint violation here and a business denial (OFFER-1) in partner-rules.
 */
@Value.Immutable
@JsonTypeName("trialInvitation")
@JsonSerialize(as = ImmutableTrialInvitation.class)
@JsonDeserialize(as = ImmutableTrialInvitation.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public non-sealed interface TrialInvitation extends Offer {
  /**
   * Returns the services to try.
   *
   * @return one or more service ids
   */
  @NotEmpty
  List<ServiceId> getServices();

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
  default TrialInvitation close(OfferStatus status, Instant at) {
    return ImmutableTrialInvitation.copyOf(this).withStatus(status).withClosedAt(at);
  }

  @Override
  default <R> R fold(
      Function<? super TrialInvitation, ? extends R> trial,
      Function<? super PurchaseOffer, ? extends R> purchase,
      Function<? super DelegatedAdminInvitation, ? extends R> delegatedAdmin,
      Function<? super ResellerInvitation, ? extends R> reseller) {
    return trial.apply(this);
  }

  /** Rejects a validity that ends before it starts. */
  @Value.Check
  default void check() {
    Offer.checkValidity(this);
  }

  /**
   * The builder of a trial invitation, as code that sends any kind of offer sees it ({@link
   * Offer.Sending}); {@link #builder()} returns one. Not thread-safe.
   */
  interface Builder extends Offer.Sending<TrialInvitation> {}

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableTrialInvitation.Builder builder() {
    return ImmutableTrialInvitation.builder();
  }
}
