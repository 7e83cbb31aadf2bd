package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.MpnId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an order ({@code OrderLineItem}); carries the partner of record as {@code
 * partnerIdOnRecord}.
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcOrderLineItem.class)
@JsonDeserialize(as = ImmutablePcOrderLineItem.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcOrderLineItem {
  /**
   * Returns the line's number, from 0.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getLineItemNumber() {
    return 0;
  }

  /**
   * Returns the offer bought.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getOfferId();

  /**
   * Returns the subscription the line created or changed.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getSubscriptionId();

  /**
   * Returns the parent subscription of an add-on.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getParentSubscriptionId();

  /**
   * Returns the partner's name for the subscription.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getFriendlyName();

  /**
   * Returns the number of licenses or instances.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getQuantity() {
    return 0;
  }

  /**
   * Returns the term as an ISO 8601 duration.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTermDuration();

  /**
   * Returns the line's transaction type, such as {@code new}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getTransactionType();

  /**
   * Returns the MPN id of the partner of record (an indirect reseller) credited with the line.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getPartnerIdOnRecord();

  /**
   * Returns the context used to provision the item.
   *
   * @return the entries; empty when the service sent none
   */
  Map<String, String> getProvisioningContext();

  /**
   * Returns the renewal term.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PcRenewsTo> getRenewsTo();

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
   * Returns the partner of record of this line in the model's type.
   *
   * @return the MPN id; empty when absent or not an {@link MpnId}'s digits
   */
  default Optional<MpnId> partnerOfRecord() {
    return PcMapping.mpnId(getPartnerIdOnRecord());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcOrderLineItem.Builder builder() {
    return ImmutablePcOrderLineItem.builder();
  }
}
