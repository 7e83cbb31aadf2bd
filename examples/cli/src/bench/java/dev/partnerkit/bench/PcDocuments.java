package dev.partnerkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.partnerkit.model.Address;
import dev.partnerkit.model.Contact;
import dev.partnerkit.model.Customer;
import dev.partnerkit.testing.ModelFactory;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Partner Center customer documents for the JSON benchmarks, shaped like the answer to {@code GET
 * /v1/customers/{id}} (company and billing profiles, links, attributes, custom domains; see {@code
 * partnercenter-customer.json} in the API examples) and filled with varied, realistic values from
 * {@link ModelFactory}: company names and addresses in many countries and scripts, optional second
 * address lines, states and phone numbers, long and short domains.
 */
final class PcDocuments {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private PcDocuments() {}

  /**
   * Returns a page of customers as the service sends it: {@code totalCount}, {@code items}, {@code
   * links} and {@code attributes}, compact UTF-8 JSON.
   */
  static byte[] page(int size, long seed) {
    ModelFactory factory = ModelFactory.seeded(seed);
    SplittableRandom random = new SplittableRandom(seed);
    ObjectNode page = PLAIN.createObjectNode();
    page.put("totalCount", size);
    ArrayNode items = page.putArray("items");
    for (int i = 0; i < size; i++) {
      items.add(customer(factory.customer(), random));
    }
    page.set("links", links("/v1/customers?size=" + size));
    page.putObject("attributes").put("objectType", "Collection");
    try {
      return PLAIN.writeValueAsBytes(page);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode customer(Customer customer, SplittableRandom random) {
    String tenant = customer.getId().toString();
    Address address = customer.getProfile().getAddress();
    Contact contact = customer.getProfile().getContact();
    String domain = customer.getProfile().getDomain();
    String name = customer.getProfile().getCompanyName();
    ObjectNode doc = PLAIN.createObjectNode();
    doc.put("id", tenant);
    doc.put("commerceId", uuid(random));

    ObjectNode company = doc.putObject("companyProfile");
    company.put("tenantId", tenant);
    company.put("domain", domain);
    company.put("companyName", name);
    ObjectNode companyAddress = company.putObject("address");
    companyAddress.put("country", address.getCountry());
    address.getState().ifPresent(s -> companyAddress.put("region", s.toLowerCase(Locale.ROOT)));
    companyAddress.put("city", address.getCity());
    companyAddress.put("addressLine1", address.getAddressLine1());
    companyAddress.put("postalCode", address.getPostalCode());
    contact.getPhoneNumber().ifPresent(p -> companyAddress.put("phoneNumber", p));
    company.put("email", contact.getEmail());
    company.set("links", links("/customers/" + tenant + "/profiles/company"));
    company.putObject("attributes").put("objectType", "CustomerCompanyProfile");

    ObjectNode billing = doc.putObject("billingProfile");
    billing.put("id", uuid(random));
    billing.put("firstName", contact.getFirstName());
    billing.put("lastName", contact.getLastName());
    billing.put("email", contact.getEmail());
    billing.put("culture", culture(address.getCountry()));
    billing.put("language", culture(address.getCountry()).substring(0, 2));
    billing.put("companyName", name);
    ObjectNode billingAddress = billing.putObject("defaultAddress");
    billingAddress.put("country", address.getCountry());
    billingAddress.put("city", address.getCity());
    address.getState().ifPresent(s -> billingAddress.put("state", s));
    billingAddress.put("addressLine1", address.getAddressLine1());
    address.getAddressLine2().ifPresent(l -> billingAddress.put("addressLine2", l));
    billingAddress.put("postalCode", address.getPostalCode());
    billingAddress.put("firstName", contact.getFirstName());
    billingAddress.put("lastName", contact.getLastName());
    contact.getPhoneNumber().ifPresent(p -> billingAddress.put("phoneNumber", p));
    billing.set("links", links("/customers/" + tenant + "/profiles/billing"));
    ObjectNode billingAttributes = billing.putObject("attributes");
    billingAttributes.put("etag", Long.toString(random.nextLong()));
    billingAttributes.put("objectType", "CustomerBillingProfile");

    doc.put("relationshipToPartner", "reseller");
    doc.put("allowDelegatedAccess", random.nextInt(4) != 0);
    ArrayNode domains = doc.putArray("customDomains");
    domains.add(domain);
    if (random.nextInt(3) == 0) {
      domains.add("mail." + domain);
    }
    doc.set("links", links("/customers/" + tenant));
    doc.putObject("attributes").put("objectType", "Customer");
    return doc;
  }

  private static ObjectNode links(String self) {
    ObjectNode links = PLAIN.createObjectNode();
    ObjectNode link = links.putObject("self");
    link.put("uri", self);
    link.put("method", "GET");
    link.putArray("headers");
    return links;
  }

  private static String culture(String country) {
    return switch (country) {
      case "DE" -> "de-DE";
      case "FR" -> "fr-FR";
      case "JP" -> "ja-JP";
      case "CN" -> "zh-CN";
      case "GB" -> "en-GB";
      default -> "en-US";
    };
  }

  private static String uuid(SplittableRandom random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }
}
