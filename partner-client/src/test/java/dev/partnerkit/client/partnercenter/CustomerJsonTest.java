package dev.partnerkit.client.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerkit.client.AccessToken;
import dev.partnerkit.client.Audience;
import dev.partnerkit.client.InvalidResponseException;
import dev.partnerkit.client.WireJson;
import dev.partnerkit.client.internal.Call;
import dev.partnerkit.client.internal.HttpEngine;
import dev.partnerkit.client.internal.Response;
import dev.partnerkit.model.json.JsonException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The client's JSON for customers and customer pages, on generated documents (fields in any order,
 * unknown fields with nested content, odd values that the mapper coerces or refuses): names read in
 * camelCase and PascalCase alike, and every value read writes and reads back equal; and repeated
 * names, refused in every answer but a page of customers, which is read in bulk.
 */
class CustomerJsonTest {
  private static final ObjectMapper MAPPER = WireJson.newMapper();

  private static final ObjectMapper KEEP_EMPTY =
      WireJson.newMapper().setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

  private static final JavaType PAGE =
      MAPPER.getTypeFactory().constructParametricType(PcCollection.class, PcCustomer.class);

  private static final JavaType CUSTOMER = MAPPER.constructType(PcCustomer.class);

  /** The call CustomerOperations reads a page of customers with. */
  private static final Call PAGE_CALL =
      Call.get(Audience.PARTNER_CENTER, "/v1/customers?size=100").inBulk();

