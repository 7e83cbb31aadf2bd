package dev.partnerkit.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.internal.Json;

/**
 * The JSON of the client's wire types (Partner Center's {@code Pc*} types, Microsoft Graph's and
 * Azure's), for code that reads or writes them outside the client: a stand-in for Partner Center in
 * tests (the examples' sandbox uses it), a recorder of calls, a cache of answers.
 *
 * <p>Thread-safe; a utility class. The client's own mapper is not reachable from here: each mapper
 * this class returns is new and the caller's to configure.
 */
public final class WireJson {
  private WireJson() {}

  /**
   * Returns a new mapper that reads and writes the wire types as the client does: {@link
   * dev.partnerkit.model.json.PartnerJson}'s settings (unknown fields and enum values tolerated,
   * repeated names and trailing content refused, input bounded), property names in camelCase or
   * PascalCase, enum values in any case, codes sent as numbers read as text, and empty values left
   * out of what it writes.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return Json.newMapper();
  }
}
