package dev.partnerkit.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing, with the token that fetches the next one.
 *
 * <p>Immutable and thread-safe. The token is opaque: a Partner Center continuation token or a
 * Microsoft Graph {@code @odata.nextLink}; pass it back to the same operation's {@code page} method
 * to read the next page. It is empty on the last page.
 *
 * @param <T> the item type
 * @param items the page's items, in the order the service sent them
 * @param nextToken the token for the next page; empty on the last page
 */
public record Page<T>(List<T> items, Optional<String> nextToken) {
  /** Copies the items and checks that nothing is null. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "Page.items must not be null"));
    Objects.requireNonNull(nextToken, "Page.nextToken must not be null");
  }

  /**
   * Returns whether a next page exists.
   *
   * @return true when {@link #nextToken()} is present
   */
  public boolean hasNext() {
    return nextToken.isPresent();
  }
}
