package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service request filed with Microsoft support for a customer: by the customer itself (SUP-1), or
 * by a partner acting for it (SUP-2).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceRequest.class)
@JsonDeserialize(as = ImmutableServiceRequest.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ServiceRequest {
  /**
   * Returns the request's id.
   *
   * @return the id
   */
  @NotNull
  ServiceRequestId getId();

  /**
   * Returns the customer the request is for.
   *
   * @return the customer
   */
  @NotNull
  CustomerId getCustomer();

  /**
   * Returns the partner that filed it for the customer; empty when the customer filed it.
   *
   * @return the partner
   */
  Optional<PartnerId> getFiledBy();

  /**
   * Returns the request's title.
   *
   * @return the title
   */
  @NotBlank
  @Size(max = Limits.SERVICE_REQUEST_TITLE_MAX_LENGTH)
  String getTitle();

  /**
   * Returns when it was filed.
   *
   * @return the filing time
   */
  @NotNull
  Instant getCreatedAt();

  /**
   * Returns where it stands; defaults to {@link ServiceRequestStatus#OPEN}.
   *
   * @return the status
   */
  @Value.Default
  default ServiceRequestStatus getStatus() {
    return ServiceRequestStatus.OPEN;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableServiceRequest.Builder builder() {
    return ImmutableServiceRequest.builder();
  }
}
