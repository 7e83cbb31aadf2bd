package dev.partnerkit.client.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.partnerkit.client.internal.CustomerJson;
import dev.partnerkit.client.internal.Json;
import dev.partnerkit.model.json.JsonException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The hand-written readers and writers of {@link CustomerJson} and {@link PcCollectionReader} agree
 * with Jackson's generic binding: on generated customer documents and pages (fields in any order,
 * PascalCase and other spellings, unknown fields with nested content, repeated names, odd values
 * that the mapper coerces or refuses), the client's path (its mapper, with the parser's duplicate
 * check off where the readers check) gives the same value or the same error as the generic mapper
 * with the parser's check on; and every value decoded encodes to the same bytes.
 */
class CustomerJsonAgreementTest {
  private static final ObjectMapper GENERIC = generic();

  private static final JavaType PAGE =
      Json.MAPPER.getTypeFactory().constructParametricType(PcCollection.class, PcCustomer.class);

  private static final JavaType CUSTOMER = Json.MAPPER.constructType(PcCustomer.class);

  /** Takes the annotation's reader off {@link PcCollection}, for Jackson's own bean binding. */
  @JsonDeserialize(using = JsonDeserializer.None.class)
  private abstract static class GenericCollection {}

  private static ObjectMapper generic() {
    ObjectMapper mapper = Json.genericMapper();
    mapper.addMixIn(PcCollection.class, GenericCollection.class);
    return mapper;
  }

  @Test
  void theClientReadsCustomersAndPagesWithItsOwnDuplicateCheck() {
    assertThat(Json.checksItself(PAGE)).isTrue();
    assertThat(Json.checksItself(CUSTOMER)).isTrue();
    JavaType offers =
        Json.MAPPER.getTypeFactory().constructParametricType(PcCollection.class, PcOffer.class);
    assertThat(Json.checksItself(offers)).isFalse();
  }

  @Test
  void repeatedNamesAreRefusedWhereverTheParserRefusedThem() throws IOException {
    List<String> documents =
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
    for (String document : documents) {
      String fast = outcome(Json.MAPPER, true, document.getBytes(StandardCharsets.UTF_8), PAGE);
      assertThat(fast).as(document).startsWith("error: ").contains("Duplicate field");
      assertThat(fast)
          .as(document)
          .isEqualTo(outcome(GENERIC, false, document.getBytes(StandardCharsets.UTF_8), PAGE));
    }
  }

