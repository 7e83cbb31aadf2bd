package dev.partnerkit.client.graph;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An OData collection: {@code value} and, when more pages exist, {@code @odata.nextLink}. */
@JsonIgnoreProperties(ignoreUnknown = true)
final class ODataCollection<T> {
  private final List<T> value;
  private final String nextLink;

  @JsonCreator
  ODataCollection(
      @JsonProperty("value") List<T> value, @JsonProperty("@odata.nextLink") String nextLink) {
    this.value = value == null ? List.of() : value.stream().filter(Objects::nonNull).toList();
    this.nextLink = nextLink;
  }

  List<T> value() {
    return value;
  }

  Optional<String> nextLink() {
    return Optional.ofNullable(nextLink).filter(link -> !link.isBlank());
  }
}
