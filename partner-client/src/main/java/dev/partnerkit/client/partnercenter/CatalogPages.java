package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.Page;
import dev.partnerkit.client.RequestOptions;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.Checks;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Uris;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Not API: the catalog listings' paging and query parts, shared by the partner's and a customer's
 * catalog. A listing is read a page at a time as Partner Center's collections are: the first page
 * at its address, each next one at the same address with {@code seekOperation=Next} and the
 * previous page's token in {@code MS-ContinuationToken} (the catalog answers in one page today; a
 * token, when one comes, is followed rather than dropped).
 */
final class CatalogPages {
  static final JavaType PRODUCTS = Json.type(PcCollection.class, PcProduct.class);
  static final JavaType SKUS = Json.type(PcCollection.class, PcSku.class);
  static final JavaType AVAILABILITIES = Json.type(PcCollection.class, PcAvailability.class);

  private CatalogPages() {}

  /** Reads one page of a listing. */
  static <T> CompletableFuture<Page<T>> page(
      HttpEngine engine,
      RequestOptions options,
      String pathAndQuery,
      JavaType collection,
      Optional<String> token) {
    Checks.token(token);
    Call call = Call.get(Audience.PARTNER_CENTER, pathAndQuery);
    if (token.isPresent()) {
      call =
          Call.get(
                  Audience.PARTNER_CENTER,
                  pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "seekOperation=Next")
              .withHeader("MS-ContinuationToken", token.get());
    }
    return engine
        .<PcCollection<T>>execute(call, options, collection)
        .thenApply(c -> new Page<>(c.items(), c.nextToken()));
  }

  /** Returns the encoded path of a product. */
  static String product(String productId) {
    return "/products/" + Uris.encode(Checks.id("productId", productId));
  }

  /** Returns the encoded path of a product's SKU. */
  static String sku(String productId, String skuId) {
    return product(productId) + "/skus/" + Uris.encode(Checks.id("skuId", skuId));
  }

  /** Returns the checked, encoded {@code targetView} query value. */
  static String targetView(String targetView) {
    // Required by Partner Center, which refuses a listing without it; say so before the call.
    if (targetView == null || targetView.isBlank()) {
      throw new IllegalArgumentException(
          "targetView is required, such as OnlineServices (new-commerce license-based products),"
              + " but was "
              + (targetView == null ? "null" : "blank"));
    }
    return Uris.encode(Checks.id("targetView", targetView));
  }

  /** Returns the {@code &targetSegment=} query part, or nothing. */
  static String segment(Optional<PcSegment> segment) {
    return segment.map(s -> "&targetSegment=" + s.wireValue()).orElse("");
  }
}