  @Test
  void pagesReadAsJacksonReadsThem() {
    AtomicInteger read = new AtomicInteger();
    qt().withExamples(3_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String document = new Documents(new Random(seed)).page();
              byte[] body = document.getBytes(StandardCharsets.UTF_8);
              String outcome = outcome(Json.MAPPER, true, body, PAGE);
              assertThat(outcome).as(document).isEqualTo(outcome(GENERIC, false, body, PAGE));
              if (outcome.startsWith("value: ")) {
                read.incrementAndGet();
              }
            });
    // Both outcomes are exercised: documents that read and documents that fail.
    assertThat(read.get()).isBetween(300, 2_700);
  }

  @Test
  void customersReadAndWriteAsJacksonDoes() {
    ObjectMapper sandboxStyle = Json.MAPPER.copy();
    ObjectMapper sandboxStyleGeneric = GENERIC.copy();
    for (ObjectMapper mapper : List.of(sandboxStyle, sandboxStyleGeneric)) {
      mapper.setDefaultPropertyInclusion(
          JsonInclude.Value.construct(
              JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS));
    }
    AtomicInteger written = new AtomicInteger();
    qt().withExamples(3_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              String document = new Documents(new Random(seed)).customer();
              byte[] body = document.getBytes(StandardCharsets.UTF_8);
              assertThat(outcome(Json.MAPPER, true, body, CUSTOMER))
                  .as(document)
                  .isEqualTo(outcome(GENERIC, false, body, CUSTOMER));
              PcCustomer value;
              try {
                value = GENERIC.readValue(body, PcCustomer.class);
              } catch (IOException e) {
                return;
              }
              written.incrementAndGet();
              try {
                assertThat(Json.MAPPER.writeValueAsString(value))
                    .as(document)
                    .isEqualTo(GENERIC.writeValueAsString(value));
                assertThat(sandboxStyle.writeValueAsString(value))
                    .as(document)
                    .isEqualTo(sandboxStyleGeneric.writeValueAsString(value));
              } catch (JsonProcessingException e) {
                throw new AssertionError(e);
              }
            });
    assertThat(written.get()).isBetween(300, 2_700);
  }

  /**
   * Returns the value read, or the client's error message for the failure; {@code ownCheck} reads
   * as the client does ({@link Json#createParser}), otherwise with the mapper's parser.
   */
  private static String outcome(ObjectMapper mapper, boolean ownCheck, byte[] body, JavaType type) {
    try (JsonParser parser = ownCheck ? Json.createParser(body, type) : mapper.createParser(body)) {
      try {
        Object value = mapper.readValue(parser, type);
        return "value: " + describe(value);
      } catch (JsonProcessingException e) {
        return "error: " + JsonException.from(type.getRawClass(), e).getMessage();
      } catch (RuntimeException e) {
        return "failure: " + e;
      }
    } catch (IOException e) {
      return "io: " + e;
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
    try {
      Field links = PcCollection.class.getDeclaredField("links");
      links.setAccessible(true);
      return "items " + page.items() + ", next " + token + ", links " + links.get(page);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Writes random customer documents and pages as text, so that names may repeat. */
  private static final class Documents {
    private final Random random;

    Documents(Random random) {
      this.random = random;
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
        fields.add(field("items", chance(0.05) ? odd() : items.append(']').toString()));
      }
      if (chance(0.3)) {
        fields.add(field("continuationToken", string()));
      }
      if (chance(0.3)) {
        fields.add(field("links", links()));
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
      for (String name : List.of("self", "next", "Next")) {
        if (chance(0.4)) {
          entries.add(field(name, chance(0.02) ? odd() : link()));
        }
      }
      if (!entries.isEmpty() && chance(0.03)) {
        entries.add(entries.get(0));
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
        "[{}]",
        "{\"a\":1,\"a\":2}",
        "[{\"b\":[],\"c\":{},\"b\":1}]"
      };
      return values[random.nextInt(values.length)];
    }

    /** Adds a field with some chance, sometimes twice or spelt another way. */
    private void maybe(
        List<String> fields, String name, java.util.function.Supplier<String> value) {
      if (!chance(0.7)) {
        return;
      }
      fields.add(field(spelling(name), value.get()));
      if (chance(0.03)) {
        fields.add(field(name, value.get()));
      }
      if (chance(0.03)) {
        fields.add(field(spelling(name), value.get()));
      }
    }

    private String spelling(String name) {
      double r = random.nextDouble();
      if (r < 0.85) {
        return name;
      }
      if (r < 0.93) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
      }
      if (r < 0.96) {
        return name.toUpperCase(Locale.ROOT);
      }
      StringBuilder mixed = new StringBuilder();
      for (char c : name.toCharArray()) {
        mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
      }
      return mixed.toString();
    }

    private String object(List<String> fields) {
      List<String> all = new ArrayList<>(fields);
      if (chance(0.15)) {
        all.add(field("unknown" + random.nextInt(3), unknownValue(0)));
      }
      if (chance(0.05)) {
        all.add(field("unknown0", unknownValue(0)));
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
        parts.add(kind == 1 ? value : field("k" + random.nextInt(4), value));
      }
      return kind == 1 ? "[" + String.join(",", parts) + "]" : "{" + String.join(",", parts) + "}";
    }

    private static String field(String name, String value) {
      return "\"" + name + "\":" + value;
    }
  }
}
