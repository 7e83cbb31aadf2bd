package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A category of offers, such as {@code Trial} ({@code OfferCategory}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcOfferCategory.class)
@JsonDeserialize(as = ImmutablePcOfferCategory.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcOfferCategory {
  /**
   * Returns the category's id, such as {@code Trial_Key}.
   *
   * @return the value
   */
  String getId();

  /**
   * Returns the category's name.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getName();

  /**
   * Returns the category's rank among categories.
   *
   * @return the value; 0 when the service did not send it
   */
  @Value.Default
  default int getRank() {
    return 0;
  }

  /**
   * Returns the locale, such as {@code en-US}.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getLocale();

  /**
   * Returns the country the category applies in.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getCountry();

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
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcOfferCategory.Builder builder() {
    return ImmutablePcOfferCategory.builder();
  }
}
