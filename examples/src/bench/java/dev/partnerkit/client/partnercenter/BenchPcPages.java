package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.internal.Json;
import java.io.IOException;
import java.util.List;

/**
 * Benchmark access to the client's own page type, which is not public: decodes a Partner Center
 * customer page exactly as {@link CustomerOperations#page} does once the response body is in hand
 * (the client's mapper, into {@link PcCollection}). Lives in the client's package in the benchmark
 * sources only; nothing in the library depends on it.
 */
public final class BenchPcPages {
  private static final JavaType COLLECTION =
      Json.MAPPER.getTypeFactory().constructParametricType(PcCollection.class, PcCustomer.class);

  private BenchPcPages() {}

  /**
   * Returns the customers of a page body.
   *
   * @param body the response body
   * @return the page's items
   * @throws IOException when the body does not decode
   */
  public static List<PcCustomer> customers(byte[] body) throws IOException {
    return customers(Json.MAPPER, body);
  }

  /**
   * Returns the customers of a page body decoded with another mapper, such as a copy of the
   * client's with one setting changed, to find what a setting costs.
   *
   * @param mapper the mapper
   * @param body the response body
   * @return the page's items
   * @throws IOException when the body does not decode
   */
  public static List<PcCustomer> customers(ObjectMapper mapper, byte[] body) throws IOException {
    PcCollection<PcCustomer> page = mapper.readValue(body, COLLECTION);
    return page.items();
  }

  /**
   * Returns a copy of the client's mapper.
   *
   * @return the copy, to reconfigure
   */
  public static ObjectMapper clientMapper() {
    return Json.MAPPER.copy();
  }
}
