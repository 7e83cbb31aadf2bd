package dev.partnerkit.client.graph;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Uris;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Reads Graph collections page by page, following {@code @odata.nextLink}. Not API. */
final class GraphPaging {
  static final int MAX_PAGE_SIZE = 300;

  private GraphPaging() {}

  static <T> CompletableFuture<Page<T>> page(
      HttpEngine engine,
      RequestOptions options,
      Class<T> type,
      String firstPath,
      int pageSize,
      Optional<String> token) {
    Checks.pageSize(pageSize, MAX_PAGE_SIZE);
    return follow(
        engine,
        options,
        type,
        firstPath + (firstPath.contains("?") ? "&" : "?") + "%24top=" + pageSize,
        token);
  }

  /**
   * Reads a page of a collection that takes no OData query parameters (no {@code $top}): the first
   * page from its path, the next ones from {@code @odata.nextLink}.
   */
  static <T> CompletableFuture<Page<T>> follow(
      HttpEngine engine,
      RequestOptions options,
      Class<T> type,
      String firstPathAndQuery,
      Optional<String> token) {
    Checks.token(token);
    Call call;
    if (token.isPresent()) {
      URI base = engine.baseUri(Audience.GRAPH);
      // The token is the service's @odata.nextLink, and a stream follows it without the caller
      // seeing it: a link that is no URI is a bad answer, like a link to another host.
      URI next;
      try {
        next = new URI(token.get());
      } catch (URISyntaxException e) {
        return CompletableFuture.failedFuture(notFollowed("is not a valid URI", base));
      }
      if (!next.isAbsolute() || next.getHost() == null) {
        return CompletableFuture.failedFuture(
            notFollowed("is not an absolute URI with a host", base));
      }
      if (!Uris.sameOrigin(base, next)) {
        return CompletableFuture.failedFuture(
            notFollowed("points to " + cap(next.getScheme() + "://" + next.getHost()), base));
      }
      call = Call.get(Audience.GRAPH, next);
    } else {
      call = Call.get(Audience.GRAPH, firstPathAndQuery);
    }
    JavaType collection = Json.type(ODataCollection.class, type);
    return engine
        .<ODataCollection<T>>execute(call, options, collection)
        .thenApply(c -> new Page<>(c.value(), c.nextLink()));
  }

  /** Cuts text from the answer that goes into a message, so that a hostile link cannot flood it. */
  private static String cap(String text) {
    return text.length() > 100 ? text.substring(0, 100) + "..." : text;
  }

  private static InvalidResponseException notFollowed(String what, URI base) {
    return new InvalidResponseException(
        "The @odata.nextLink "
            + what
            + ", not to the Graph base URI's origin "
            + base.getScheme()
            + "://"
            + base.getAuthority()
            + "; it was not followed, so that the token never leaves that host",
        null,
        Audience.GRAPH,
        null,
        null);
  }
}