  @Test
  void pascalCaseNamesReadAsTheirCamelCaseNames() {
    AtomicInteger read = new AtomicInteger();
    qt().withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String camel = new Documents(new Random(seed), name -> name).page();
              String pascal = new Documents(new Random(seed), CustomerJsonTest::capitalized).page();
              String expected = outcome(camel, PAGE);
              // An error names the field as sent, so only the kind of outcome and values compare.
              if (expected.startsWith("value: ")) {
                read.incrementAndGet();
                assertThat(outcome(pascal, PAGE)).as(pascal).isEqualTo(expected);
              } else {
                assertThat(outcome(pascal, PAGE)).as(pascal).startsWith("error: ");
              }
            });
    assertThat(read.get()).isBetween(200, 1_900);
  }

  @Test
  void otherSpellingsAreUnknownFieldsAndIgnored() throws IOException {
    PcCustomer customer =
        MAPPER.readValue(
            "{\"id\":\"a\",\"COMMERCEID\":\"c\",\"companyprofile\":{\"domain\":\"d\"},"
                + "\"AssociatedPartnerId\":\"p\"}",
            PcCustomer.class);
    assertThat(customer).isEqualTo(PcCustomer.builder().id("a").associatedPartnerId("p").build());
  }

  @Test
  void everyCustomerReadWritesAndReadsBackEqual() {
    AtomicInteger written = new AtomicInteger();
    qt().withExamples(3_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String document =
                  new Documents(new Random(seed), CustomerJsonTest::anySpelling).customer();
              PcCustomer value;
              try {
                value = MAPPER.readValue(document, PcCustomer.class);
              } catch (IOException e) {
                return;
              }
              written.incrementAndGet();
              try {
                // Every value, empty strings too, survives when nothing present is left out.
                String all = KEEP_EMPTY.writeValueAsString(value);
                assertThat(MAPPER.readValue(all, PcCustomer.class)).as(document).isEqualTo(value);
                // The client leaves out empty values from what it sends; what it sends is stable.
                String sent = MAPPER.writeValueAsString(value);
                assertThat(MAPPER.writeValueAsString(MAPPER.readValue(sent, PcCustomer.class)))
                    .as(document)
                    .isEqualTo(sent);
              } catch (JsonProcessingException e) {
                throw new AssertionError(document, e);
              }
            });
    assertThat(written.get()).isBetween(300, 2_700);
  }

  @Test
  void repeatedNamesAreRefusedInEveryAnswerButAPageOfCustomers() {
    List<String> pages =
        List.of(
            "{\"items\":[],\"items\":[]}",
            "{\"totalCount\":1,\"totalCount\":1}",
            "{\"items\":[{\"id\":\"a\",\"id\":\"b\"}]}",
            "{\"items\":[{\"Id\":\"a\",\"Id\":\"b\"}]}",
            "{\"items\":[{\"x\":1,\"y\":2,\"x\":3}]}",
            "{\"items\":[{\"companyProfile\":{\"address\":{\"city\":\"a\",\"city\":\"b\"}}}]}",
            "{\"items\":[{\"links\":{\"self\":{},\"self\":{}}}]}",
            "{\"links\":{\"next\":{\"headers\":[{\"key\":\"k\",\"key\":\"k\"}]}}}",
            "{\"items\":[{\"unknown\":{\"a\":{\"b\":1,\"b\":2}}}]}",
            "{\"items\":[{\"unknown\":[1,{\"b\":1,\"c\":2,\"b\":2}]}]}");
    for (String page : pages) {
      // Read as any other answer, such as a page of offers or subscriptions: refused.
      assertThatThrownBy(() -> decode(Call.get(Audience.PARTNER_CENTER, "/v1/x"), page, PAGE))
          .as(page)
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("Duplicate field");
      // Read as CustomerOperations reads a page of customers: the last value stands.
      assertThatCode(() -> decode(PAGE_CALL, page, PAGE)).as(page).doesNotThrowAnyException();
    }
    PcCollection<PcCustomer> page =
        decode(PAGE_CALL, "{\"items\":[{\"id\":\"a\",\"id\":\"b\"}]}", PAGE);
    assertThat(page.items()).containsExactly(PcCustomer.builder().id("b").build());

    assertThatThrownBy(
            () ->
                decode(
                    Call.get(Audience.PARTNER_CENTER, "/v1/x"),
                    "{\"id\":\"a\",\"commerceId\":\"c\",\"id\":\"b\"}",
                    CUSTOMER))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageStartingWith(
            "Invalid JSON for PcCustomer at $.id: expected well-formed JSON (line 1, column 32):"
                + " Duplicate field 'id', in the answer to Partner Center GET /v1/x");
  }

  /** Decodes a body as the engine decodes the answer to a call. */
  private static <T> T decode(Call call, String body, JavaType type) {
    Response response =
        new Response(
            200,
            HttpHeaders.of(Map.of(), (name, value) -> true),
            body.getBytes(StandardCharsets.UTF_8),
            URI.create("https://127.0.0.1/v1/x"),
            "request",
            "correlation",
            AccessToken.of("token"));
    return HttpEngine.decode(call, response, type);
  }

  /** Returns the value read, or the client's error message for the failure. */
  private static String outcome(String document, JavaType type) {
    try {
      Object value = MAPPER.readValue(document.getBytes(StandardCharsets.UTF_8), type);
      return "value: " + describe(value);
    } catch (JsonProcessingException e) {
      return "error: " + JsonException.from(type.getRawClass(), e).getMessage();
    } catch (IOException | RuntimeException e) {
      return "failure: " + e;
    }
  }

  private static String describe(Object value) {
    if (!(value instanceof PcCollection<?> page)) {
      return String.valueOf(value);
    }
    String token;
    try {
      token = String.valueOf(page.nextToken());
    } catch (RuntimeException e) {
      token = e.getMessage();
    }
    return "items " + page.items() + ", next " + token;
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String anySpelling(String name) {
    return name.hashCode() % 3 == 0 ? capitalized(name) : name;
  }

  /** Writes random customer documents and pages as text, so that names may repeat. */
  private static final class Documents {
    private final Random random;
    private final UnaryOperator<String> spelling;

    Documents(Random random, UnaryOperator<String> spelling) {
      this.random = random;
      this.spelling = spelling;
    }

    private boolean chance(double p) {
      return random.nextDouble() < p;
    }

    String page() {
      List<String> fields = new ArrayList<>();
      if (chance(0.9)) {
        StringBuilder items = new StringBuilder("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          items.append(i == 0 ? "" : ",").append(chance(0.03) ? odd() : customer());
        }
        fields.add(
            field(spelling.apply("items"), chance(0.05) ? odd() : items.append(']').toString()));
      }
      if (chance(0.3)) {
        fields.add(field(spelling.apply("continuationToken"), string()));
      }
      if (chance(0.3)) {
        fields.add(field(spelling.apply("links"), links()));
      }
      if (chance(0.5)) {
        fields.add(field("totalCount", String.valueOf(random.nextInt(1000))));
      }
      if (chance(0.3)) {
        fields.add(field("attributes", "{\"objectType\":\"Collection\"}"));
      }
      return object(fields);
    }

    String customer() {
      List<String> fields = new ArrayList<>();
      maybe(fields, "id", this::string);
      maybe(fields, "commerceId", this::string);
      maybe(fields, "companyProfile", this::company);
      maybe(fields, "billingProfile", this::billing);
      maybe(fields, "relationshipToPartner", this::relationship);
      maybe(fields, "allowDelegatedAccess", this::bool);
      maybe(fields, "userCredentials", () -> strings("userName", "password"));
      maybe(fields, "customDomains", this::domains);
      maybe(fields, "associatedPartnerId", this::string);
      maybe(fields, "links", this::links);
      maybe(fields, "attributes", () -> strings("etag", "objectType"));
      return object(fields);
    }

    private String company() {
      List<String> fields = new ArrayList<>();
      for (String name : List.of("tenantId", "domain", "companyName")) {
        maybe(fields, name, this::string);
      }
      maybe(fields, "address", this::address);
      maybe(fields, "email", this::string);
      maybe(fields, "organizationRegistrationNumber", this::string);
      maybe(fields, "links", this::links);
      maybe(fields, "attributes", () -> strings("etag", "objectType"));
      return object(fields);
    }

    private String billing() {
      List<String> fields = new ArrayList<>();
      for (String name :
          List.of("id", "firstName", "lastName", "email", "culture", "language", "companyName")) {
        maybe(fields, name, this::string);
      }
      maybe(fields, "defaultAddress", this::address);
      maybe(fields, "links", this::links);
      maybe(fields, "attributes", () -> strings("etag", "objectType"));
      return object(fields);
    }

    private String address() {
      return strings(
          "addressLine1",
          "addressLine2",
          "addressLine3",
          "city",
          "state",
          "postalCode",
          "country",
          "region",
          "firstName",
          "lastName",
          "phoneNumber");
    }

    private String strings(String... names) {
      List<String> fields = new ArrayList<>();
      for (String name : names) {
        maybe(fields, name, this::string);
      }
      return object(fields);
    }

    private String links() {
      if (chance(0.02)) {
        return odd();
      }
      List<String> entries = new ArrayList<>();
      // Map keys are data, not property names: they are never respelt.
      for (String name : List.of("self", "next", "Next")) {
        if (chance(0.4)) {
          entries.add("\"" + name + "\":" + (chance(0.02) ? odd() : link()));
        }
      }
      Collections.shuffle(entries, random);
      return "{" + String.join(",", entries) + "}";
    }

    private String link() {
      List<String> fields = new ArrayList<>();
      maybe(fields, "uri", this::string);
      maybe(fields, "method", this::string);
      maybe(
          fields,
          "headers",
          () -> {
            if (chance(0.1)) {
              return chance(0.5) ? strings("key", "value") : odd();
            }
            List<String> headers = new ArrayList<>();
            int n = random.nextInt(3);
            for (int i = 0; i < n; i++) {
              headers.add(chance(0.05) ? odd() : strings("key", "value"));
            }
            return "[" + String.join(",", headers) + "]";
          });
      return object(fields);
    }

    private String domains() {
      if (chance(0.1)) {
        return chance(0.5) ? string() : odd();
      }
      List<String> domains = new ArrayList<>();
      int n = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        domains.add(chance(0.05) ? odd() : string());
      }
      return "[" + String.join(",", domains) + "]";
    }

    private String relationship() {
      String[] values = {"\"reseller\"", "\"Advisor\"", "\"MICROSOFT_SUPPORT\"", "\"new\"", "\"\""};
      return chance(0.03) ? odd() : values[random.nextInt(values.length)];
    }

    private String bool() {
      return chance(0.03) ? odd() : String.valueOf(random.nextBoolean());
    }

    private String string() {
      if (chance(0.02)) {
        return odd();
      }
      String[] values = {"\"contoso\"", "\"\"", "\"Zürich \\u00e9\"", "\"a\\\"b\"", "\"x\""};
      return values[random.nextInt(values.length)];
    }

    /** A value that is not what the field holds, or is null or empty. */
    private String odd() {
      String[] values = {
        "null",
        "5",
        "-1.5e3",
        "true",
        "false",
        "\"\"",
        "{}",
        "[]",
        "[null]",
        "[1]",
        "[\"x\"]",
        "{\"a\":1}",
        "{\"uri\":\"u\"}",
        "\"text\"",
        "12345678901234567890",
        "[{}]"
      };
      return values[random.nextInt(values.length)];
    }

    /** Adds a field with some chance, spelt as this document spells names. */
    private void maybe(List<String> fields, String name, Supplier<String> value) {
      if (chance(0.7)) {
        fields.add(field(spelling.apply(name), value.get()));
      }
    }

    private String object(List<String> fields) {
      List<String> all = new ArrayList<>(fields);
      if (chance(0.15)) {
        all.add(field("unknown" + random.nextInt(3), unknownValue(0)));
      }
      Collections.shuffle(all, random);
      return "{" + String.join(",", all) + "}";
    }

    private String unknownValue(int depth) {
      int kind = depth > 3 ? 0 : random.nextInt(3);
      if (kind == 0) {
        return odd();
      }
      int n = random.nextInt(4);
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String value = unknownValue(depth + 1);
        parts.add(kind == 1 ? value : field("k" + i, value));
      }
      return kind == 1 ? "[" + String.join(",", parts) + "]" : "{" + String.join(",", parts) + "}";
    }

    private static String field(String name, String value) {
      return "\"" + name + "\":" + value;
    }
  }
}
