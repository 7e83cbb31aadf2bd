package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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

  /** Returns the token for the next page: the top-level token, else the next link's header. */
  Optional<String> nextToken() {
    if (continuationToken != null && !continuationToken.isBlank()) {
      return Optional.of(continuationToken);
    }
    return links.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("next") && e.getValue() != null)
        .findFirst()
        .flatMap(e -> e.getValue().header("MS-ContinuationToken"))
        .filter(token -> !token.isBlank());
  }
}
