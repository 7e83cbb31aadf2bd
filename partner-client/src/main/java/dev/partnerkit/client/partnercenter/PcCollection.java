package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.InvalidResponseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Partner Center collection: {@code totalCount}, {@code items}, and for seek-paged listings a
 * {@code continuationToken} and a {@code links.next} carrying an {@code MS-ContinuationToken}
 * header.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
final class PcCollection<T> {
  private final List<T> items;
  private final String continuationToken;
  private final Map<String, PcLink> links;

  @JsonCreator
  PcCollection(
      @JsonProperty("items") List<T> items,
      @JsonProperty("continuationToken") String continuationToken,
      @JsonProperty("links") Map<String, PcLink> links) {
    this.items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    this.continuationToken = continuationToken;
    this.links = links == null ? Map.of() : links;
  }

  List<T> items() {
    return items;
  }

  /**
   * Returns the token for the next page: the top-level token, else the next link's header.
   *
   * @throws InvalidResponseException when the token could not be sent back in the {@code
   *     MS-ContinuationToken} header (it holds characters other than printable ASCII)
   */
  Optional<String> nextToken() {
    Optional<String> token;
    if (continuationToken != null && !continuationToken.isBlank()) {
      token = Optional.of(continuationToken);
    } else {
      token =
          links.entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase("next") && e.getValue() != null)
              .findFirst()
              .flatMap(e -> e.getValue().header("MS-ContinuationToken"))
              .filter(t -> !t.isBlank());
    }
    if (token.isPresent() && !token.get().chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      // A stream sends the token back on its own; a line break in it would fail there as the
      // caller's IllegalArgumentException, far from the answer that carried it.
      throw new InvalidResponseException(
          "Partner Center's continuation token holds characters other than printable ASCII, so"
              + " it cannot be sent back in the MS-ContinuationToken header; paging stopped",
          null,
          Audience.PARTNER_CENTER,
          null,
          null);
    }
    return token;
  }
}
