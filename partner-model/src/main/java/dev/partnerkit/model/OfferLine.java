package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.partnerkit.model.validation.Limits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * One line of a purchase offer: a service and a license count (OFFER-2).
 *
 * <p>Immutable and thread-safe; create with {@link #of(ServiceId, int)}. Whether the count lies
 * within the service's bounds is a rule (OFFER-4), decided against the catalog.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferLine.class)
@JsonDeserialize(as = ImmutableOfferLine.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface OfferLine {
  /**
   * Returns the service offered.
   *
   * @return the service id
   */
  @NotNull
  ServiceId getService();

  /**
   * Returns the number of licenses offered.
   *
   * @return 1 or more
   */
  @Min(Limits.LICENSES_MIN)
  int getLicenses();

  /**
   * Returns a line.
   *
   * @param service the service
   * @param licenses the license count
   * @return the line
   */
  static OfferLine of(ServiceId service, int licenses) {
    return builder().service(service).licenses(licenses).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutableOfferLine.Builder builder() {
    return ImmutableOfferLine.builder();
  }
}
