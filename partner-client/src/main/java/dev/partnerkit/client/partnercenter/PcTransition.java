package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transition of a new-commerce subscription as the service reports it ({@code Transition} in
 * "Transition resources", learn.microsoft.com/partner-center/developer/transition-resources): the
 * answer to a transition and each entry of the transition history, with the events processed so
 * far.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcTransition.class)
@JsonDeserialize(as = ImmutablePcTransition.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcTransition {
  /**
   * Returns the source's catalog item id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getFromCatalogItemId();

  /**
   * Returns the source subscription's id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getFromSubscriptionId();

  /**
   * Returns the target's catalog item id.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getToCatalogItemId();

  /**
   * Returns the target subscription's id; may be missing until provisioning finishes.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getToSubscriptionId();

  /**
   * Returns the quantity transitioned.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns the target's term as an ISO 8601 duration.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTermDuration();

  /**
   * Returns the target's billing cycle.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcBillingCycle> getBillingCycle();

  /**
   * Returns the type of transition.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcTransitionType> getTransitionType();

  /**
   * Returns the promotion applied to the target.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPromotionId();

  /**
   * Returns the steps processed so far, such as the conversion and the seat reassignment.
   *
   * @return the values; empty when the service sent none
   */
  List<PcTransitionEvent> getEvents();

  /**
   * Returns the metadata attributes: the object type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcResourceAttributes> getAttributes();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcTransition.Builder builder() {
    return ImmutablePcTransition.builder();
  }
}
