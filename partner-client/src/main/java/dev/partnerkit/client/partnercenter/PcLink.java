package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.partnerkit.client.internal.WireValues;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link to a related resource or page, with the method and headers to use (Partner Center {@code
 * Link}).
 *
 * <p>Immutable and thread-safe; create with {@link #builder()} (or the canonical constructor, which
 * reads null as absent). Decoding ignores unknown fields (API-5).
 *
 * @param uri the URI, usually relative to the API's version root; empty when the service did not
 *     send it
 * @param method the HTTP method; empty when the service did not send it
 * @param headers the headers to send, such as {@code MS-ContinuationToken}; empty when the service
 *     sent none
 */
@Value.Builder
@JsonIgnoreProperties(ignoreUnknown = true)
public record PcLink(Optional<String> uri, Optional<String> method, List<PcKeyValue> headers) {
  /** Reads null as absent or empty, and copies lists and maps, keeping their order. */
  public PcLink {
    uri = WireValues.optional(uri);
    method = WireValues.optional(method);
    headers = WireValues.list(headers);
  }

  /**
   * Returns the value of the named header of this link, if it carries one.
   *
   * @param name the header's name, any case
   * @return the header's value
   */
  public Optional<String> header(String name) {
    for (PcKeyValue header : headers) {
      if (header.key().filter(name::equalsIgnoreCase).isPresent()) {
        return header.value();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder; not thread-safe
   */
  public static PcLinkBuilder builder() {
    return new PcLinkBuilder();
  }
}
