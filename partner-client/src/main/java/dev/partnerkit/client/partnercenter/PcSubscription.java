package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's subscription ({@code Subscription}); carries the partner of record as {@code
 * partnerId}, the MPN id of the reseller of record.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcSubscription.class)
@JsonDeserialize(as = ImmutablePcSubscription.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcSubscription {
  /**
   * Returns the subscription's id.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the offer subscribed to.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOfferId();

  /**
   * Returns the entitlement (Azure subscription) id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getEntitlementId();

  /**
   * Returns the offer's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOfferName();

  /**
   * Returns the partner's name for the subscription.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getFriendlyName();

  /**
   * Returns the quantity, such as the license count.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns the unit of the quantity.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getUnitType();

  /**
   * Returns the parent subscription of an add-on.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getParentSubscriptionId();

  /**
   * Returns when the subscription was created.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getCreationDate();

  /**
   * Returns when the subscription took effect.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getEffectiveStartDate();

  /**
   * Returns when the commitment ends.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getCommitmentEndDate();

  /**
   * Returns where the subscription stands.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcSubscriptionStatus> getStatus();

  /**
   * Returns whether the subscription renews automatically.
   *
   * @return the value; false when the service did not send it
   */
  @Value.Default
  default boolean isAutoRenewEnabled() {
    return false;
  }

  /**
   * Returns how the subscription is billed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingType> getBillingType();

  /**
   * Returns how often the partner is billed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingCycle> getBillingCycle();

  /**
   * Returns whether add-ons can be bought for it.
   *
   * @return the value; false when the service did not send it
   */
  @Value.Default
  default boolean isHasPurchasableAddons() {
    return false;
  }

  /**
   * Returns whether the subscription is a trial.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isTrial")
  @Value.Default
  default boolean isTrial() {
    return false;
  }

  /**
   * Returns whether it is a Microsoft product.
   *
   * @return the value; false when the service did not send it
   */
  @JsonProperty("isMicrosoftProduct")
  @Value.Default
  default boolean isMicrosoftProduct() {
    return false;
  }

  /**
   * Returns the publisher's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPublisherName();

  /**
   * Returns the actions allowed, such as {@code edit}.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getActions();

  /**
   * Returns the MPN id of the reseller of record (the partner of record in the indirect model).
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPartnerId();

  /**
   * Returns why the subscription was suspended.
   *
   * @return the values; empty when the service sent none
   */
  List<String> getSuspensionReasons();

  /**
   * Returns the type of contract.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcContractType> getContractType();

  /**
   * Returns the refund options.
   *
   * @return the values; empty when the service sent none
   */
  List<PcRefundOption> getRefundOptions();

  /**
   * Returns the order that created the subscription.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOrderId();

  /**
   * Returns the term as an ISO 8601 duration.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTermDuration();

  /**
   * Returns the renewal term as an ISO 8601 duration.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getRenewalTermDuration();

  /**
   * Returns the promotion applied to a new-commerce subscription's term.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPromotionId();

  /**
   * Returns until when a new-commerce subscription can be cancelled for a refund (NCE-7).
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Instant> getCancellationAllowedUntilDate();

  /**
   * Returns the seats of a new-commerce subscription that can still be removed, by batch (NCE-6).
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcRefundableQuantity> getRefundableQuantity();

  /**
   * Returns the changes a new-commerce subscription takes at its next renewal (NCE-10).
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcScheduledNextTermInstructions> getScheduledNextTermInstructions();

  /**
   * Returns the type of product.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcItemType> getProductType();

  /**
   * Returns the resource links by name, such as {@code self} and {@code next}.
   *
   * @return the entries; empty when the service sent none
   */
  Map<String, PcLink> getLinks();

  /**
   * Returns the metadata attributes: the ETag and the object type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcResourceAttributes> getAttributes();

  /**
   * Returns the partner of record of this subscription in the model's type.
   *
   * @return the MPN id; empty when absent or not an {@link MpnId}'s digits
   */
  default Optional<MpnId> partnerOfRecord() {
    return PcMapping.mpnId(getPartnerId());
  }

  /**
   * Returns the model's subscription: offer as service, quantity as licenses, trial flag, billing
   * cycle (monthly, annual and triennial; none for a trial), status, start (effective start, else
   * creation) and end (commitment end). A new-commerce subscription (one with a term duration and a
   * commitment end) also gets its term, term start, auto-renew and scheduled change; since the wire
   * does not say when seats were added, its seats form one batch at the term start, removable only
   * when the service says some are refundable. Use {@link #toModel(CustomerId, Duration)} to keep
   * the batches.
   *
   * @param customer the customer that owns it (the answer does not name it)
   * @return the subscription; empty when the offer id, the id or the start is missing or invalid
   */
  default Optional<Subscription> toModel(CustomerId customer) {
    return PcMapping.subscription(this, customer, Optional.empty());
  }

  /**
   * Returns the model's subscription as {@link #toModel(CustomerId)} does, and for a new-commerce
   * subscription also its seat batches and window: each batch of {@code refundableQuantity} becomes
   * a removable {@link dev.partnerkit.model.SeatBatch} added one window before its {@code
   * allowedUntilDateTime}, the other seats one batch at the term start that can no longer be
   * removed, and the cancellation window opened one window before {@code
   * cancellationAllowedUntilDate}.
   *
   * @param customer the customer that owns it (the answer does not name it)
   * @param changeWindow how long a purchase or seat addition leaves to remove seats or cancel, as
   *     the rules' policy says (NCE-6, NCE-7); positive
   * @return the subscription; empty when the offer id, the id or the start is missing or invalid
   */
  default Optional<Subscription> toModel(CustomerId customer, Duration changeWindow) {
    Objects.requireNonNull(changeWindow, "changeWindow must not be null");
    if (changeWindow.isNegative() || changeWindow.isZero()) {
      throw new IllegalArgumentException("changeWindow must be positive, but was " + changeWindow);
    }
    return PcMapping.subscription(this, customer, Optional.of(changeWindow));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcSubscription.Builder builder() {
    return ImmutablePcSubscription.builder();
  }
}
