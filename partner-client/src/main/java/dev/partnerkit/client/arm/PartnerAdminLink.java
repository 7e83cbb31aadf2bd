package dev.partnerkit.client.arm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.MpnId;
import dev.partnerkit.model.PartnerId;
import dev.partnerkit.model.PartnerOfRecord;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Partner Admin Link: the partner of record for the Azure resources the signed-in user or service
 * principal manages ({@code Microsoft.ManagementPartner/partner}, {@code PartnerResponse}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerAdminLink.class)
@JsonDeserialize(as = ImmutablePartnerAdminLink.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PartnerAdminLink {
  /**
   * Returns the resource id, such as {@code
   * /providers/microsoft.managementpartner/partners/5512093}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getId();

  /**
   * Returns the resource type.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getType();

  /**
   * Returns the resource name (the MPN id).
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getName();

  /**
   * Returns the resource's version.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<Integer> getEtag();

  /**
   * Returns the link's properties.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<PartnerAdminLinkProperties> getProperties();

  /**
   * Returns the linked partner's MPN id in the model's type.
   *
   * @return the MPN id; empty when absent or not an {@link MpnId}'s digits
   */
  default Optional<MpnId> mpnId() {
    return getProperties()
        .flatMap(PartnerAdminLinkProperties::getPartnerId)
        .or(this::getName)
        .flatMap(MpnId::parse);
  }

  /**
   * Returns the model's partner of record: the tenant that made the link designates the linked
   * partner, as of the link's last change.
   *
   * @return the designation; empty when the link is deleted or lacks its tenant, partner or times
   */
  default Optional<PartnerOfRecord> toModel() {
    Optional<PartnerAdminLinkProperties> p = getProperties();
    if (p.isEmpty()
        || p.get().getState().filter(s -> s == ManagementPartnerState.DELETED).isPresent()) {
      return Optional.empty();
    }
    Optional<CustomerId> tenant = p.get().getTenantId().flatMap(PartnerAdminLink::tenant);
    Optional<Instant> at = p.get().getUpdatedTime().or(() -> p.get().getCreatedTime());
    Optional<MpnId> partner = mpnId();
    if (tenant.isEmpty() || at.isEmpty() || partner.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        PartnerOfRecord.builder()
            .customer(tenant.get())
            .partner(PartnerId.of(partner.get().value()))
            .designatedAt(at.get())
            .build());
  }

  private static Optional<CustomerId> tenant(String text) {
    try {
      return Optional.of(CustomerId.parse(text.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePartnerAdminLink.Builder builder() {
    return ImmutablePartnerAdminLink.builder();
  }
}
