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
    Checks.token(token);
    Call call;
    if (token.isPresent()) {
      URI next;
      try {
        next = URI.create(token.get());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "token must be a page's nextToken (an @odata.nextLink URI), but was not a URI", e);
      }
      URI base = engine.baseUri(Audience.GRAPH);
      if (!next.isAbsolute() || next.getHost() == null || !Uris.sameOrigin(base, next)) {
        return CompletableFuture.failedFuture(
            new InvalidResponseException(
                "The @odata.nextLink points to "
                    + next.getScheme()
                    + "://"
                    + next.getHost()
                    + ", not to the Graph base URI's host "
                    + base.getHost()
                    + "; it was not followed, so that the token never leaves that host",
                null,
                Audience.GRAPH,
                null,
                null));
      }
      call = Call.get(Audience.GRAPH, next);
    } else {
      call =
          Call.get(
              Audience.GRAPH,
              firstPath + (firstPath.contains("?") ? "&" : "?") + "%24top=" + pageSize);
    }
    JavaType collection =
        Json.MAPPER.getTypeFactory().constructParametricType(ODataCollection.class, type);
    return engine
        .<ODataCollection<T>>execute(call, options, collection)
        .thenApply(c -> new Page<>(c.value(), c.nextLink()));
  }
}
