package dev.partnerkit.client.partnercenter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.internal.Json;
import java.io.IOException;
import java.util.List;

/**
 * Benchmark access to the client's own page type, which is not public: decodes a Partner Center
 * customer page exactly as {@link CustomerOperations#page} does once the response body is in hand
 * (the client's parser and mapper, into {@link PcCollection}). Lives in the client's package in the benchmark
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
    try (JsonParser parser = Json.createParser(body, COLLECTION)) {
      PcCollection<PcCustomer> page = Json.MAPPER.readValue(parser, COLLECTION);
      return page.items();
    }
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
   * Returns the client's settings without its hand-written customer readers and writers: Jackson's
   * generic binding, as the client decoded before them.
   *
   * @return a new mapper
   */
  public static ObjectMapper genericMapper() {
    return Json.genericMapper();
  }
}
