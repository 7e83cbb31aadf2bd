package dev.partnerkit.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A customer's designation of its partner of record: the partner credited with the customer's
 * purchases, chosen by the customer apart from its delegated admin (POR-1, POR-2).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartnerOfRecord.class)
@JsonDeserialize(as = ImmutablePartnerOfRecord.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PartnerOfRecord {
  /**
   * Returns the customer that designated it.
   *
   * @return the customer
   */
  @NotNull
  CustomerId getCustomer();

  /**
   * Returns the partner designated.
   *
   * @return the partner of record
   */
  @NotNull
  PartnerId getPartner();

  /**
   * Returns when the customer designated it.
   *
   * @return the designation time
   */
  @NotNull
  Instant getDesignatedAt();

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePartnerOfRecord.Builder builder() {
    return ImmutablePartnerOfRecord.builder();
  }
}
