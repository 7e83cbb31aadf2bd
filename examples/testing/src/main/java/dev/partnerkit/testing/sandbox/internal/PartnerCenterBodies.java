package dev.partnerkit.testing.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerkit.client.partnercenter.PcResourceAttributes;
import dev.partnerkit.model.CustomerId;
import dev.partnerkit.model.PartnerId;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Not API: what Partner Center's answers and requests share across the sandbox's route classes: the
 * collection envelope, resource attributes, the {@code country} parameter, the caller's customer
 * and whether a body names a field. A utility class; thread-safe.
 */
final class PartnerCenterBodies {
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  private PartnerCenterBodies() {}

  /**
   * Returns Partner Center's collection envelope: {@code totalCount}, {@code items}, {@code
   * attributes}.
   *
   * @param items the items
   * @return the body
   */
  static Map<String, Object> collection(List<?> items) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("totalCount", items.size());
    body.put("items", items);
    body.put("attributes", attributes("Collection"));
    return body;
  }

  /**
   * Returns the attributes of a resource of a type.
   *
   * @param objectType the type, such as {@code Subscription}
   * @return the attributes
   */
  static PcResourceAttributes attributes(String objectType) {
    return PcResourceAttributes.builder().objectType(objectType).build();
  }

  /**
   * Returns the {@code country} query parameter, upper-cased.
   *
   * @param r the request
   * @return the country
   * @throws ApiProblem a 400 when it is missing or not two letters
   */
  static String country(ApiRequest r) {
    String country = r.query("country").orElse("");
    if (!COUNTRY.matcher(country).matches()) {
      throw ApiProblem.badRequest(
          "country must be an ISO 3166-1 alpha-2 code such as US, but was \"" + country + "\".");
    }
    return country.toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the customer a request's path names, once the calling partner may see it.
   *
   * @param context the sandbox's context
   * @param r the request, with a {@code customer} path variable
   * @return the customer
   * @throws ApiProblem a 403 when the partner has no relationship with it
   */
  static CustomerId customerOf(SandboxContext context, ApiRequest r) {
    PartnerId partner = r.partner().partner();
    CustomerId customer = SandboxContext.customerId(r.variable("customer"));
    context.requireCustomerOf(partner, customer, r.now());
    return customer;
  }

  /**
   * Returns whether a JSON object body names a field, in any case: Partner Center's PATCH sends the
   * whole resource, and a field left out differs from one sent as its default.
   *
   * @param body the body
   * @param name the field's name
   * @return true when the body has it
   * @throws ApiProblem a 400 when the body is not JSON
   */
  static boolean hasField(byte[] body, String name) {
    try {
      JsonNode tree = Wire.MAPPER.readTree(body);
      if (tree == null || !tree.isObject()) {
        return false;
      }
      for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
        if (it.next().equalsIgnoreCase(name)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw ApiProblem.badRequest("The request body is not JSON.");
    }
  }
}
