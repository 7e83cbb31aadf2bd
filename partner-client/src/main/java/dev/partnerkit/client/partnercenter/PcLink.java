package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link to a related resource or page, with the method and headers to use (Partner Center {@code
 * Link}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()}. Decoding ignores unknown fields
 * (API-5).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePcLink.class)
@JsonDeserialize(as = ImmutablePcLink.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface PcLink {
  /**
   * Returns the URI, usually relative to the API's version root.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getUri();

  /**
   * Returns the HTTP method.
   *
   * @return the value; empty when the service did not send it
   */
  Optional<String> getMethod();

  /**
   * Returns the headers to send, such as {@code MS-ContinuationToken}.
   *
   * @return the values; empty when the service sent none
   */
  List<PcKeyValue> getHeaders();

  /**
   * Returns the value of the named header of this link, if it carries one.
   *
   * @param name the header's name, any case
   * @return the header's value
   */
  default Optional<String> header(String name) {
    for (PcKeyValue header : getHeaders()) {
      if (header.getKey().filter(name::equalsIgnoreCase).isPresent()) {
        return header.getValue();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  static ImmutablePcLink.Builder builder() {
    return ImmutablePcLink.builder();
  }
}
