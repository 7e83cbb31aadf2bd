package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.client.internal.Response;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * Benchmark access to the client's own page type, which is not public: decodes a Partner Center
 * customer page exactly as {@link CustomerOperations#page} does once the response body is in hand
 * ({@link HttpEngine#decode} into {@link PcCollection}). Lives in the client's package in the
 * benchmark sources only; nothing in the library depends on it.
 */
public final class BenchPcPages {
  private static final JavaType COLLECTION = Json.type(PcCollection.class, PcCustomer.class);

  private static final Call CALL =
      Call.get(Audience.PARTNER_CENTER, "/v1/customers?size=100").inBulk();

  private static final URI URI_ = URI.create("https://api.partnercenter.microsoft.com/v1/customers");

  private static final HttpHeaders HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

  private static final AccessToken TOKEN = AccessToken.of("bench");

  private BenchPcPages() {}

  /**
   * Returns the customers of a page body.
   *
   * @param body the response body
   * @return the page's items
   */
  public static List<PcCustomer> customers(byte[] body) {
    Response response = new Response(200, HEADERS, body, URI_, "request", "correlation", TOKEN);
    PcCollection<PcCustomer> page = HttpEngine.decode(CALL, response, COLLECTION);
    return page.items();
  }
}
